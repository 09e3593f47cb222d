#include "apiclient.h"
#include "support/sandboxprocess.h"
#include "testsupport/testdata.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// The Paxos guide's curl commands, run verbatim with the real curl binary against a private
// sandbox (the guide's fixed SSN must not collide with other suites).
class TestGuideCurl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guideFlow();
    void createWithJsonCharset();

private:
    QJsonObject runCurl(const QString &file, const QHash<QString, QString> &values);

    testsupport::SandboxProcess m_server;
};

void TestGuideCurl::initTestCase()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");
    QVERIFY(m_server.start());
}

QJsonObject TestGuideCurl::runCurl(const QString &file, const QHash<QString, QString> &values)
{
    QString command = QString::fromUtf8(testsupport::readTestData(u"sandbox/"_s + file));
    const QString base = m_server.url().toString();
    command.replace(u"https://oauth.sandbox.paxos.com"_s, base);
    command.replace(u"https://api.sandbox.paxos.com"_s, base);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        command.replace(u'{' + it.key() + u'}', it.value());
    QProcess curl;
    curl.start(u"sh"_s, {u"-c"_s, command.trimmed() + u" --silent --show-error --noproxy '*'"_s});
    if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
        qWarning("curl failed: %s", curl.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
}

void TestGuideCurl::guideFlow()
{
    const QJsonObject token =
        runCurl(u"guide-token.sh"_s,
                {{u"paxos_client_id"_s, u"demo"_s}, {u"paxos_secret"_s, u"demo-secret"_s}});
    QCOMPARE(token.value(u"token_type").toString(), u"bearer"_s);
    QCOMPARE(token.value(u"expires_in").toInt(), 3599);
    QCOMPARE(token.value(u"scope").toString(), u"identity:read_identity identity:write_identity"_s);
    const QString accessToken = token.value(u"access_token").toString();
    QVERIFY(!accessToken.isEmpty());

    const QJsonObject created =
        runCurl(u"guide-create.sh"_s,
                {{u"access_token"_s, accessToken}, {u"your_end_user_ref_id"_s, u"guide-user-1"_s}});
    QCOMPARE(created.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(created.value(u"ref_id").toString(), u"guide-user-1"_s);
    QCOMPARE(created.value(u"person_details").toObject().value(u"first_name").toString(),
             u"Billy"_s);
    const QString id = created.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(created.value(u"created_at").toString().endsWith(u'Z'));

    // "Call Get Identity immediately after creating the identity to confirm status is APPROVED."
    const QJsonObject fetched =
        runCurl(u"guide-get.sh"_s, {{u"access_token"_s, accessToken}, {u"identity_id"_s, id}});
    QCOMPARE(fetched.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(fetched.value(u"summary_status").toString(), u"APPROVED"_s);
    QVERIFY(!fetched.contains(u"person_details")); // include_details is off by default

    // The same create again: the documented 409 for the ref_id, pointing at the identity.
    const QJsonObject again =
        runCurl(u"guide-create.sh"_s,
                {{u"access_token"_s, accessToken}, {u"your_end_user_ref_id"_s, u"guide-user-1"_s}});
    QCOMPARE(again.value(u"status").toInt(), 409);
    QCOMPARE(again.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
             id);
    // A new ref_id with the guide's SSN: duplicate cip_id.
    const QJsonObject cip =
        runCurl(u"guide-create.sh"_s,
                {{u"access_token"_s, accessToken}, {u"your_end_user_ref_id"_s, u"guide-user-2"_s}});
    QCOMPARE(cip.value(u"status").toInt(), 409);
    QCOMPARE(cip.value(u"detail").toString(),
             u"duplicate (cip_id, cip_id_type, cip_id_country) provided"_s);
    QCOMPARE(cip.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
             id);

    // The approval was recorded as the documented event.
    ApiClient client(m_server.url());
    QVERIFY(!client.authenticate().isEmpty());
    const QJsonArray events = eventsFor(client, id, u"identity.approved"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"object_type").toString(),
             u"identity_summary_status_change"_s);
}

void TestGuideCurl::createWithJsonCharset()
{
    ApiClient client(m_server.url());
    QVERIFY(!client.authenticate().isEmpty());
    const QJsonObject body = examplePerson(uniqueRefId(), uniqueSsn());
    const Reply reply =
        client.send("POST", u"/v2/identity/identities"_s, QJsonDocument(body).toJson(),
                    {{"Content-Type", "application/json; charset=UTF-8"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status").toString(), u"PENDING"_s);
}

QTEST_GUILESS_MAIN(TestGuideCurl)
#include "tst_guidecurl.moc"

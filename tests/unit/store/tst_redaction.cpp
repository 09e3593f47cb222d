#include "core/record/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void maskCipId_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("ssn") << u"073-05-1120"_s << u"***-**-1120"_s;
        QTest::newRow("ein") << u"12-3456789"_s << u"**-***6789"_s;
        QTest::newRow("passport") << u"X1234567"_s << u"****4567"_s;
        QTest::newRow("short") << u"1234"_s << u"****"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void maskCipId()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(redaction::maskCipId(in), out);
    }

    void secretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        for (const char *k : {"client_secret", "Authorization", "access_token", "password",
                              "webhook_key", "refresh_token", "db_password", "X-Api-Key"})
            QTest::newRow(k) << QString::fromLatin1(k) << true;
        for (const char *k : {"client_id", "token_url", "identity_id", "ref_id", "status"})
            QTest::newRow(k) << QString::fromLatin1(k) << false;
    }
    void secretKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(redaction::isSecretKey(key), secret);
    }

    void nestedObjectsAreRedacted()
    {
        const QJsonObject in{
            {u"client_secret"_s, u"abc"_s},
            {u"person_details"_s,
             QJsonObject{{u"cip_id"_s, u"073-05-1120"_s},
                         {u"date_of_birth"_s, u"1980-01-01"_s},
                         {u"first_name"_s, u"Jane"_s}}},
            {u"tax_details"_s, QJsonArray{QJsonObject{{u"tax_payer_id"_s, u"111-11-1234"_s}}}},
            {u"headers"_s, QJsonObject{{u"Authorization"_s, u"Bearer xyz"_s}}},
        };
        const QByteArray out =
            QJsonDocument(redaction::redactObject(in)).toJson(QJsonDocument::Compact);
        QVERIFY(!out.contains("abc"));
        QVERIFY(!out.contains("073-05-1120"));
        QVERIFY(!out.contains("1980"));
        QVERIFY(!out.contains("111-11-1234"));
        QVERIFY(!out.contains("xyz"));
        QVERIFY(out.contains("***-**-1120"));
        QVERIFY(out.contains("***-**-1234"));
        QVERIFY(out.contains("****-**-**"));
        QVERIFY(out.contains("Jane"));
        QVERIFY(out.contains("{redacted}"));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"https://api.paxos.com/v2/identity/identities?limit=5"_s
                               << u"https://api.paxos.com/v2/identity/identities?limit=5"_s;
        QTest::newRow("user info") << u"https://u:p@host/x"_s << u"https://host/x"_s;
        QTest::newRow("token") << u"https://host/x?access_token=abc&a=1"_s
                               << u"https://host/x?access_token=%7Bredacted%7D&a=1"_s;
        QTest::newRow("cip") << u"https://host/x?cip_id=073-05-1120"_s
                             << u"https://host/x?cip_id=***-**-1120"_s;
    }
    void urls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(redaction::redactUrl(QUrl(in)), out);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

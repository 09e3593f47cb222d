#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString kIdentities = u"/v2/identity/identities"_s;

// Sets a dotted path ("person_details.address.city") to a value; unlike tst_identities'
// helper, a null value is sent as JSON null, because null is one of the inputs under test.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

} // namespace

// Bad inputs that a first hostile-input run found answered 200 (cip_id of spaces or a word
// as an SSN, any string as address.country, names of only spaces, control characters in
// phone_number, "ref_id": null). Each must be a 400 problem whose detail starts with the
// field, and must create nothing. The rules and where the reference gives them:
// sandbox/validation.md.
class TestValidationGaps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRefuses_data();
    void createRefuses();
    void updateRefuses_data();
    void updateRefuses();
    void documentedFormsAreAccepted_data();
    void documentedFormsAreAccepted();
    void ssnWithoutDashesIsAccepted();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestValidationGaps::initTestCase()
{
    const QUrl url = testsupport::sharedSandboxUrl();
    QVERIFY(url.isValid());
    m_client = std::make_unique<ApiClient>(url);
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestValidationGaps::createRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                        const QString &field) { QTest::newRow(name) << path << value << field; };
    const QString p = u"person_details."_s;
    row("cip_id of spaces", p + u"cip_id"_s, u"         "_s, p + u"cip_id"_s);
    row("cip_id one space", p + u"cip_id"_s, u" "_s, p + u"cip_id"_s);
    row("word as SSN", p + u"cip_id"_s, u"banana"_s, p + u"cip_id"_s);
    row("digits too few for SSN", p + u"cip_id"_s, u"12-3456"_s, p + u"cip_id"_s);
    row("country word", p + u"address.country"_s, u"Narnia"_s, p + u"address.country"_s);
    row("country name", p + u"address.country"_s, u"United States"_s, p + u"address.country"_s);
    row("country shaped but unassigned", p + u"address.country"_s, u"ZZZ"_s,
        p + u"address.country"_s);
    row("country lower case", p + u"address.country"_s, u"usa"_s, p + u"address.country"_s);
    row("nationality unassigned", p + u"nationality"_s, u"DDR"_s, p + u"nationality"_s);
    row("cip_id_country unassigned", p + u"cip_id_country"_s, u"XXX"_s, p + u"cip_id_country"_s);
    row("first name of spaces", p + u"first_name"_s, u"   "_s, p + u"first_name"_s);
    row("last name one space", p + u"last_name"_s, u" "_s, p + u"last_name"_s);
    row("middle name of spaces", p + u"middle_name"_s, u"  "_s, p + u"middle_name"_s);
    row("city of spaces", p + u"address.city"_s, u"    "_s, p + u"address.city"_s);
    row("phone with NUL", p + u"phone_number"_s, QString(u"+1 555 678\0 1234"_s),
        p + u"phone_number"_s);
    row("phone with CRLF", p + u"phone_number"_s, u"+1 555 678 1234\r\nX-Injected: 1"_s,
        p + u"phone_number"_s);
    row("phone with bare LF", p + u"phone_number"_s, u"+1 555\n678"_s, p + u"phone_number"_s);
    row("email with tab", p + u"email"_s, u"billy@example.com\t"_s, p + u"email"_s);
    row("ref_id null", u"ref_id"_s, QJsonValue(QJsonValue::Null), u"ref_id"_s);
    row("tax payer country unassigned", u"tax_details"_s,
        QJsonArray{
            QJsonObject{{u"tax_payer_id"_s, u"111-11-1234"_s}, {u"tax_payer_country"_s, u"ZZZ"_s}}},
        u"tax_details[0].tax_payer_country"_s);
}

void TestValidationGaps::createRefuses()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const QString refId = uniqueRefId(u"gap"_s);
    QJsonObject body = examplePerson(refId, uniqueSsn());
    setPath(body, path.split(u'.'), value);
    const Reply reply = m_client->post(kIdentities, body);
    QVERIFY2(
        reply.status == 400,
        qPrintable(u"%1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.json.value(u"title").toString(), u"Bad Request"_s);
    QVERIFY2(reply.detail().startsWith(field + u' '), qPrintable(reply.detail()));
    // Nothing was created: the same ref_id (or, for the null one, a fresh body) still creates.
    if (path != u"ref_id")
        QCOMPARE(m_client->post(kIdentities, examplePerson(refId, uniqueSsn())).status, 200);
}

void TestValidationGaps::updateRefuses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString p = u"person_details."_s;
    QTest::newRow("phone with CRLF")
        << QJsonObject{{u"person_details"_s, QJsonObject{{u"phone_number"_s, u"1\r\n2"_s}}}}
        << p + u"phone_number"_s;
    QTest::newRow("first name of spaces")
        << QJsonObject{{u"person_details"_s, QJsonObject{{u"first_name"_s, u"  "_s}}}}
        << p + u"first_name"_s;
    QTest::newRow("word as SSN") << QJsonObject{{u"person_details"_s,
                                                 QJsonObject{{u"cip_id"_s, u"banana"_s}}}}
                                 << p + u"cip_id"_s;
    QTest::newRow("ref_id null") << QJsonObject{{u"ref_id"_s, QJsonValue(QJsonValue::Null)}}
                                 << u"ref_id"_s;
}

void TestValidationGaps::updateRefuses()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply created = m_client->createPerson();
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(u"id").toString();
    const Reply reply = m_client->put(kIdentities + u'/' + id, body);
    QVERIFY2(
        reply.status == 400,
        qPrintable(u"%1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)))));
    QVERIFY(reply.isProblem());
    QVERIFY2(reply.detail().startsWith(field + u' '), qPrintable(reply.detail()));
    // The stored identity is unchanged.
    const Reply fetched = m_client->get(kIdentities + u'/' + id + u"?include_details=true"_s);
    QCOMPARE(fetched.json.value(u"ref_id"), created.json.value(u"ref_id"));
    QCOMPARE(fetched.json.value(u"person_details").toObject().value(u"first_name"),
             created.json.value(u"person_details").toObject().value(u"first_name"));
}

void TestValidationGaps::documentedFormsAreAccepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    const QString p = u"person_details."_s;
    QTest::newRow("phone as in the guide")
        << p + u"phone_number"_s << QJsonValue(u"+1 555 678 1234"_s);
    QTest::newRow("name with allowed punctuation")
        << p + u"last_name"_s << QJsonValue(u"O'Neil-Smith Jr."_s);
    QTest::newRow("middle name absent") << p + u"middle_name"_s << QJsonValue();
    QTest::newRow("address2 cleared") << p + u"address.address2"_s << QJsonValue(u""_s);
}

void TestValidationGaps::documentedFormsAreAccepted()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QJsonObject body = examplePerson(uniqueRefId(u"gap-ok"_s), uniqueSsn());
    if (value.isUndefined()) {
        QJsonObject person = body.value(u"person_details"_s).toObject();
        person.remove(path.section(u'.', 1));
        body.insert(u"person_details"_s, person);
    } else {
        setPath(body, path.split(u'.'), value);
    }
    const Reply reply = m_client->post(kIdentities, body);
    QVERIFY2(reply.status == 200, qPrintable(u"%1: %2"_s.arg(reply.status).arg(reply.detail())));
}

void TestValidationGaps::ssnWithoutDashesIsAccepted()
{
    const QString ssn = uniqueSsn().remove(u'-');
    const Reply reply = m_client->post(kIdentities, examplePerson(uniqueRefId(u"gap-ok"_s), ssn));
    QVERIFY2(reply.status == 200, qPrintable(u"%1: %2"_s.arg(reply.status).arg(reply.detail())));
}

QTEST_GUILESS_MAIN(TestValidationGaps)
#include "tst_validationgaps.moc"

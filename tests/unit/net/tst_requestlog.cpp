#include "paxos/net/requestlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using paxos::RequestLog;
using paxos::RequestLogEntry;
namespace redact = paxos::redact;

namespace {

const QByteArray kSecret = "s3cr3t-VALUE-9f8e";
const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.payload.sig";

RequestLogEntry tokenEntry()
{
    RequestLogEntry e;
    e.operation = u"Token"_s;
    e.method = "POST";
    e.url = QUrl(u"https://oauth.sandbox.paxos.com/oauth2/token"_s);
    e.requestContentType = "application/x-www-form-urlencoded";
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = "grant_type=client_credentials&client_id=my-client&client_secret=" + kSecret
        + "&scope=identity%3Aread_identity%20identity%3Awrite_identity";
    e.httpStatus = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = "{\"access_token\":\"" + kToken
        + "\",\"expires_in\":3599,\"scope\":\"identity:read_identity\",\"token_type\":\"bearer\"}";
    return e;
}

RequestLogEntry createEntry()
{
    RequestLogEntry e;
    e.operation = u"CreateIdentity"_s;
    e.method = "POST";
    e.url = QUrl(u"https://api.sandbox.paxos.com/v2/identity/identities"_s);
    e.requestContentType = "application/json";
    e.requestHeaders = {{"Authorization", "Bearer " + kToken},
                        {"Content-Type", "application/json"}};
    e.requestBody = "{\"ref_id\":\"u-1\",\"person_details\":{\"first_name\":\"Billy\",\"date_of_"
                    "birth\":\"1960-01-01\",\"cip_id\":\"073-05-1120\",\"note\":\"it's\"}}";
    e.httpStatus = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = "{\"id\":\"abc\",\"person_details\":{\"cip_id\": "
                     "\"073-05-1120\",\"govt_id\":\"073-05-1120\",\"date_of_birth\":\"1960-01-"
                     "01T00:00:00Z\"},\"tax_details\":[{\"tax_payer_id\":\"073-05-1120\"}]}";
    return e;
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private slots:
    void masking_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("ssn") << u"073-05-1120"_s << u"***-**-1120"_s;
        QTest::newRow("ein") << u"12-3456789"_s << u"**-***6789"_s;
        QTest::newRow("passport") << u"X1234567"_s << u"****4567"_s;
        QTest::newRow("short") << u"1234"_s << u"****"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void masking()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(redact::maskIdentifier(value), masked);
        QCOMPARE(redact::maskIdentifier(masked), masked); // idempotent
        QCOMPARE(redact::maskDate(u"1960-01-01"), u"****-**-**"_s);
    }

    void headers()
    {
        const auto out = redact::headers({{"Authorization", "Bearer " + kToken},
                                          {"authorization", "Basic Zm9vOmJhcg=="},
                                          {"Cookie", "a=b"},
                                          {"Accept", "application/json"}});
        QCOMPARE(out.at(0).second, QByteArray("Bearer {access_token}"));
        QCOMPARE(out.at(1).second, QByteArray("{redacted}"));
        QCOMPARE(out.at(2).second, QByteArray("{redacted}"));
        QCOMPARE(out.at(3).second, QByteArray("application/json"));
    }

    void jsonBodyKeepsShape()
    {
        const QByteArray in =
            "{ \"b\": 1, \"cip_id\" : \"073-05-1120\", \"a\": \"x\", \"access_token\":\"t\\\"q\"}";
        QCOMPARE(redact::jsonBody(in),
                 QByteArray("{ \"b\": 1, \"cip_id\" : \"***-**-1120\", \"a\": \"x\", "
                            "\"access_token\":\"{access_token}\"}"));
        // Not JSON at all, or cut short (a log entry cut at its size limit): still redacted,
        // the unterminated cip_id included.
        QCOMPARE(
            redact::jsonBody("garbage \"client_secret\":\"abc\" and \"cip_id\":\"12345"),
            QByteArray("garbage \"client_secret\":\"{paxos_secret}\" and \"cip_id\":\"*2345\""));
        // A string value that looks like the middle of a pair (":") must not hide the key
        // after it.
        QCOMPARE(redact::jsonBody("{\"a\":[\":\"],\"access_token\":\"Zq7Secret\"}"),
                 QByteArray("{\"a\":[\":\"],\"access_token\":\"{access_token}\"}"));
        QCOMPARE(redact::jsonBody("{\"note\":\"x\\\":\",\"client_secret\":\"Zq7\"}"),
                 QByteArray("{\"note\":\"x\\\":\",\"client_secret\":\"{paxos_secret}\"}"));
    }

    void jsonBodyRedactsCompositeSecretsAndRepeatedKeys()
    {
        // A secret key holding an object or array is redacted as a whole (the structural
        // pass), wherever it is nested.
        const QByteArray composite =
            "{\"items\":[{\"id\":\"a\",\"credentials\":{\"user\":\"u\",\"pin\":\"Zq7\"}},"
            "{\"id\":\"b\",\"api_key\":[\"Zq8\",\"Zq9\"]}]}";
        const QByteArray out = redact::jsonBody(composite);
        QVERIFY2(!out.contains("Zq7") && !out.contains("Zq8") && !out.contains("Zq9"),
                 out.constData());
        QVERIFY2(out.contains("\"id\":\"a\"") || out.contains("\"id\": \"a\""), out.constData());
        // A list page repeats the same keys: every repetition is redacted, the last too.
        QByteArray page = "{\"items\":[";
        for (int i = 0; i < 2000; ++i) {
            page += (i ? "," : "") + QByteArray("{\"id\":\"") + QByteArray::number(i)
                + "\",\"cip_id\":\"073-05-" + QByteArray::number(1000 + i % 9000)
                + "\",\"date_of_birth\":\"1960-01-01\",\"field_" + QByteArray::number(i) + "\":1}";
        }
        page += "]}";
        const QByteArray redacted = redact::jsonBody(page);
        QVERIFY(!redacted.contains("073-05-"));
        QVERIFY(!redacted.contains("1960-01-01"));
        QCOMPARE(redacted.count("\"cip_id\":\"***-**-"), 2000);
        QVERIFY(redacted.contains("\"field_1999\":1"));
    }

    void appendRedactsEverything()
    {
        RequestLog log;
        QSignalSpy spy(&log, &RequestLog::entryAdded);
        log.append(tokenEntry());
        log.append(createEntry());
        QCOMPARE(spy.count(), 2);
        for (const RequestLogEntry &e : log.entries()) {
            QString all = e.url.toString() + QString::fromUtf8(e.requestBody)
                + QString::fromUtf8(e.responseBody);
            for (const auto &[k, v] : e.requestHeaders + e.responseHeaders)
                all += QString::fromUtf8(k + v);
            QVERIFY2(!all.contains(QString::fromLatin1(kSecret)), qPrintable(all));
            QVERIFY2(!all.contains(QString::fromLatin1(kToken)), qPrintable(all));
            QVERIFY2(!all.contains(u"073-05-1120"_s), qPrintable(all));
            QVERIFY2(!all.contains(u"1960-01-01"_s), qPrintable(all));
        }
        const RequestLogEntry create = log.entries().at(1);
        QVERIFY(create.requestBody.contains("\"cip_id\":\"***-**-1120\""));
        QVERIFY(create.responseBody.contains("\"date_of_birth\":\"****-**-**T**:**:**Z\""));
        QVERIFY(create.responseBody.contains("\"tax_payer_id\":\"***-**-1120\""));
        QCOMPARE(create.requestHeaders.at(0).second, QByteArray("Bearer {access_token}"));
        QCOMPARE(log.entry(create.id)->operation, u"CreateIdentity"_s);
        QVERIFY(!log.entry(999).has_value());
    }

    // paxosctl without --verbose: response bodies are neither redacted nor kept; the rest of
    // the entry is (the request body redacted, the identity it concerns filed).
    void responseBodiesCanBeLeftOut()
    {
        RequestLog log;
        QVERIFY(log.keepsResponseBodies());
        log.setKeepResponseBodies(false);
        log.append(createEntry());
        const RequestLogEntry kept = log.entries().first();
        QVERIFY(kept.responseBody.isEmpty());
        QVERIFY(kept.requestBody.contains("\"cip_id\":\"***-**-1120\""));
        QVERIFY(!kept.identityId.isEmpty());
        QVERIFY(!kept.responseHeaders.isEmpty());
        log.setKeepResponseBodies(true);
        log.append(createEntry());
        QVERIFY(log.entries().last().responseBody.contains("\"tax_payer_id\":\"***-**-1120\""));
    }

    void boundedCapacity()
    {
        RequestLog log(3);
        for (int i = 0; i < 5; ++i)
            log.append(createEntry());
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.entries().first().id, quint64(3));
        QVERIFY(!log.entry(2).has_value());
        QVERIFY(log.entry(5).has_value());
        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(cleared.count(), 1);
    }

    void bigBodiesAreCut()
    {
        RequestLog log;
        RequestLogEntry e = createEntry();
        e.responseBody = QByteArray(RequestLog::kMaxBodyBytes + 10, 'x');
        log.append(e);
        QVERIFY(log.entries().first().responseBody.size() < RequestLog::kMaxBodyBytes + 100);
        QVERIFY(log.entries().first().responseBody.endsWith("(10 more bytes)"));
        // What is cut is let go: a 2 MB page leaves about the kept part behind, not 2 MB.
        e.responseBody = QByteArray(8 * RequestLog::kMaxBodyBytes, 'y');
        log.append(e);
        QVERIFY2(log.entries().last().responseBody.capacity() < RequestLog::kMaxBodyBytes + 1024,
                 qPrintable(QString::number(log.entries().last().responseBody.capacity())));
    }

    void curlToken()
    {
        RequestLog log;
        log.append(tokenEntry());
        QCOMPARE(paxos::toCurl(log.entries().first()),
                 u"curl --location \"https://oauth.sandbox.paxos.com/oauth2/token\" \\\n"
                 "--data-urlencode grant_type=client_credentials \\\n"
                 "--data-urlencode client_id={paxos_client_id} \\\n"
                 "--data-urlencode client_secret={paxos_secret} \\\n"
                 "--data-urlencode scope='identity:read_identity identity:write_identity'"_s);
        // Rendering an unredacted entry directly is just as safe.
        const QString direct = paxos::toCurl(tokenEntry());
        QVERIFY(!direct.contains(QString::fromLatin1(kSecret)));
        QVERIFY(!direct.contains(u"my-client"_s));
    }

    void curlApiCalls()
    {
        RequestLog log;
        log.append(createEntry());
        QCOMPARE(
            paxos::toCurl(log.entries().first()),
            u"curl --location \"https://api.sandbox.paxos.com/v2/identity/identities\" \\\n"
            "--request \"POST\" \\\n"
            "--header \"Authorization: Bearer {access_token}\" \\\n"
            "--data '{\"ref_id\":\"u-1\",\"person_details\":{\"first_name\":\"Billy\","
            "\"date_of_birth\":\"****-**-**\",\"cip_id\":\"***-**-1120\",\"note\":\"it'\\''s\"}}'"_s);

        RequestLogEntry get;
        get.method = "GET";
        get.url = QUrl(
            u"https://api.sandbox.paxos.com/v2/identity/identities/abc?include_details=true"_s);
        get.requestHeaders = {{"Authorization", "Bearer " + kToken}};
        QCOMPARE(paxos::toCurl(get),
                 u"curl --location "
                 u"\"https://api.sandbox.paxos.com/v2/identity/identities/"
                 u"abc?include_details=true\" \\\n"
                 "--request \"GET\" \\\n"
                 "--header \"Authorization: Bearer {access_token}\""_s);
    }

    void curlUpload()
    {
        RequestLogEntry up;
        up.method = "PUT";
        up.url = QUrl(
            u"https://s3.example.test/bucket/f1?X-Amz-Signature=abcdef&X-Amz-Credential=AK%2F1&part=1"_s);
        up.uploadFileName = u"Proof_of_residence.jpg"_s;
        up.requestContentType = "image/jpeg";
        up.requestBody = QByteArray(1000, '\xff');
        RequestLog log;
        log.append(up);
        const RequestLogEntry logged = log.entries().first();
        QVERIFY(logged.requestBody.isEmpty());
        QCOMPARE(
            paxos::toCurl(logged),
            u"curl --upload-file Proof_of_residence.jpg "
            "\"https://s3.example.test/bucket/f1?X-Amz-Signature=%7Bredacted%7D&X-Amz-Credential=%7Bredacted%7D&part=1\""_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"

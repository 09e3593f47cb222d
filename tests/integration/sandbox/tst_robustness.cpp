#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

// Sends raw bytes on a fresh connection and returns everything received until the server
// closes or `until` appears.
QByteArray rawExchange(const QUrl &base, const QByteArray &bytes, const QByteArray &until = {})
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.readAll();
        if (!until.isEmpty() && answer.contains(until))
            break;
    }
    return answer;
}

QJsonObject bodyOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

// Bad input of every kind gets a problem body and never takes the server down.
class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownPaths_data();
    void unknownPaths();
    void wrongMethods_data();
    void wrongMethods();
    void hugeJsonBodyIs413();
    void requestIdsAreEchoedOrMade_data();
    void requestIdsAreEchoedOrMade();
    void malformedHttp_data();
    void malformedHttp();
    void keepAlivePipeliningAndChunked();
    void http10ClosesAfterAnswer();
    void unsupportedParts();
    void adminInfo();
    void randomGarbageNeverTakesItDown();
    void stillAlive();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestRobustness::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestRobustness::unknownPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << u"/"_s;
    QTest::newRow("v1") << u"/v1/identity/identities"_s;
    QTest::newRow("v2 unknown") << u"/v2/identity/people"_s;
    QTest::newRow("too deep") << u"/v2/identity/identities/a/b/c"_s;
    QTest::newRow("events deep") << u"/v2/events/a/b"_s;
    QTest::newRow("admin unknown") << u"/sandbox-admin/nothing"_s;
}

void TestRobustness::unknownPaths()
{
    QFETCH(QString, path);
    const Reply reply = m_client->get(path);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.json.value(u"title").toString(), u"Not Found"_s);
    QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
}

void TestRobustness::wrongMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("delete identities")
        << QByteArray("DELETE") << u"/v2/identity/identities"_s << QByteArray("GET, POST");
    QTest::newRow("patch identity")
        << QByteArray("PATCH") << u"/v2/identity/identities/x"_s << QByteArray("GET, PUT");
    QTest::newRow("get sandbox-status")
        << QByteArray("GET") << u"/v2/identity/identities/x/sandbox-status"_s << QByteArray("PUT");
    QTest::newRow("post documents")
        << QByteArray("POST") << u"/v2/identity/identities/x/documents"_s << QByteArray("GET, PUT");
    QTest::newRow("put controls") << QByteArray("PUT") << u"/v2/identity/controls"_s
                                  << QByteArray("GET, POST, DELETE");
    QTest::newRow("post events") << QByteArray("POST") << u"/v2/events"_s << QByteArray("GET");
    QTest::newRow("delete account")
        << QByteArray("DELETE") << u"/v2/identity/accounts/x"_s << QByteArray("GET");
    QTest::newRow("invented verb") << QByteArray("BREW") << u"/v2/events"_s << QByteArray("GET");
}

void TestRobustness::wrongMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const Reply reply = m_client->send(method, path);
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.header("Allow"), allow);
}

void TestRobustness::hugeJsonBodyIs413()
{
    QByteArray body = "{\"ref_id\": \"" + QByteArray(3 * 1024 * 1024, 'a') + "\"}";
    const Reply reply = m_client->send("POST", u"/v2/identity/identities"_s, body);
    QCOMPARE(reply.status, 413);
    QVERIFY(reply.isProblem());
    QVERIFY(reply.detail().contains(u"limit"));
}

void TestRobustness::requestIdsAreEchoedOrMade_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("echoed");
    QTest::newRow("client id") << QByteArray("6f1e2c1a-8d7b-4a38-9d0e-1b2c3d4e5f60") << true;
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("too long") << QByteArray(200, 'x') << false;
    QTest::newRow("control characters") << QByteArray("a\x01b") << false;
}

// Every answer names its request, the client's id when it sent a sane one; problems too.
void TestRobustness::requestIdsAreEchoedOrMade()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, echoed);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!sent.isEmpty())
        headers.append({"X-Request-Id", sent});
    for (const QString &path : {u"/v2/identity/identities?limit=1"_s, u"/v2/identity/nothing"_s}) {
        const Reply reply = m_client->send("GET", path, {}, headers);
        const QByteArray id = reply.header("x-request-id");
        if (echoed)
            QCOMPARE(id, sent);
        else
            QVERIFY2(!QUuid::fromString(QLatin1StringView(id)).isNull(), id.constData());
    }
}

void TestRobustness::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("garbage") << QByteArray("hello there\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("http/2 line") << QByteArray("GET / HTTP/2.0\r\n\r\n")
                                 << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad content-length")
        << QByteArray("POST /v2/events HTTP/1.1\r\nContent-Length: -4\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nbroken header\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("absolute target")
        << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("gzip encoding")
        << QByteArray("POST /v2/events HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
        << QByteArray("HTTP/1.1 501");
    QTest::newRow("huge head") << QByteArray(
        "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n")
                               << QByteArray("HTTP/1.1 431");
    QTest::newRow("bad chunk") << QByteArray(
        "POST /v2/events HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                               << QByteArray("HTTP/1.1 400");
}

void TestRobustness::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    // Problem bodies end with their (alphabetically last) `type`.
    const QByteArray answer = rawExchange(m_client->base(), request, "\"about:blank\"}");
    QVERIFY2(answer.startsWith(statusLine), answer.left(80).constData());
    const QJsonObject problem = bodyOf(answer);
    QCOMPARE(problem.value(u"status").toInt(), statusLine.mid(9, 3).toInt());
    QVERIFY(!problem.value(u"detail").toString().isEmpty());
}

void TestRobustness::keepAlivePipeliningAndChunked()
{
    const QByteArray auth = "Authorization: Bearer " + m_client->token().toLatin1() + "\r\n";
    const QByteArray chunkedBody = "{\"identity_id\": \"6f1c3a43-0000-4000-8000-000000000000\", "
                                   "\"type\": \"CLOSED\", \"reason_code\": \"OTHER\"}";
    QByteArray requests = "GET /v2/events?limit=1 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n";
    requests += "GET /v2/nowhere HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n";
    requests += "POST /v2/identity/controls HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        + auth + "\r\n";
    requests += QByteArray::number(chunkedBody.size(), 16) + "\r\n" + chunkedBody + "\r\n0\r\n\r\n";
    const QByteArray answer = rawExchange(m_client->base(), requests, "identity not found");
    // Three answers, in order, on one connection.
    const qsizetype first = answer.indexOf("HTTP/1.1 200");
    const qsizetype second = answer.indexOf("HTTP/1.1 404", first);
    const qsizetype third = answer.indexOf("HTTP/1.1 404", second + 1);
    QVERIFY2(first == 0 && second > first && third > second, answer.constData());
    QVERIFY(answer.mid(third).contains("identity not found"));
}

void TestRobustness::http10ClosesAfterAnswer()
{
    const QByteArray answer = rawExchange(m_client->base(), "GET /nothing HTTP/1.0\r\n\r\n");
    QVERIFY(answer.startsWith("HTTP/1.1 404"));
    QVERIFY(answer.contains("Connection: close"));
}

void TestRobustness::unsupportedParts()
{
    const Reply members =
        m_client->post(u"/v2/identity/institution-members"_s, {{u"institution_id"_s, u"x"_s}});
    QCOMPARE(members.status, 400);
    QCOMPARE(members.detail(), u"members must be a non-empty array"_s);
    QCOMPARE(m_client->send("GET", u"/v2/identity/institution-members/x"_s).status, 405);
}

void TestRobustness::adminInfo()
{
    const Reply info = m_client->admin("GET", u"/sandbox-admin"_s);
    QCOMPARE(info.status, 200);
    QVERIFY(info.json.contains(u"faults"));
    QVERIFY(info.json.value(u"identities").toInteger() >= 0);
}

void TestRobustness::randomGarbageNeverTakesItDown()
{
    // Bounded: 300 short connections with random bytes (some starting like a real request),
    // each closed without waiting for an answer.
    QRandomGenerator random(4711);
    const QByteArray prefixes[] = {
        "", "GET /v2/events HTTP/1.1\r\n",
        "POST /oauth2/token HTTP/1.1\r\nContent-Length: 10\r\n\r\n",
        "PUT /v2/identity/identities/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"};
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = prefixes[random.bounded(4)];
        const int length = int(random.bounded(2048));
        for (int j = 0; j < length; ++j)
            bytes += char(random.bounded(256));
        QTcpSocket socket;
        socket.connectToHost(m_client->base().host(), quint16(m_client->base().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        socket.waitForBytesWritten(1000);
        if (i % 2)
            socket.abort();
        else
            socket.disconnectFromHost();
    }
    QCOMPARE(m_client->get(u"/v2/events?limit=1"_s).status, 200);
}

void TestRobustness::stillAlive()
{
    // After everything above, the shared server still answers.
    QCOMPARE(m_client->get(u"/v2/events?limit=1"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"

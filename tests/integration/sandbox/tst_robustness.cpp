#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

// Sends raw bytes on a fresh connection and returns everything received until the server
// closes or `until` appears. *closed says whether the server closed the connection.
QByteArray rawExchange(const QUrl &base, const QByteArray &bytes, const QByteArray &until = {},
                       int timeoutMs = 10000, bool *closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.readAll();
        if (!until.isEmpty() && answer.contains(until))
            break;
    }
    if (closed) {
        // The server closes after its answer: EOF (or a reset) arrives soon.
        QDeadlineTimer closing(3000);
        while (socket.state() == QAbstractSocket::ConnectedState && !closing.hasExpired()) {
            socket.waitForReadyRead(int(qMax<qint64>(1, closing.remainingTime())));
            socket.readAll();
        }
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    }
    return answer;
}

QByteArray hostHeader(const QUrl &base)
{
    return "Host: " + base.host().toLatin1() + ':' + QByteArray::number(base.port()) + "\r\n";
}

// The problem body's end: bodies are compact JSON with `type` (about:blank) last.
constexpr QByteArrayView kProblemEnd = "\"about:blank\"}";

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
    void chunkSizeOverflowIs413();
    void smugglingRunsNoHiddenRequest();
    void uploadTokenIsCheckedBeforeTheBody();
    void uploadUrlNamesTheListeningAddress();
    void adminRefusesBrowsers();
    void slowHeadIsCutOff();
    void connectionCapRefusesCleanly();
    void requestLogIsEscapedAndHasNoBody();
    void secretsFromFileAndEnvironment();
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
    // The issue's lenient forms: each a request a proxy in front could read differently.
    const QByteArray post = "POST /oauth2/token HTTP/1.1\r\nHost: x\r\n";
    const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("CL and TE") << post
            + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
              "0\r\n\r\n" << QByteArray("HTTP/1.1 400");
    QTest::newRow("two different CLs")
        << post + "Content-Length: 0\r\nContent-Length: 5\r\n\r\nhello"
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("CL +70") << post + "Content-Length: +70\r\n\r\n" << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunk +46") << chunked + "+46\r\n" << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunk 0x46") << chunked + "0x46\r\n" << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunk ' 46 '") << chunked + " 46 \r\n" << QByteArray("HTTP/1.1 400");
    QTest::newRow("TE space before colon") << post + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n"
                                           << QByteArray("HTTP/1.1 400");
    QTest::newRow("obs-fold") << post + "X-A: b\r\n c\r\nContent-Length: 0\r\n\r\n"
                              << QByteArray("HTTP/1.1 400");
    QTest::newRow("HTTP/1.9") << QByteArray("GET /v2/events HTTP/1.9\r\nHost: x\r\n\r\n")
                              << QByteArray("HTTP/1.1 400");
    QTest::newRow("bare LF") << QByteArray("GET /v2/events HTTP/1.1\nHost: x\n\n")
                             << QByteArray("HTTP/1.1 400");
    QTest::newRow("trailer without end")
        << chunked + "0\r\n" + QByteArray(64 * 1024, 'x') << QByteArray("HTTP/1.1 400");
}

void TestRobustness::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    // Problem bodies end with their (alphabetically last) `type`. Answered at once: well
    // within the header and idle time-outs.
    bool closed = false;
    const QByteArray answer =
        rawExchange(m_client->base(), request, kProblemEnd.toByteArray(), 5000, &closed);
    QVERIFY2(answer.startsWith(statusLine), answer.left(80).constData());
    const QJsonObject problem = bodyOf(answer);
    QCOMPARE(problem.value(u"status").toInt(), statusLine.mid(9, 3).toInt());
    QVERIFY(!problem.value(u"detail").toString().isEmpty());
    // After a framing error nothing that follows is a request: the connection is closed.
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(closed);
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

// `POST /oauth2/token`, chunked, a 1-byte chunk, then a chunk size of 2^63-1 and a stream of
// bytes: the old size check overflowed and buffered all of it (RSS 15 MB -> 586 MB, no 413).
void TestRobustness::chunkSizeOverflowIs413()
{
    QByteArray bytes = "POST /oauth2/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
                       "1\r\na\r\n7fffffffffffffff\r\n";
    bytes += QByteArray(1024 * 1024, 'b');
    bool closed = false;
    const QByteArray answer =
        rawExchange(m_client->base(), bytes, kProblemEnd.toByteArray(), 5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
    QVERIFY(closed);
}

// CL.TE: a front end that honours Content-Length forwards all of it; a back end that honours
// Transfer-Encoding would see a second, hidden request. The old server ran it.
void TestRobustness::smugglingRunsNoHiddenRequest()
{
    const QByteArray hidden =
        "GET /sandbox-admin HTTP/1.1\r\n" + hostHeader(m_client->base()) + "\r\n";
    const QByteArray body = "0\r\n\r\n" + hidden;
    const QByteArray bytes = "POST /v2/events HTTP/1.1\r\n" + hostHeader(m_client->base())
        + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
    bool closed = false;
    const QByteArray answer = rawExchange(m_client->base(), bytes, {}, 5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(80).constData());
    QCOMPARE(answer.count("HTTP/1.1 "), 1);
    QVERIFY(!answer.contains("\"identities\""));
    QVERIFY(closed);
}

// 8 unauthenticated 95 MB PUTs took the old server to 946 MB: the token is now checked from
// the head, and the answer comes before the body is sent at all.
void TestRobustness::uploadTokenIsCheckedBeforeTheBody()
{
    const QByteArray head = "PUT /sandbox-uploads/not-a-token HTTP/1.1\r\n"
        + hostHeader(m_client->base()) + "Content-Type: application/pdf\r\n"
        + "Content-Length: 95000000\r\n";
    for (const QByteArray &extra : {QByteArray(), QByteArray("Expect: 100-continue\r\n")}) {
        bool closed = false;
        const QByteArray answer = rawExchange(m_client->base(), head + extra + "\r\n%PDF-1.4",
                                              kProblemEnd.toByteArray(), 5000, &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(80).constData());
        QVERIFY(answer.contains("upload URL is unknown"));
        QVERIFY(!answer.contains("100 Continue"));
        QVERIFY(closed);
    }
}

// The old server copied the request's Host into upload_url.
void TestRobustness::uploadUrlNamesTheListeningAddress()
{
    const Reply person = m_client->createPerson();
    QCOMPARE(person.status, 200);
    const QString id = person.json.value(u"id").toString();
    const QByteArray body =
        R"({"name": "passport.pdf", "document_types": ["IDENTITY_VERIFICATION"]})";
    const QByteArray bytes = "PUT /v2/identity/identities/" + id.toLatin1()
        + "/documents HTTP/1.1\r\nHost: evil.example:1234\r\nAuthorization: Bearer "
        + m_client->token().toLatin1()
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const QByteArray answer = rawExchange(m_client->base(), bytes);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    const QUrl upload(bodyOf(answer).value(u"upload_url").toString());
    QCOMPARE(upload.host(), m_client->base().host());
    QCOMPARE(upload.port(), m_client->base().port());
}

// Any web page could reset the old sandbox: a text/plain POST with a foreign Origin deleted
// every identity. A private sandbox, so a regression cannot empty the shared one.
void TestRobustness::adminRefusesBrowsers()
{
    testsupport::SandboxProcess own({u"--seed-identities"_s, u"3"_s});
    QVERIFY(own.start());
    const QUrl base = own.url();
    const QByteArray own_host = hostHeader(base);
    const auto adminCall = [&](const QByteArray &method, const QByteArray &path,
                               const QByteArray &headers) {
        const QByteArray body = method == "GET" ? QByteArray() : QByteArray("{}");
        return rawExchange(base,
                           method + ' ' + path + " HTTP/1.1\r\n" + headers
                               + "Connection: close\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    const QByteArray json = "Content-Type: application/json\r\n";
    struct Case
    {
        const char *name;
        QByteArray headers;
        int status;
    };
    const Case cases[] = {
        {"foreign Origin, text/plain",
         own_host
             + "Origin: https://evil.example\r\n"
               "Content-Type: text/plain\r\n",
         403},
        {"foreign Origin, JSON", own_host + "Origin: https://evil.example\r\n" + json, 403},
        {"null Origin", own_host + "Origin: null\r\n" + json, 403},
        {"same host, other port", own_host + "Origin: http://127.0.0.1:1\r\n" + json, 403},
        {"text/plain", own_host + "Content-Type: text/plain\r\n", 415},
        {"form", own_host + "Content-Type: application/x-www-form-urlencoded\r\n", 415},
        {"no content type", own_host, 415},
        {"rebound name", "Host: evil.example:" + QByteArray::number(base.port()) + "\r\n" + json,
         421},
        {"no Host", json, 421},
        {"other port", "Host: 127.0.0.1:1\r\n" + json, 421},
    };
    for (const Case &c : cases) {
        const QByteArray answer = adminCall("POST", "/sandbox-admin/reset", c.headers);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(c.status))),
                 qPrintable(QString::fromLatin1(c.name) + u": "_s
                            + QString::fromLatin1(answer.left(60))));
        QCOMPARE(bodyOf(answer).value(u"status").toInt(), c.status);
    }
    // Nothing was deleted.
    QByteArray info = adminCall("GET", "/sandbox-admin", own_host);
    QVERIFY2(info.startsWith("HTTP/1.1 200"), info.constData());
    QCOMPARE(bodyOf(info).value(u"identities").toInt(), 3);
    // The sandbox's own origin, `localhost`, and GET without a content type are fine.
    info = adminCall("GET", "/sandbox-admin",
                     "Host: localhost:" + QByteArray::number(base.port()) + "\r\n");
    QVERIFY2(info.startsWith("HTTP/1.1 200"), info.constData());
    const QByteArray sameOrigin =
        "Origin: http://" + base.host().toLatin1() + ':' + QByteArray::number(base.port()) + "\r\n";
    const QByteArray faults =
        adminCall("PUT", "/sandbox-admin/faults", own_host + sameOrigin + json);
    QVERIFY2(faults.startsWith("HTTP/1.1 200"), faults.constData());
}

// One byte every 300 ms: the old server reset its idle timer on each and never closed. The head
// must now arrive within --header-timeout of its first byte.
void TestRobustness::slowHeadIsCutOff()
{
    testsupport::SandboxProcess own({u"--header-timeout"_s, u"1"_s});
    QVERIFY(own.start());
    QTcpSocket socket;
    socket.connectToHost(own.url().host(), quint16(own.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer drip;
    drip.setInterval(300);
    const QByteArray head = "GET /v2/events HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa";
    qsizetype sent = 0;
    connect(&drip, &QTimer::timeout, &socket, [&] {
        if (sent < head.size() && socket.state() == QAbstractSocket::ConnectedState)
            socket.write(head.mid(sent++, 1));
    });
    drip.start();
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 6000);
    drip.stop();
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(elapsed.elapsed() < 4000);
}

// Past --max-connections a connection is answered 503 and closed, and the server serves again
// once connections end.
void TestRobustness::connectionCapRefusesCleanly()
{
    testsupport::SandboxProcess own({u"--max-connections"_s, u"4"_s});
    QVERIFY(own.start());
    const QUrl base = own.url();
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(base.host(), quint16(base.port()));
        QVERIFY(socket->waitForConnected(5000));
        held.push_back(std::move(socket));
    }
    bool closed = false;
    const QByteArray refused = rawExchange(base, "GET /v2/events HTTP/1.1\r\nHost: x\r\n\r\n",
                                           kProblemEnd.toByteArray(), 5000, &closed);
    QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
    QVERIFY(refused.contains("Connection: close"));
    QVERIFY(closed);
    held.front()->abort();
    held.erase(held.begin());
    QByteArray served;
    // Tried until the server has seen the close; once served, not tried again (QTRY evaluates
    // its expression once more at the end, and each try is a connection of its own).
    bool ok = false;
    QTRY_VERIFY2_WITH_TIMEOUT(
        ok
            || (ok = (served = rawExchange(base, "GET /v2/events HTTP/1.1\r\nHost: x\r\n\r\n",
                                           kProblemEnd.toByteArray(), 2000))
                         .startsWith("HTTP/1.1 401")),
        served.constData(), 15000);
}

// With two Content-Lengths the old server read the body as the next request, and
// --log-requests logged it (a client secret) with its raw control characters.
void TestRobustness::requestLogIsEscapedAndHasNoBody()
{
    testsupport::SandboxProcess own({u"--log-requests"_s});
    QVERIFY(own.start());
    const QUrl base = own.url();
    const QByteArray hidden = "POST /token?client_secret=demo-secret%1b[31m HTTP/1.1\r\n\r\n";
    const QByteArray twoLengths = "POST /oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                                  "Content-Length: "
        + QByteArray::number(hidden.size()) + "\r\n\r\n" + hidden;
    QVERIFY(rawExchange(base, twoLengths, {}, 3000).startsWith("HTTP/1.1 400"));
    // A path with control characters is logged, escaped.
    const QByteArray answer =
        rawExchange(base, "GET /logged%1b[31m%0d%0aforged HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    QTRY_VERIFY_WITH_TIMEOUT(own.output().contains(u"/logged"_s), 5000);
    own.stop();
    // What the sandbox logged after it started (before: its banner).
    QString log = own.output();
    log = log.mid(log.indexOf(u"listening on"_s));
    QVERIFY2(log.contains(u"/logged\\x1b[31m\\x0d\\x0aforged"_s), qPrintable(log));
    QVERIFY(!log.contains(QChar(0x1b)));
    QVERIFY(!log.contains(u"forged\r"_s) && !log.contains(u"\nforged"_s));
    QVERIFY(!log.contains(u"client_secret"_s));
    QVERIFY(!log.contains(u"demo-secret"_s));
}

// Secrets on the command line show in `ps` for every user; a file or the environment do not.
void TestRobustness::secretsFromFileAndEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile clients(dir.filePath(u"clients"_s));
    QVERIFY(clients.open(QIODevice::WriteOnly));
    clients.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    clients.write("# one client per line\nfile-client:file-secret:identity:read_identity\n");
    clients.close();
    QFile header(dir.filePath(u"header"_s));
    QVERIFY(header.open(QIODevice::WriteOnly));
    header.write("X-Api-Key: file-hook-secret\n");
    header.close();
    qputenv("PAXOS_SANDBOX_CLIENTS", "env-client:env-secret");
    qputenv("CC_TEST_HOOK_HEADER", "X-Env-Key: env-hook-secret");
    testsupport::SandboxProcess own({u"--client-file"_s, clients.fileName(), u"--webhook"_s,
                                     u"http://127.0.0.1:9/a"_s, u"--webhook-header-file"_s,
                                     header.fileName(), u"--webhook"_s, u"http://127.0.0.1:9/b"_s,
                                     u"--webhook-header-env"_s, u"CC_TEST_HOOK_HEADER"_s});
    const bool started = own.start();
    qunsetenv("PAXOS_SANDBOX_CLIENTS");
    qunsetenv("CC_TEST_HOOK_HEADER");
    QVERIFY(started);
    ApiClient client(own.url());
    QVERIFY(!client.authenticate({}, u"file-client"_s, u"file-secret"_s).isEmpty());
    QVERIFY(!client.authenticate({}, u"env-client"_s, u"env-secret"_s).isEmpty());
    // Only the configured clients: the demo client is not there, nor announced.
    QVERIFY(client.authenticate({}, u"demo"_s, u"demo-secret"_s).isEmpty());
    QVERIFY(!own.output().contains(u"demo-secret"_s));
    const Reply hooks = client.admin("GET", u"/sandbox-admin/webhooks"_s);
    QCOMPARE(hooks.status, 200);
    const QJsonArray items = hooks.json.value(u"items").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"header_name").toString(), u"X-Api-Key"_s);
    QCOMPARE(items.at(1).toObject().value(u"header_name").toString(), u"X-Env-Key"_s);
    QVERIFY(!hooks.body.contains("hook-secret"));
}

void TestRobustness::stillAlive()
{
    // After everything above, the shared server still answers.
    QCOMPARE(m_client->get(u"/v2/events?limit=1"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"

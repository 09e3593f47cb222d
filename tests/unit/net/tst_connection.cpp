#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"
#include "support/fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using paxos::ApiCall;
using paxos::ApiError;
using paxos::ApiRequest;
using paxos::Connection;

namespace {

QByteArray tokenBody(const QByteArray &token,
                     const QByteArray &scope = "identity:read_identity identity:write_identity")
{
    return R"({"access_token":")" + token + R"(","expires_in":3600,"token_type":"bearer","scope":")"
        + scope + R"("})";
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.operation = u"Test"_s;
    r.path = path;
    r.requiredScope = u"identity:read_identity"_s;
    return r;
}

ApiRequest post(const QString &path)
{
    ApiRequest r = get(path);
    r.method = "POST";
    r.body = R"({"ref_id":"r1"})";
    r.requiredScope = u"identity:write_identity"_s;
    return r;
}

bool waitFinished(ApiCall *call, int ms = 10000)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(ms);
}

} // namespace

// Drives the real Connection over loopback against a scripted server, with fast retry
// timings so the whole policy runs in milliseconds.
class TestConnection : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<Connection> m_connection;
    // What /v2/... answers; the token path always answers a token.
    std::function<void(std::shared_ptr<FakeHttpServer::Exchange>)> m_api;
    int m_tokens = 0;
    int m_apiCalls = 0;
    QList<std::shared_ptr<FakeHttpServer::Exchange>> m_held;
    // When set, token requests wait in m_heldTokens until the test answers them.
    bool m_holdTokens = false;
    QList<std::shared_ptr<FakeHttpServer::Exchange>> m_heldTokens;

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_tokens = 0;
        m_apiCalls = 0;
        m_held.clear();
        m_holdTokens = false;
        m_heldTokens.clear();
        m_api = [](auto ex) { ex->respond(200, "{}"); };
        m_server->setHandler([this](auto ex) {
            if (ex->request.target.startsWith("/oauth2/token")) {
                ++m_tokens;
                if (m_holdTokens) {
                    m_heldTokens.append(ex);
                    return;
                }
                ex->respond(200, tokenBody("tok-" + QByteArray::number(m_tokens)));
                return;
            }
            ++m_apiCalls;
            m_api(ex);
        });
        m_connection = std::make_unique<Connection>();
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        m_connection->setCredentials(u"demo"_s, u"demo-secret"_s,
                                     {u"identity:read_identity"_s, u"identity:write_identity"_s});
        paxos::RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 40;
        fast.maxAttempts = 4;
        m_connection->setRetryPolicy(fast);
        m_connection->tokenProvider()->setRequestsPerSecond(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 0);
        m_connection->setRateLimit(paxos::RateClass::Standard, 0);
    }

    void cleanup()
    {
        m_held.clear();
        m_heldTokens.clear();
        m_connection.reset();
        m_server.reset();
    }

    void sendsTokenAndParsesJson()
    {
        m_api = [](auto ex) { ex->respond(200, R"({"id":"abc"})"); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/abc"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QCOMPARE(call->response().json.value("id"_L1).toString(), u"abc"_s);
        const auto req = m_server->requests().last();
        QCOMPARE(req.target, QByteArray("/v2/identity/identities/abc"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
        // token + call, both logged, neither with the token.
        QCOMPARE(m_connection->requestLog()->size(), 2);
        for (const auto &e : m_connection->requestLog()->entries()) {
            for (const auto &[k, v] : e.requestHeaders)
                QVERIFY(!v.contains("tok-1"));
        }
    }

    void retriesIdempotentCalls_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void retriesIdempotentCalls()
    {
        QFETCH(int, status);
        int n = 0;
        m_api = [&](auto ex) {
            if (++n < 3)
                ex->respond(status, R"({"type":"about:blank","status":503})");
            else
                ex->respond(200, R"({"ok":true})");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QSignalSpy retrying(call.get(), &ApiCall::retrying);
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QCOMPARE(call->response().attempts, 3);
        QCOMPARE(retrying.count(), 2);
        QVERIFY(call->response().hadUnansweredAttempt);
        QCOMPARE(call->logEntryIds().size(), 3);
    }

    void doesNotRepeatUnsafeCalls()
    {
        m_api = [](auto ex) {
            ex->respond(503, R"({"title":"Service Unavailable","status":503})");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(post(u"/identity/controls"_s)));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(m_apiCalls, 1);
        QCOMPARE(call->error()->kind(), ApiError::Kind::Problem);
        QCOMPARE(call->error()->httpStatus(), 503);
    }

    void givesUpAfterMaxAttempts()
    {
        m_api = [](auto ex) { ex->respond(503, "{}"); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/events"_s)));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(m_apiCalls, 4);
        QCOMPARE(call->error()->httpStatus(), 503);
    }

    void honoursRetryAfterAndCoolsTheWholeConnection()
    {
        int n = 0;
        QElapsedTimer sinceFirst;
        QList<qint64> arrivals;
        m_api = [&](auto ex) {
            arrivals << (sinceFirst.isValid() ? sinceFirst.elapsed() : 0);
            if (!sinceFirst.isValid())
                sinceFirst.start();
            if (++n == 1)
                ex->respond(429, R"({"detail":"too many requests"})", {{"Retry-After", "1"}});
            else
                ex->respond(200, "{}");
        };
        QSignalSpy coolDown(m_connection.get(), &Connection::coolDownStarted);
        std::unique_ptr<ApiCall> first(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(coolDown.count(), 1);
        QCOMPARE(coolDown.first().first().toLongLong(), 1000);
        QVERIFY(m_connection->coolDownRemainingMs() > 500);
        // Another call, on another endpoint, waits out the same cool-down.
        std::unique_ptr<ApiCall> second(m_connection->send(get(u"/events"_s)));
        QVERIFY(waitFinished(first.get(), 5000));
        QVERIFY(waitFinished(second.get(), 5000));
        QVERIFY(first->succeeded());
        QVERIFY(second->succeeded());
        QCOMPARE(arrivals.size(), 3);
        QVERIFY2(arrivals[1] >= 950 && arrivals[2] >= 950,
                 qPrintable(u"%1 %2"_s.arg(arrivals[1]).arg(arrivals[2])));
    }

    // http to a host that is not this machine: refused before anything is sent.
    void plainHttpToARemoteHostIsRefused()
    {
        m_connection->setEnvironment(
            paxos::Environment::custom(QUrl(u"http://auth.example.test/oauth2/token"_s),
                                       QUrl(u"http://api.example.test/v2"_s)));
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error()->kind(), ApiError::Kind::NotConfigured);
        QVERIFY2(call->error()->message().contains(u"https"_s),
                 qPrintable(call->error()->message()));
        QCOMPARE(call->response().attempts, 0);
        // A pre-signed upload URL obeys the same rule.
        ApiRequest upload;
        upload.operation = u"Upload"_s;
        upload.method = "PUT";
        upload.absoluteUrl = QUrl(u"http://uploads.example.test/doc?sig=1"_s);
        upload.authenticated = false;
        upload.expectJson = false;
        std::unique_ptr<ApiCall> put(m_connection->send(upload));
        QVERIFY(waitFinished(put.get()));
        QCOMPARE(put->error()->kind(), ApiError::Kind::InvalidArgument);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aHugeRetryAfterIsClampedToAMinute()
    {
        m_api = [](auto ex) {
            ex->respond(429, R"({"detail":"too many requests"})",
                        {{"Retry-After", "9223372036854775807"}});
        };
        QSignalSpy coolDown(m_connection.get(), &Connection::coolDownStarted);
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(coolDown.count(), 1);
        QCOMPARE(coolDown.first().first().toLongLong(), paxos::RetryPolicy::kMaxRetryAfterMs);
        QVERIFY(m_connection->coolDownRemainingMs() <= paxos::RetryPolicy::kMaxRetryAfterMs);
        QVERIFY(m_connection->coolDownRemainingMs() > 50000);
        call->cancel();
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error()->kind(), ApiError::Kind::Cancelled);
    }

    void a429IsRetriedEvenForPost()
    {
        int n = 0;
        m_api = [&](auto ex) {
            if (++n == 1)
                ex->respond(429, "{}", {{"Retry-After", "0"}});
            else
                ex->respond(200, R"({"id":"x"})");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(post(u"/identity/controls"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QCOMPARE(m_apiCalls, 2);
    }

    void refreshesOnceOn401()
    {
        m_api = [&](auto ex) {
            if (ex->request.headers.value("authorization") == "Bearer tok-1")
                ex->respond(401, R"({"detail":"access token expired"})");
            else
                ex->respond(200, "{}");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QCOMPARE(m_tokens, 2);

        // A server that rejects every token: one refresh, then the 401 is the answer.
        m_api = [](auto ex) { ex->respond(401, R"({"detail":"invalid access token"})"); };
        std::unique_ptr<ApiCall> again(m_connection->send(get(u"/identity/identities"_s)));
        QVERIFY(waitFinished(again.get()));
        QCOMPARE(again->error()->httpStatus(), 401);
        QCOMPARE(m_tokens, 3);
    }

    void parallel401sRefreshOnce()
    {
        m_api = [&](auto ex) {
            if (ex->request.headers.value("authorization") == "Bearer tok-1")
                ex->respond(401, "{}");
            else
                ex->respond(200, "{}");
        };
        std::vector<std::unique_ptr<ApiCall>> calls;
        for (int i = 0; i < 5; ++i)
            calls.emplace_back(m_connection->send(get(u"/identity/identities"_s)));
        for (auto &c : calls) {
            QVERIFY(waitFinished(c.get()));
            QVERIFY(c->succeeded());
        }
        QCOMPARE(m_tokens, 2);
    }

    void missingScopeIsRefusedBeforeSending()
    {
        ApiRequest r = get(u"/events"_s);
        r.requiredScope = u"events:read_event"_s; // never asked for
        std::unique_ptr<ApiCall> call(m_connection->send(r));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error()->kind(), ApiError::Kind::MissingScope);
        QCOMPARE(call->error()->scopes(), QStringList{u"events:read_event"_s});
        QCOMPARE(m_apiCalls, 0);

        // Asked for but not granted.
        m_server->setHandler([this](auto ex) {
            if (ex->request.target.startsWith("/oauth2/token"))
                ex->respond(200, tokenBody("t", "identity:read_identity"));
            else
                ++m_apiCalls, ex->respond(200, "{}");
        });
        m_connection->setCredentials(u"demo"_s, u"demo-secret"_s,
                                     {u"identity:read_identity"_s, u"identity:write_identity"_s});
        std::unique_ptr<ApiCall> write(m_connection->send(post(u"/identity/identities"_s)));
        QVERIFY(waitFinished(write.get()));
        QCOMPARE(write->error()->kind(), ApiError::Kind::MissingScope);
        QVERIFY(write->error()->message().contains(u"identity:write_identity"_s));
        QCOMPARE(m_apiCalls, 0);
    }

    void transferTimeoutThenRetry()
    {
        int n = 0;
        m_api = [&](auto ex) {
            if (++n == 1)
                m_held.append(ex); // never answered
            else
                ex->respond(200, "{}");
        };
        m_connection->setTimeoutMs(300);
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QVERIFY(call->response().hadUnansweredAttempt);
        const auto first = m_connection->requestLog()->entry(call->logEntryIds().first());
        QVERIFY(first->error.contains(u"timed out"_s));
        QVERIFY(first->retried);

        // A POST that times out is not repeated: its fate is unknown.
        m_api = [this](auto ex) { m_held.append(ex); };
        std::unique_ptr<ApiCall> create(m_connection->send(post(u"/identity/controls"_s)));
        QVERIFY(waitFinished(create.get()));
        QCOMPARE(create->error()->kind(), ApiError::Kind::Timeout);
    }

    void droppedConnectionIsRetriedWhenSafe()
    {
        // QNetworkAccessManager itself re-sends a request whose fresh connection closed
        // without a byte of answer; past those, the connection's policy takes over.
        int n = 0;
        m_api = [&](auto ex) {
            if (++n <= 3)
                ex->drop();
            else
                ex->respond(200, "{}");
        };
        ApiRequest r = post(u"/identity/identities"_s);
        r.safeToRepeat = true; // as Create Identity does, thanks to its ref_id
        std::unique_ptr<ApiCall> call(m_connection->send(r));
        QVERIFY(waitFinished(call.get()));
        QVERIFY2(
            call->succeeded(),
            qPrintable(
                u"%1 attempts, server saw %2"_s.arg(call->response().attempts).arg(m_apiCalls)));
        QVERIFY(call->response().hadUnansweredAttempt);
        QVERIFY(call->response().attempts >= 2);
        QCOMPARE(m_apiCalls, 4);

        // Not safe to repeat: the drop is the answer.
        n = 0;
        std::unique_ptr<ApiCall> unsafe(m_connection->send(post(u"/identity/controls"_s)));
        QVERIFY(waitFinished(unsafe.get()));
        QCOMPARE(unsafe->error()->kind(), ApiError::Kind::Network);
    }

    void malformedAnswerIsRetried()
    {
        int n = 0;
        m_api = [&](auto ex) {
            ex->respond(200, ++n == 1 ? "{\"id\": \"trunc" : R"({"id":"ok"})");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/x"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(call->succeeded());
        QCOMPARE(call->response().json.value("id"_L1).toString(), u"ok"_s);
    }

    void cancelStopsEverything()
    {
        m_api = [this](auto ex) { m_held.append(ex); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(m_apiCalls, 1);
        QSignalSpy finished(call.get(), &ApiCall::finished);
        call->cancel();
        QCOMPARE(finished.count(), 0); // never from inside cancel()
        QVERIFY(finished.wait(2000));
        QCOMPARE(call->error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_connection->callsInFlight(), 0);
        // Cancelling while waiting in a back-off: nothing more is sent.
        m_api = [](auto ex) { ex->respond(503, "{}", {{"Retry-After", "5"}}); };
        std::unique_ptr<ApiCall> waiting(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(m_apiCalls, 2);
        waiting->cancel();
        QVERIFY(waitFinished(waiting.get()));
        QCOMPARE(waiting->error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_apiCalls, 2);
    }

    void capsCallsInFlight()
    {
        m_api = [this](auto ex) { m_held.append(ex); };
        m_connection->setMaxInFlight(2);
        std::vector<std::unique_ptr<ApiCall>> calls;
        for (int i = 0; i < 5; ++i)
            calls.emplace_back(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(m_apiCalls, 2);
        QCOMPARE(m_connection->callsInFlight(), 2);
        while (!m_held.isEmpty() || m_apiCalls < 5) {
            QTRY_VERIFY(!m_held.isEmpty());
            m_held.takeFirst()->respond(200, "{}");
        }
        for (auto &c : calls) {
            QVERIFY(waitFinished(c.get()));
            QVERIFY(c->succeeded());
        }
        QCOMPARE(m_apiCalls, 5);
    }

    void pacesPerEndpointClass()
    {
        // Loopback is unpaced unless asked for; window 0 spaces every request.
        QVERIFY(!m_connection->isPaced());
        m_connection->setPacing(Connection::Pacing::On);
        m_connection->setRateWindowMs(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 20); // 50 ms apart
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        m_api = [&](auto ex) {
            at << clock.elapsed();
            ex->respond(200, "{}");
        };
        std::vector<std::unique_ptr<ApiCall>> calls;
        for (int i = 0; i < 6; ++i)
            calls.emplace_back(m_connection->send(get(u"/identity/identities"_s)));
        for (auto &c : calls)
            QVERIFY(waitFinished(c.get()));
        QCOMPARE(at.size(), 6);
        // From before the first send, not from the first arrival: the first request also
        // opens the connection, so its arrival can lag its send and shorten the span between
        // arrivals. The sixth cannot leave before five spacings have passed.
        QVERIFY2(at.last() >= 5 * 50 - 10, qPrintable(QString::number(at.last())));
        QCOMPARE(paxos::Connection::rateClassFor(get(u"/identity/identities/x/documents"_s)),
                 paxos::RateClass::Identity);
        QCOMPARE(paxos::Connection::rateClassFor(get(u"/events"_s)), paxos::RateClass::Standard);
        QCOMPARE(paxos::Connection::rateClassFor(get(u"/identity/controls"_s)),
                 paxos::RateClass::Standard);
    }

    // A budget over a window: the first `budget` calls go at once, the next waits until the
    // first has left the window.
    void pacesToABudgetOverTheWindow()
    {
        m_connection->setPacing(Connection::Pacing::On);
        m_connection->setRateLimit(paxos::RateClass::Identity, 10);
        m_connection->setRateWindowMs(1000); // 10 per second
        m_connection->setMaxInFlight(16);
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        m_api = [&](auto ex) {
            at << clock.elapsed();
            ex->respond(200, "{}");
        };
        std::vector<std::unique_ptr<ApiCall>> calls;
        for (int i = 0; i < 12; ++i)
            calls.emplace_back(m_connection->send(get(u"/identity/identities"_s)));
        for (auto &c : calls)
            QVERIFY(waitFinished(c.get()));
        QCOMPARE(at.size(), 12);
        // None of the first ten was paced; the 11th waited for the window. The window is
        // counted from when the first call was booked, which `clock` precedes; the first
        // call's arrival is not a substitute, because it also carries opening the connection
        // (slower under a sanitizer or a busy machine), which would shorten the measured gap.
        for (auto &c : calls)
            QVERIFY(c->succeeded());
        QVERIFY2(at.at(10) >= 1000 - 10, qPrintable(QString::number(at.at(10))));
        QVERIFY2(at.at(11) - at.at(10) >= 100 - 10, qPrintable(QString::number(at.at(11))));
    }

    // The pacing slot is booked when a call goes on the wire, not before it waits for a
    // token: calls held up together behind a token fetch must not then all go out at once.
    // Twelve calls wait 1.5 s for the token with a budget of 10 a second: 10 go when it
    // comes, the 11th a window later. Booked before the wait (as it once was), the first ten
    // were booked at once and the 11th a second later, and all twelve arrived together.
    void pacingIsBookedWhenTheCallGoesOut()
    {
        m_connection->setPacing(Connection::Pacing::On);
        m_connection->setRateLimit(paxos::RateClass::Identity, 10);
        m_connection->setRateWindowMs(1000); // 10 per second
        m_connection->setMaxInFlight(16);
        m_holdTokens = true;
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        m_api = [&](auto ex) {
            at << clock.elapsed();
            ex->respond(200, "{}");
        };
        std::vector<std::unique_ptr<ApiCall>> calls;
        for (int i = 0; i < 12; ++i)
            calls.emplace_back(m_connection->send(get(u"/identity/identities"_s)));
        QTRY_COMPARE(m_heldTokens.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1500, 5000);
        m_heldTokens.takeFirst()->respond(200, tokenBody("tok-late"));
        for (auto &c : calls) {
            QVERIFY(waitFinished(c.get()));
            QVERIFY(c->succeeded());
        }
        QCOMPARE(at.size(), 12);
        std::sort(at.begin(), at.end());
        // No second (less a little for the loopback's jitter) holds more than 10 arrivals.
        for (qsizetype i = 0; i < at.size(); ++i) {
            const auto inWindow = std::count_if(at.cbegin() + i, at.cend(),
                                                [&](qint64 t) { return t < at[i] + 1000 - 50; });
            QVERIFY2(
                inWindow <= 10,
                qPrintable(u"%1 arrivals within a second of %2 ms"_s.arg(inWindow).arg(at[i])));
        }
    }

    void problemBodyBecomesApiError()
    {
        m_api = [](auto ex) {
            ex->respond(
                409,
                R"({"type":"https://developer.paxos.com/docs/v2/problems/already-exists","title":"Already Exists","status":409,"detail":"duplicate ref_id provided","meta":{"existing":{"id":"c956"}}})",
                {}, "application/problem+json");
        };
        std::unique_ptr<ApiCall> call(m_connection->send(post(u"/identity/identities"_s)));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error()->kind(), ApiError::Kind::DuplicateRefId);
        QCOMPARE(call->error()->existingId(), u"c956"_s);
    }

    void notConfigured()
    {
        Connection bare;
        std::unique_ptr<ApiCall> call(bare.send(get(u"/events"_s)));
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error()->kind(), ApiError::Kind::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"

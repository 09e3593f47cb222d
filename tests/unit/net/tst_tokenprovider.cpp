#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"
#include "support/fakehttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using paxos::ApiError;
using paxos::TokenProvider;

namespace {

const QString kSecret = u"se+cr&et=1 %"_s;
const QStringList kScopes{u"identity:read_identity"_s, u"identity:write_identity"_s};

QByteArray tokenBody(const QByteArray &token, int expiresIn = 3600,
                     const QByteArray &scope = "identity:read_identity identity:write_identity")
{
    QByteArray body = R"({"access_token":")" + token + R"(","expires_in":)"
        + QByteArray::number(expiresIn) + R"(,"token_type":"bearer")";
    if (!scope.isNull())
        body += R"(,"scope":")" + scope + R"(")";
    return body + "}";
}

QMap<QString, QString> decodeForm(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (const QByteArray &part : body.split('&')) {
        const qsizetype eq = part.indexOf('=');
        out.insert(QUrl::fromPercentEncoding(QByteArray(part.left(eq)).replace('+', ' ')),
                   QUrl::fromPercentEncoding(QByteArray(part.mid(eq + 1)).replace('+', ' ')));
    }
    return out;
}

struct Collector
{
    QList<TokenProvider::Result> results;
    TokenProvider::Callback callback()
    {
        return [this](const TokenProvider::Result &r) { results.append(r); };
    }
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT
private:
    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    paxos::RequestLog *m_log = nullptr;
    paxos::TestClock *m_clock = nullptr;
    TokenProvider *m_tokens = nullptr;
    QList<std::shared_ptr<FakeHttpServer::Exchange>> m_held;

private slots:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
        m_log = new paxos::RequestLog(100, this);
        m_clock = new paxos::TestClock;
        m_tokens = new TokenProvider(m_network, m_log, m_clock, this);
        paxos::RetryPolicy policy;
        policy.random = [] { return 0.0; };
        m_tokens->setRetryPolicy(policy);
        m_tokens->setCredentials(m_server->url(u"/oauth2/token"_s), u"client-1"_s, kSecret,
                                 kScopes);
        m_held.clear();
    }

    void cleanup()
    {
        delete m_tokens;
        delete m_clock;
        delete m_log;
        delete m_network;
        delete m_server;
        m_held.clear();
    }

    void sendsUrlencodedAndCaches()
    {
        m_server->setHandler([](auto ex) { ex->respond(200, tokenBody("tok-1")); });
        Collector c;
        m_tokens->fetch(this, c.callback());
        QVERIFY(c.results.isEmpty()); // never inside fetch()
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].accessToken, u"tok-1"_s);
        QVERIFY(!c.results[0].error);

        const auto req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/oauth2/token"));
        QCOMPARE(req.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        const auto form = decodeForm(req.body);
        QCOMPARE(form.value(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(form.value(u"client_id"_s), u"client-1"_s);
        QCOMPARE(form.value(u"client_secret"_s), kSecret);
        QCOMPARE(form.value(u"scope"_s), kScopes.join(u' '));
        QVERIFY(m_tokens->hasValidToken());
        QCOMPARE(m_tokens->grantedScopes(), kScopes);

        // Cached: no second request.
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QCOMPARE(c.results.size(), 2);
        QCOMPARE(c.results[1].accessToken, u"tok-1"_s);
        QCOMPARE(m_server->requestCount(), 1);

        // The log has the exchange, without the secret or the token.
        QCOMPARE(m_log->size(), 1);
        const auto entry = m_log->entries().first();
        QCOMPARE(entry.operation, u"Token"_s);
        QCOMPARE(entry.httpStatus, 200);
        QVERIFY(!entry.requestBody.contains("cr%26et"));
        QVERIFY(entry.requestBody.contains("client_secret={paxos_secret}"));
        QVERIFY(!entry.responseBody.contains("tok-1"));
    }

    void singleFlight()
    {
        m_server->setHandler([this](auto ex) { m_held.append(ex); });
        Collector c;
        for (int i = 0; i < 5; ++i)
            m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_held.first()->respond(200, tokenBody("shared"));
        QTRY_COMPARE(c.results.size(), 5);
        for (const auto &r : c.results)
            QCOMPARE(r.accessToken, u"shared"_s);
        QCOMPARE(m_tokens->requestsSent(), 1);
    }

    void refreshesShortlyBeforeExpiry()
    {
        int n = 0;
        m_server->setHandler(
            [&n](auto ex) { ex->respond(200, tokenBody("t" + QByteArray::number(++n), 3600)); });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(TokenProvider::refreshMarginMs(3600 * 1000), 60000);
        m_clock->advance(3539 * 1000);
        QVERIFY(m_tokens->hasValidToken());
        QCOMPARE(m_tokens->validForMs(), 1000);
        m_clock->advance(1000);
        QVERIFY(!m_tokens->hasValidToken());
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 2);
        QCOMPARE(c.results[1].accessToken, u"t2"_s);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void pacedAtOnePerSecond()
    {
        int n = 0;
        m_server->setHandler(
            [&n](auto ex) { ex->respond(200, tokenBody("t" + QByteArray::number(++n))); });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        m_clock->advance(300);
        // A 401 made the caller drop the token; the new request waits for the 1 s slot.
        m_tokens->invalidate(u"t1"_s);
        m_tokens->fetch(this, c.callback());
        QCOMPARE(m_clock->nextTimerIn(), 700);
        m_clock->advance(699);
        QCOMPARE(m_server->requestCount(), 1);
        m_clock->advance(1);
        QTRY_COMPARE(c.results.size(), 2);
        QCOMPARE(c.results[1].accessToken, u"t2"_s);
    }

    void invalidateOnlyDropsTheCurrentToken()
    {
        int n = 0;
        m_server->setHandler(
            [&n](auto ex) { ex->respond(200, tokenBody("t" + QByteArray::number(++n))); });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        m_tokens->invalidate(u"old-token"_s);
        QVERIFY(m_tokens->hasValidToken());
        m_tokens->invalidate(u"t1"_s);
        QVERIFY(!m_tokens->hasValidToken());
    }

    void retriesTransientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedWait");
        // RetryPolicy with random 0: base 250 ms * 0.5 = 125 ms, but the 1 s pacing wins.
        QTest::newRow("503") << 503 << QByteArray() << qint64(1000);
        QTest::newRow("429 + Retry-After") << 429 << QByteArray("3") << qint64(3000);
        QTest::newRow("500") << 500 << QByteArray() << qint64(1000);
    }

    void retriesTransientFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedWait);
        int n = 0;
        m_server->setHandler([&](auto ex) {
            if (++n == 1) {
                QList<QPair<QByteArray, QByteArray>> headers;
                if (!retryAfter.isEmpty())
                    headers.append({"Retry-After", retryAfter});
                ex->respond(status, R"({"error":"temporarily_unavailable"})", headers);
            } else {
                ex->respond(200, tokenBody("after-retry"));
            }
        });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(m_clock->pendingTimers(), 1);
        QCOMPARE(m_clock->nextTimerIn(), expectedWait);
        m_clock->advance(expectedWait);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].accessToken, u"after-retry"_s);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_log->size(), 2);
    }

    void rejectedCredentialsFailWithoutRetry()
    {
        m_server->setHandler([](auto ex) {
            ex->respond(401, R"({"error":"invalid_client","error_description":"bad secret"})");
        });
        QSignalSpy failed(m_tokens, &TokenProvider::fetchFailed);
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 2);
        QVERIFY(c.results[0].error);
        QCOMPARE(c.results[0].error->kind(), ApiError::Kind::Authentication);
        QCOMPARE(c.results[0].error->httpStatus(), 401);
        QVERIFY(c.results[0].error->message().contains(u"bad secret"_s));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(failed.count(), 1);
    }

    void invalidScopeIsAnAuthenticationError()
    {
        m_server->setHandler([](auto ex) {
            ex->respond(400,
                        R"({"error":"invalid_scope","error_description":"scope not allowed"})");
        });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].error->kind(), ApiError::Kind::Authentication);
    }

    // An optional scope the credentials do not have costs one more token request, not the
    // session: the token comes without it, and it is not asked for again.
    void refusedOptionalScopeIsDroppedOnce()
    {
        m_tokens->setOptionalScopes({u"funding:read_profile"_s});
        QCOMPARE(m_tokens->requestedScopes(), kScopes + QStringList{u"funding:read_profile"_s});
        m_server->setHandler([](auto ex) {
            if (decodeForm(ex->request.body).value(u"scope"_s).contains(u"funding"_s))
                ex->respond(400, R"({"error":"invalid_scope","error_description":"no funding"})");
            else
                ex->respond(200, tokenBody("without-funding", 60, {}));
        });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_VERIFY(m_tokens->optionalScopesRefused());
        m_clock->advance(1000); // the token path is paced at one request a second
        QTRY_COMPARE(c.results.size(), 1);
        QVERIFY2(!c.results[0].error,
                 qPrintable(c.results[0].error ? c.results[0].error->message() : QString()));
        QCOMPARE(c.results[0].accessToken, u"without-funding"_s);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(m_tokens->optionalScopesRefused());
        QCOMPARE(m_tokens->requestedScopes(), kScopes);
        QCOMPARE(m_tokens->grantedScopes(), kScopes);
        // The next token is asked for without it straight away.
        m_tokens->invalidate(u"without-funding"_s);
        Collector again;
        m_tokens->fetch(this, again.callback());
        m_clock->advance(1000);
        QTRY_COMPARE(again.results.size(), 1);
        QVERIFY(!again.results[0].error);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void grantedScopes_data()
    {
        QTest::addColumn<QByteArray>("scope");
        QTest::addColumn<QStringList>("granted");
        QTest::newRow("subset") << QByteArray("identity:read_identity")
                                << QStringList{u"identity:read_identity"_s};
        QTest::newRow("absent means as requested") << QByteArray() << kScopes;
    }

    void grantedScopes()
    {
        QFETCH(QByteArray, scope);
        QFETCH(QStringList, granted);
        m_server->setHandler([scope](auto ex) { ex->respond(200, tokenBody("t", 3600, scope)); });
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(m_tokens->grantedScopes(), granted);
    }

    void garbageIsRetriedThenADecodeError()
    {
        int n = 0;
        m_server->setHandler([&n](auto ex) {
            if (++n == 1)
                ex->respond(200, "{\"access_token\": \"cut");
            else
                ex->respond(200, tokenBody("whole"));
        });
        Collector first;
        m_tokens->fetch(this, first.callback());
        m_clock->advance(0);
        QTRY_COMPARE(m_clock->pendingTimers(), 1);
        m_clock->advance(m_clock->nextTimerIn());
        QTRY_COMPARE(first.results.size(), 1);
        QCOMPARE(first.results[0].accessToken, u"whole"_s);

        // With no retries left, an unreadable answer is a Decode error.
        paxos::RetryPolicy once;
        once.maxAttempts = 1;
        m_tokens->setRetryPolicy(once);
        m_tokens->setCredentials(m_server->url(u"/oauth2/token"_s), u"client-1"_s, kSecret,
                                 kScopes);
        m_server->setHandler(
            [](auto ex) { ex->respond(200, "<html>proxy</html>", {}, "text/html"); });
        m_clock->advance(1000);
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QTRY_COMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].error->kind(), ApiError::Kind::Decode);
        QVERIFY(!m_tokens->hasValidToken());
    }

    void cancelledTicketAndDeadContextAreSkipped()
    {
        m_server->setHandler([](auto ex) { ex->respond(200, tokenBody("t")); });
        Collector c;
        const quint64 ticket = m_tokens->fetch(this, c.callback());
        auto context = std::make_unique<QObject>();
        m_tokens->fetch(context.get(), c.callback());
        m_tokens->cancel(ticket);
        context.reset();
        Collector other;
        m_tokens->fetch(this, other.callback());
        m_clock->advance(0);
        QTRY_COMPARE(other.results.size(), 1);
        QCOMPARE(c.results.size(), 0);
    }

    void notConfigured()
    {
        m_tokens->clear();
        Collector c;
        m_tokens->fetch(this, c.callback());
        m_clock->advance(0);
        QCOMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].error->kind(), ApiError::Kind::NotConfigured);
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"

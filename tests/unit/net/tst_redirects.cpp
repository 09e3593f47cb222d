#include "support/fakehttpserver.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paxos::ApiCall;
using paxos::ApiError;
using paxos::ApiRequest;
using paxos::Connection;

// No credential crosses an origin: a redirect to another port (another origin, like another
// host or scheme would be) must carry neither the bearer header nor the token body. The first
// server redirects; the second records whatever reaches it.
class TestRedirects : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_origin;
    std::unique_ptr<FakeHttpServer> m_elsewhere;
    std::unique_ptr<Connection> m_connection;
    int m_redirectStatus = 307;
    bool m_redirectToken = false;
    bool m_redirectApi = false;

    static QByteArray tokenBody()
    {
        return R"({"access_token":"tok-1","expires_in":3600,"token_type":"bearer"})";
    }

    ApiRequest request(const QByteArray &method, const QString &path)
    {
        ApiRequest r;
        r.operation = u"Test"_s;
        r.method = method;
        r.path = path;
        if (method != "GET")
            r.body = R"({"ref_id":"r1"})";
        return r;
    }

    static bool waitFinished(ApiCall *call)
    {
        if (call->isFinished())
            return true;
        QSignalSpy spy(call, &ApiCall::finished);
        return spy.wait(10000);
    }

    // Nothing that arrived at the other origin carries a credential.
    void verifyNothingLeaked()
    {
        for (const auto &r : m_elsewhere->requests()) {
            QVERIFY2(!r.headers.contains("authorization"), r.target.constData());
            QVERIFY2(!r.body.contains("client_secret"), r.body.constData());
            QVERIFY2(!r.body.contains("the-secret"), r.body.constData());
        }
        // The policy chosen is stricter still: nothing is sent there at all.
        QCOMPARE(m_elsewhere->requestCount(), 0);
    }

private slots:
    void init()
    {
        m_origin = std::make_unique<FakeHttpServer>();
        m_elsewhere = std::make_unique<FakeHttpServer>();
        QVERIFY(m_origin->listen());
        QVERIFY(m_elsewhere->listen());
        QVERIFY(m_origin->url().port() != m_elsewhere->url().port());
        m_redirectToken = false;
        m_redirectApi = false;
        m_origin->setHandler([this](auto ex) {
            const QByteArray target = ex->request.target;
            const bool isToken = target.startsWith("/oauth2/token");
            if ((isToken && m_redirectToken) || (!isToken && m_redirectApi)) {
                const QUrl to = m_elsewhere->url(QString::fromLatin1(target));
                ex->respond(m_redirectStatus, {}, {{"Location", to.toEncoded()}});
                return;
            }
            if (isToken) {
                ex->respond(200, tokenBody());
                return;
            }
            // A same-origin redirect is fine to follow.
            if (target.endsWith("/moved")) {
                ex->respond(m_redirectStatus, {},
                            {{"Location", target.chopped(int(strlen("/moved"))) + "/here"}});
                return;
            }
            ex->respond(200, R"({"ok":true})");
        });
        m_elsewhere->setHandler([](auto ex) {
            if (ex->request.target.startsWith("/oauth2/token"))
                ex->respond(200, tokenBody());
            else
                ex->respond(200, R"({"stolen":true})");
        });
        m_connection = std::make_unique<Connection>();
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_origin->url()));
        m_connection->setCredentials(u"demo"_s, u"the-secret"_s, {});
        m_connection->tokenProvider()->setRequestsPerSecond(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 0);
        m_connection->setRateLimit(paxos::RateClass::Standard, 0);
        paxos::RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        m_connection->setRetryPolicy(fast);
    }

    void cleanup()
    {
        m_connection.reset();
        m_origin.reset();
        m_elsewhere.reset();
    }

    void apiRedirectToAnotherOriginCarriesNoBearer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        for (int status : {301, 302, 303, 307, 308}) {
            for (const QByteArray method : {"GET", "POST", "PUT", "DELETE"}) {
                QTest::addRow("%d %s", status, method.constData()) << status << method;
            }
        }
    }

    void apiRedirectToAnotherOriginCarriesNoBearer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        m_redirectStatus = status;
        m_redirectApi = true;
        std::unique_ptr<ApiCall> call(
            m_connection->send(request(method, u"/identity/identities/abc"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(!call->succeeded());
        QCOMPARE(call->error()->kind(), ApiError::Kind::Network);
        // Says what happened and where to, and is not retried (the redirect would repeat).
        QVERIFY2(call->error()->detail().contains(u"redirect"_s),
                 qPrintable(call->error()->detail()));
        QVERIFY2(call->error()->detail().contains(QString::number(m_elsewhere->url().port())),
                 qPrintable(call->error()->detail()));
        QCOMPARE(call->response().attempts, 1);
        // The bearer went to the origin, as it should.
        QVERIFY(m_origin->requests().last().headers.value("authorization").startsWith("Bearer "));
        verifyNothingLeaked();
        // The request log names the refusal too.
        const auto entries = m_connection->requestLog()->entries();
        QVERIFY(entries.last().error.contains(u"redirect"_s));
    }

    void tokenRedirectToAnotherOriginCarriesNoSecret_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }

    void tokenRedirectToAnotherOriginCarriesNoSecret()
    {
        QFETCH(int, status);
        m_redirectStatus = status;
        m_redirectToken = true;
        std::unique_ptr<ApiCall> call(
            m_connection->send(request("GET", u"/identity/identities/abc"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY(!call->succeeded());
        QCOMPARE(call->error()->kind(), ApiError::Kind::Network);
        QVERIFY2(call->error()->detail().contains(u"redirect"_s),
                 qPrintable(call->error()->detail()));
        // One token POST reached the origin, with the secret; none went anywhere else, and
        // the API call was never made.
        QCOMPARE(m_connection->tokenProvider()->requestsSent(), 1);
        QCOMPARE(m_origin->requestCount(), 1);
        QVERIFY(m_origin->requests().first().body.contains("client_secret=the-secret"));
        verifyNothingLeaked();
    }

    void sameOriginRedirectIsFollowed()
    {
        m_redirectStatus = 307;
        std::unique_ptr<ApiCall> call(
            m_connection->send(request("GET", u"/identity/identities/moved"_s)));
        QVERIFY(waitFinished(call.get()));
        QVERIFY2(call->succeeded(), call->error() ? qPrintable(call->error()->message()) : "");
        const auto last = m_origin->requests().last();
        QCOMPARE(last.target, QByteArray("/v2/identity/identities/here"));
        QVERIFY(last.headers.value("authorization").startsWith("Bearer "));
        QCOMPARE(m_elsewhere->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"

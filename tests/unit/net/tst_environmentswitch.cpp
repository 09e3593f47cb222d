#include "support/fakehttpserver.h"
#include "paxos/api/job.h"
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

namespace {

QByteArray tokenBody(const QByteArray &token)
{
    return R"({"access_token":")" + token + R"(","expires_in":3600,"token_type":"bearer"})";
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.operation = u"Test"_s;
    r.path = path;
    return r;
}

bool waitFinished(ApiCall *call, int ms)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(ms);
}

// The smallest real job: one GET, its JSON as the result.
class GetJob : public paxos::ResultJob<QJsonObject>
{
public:
    GetJob(Connection *connection, QString path)
        : ResultJob(connection)
        , m_path(std::move(path))
    {
        setAutoDelete(false);
    }
    QString operationName() const override { return u"Test"_s; }

protected:
    void run() override
    {
        sendDecoded(get(m_path), [](const QJsonObject &json) { return json; });
    }

private:
    QString m_path;
};

} // namespace

// Calls belong to their environment: switching cancels every call of the old one, whatever
// it is waiting for, and drops its late answer. Two local servers play the old and the new
// environment; the new one must see only calls made after the switch.
class TestEnvironmentSwitch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_old;
    std::unique_ptr<FakeHttpServer> m_new;
    std::unique_ptr<Connection> m_connection;
    std::function<void(std::shared_ptr<FakeHttpServer::Exchange>)> m_oldApi;
    bool m_holdOldToken = false;
    QList<std::shared_ptr<FakeHttpServer::Exchange>> m_held;

    void switchToNew()
    {
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_new->url()));
        m_connection->setCredentials(u"new-client"_s, u"new-secret"_s, {});
    }

    // After the switch, one call in the new environment: succeeds, and is all the new server
    // ever sees of the API. Waiting for it also gives anything wrongly carried over the time
    // to show up.
    void verifyNewEnvironmentClean()
    {
        std::unique_ptr<ApiCall> fresh(m_connection->send(get(u"/events"_s)));
        QVERIFY(waitFinished(fresh.get(), 10000));
        QVERIFY2(fresh->succeeded(), fresh->error() ? qPrintable(fresh->error()->message()) : "");
        QCOMPARE(fresh->response().json.value("server"_L1).toString(), u"new"_s);
        QStringList apiTargets;
        for (const auto &r : m_new->requests()) {
            if (!r.target.startsWith("/oauth2/token"))
                apiTargets << QString::fromLatin1(r.target);
            // The old environment's token never reaches the new server.
            QVERIFY(!r.headers.value("authorization").contains("old-token"));
        }
        QCOMPARE(apiTargets, QStringList{u"/v2/events"_s});
        // No answer of the old server was logged after the switch.
        for (const auto &entry : m_connection->requestLog()->entries())
            QVERIFY2(!entry.responseBody.contains("late"), entry.responseBody.constData());
    }

private slots:
    void init()
    {
        m_old = std::make_unique<FakeHttpServer>();
        m_new = std::make_unique<FakeHttpServer>();
        QVERIFY(m_old->listen());
        QVERIFY(m_new->listen());
        m_held.clear();
        m_holdOldToken = false;
        m_oldApi = [](auto ex) { ex->respond(200, R"({"server":"old"})"); };
        m_old->setHandler([this](auto ex) {
            if (ex->request.target.startsWith("/oauth2/token")) {
                if (m_holdOldToken)
                    m_held.append(ex);
                else
                    ex->respond(200, tokenBody("old-token"));
                return;
            }
            m_oldApi(ex);
        });
        m_new->setHandler([](auto ex) {
            if (ex->request.target.startsWith("/oauth2/token"))
                ex->respond(200, tokenBody("new-token"));
            else
                ex->respond(200, R"({"server":"new"})");
        });
        m_connection = std::make_unique<Connection>();
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_old->url()));
        m_connection->setCredentials(u"old-client"_s, u"old-secret"_s, {});
        m_connection->tokenProvider()->setRequestsPerSecond(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 0);
        m_connection->setRateLimit(paxos::RateClass::Standard, 0);
    }

    void cleanup()
    {
        m_held.clear();
        m_connection.reset();
        m_old.reset();
        m_new.reset();
    }

    // The late answer: the old server answers after the switch; it is not read.
    void inFlightCallIsCancelledAndItsLateAnswerDropped()
    {
        m_oldApi = [this](auto ex) { m_held.append(ex); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/a"_s)));
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(call->stage(), ApiCall::Stage::OnTheWire);
        switchToNew();
        m_held.takeFirst()->respond(200, R"({"server":"old","late":true})");
        QVERIFY(waitFinished(call.get(), 1000));
        QCOMPARE(call->error()->kind(), ApiError::Kind::Cancelled);
        QVERIFY(call->response().json.isEmpty());
        verifyNewEnvironmentClean();
    }

    void callWaitingForTokenIsCancelled()
    {
        m_holdOldToken = true;
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/a"_s)));
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(call->stage(), ApiCall::Stage::WaitingForToken);
        switchToNew();
        m_held.takeFirst()->respond(200, tokenBody("old-token"));
        QVERIFY(waitFinished(call.get(), 1000));
        QCOMPARE(call->error()->kind(), ApiError::Kind::Cancelled);
        verifyNewEnvironmentClean();
    }

    void queuedCallIsCancelled()
    {
        m_connection->setMaxInFlight(1);
        m_oldApi = [this](auto ex) { m_held.append(ex); };
        std::unique_ptr<ApiCall> holding(m_connection->send(get(u"/identity/identities/a"_s)));
        QTRY_COMPARE(m_held.size(), 1);
        std::unique_ptr<ApiCall> queued(m_connection->send(get(u"/identity/identities/b"_s)));
        QTRY_COMPARE(queued->stage(), ApiCall::Stage::Queued);
        switchToNew();
        QVERIFY(waitFinished(queued.get(), 1000));
        QVERIFY(waitFinished(holding.get(), 1000));
        QCOMPARE(queued->error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(holding->error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_old->requestCount(), 2); // token + the holding call; never the queued one
        verifyNewEnvironmentClean();
    }

    void pacedCallIsCancelled()
    {
        // One identity call per 1.5 s: the second waits its turn.
        m_connection->setPacing(Connection::Pacing::On);
        m_connection->setRateWindowMs(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 1.0 / 1.5);
        std::unique_ptr<ApiCall> first(m_connection->send(get(u"/identity/identities/a"_s)));
        QVERIFY(waitFinished(first.get(), 10000));
        std::unique_ptr<ApiCall> paced(m_connection->send(get(u"/identity/identities/b"_s)));
        QTRY_COMPARE(paced->stage(), ApiCall::Stage::Paced);
        switchToNew();
        QVERIFY(waitFinished(paced.get(), 1000));
        QCOMPARE(paced->error()->kind(), ApiError::Kind::Cancelled);
        verifyNewEnvironmentClean();
    }

    void callCoolingDownAfter429IsCancelled()
    {
        m_oldApi = [](auto ex) { ex->respond(429, "{}", {{"Retry-After", "2"}}); };
        QSignalSpy coolDown(m_connection.get(), &Connection::coolDownStarted);
        std::unique_ptr<ApiCall> limited(m_connection->send(get(u"/identity/identities/a"_s)));
        QTRY_COMPARE(coolDown.count(), 1);
        // Another call waits out the same cool-down.
        std::unique_ptr<ApiCall> waiting(m_connection->send(get(u"/events"_s)));
        QTRY_COMPARE(waiting->stage(), ApiCall::Stage::CoolingDown);
        QTRY_COMPARE(limited->stage(), ApiCall::Stage::WaitingToRetry);
        switchToNew();
        QVERIFY(waitFinished(limited.get(), 1000));
        QVERIFY(waitFinished(waiting.get(), 1000));
        QCOMPARE(limited->error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(waiting->error()->kind(), ApiError::Kind::Cancelled);
        // The old server's cool-down does not hold the new environment back.
        QCOMPARE(m_connection->coolDownRemainingMs(), 0);
        verifyNewEnvironmentClean();
    }

    void callWaitingToRetryIsCancelled()
    {
        paxos::RetryPolicy slow;
        slow.baseDelayMs = 2000;
        slow.maxDelayMs = 2000;
        slow.jitter = 0;
        m_connection->setRetryPolicy(slow);
        m_oldApi = [](auto ex) { ex->respond(503, "{}"); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/a"_s)));
        QSignalSpy retrying(call.get(), &ApiCall::retrying);
        QVERIFY(retrying.wait(10000));
        QCOMPARE(call->stage(), ApiCall::Stage::WaitingToRetry);
        switchToNew();
        QVERIFY(waitFinished(call.get(), 1000));
        QCOMPARE(call->error()->kind(), ApiError::Kind::Cancelled);
        verifyNewEnvironmentClean();
    }

    // The job contract holds through a switch: finished once, then failed with Cancelled.
    void runningJobFinishesCancelled()
    {
        m_oldApi = [this](auto ex) { m_held.append(ex); };
        GetJob job(m_connection.get(), u"/identity/identities/a"_s);
        QSignalSpy finished(&job, &paxos::Job::finished);
        QSignalSpy failed(&job, &paxos::Job::failed);
        job.start();
        QTRY_COMPARE(m_held.size(), 1);
        switchToNew();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(job.error()->kind(), ApiError::Kind::Cancelled);
        verifyNewEnvironmentClean();
    }

    // Started just before the switch, run just after: it sends nothing to the new server.
    void jobStartedBeforeTheSwitchSendsNothingAfterIt()
    {
        GetJob job(m_connection.get(), u"/identity/identities/a"_s);
        QSignalSpy finished(&job, &paxos::Job::finished);
        job.start(); // run() follows from the event loop
        switchToNew();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_old->requestCount(), 0);
        verifyNewEnvironmentClean();
    }

    // Setting the same environment again is not a switch: nothing is cancelled.
    void sameEnvironmentCancelsNothing()
    {
        m_oldApi = [this](auto ex) { m_held.append(ex); };
        std::unique_ptr<ApiCall> call(m_connection->send(get(u"/identity/identities/a"_s)));
        QTRY_COMPARE(m_held.size(), 1);
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_old->url()));
        m_held.takeFirst()->respond(200, R"({"server":"old"})");
        QVERIFY(waitFinished(call.get(), 10000));
        QVERIFY(call->succeeded());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentSwitch)
#include "tst_environmentswitch.moc"

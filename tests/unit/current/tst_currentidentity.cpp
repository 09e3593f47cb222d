#include "support/fakehttpserver.h"
#include "core/current/currentidentity.h"
#include "core/current/identityfetcher.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using console::CurrentIdentity;
using console::IdentityFetcher;
using Part = console::IdentityFetcher::Part;
using Exchange = std::shared_ptr<FakeHttpServer::Exchange>;

namespace {
constexpr int kTimeout = 10000;

QByteArray identityBody(const QByteArray &id)
{
    return R"({"id":")" + id
        + R"(","status":"APPROVED","summary_status":"APPROVED","person_details":{"first_name":"A","last_name":"B"}})";
}
} // namespace

// The selection flow: selected at once, settled after the debounce, one Get Identity for the
// row the selection stopped on, answers for any other row dropped, calls for it cancelled.
// The server holds every API answer until the test releases it.
class TestCurrentIdentity : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<paxos::Connection> m_connection;
    QList<Exchange> m_held;

    // API calls the server received (token requests left out), as "METHOD target".
    QStringList apiCalls() const
    {
        QStringList calls;
        for (const auto &r : m_server->requests()) {
            if (!r.target.startsWith("/oauth2/"))
                calls.append(QString::fromLatin1(r.method + ' ' + r.target));
        }
        return calls;
    }
    Exchange heldFor(const QByteArray &pathPart) const
    {
        for (const auto &ex : m_held) {
            if (ex->request.target.contains(pathPart) && !ex->answered())
                return ex;
        }
        return {};
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_held.clear();
        m_server->setHandler([this](Exchange ex) {
            if (ex->request.target.startsWith("/oauth2/token")) {
                ex->respond(200,
                            R"({"access_token":"t","expires_in":3600,"token_type":"bearer",)"
                            R"("scope":"identity:read_identity identity:read_identity_control"})");
                return;
            }
            m_held.append(ex);
        });
        m_connection = std::make_unique<paxos::Connection>();
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        m_connection->setCredentials(
            u"demo"_s, u"demo-secret"_s,
            {u"identity:read_identity"_s, u"identity:read_identity_control"_s});
        m_connection->tokenProvider()->setRequestsPerSecond(0);
        m_connection->setRateLimit(paxos::RateClass::Identity, 0);
        m_connection->setRateLimit(paxos::RateClass::Standard, 0);
    }

    void cleanup()
    {
        m_held.clear();
        m_connection.reset();
        m_server.reset();
    }

    void arrowingSettlesOnTheLastRowOnly()
    {
        CurrentIdentity current(nullptr);
        current.fetcher()->setConnection(m_connection.get());
        current.setDebounceMs(80);
        QSignalSpy selected(&current, &CurrentIdentity::selected);
        QSignalSpy settled(&current, &CurrentIdentity::settled);
        QSignalSpy loaded(&current, &CurrentIdentity::loaded);

        // Fifty rows, one every 20 ms: faster than the debounce, like a held arrow key.
        QTimer key;
        key.setInterval(20);
        int row = 0;
        connect(&key, &QTimer::timeout, &current, [&] {
            current.select(u"id-%1"_s.arg(row++));
            if (row == 50)
                key.stop();
        });
        key.start();
        QTRY_COMPARE_WITH_TIMEOUT(row, 50, kTimeout);
        QCOMPARE(selected.size(), 50);
        QCOMPARE(settled.size(), 0); // nothing settled while the key was held
        QVERIFY(apiCalls().isEmpty());

        QVERIFY(settled.wait(kTimeout));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(0).toString(), u"id-49"_s);
        QCOMPARE(current.settledId(), u"id-49"_s);
        QTRY_COMPARE_WITH_TIMEOUT(apiCalls().size(), 1, kTimeout);
        QVERIFY(apiCalls().at(0).startsWith(u"GET /v2/identity/identities/id-49"_s));
        heldFor("id-49")->respond(200, identityBody("id-49"));
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(loaded.at(0).at(0).value<paxos::Identity>().id, u"id-49"_s);

        // The same row again changes nothing; Enter (open) asks once more.
        current.select(u"id-49"_s);
        QCOMPARE(settled.size(), 1);
        current.open(u"id-49"_s);
        QTRY_COMPARE_WITH_TIMEOUT(apiCalls().size(), 2, kTimeout);
        QCOMPARE(settled.size(), 1);
    }

    void staleAnswersAreDropped()
    {
        CurrentIdentity current(nullptr);
        current.fetcher()->setConnection(m_connection.get());
        current.setDebounceMs(30);
        QSignalSpy loaded(&current, &CurrentIdentity::loaded);
        QSignalSpy failed(&current, &CurrentIdentity::failed);

        current.open(u"id-a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(heldFor("id-a"), kTimeout);
        const Exchange late = heldFor("id-a");
        QSignalSpy settled(&current, &CurrentIdentity::settled);
        current.select(u"id-b"_s);
        QVERIFY(settled.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(heldFor("id-b"), kTimeout);
        // A's answer arrives after the reviewer settled on B, before B's: it must not show.
        late->respond(200, identityBody("id-a"));
        heldFor("id-b")->respond(200, identityBody("id-b"));
        QTRY_VERIFY_WITH_TIMEOUT(current.identity() && current.identity()->id == u"id-b"_s,
                                 kTimeout);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).value<paxos::Identity>().id, u"id-b"_s);
        QCOMPARE(failed.size(), 0); // the cancelled call for A is not reported either
    }

    void callsForAnIdNoLongerCurrentAreCancelled()
    {
        CurrentIdentity current(nullptr);
        IdentityFetcher *fetcher = current.fetcher();
        fetcher->setConnection(m_connection.get());
        QSignalSpy controls(fetcher, &IdentityFetcher::controlsLoaded);
        QSignalSpy documents(fetcher, &IdentityFetcher::documentsLoaded);
        QSignalSpy failed(fetcher, &IdentityFetcher::failed);

        current.open(u"id-a"_s);
        fetcher->fetch(Part::Controls);
        fetcher->fetch(Part::Documents);
        // Once per settled id: asking again while on the way sends nothing more.
        fetcher->fetch(Part::Controls);
        fetcher->fetch(Part::Documents);
        QTRY_COMPARE_WITH_TIMEOUT(apiCalls().size(), 3, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->callsInFlight(), 3, kTimeout);

        current.select(u"id-b"_s);
        QVERIFY(!fetcher->isFetching(Part::Identity));
        QVERIFY(!fetcher->isFetching(Part::Controls));
        QVERIFY(!fetcher->isFetching(Part::Documents));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->callsInFlight(), 0, kTimeout);
        for (const auto &ex : std::as_const(m_held))
            ex->respond(200, R"({"items":[],"documents":[],"pending_documents":[]})");
        // B settles; nothing of A ever arrived.
        QSignalSpy settled(&current, &CurrentIdentity::settled);
        QVERIFY(settled.wait(kTimeout));
        QCOMPARE(controls.size(), 0);
        QCOMPARE(documents.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!fetcher->has(Part::Controls));

        // The parts of B are fetched once, kept, and served from memory afterwards.
        fetcher->fetch(Part::Controls);
        QTRY_VERIFY_WITH_TIMEOUT(heldFor("identity_id=id-b"), kTimeout);
        heldFor("identity_id=id-b")->respond(200, R"({"items":[]})");
        QVERIFY(controls.wait(kTimeout));
        const int sent = int(apiCalls().size());
        fetcher->fetch(Part::Controls);
        QVERIFY(fetcher->has(Part::Controls));
        QCOMPARE(int(apiCalls().size()), sent);
    }

    void everyCallIsFiledUnderItsIdentity()
    {
        // The Calls tab and the request ledger read the id the request log filed, so a list of
        // controls (identity in the query, not the path) counts for the identity too.
        IdentityFetcher fetcher(m_connection.get());
        fetcher.setIdentityId(u"id-c"_s);
        fetcher.fetch(Part::Controls);
        fetcher.fetch(Part::Identity);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_held.size()), 2, kTimeout);
        heldFor("identity_id=id-c")->respond(200, R"({"items":[]})");
        heldFor("identities/id-c")->respond(200, identityBody("id-c"));
        QTRY_VERIFY_WITH_TIMEOUT(fetcher.has(Part::Controls) && fetcher.has(Part::Identity),
                                 kTimeout);
        int filed = 0;
        for (const auto &e : m_connection->requestLog()->entries()) {
            if (e.operation == "Token"_L1)
                QVERIFY(e.identityId.isEmpty());
            else
                filed += e.identityId == u"id-c"_s ? 1 : 0;
        }
        QCOMPARE(filed, 2);
    }
};

QTEST_GUILESS_MAIN(TestCurrentIdentity)
#include "tst_currentidentity.moc"

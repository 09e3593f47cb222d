// Listing everything from a server far away (a paxos-sandbox adding latency to every answer):
// ListAllJob<ListIdentitiesJob> puts more pages on the wire at once than Qt's 6 connections to
// a host allow one network manager, through the one Connection, and still lists every
// identity once while identities are created during the walk. Counted on the server's side
// (a relay in front of the sandbox), not timed.
#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "support/clienttest.h"
#include "support/countingproxy.h"
#include "support/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace paxos;

class TestListAllConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void pagesOverSeveralConnectionPools()
    {
        constexpr int kIdentities = 2000;
        constexpr int kPageSize = 20; // 100 pages
        constexpr int kParallel = 24;
        testsupport::SandboxProcess sandbox(
            {u"--seed-identities"_s, QString::number(kIdentities), u"--fault-latency"_s, u"100"_s});
        QVERIFY(sandbox.start());
        CountingProxy proxy(sandbox.url());
        QVERIFY(proxy.listen());
        auto connection = clienttest::connect(proxy.url());
        connection->requestLog()->setCapacity(100000);
        connection->setMaxInFlight(kParallel);
        QCOMPARE(connection->networkLanes(), kParallel / Connection::kConnectionsPerHost);

        // Identities created while the walk runs, through the same connection.
        int created = 0;
        QTimer creator;
        creator.setInterval(50);
        connect(&creator, &QTimer::timeout, this, [&] {
            if (++created == 10)
                creator.stop();
            auto *create = new CreateIdentityJob(connection.get(), clienttest::newPerson());
            create->start(); // deletes itself when finished
        });

        ListIdentitiesQuery query;
        query.limit = kPageSize;
        ListAllJob<ListIdentitiesJob> walk(connection.get(), query);
        QCOMPARE(walk.maxConcurrentPages(), kParallel);
        creator.start();
        QVERIFY(clienttest::run(&walk, 120000));
        QVERIFY2(walk.isSucceeded(),
                 qPrintable(walk.error() ? walk.error()->message() : QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!creator.isActive(), 20000);

        // Every seeded identity once (the newer ones created meanwhile may or may not be in a
        // newest-first walk, as in a sequential one; never twice).
        QSet<QString> walked;
        for (const Identity &i : walk.items())
            QVERIFY2(!walked.contains(i.id) && (walked.insert(i.id), true),
                     qPrintable(u"listed twice: "_s + i.id));
        QVERIFY(walked.size() >= kIdentities);

        const int peak = proxy.peakWaiting();
        const int busiest = proxy.mostRequestsOnOneConnection();
        qInfo("%d requests on %d connections; at most %d waiting at once; the busiest connection "
              "carried %d; %d slices",
              proxy.requests(), proxy.connections(), peak, busiest, walk.slicesUsed());
        QCOMPARE(walk.slicesUsed(), kParallel);
        // More at once than one manager's 6 connections to a host allow: the lanes are used.
        QVERIFY2(peak > 2 * Connection::kConnectionsPerHost, qPrintable(QString::number(peak)));
        // Rounds, as the server saw them: ~110 requests over 24 connections are ~5 a
        // connection (a slice's pages, plus the token, the first page and the far end); capped
        // at 6 connections the busiest would carry 18 or more.
        QVERIFY2(busiest <= 12, qPrintable(QString::number(busiest)));

        // One path: every request the server saw is in the connection's request log.
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(proxy.requests()),
                                  connection->requestLog()->entries().size(), 5000);
    }

    // A connection given a network manager sends everything through that one: at most its 6
    // connections, whatever maxInFlight says.
    void aGivenManagerIsTheOnlyWay()
    {
        testsupport::SandboxProcess sandbox(
            {u"--seed-identities"_s, u"400"_s, u"--fault-latency"_s, u"100"_s});
        QVERIFY(sandbox.start());
        CountingProxy proxy(sandbox.url());
        QVERIFY(proxy.listen());
        QNetworkAccessManager network;
        Connection connection(Clock::system(), &network);
        connection.setEnvironment(Environment::localSandbox(proxy.url()));
        connection.setCredentials(u"demo"_s, u"demo-secret"_s, Connection::allScopes());
        connection.setMaxInFlight(24);
        ListIdentitiesQuery query;
        query.limit = 10;
        ListAllJob<ListIdentitiesJob> walk(&connection, query);
        QVERIFY(clienttest::run(&walk, 120000));
        QVERIFY(walk.isSucceeded());
        QCOMPARE(walk.items().size(), 400);
        QVERIFY2(proxy.peakWaiting() <= Connection::kConnectionsPerHost,
                 qPrintable(QString::number(proxy.peakWaiting())));
        QCOMPARE(connection.networkLanes(), 1);
    }
};

QTEST_GUILESS_MAIN(TestListAllConcurrency)
#include "tst_listallconcurrency.moc"

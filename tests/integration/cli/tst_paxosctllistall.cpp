// paxosctl identities list --all against a paxos-sandbox far away (latency added to every
// answer): by default more pages on the wire at once than one network manager's 6 connections
// to a host, --parallel bounds it. Counted on the server's side by a relay in front of the
// sandbox, not timed.
#include "paxos/net/connection.h"
#include "paxosctlprocess.h"
#include "support/countingproxy.h"
#include "support/sandboxprocess.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPaxosctlListAll : public QObject
{
    Q_OBJECT
private:
    static constexpr int kIdentities = 2000;
    static constexpr int kPageSize = 20; // 100 pages

    // Runs paxosctl against the relay, waiting in the event loop (the relay lives there).
    void listAll(const CountingProxy &proxy, const QStringList &globalArgs, QStringList *ids)
    {
        QProcess process;
        QProcessEnvironment env = clitest::cleanEnvironment();
        env.insert(u"PAXOS_CLIENT_ID"_s, u"demo"_s);
        env.insert(u"PAXOS_CLIENT_SECRET"_s, u"demo-secret"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PAXOSCTL_BIN),
                      QStringList{u"--env"_s, proxy.url().toString(), u"--store"_s, u"none"_s,
                                  u"--format"_s, u"csv"_s}
                          + globalArgs
                          + QStringList{u"identities"_s, u"list"_s, u"--all"_s, u"--limit"_s,
                                        QString::number(kPageSize)});
        QVERIFY(process.waitForStarted(10000));
        QSignalSpy exited(&process, &QProcess::finished);
        QVERIFY(exited.wait(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(err.right(2000)));
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u'\n');
        for (qsizetype i = 1; i < lines.size(); ++i) // a header, then one identity a line
            ids->append(lines.at(i).section(u',', 0, 0));
    }

private slots:
    void pagesManyAtOnceByDefaultAndAsBoundedByParallel()
    {
        testsupport::SandboxProcess sandbox(
            {u"--seed-identities"_s, QString::number(kIdentities), u"--fault-latency"_s, u"100"_s});
        QVERIFY(sandbox.start());
        CountingProxy proxy(sandbox.url());
        QVERIFY(proxy.listen());

        QStringList ids;
        listAll(proxy, {}, &ids);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ids.size(), kIdentities);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kIdentities);
        qInfo("default: %d requests on %d connections, at most %d waiting at once, the busiest "
              "connection carried %d",
              proxy.requests(), proxy.connections(), proxy.peakWaiting(),
              proxy.mostRequestsOnOneConnection());
        // More at once than one manager's 6 connections allow, and so few rounds that no
        // connection carried more than a dozen (at 6 connections the busiest carries 18+).
        QVERIFY2(proxy.peakWaiting() > 2 * paxos::Connection::kConnectionsPerHost,
                 qPrintable(QString::number(proxy.peakWaiting())));
        QVERIFY2(proxy.mostRequestsOnOneConnection() <= 12,
                 qPrintable(QString::number(proxy.mostRequestsOnOneConnection())));

        // --parallel bounds what is on the wire at once.
        proxy.resetCounts();
        ids.clear();
        listAll(proxy, {u"--parallel"_s, u"3"_s}, &ids);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kIdentities);
        qInfo("--parallel 3: %d requests, at most %d waiting at once", proxy.requests(),
              proxy.peakWaiting());
        QVERIFY2(proxy.peakWaiting() <= 3, qPrintable(QString::number(proxy.peakWaiting())));
        QVERIFY(proxy.peakWaiting() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestPaxosctlListAll)
#include "tst_paxosctllistall.moc"

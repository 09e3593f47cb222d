#include "paxos/net/clock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestClockTest : public QObject
{
    Q_OBJECT
private slots:
    void timersFireInOrderOnAdvance()
    {
        paxos::TestClock clock;
        QObject context;
        QList<int> fired;
        clock.callAfter(300, &context, [&] { fired << 3; });
        clock.callAfter(100, &context, [&] { fired << 1; });
        clock.callAfter(100, &context, [&] { fired << 2; });
        QCOMPARE(clock.nextTimerIn(), 100);
        clock.advance(99);
        QVERIFY(fired.isEmpty());
        clock.advance(1);
        QCOMPARE(fired, (QList<int>{1, 2}));
        clock.advance(1000);
        QCOMPARE(fired, (QList<int>{1, 2, 3}));
        QCOMPARE(clock.monotonicMs(), 1100);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void timerSeesItsDueTimeAndCanChain()
    {
        paxos::TestClock clock;
        QObject context;
        qint64 seen = -1;
        clock.callAfter(50, &context, [&] {
            seen = clock.monotonicMs();
            clock.callAfter(50, &context, [&] { seen = clock.monotonicMs(); });
        });
        clock.advance(70);
        QCOMPARE(seen, 50);
        clock.advance(30);
        QCOMPARE(seen, 100);
    }

    void cancelAndDeadContext()
    {
        paxos::TestClock clock;
        int count = 0;
        const quint64 id = clock.callAfter(10, nullptr, [&] { ++count; });
        clock.cancel(id);
        auto context = std::make_unique<QObject>();
        clock.callAfter(10, context.get(), [&] { ++count; });
        context.reset();
        clock.advance(20);
        QCOMPARE(count, 0);
        QCOMPARE(clock.currentUtc(), QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0, 20), Qt::UTC));
    }

    void systemClockFires()
    {
        QObject context;
        bool fired = false;
        QObject probe;
        QSignalSpy spy(&probe, &QObject::objectNameChanged);
        const qint64 start = paxos::Clock::system()->monotonicMs();
        paxos::Clock::system()->callAfter(20, &context, [&] {
            fired = true;
            probe.setObjectName(QStringLiteral("fired"));
        });
        QVERIFY(spy.wait(2000));
        QVERIFY(fired);
        QVERIFY(paxos::Clock::system()->monotonicMs() - start >= 19);
    }
};

QTEST_GUILESS_MAIN(TestClockTest)
#include "tst_clock.moc"

#include "paxos/net/ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void spacesRequestsEvenly()
    {
        paxos::RateLimiter limiter(10);
        QCOMPARE(limiter.intervalMs(), 100);
        QCOMPARE(limiter.reserve(1000), 0);
        QCOMPARE(limiter.reserve(1000), 100);
        QCOMPARE(limiter.reserve(1000), 200);
        QCOMPARE(limiter.reserve(1250), 50); // slot at 1300
        // After a quiet spell there is no debt and no credit either.
        QCOMPARE(limiter.reserve(5000), 0);
        QCOMPARE(limiter.reserve(5000), 100);
    }

    void averageStaysUnderTheLimit_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("token path") << 1.0;
        QTest::newRow("identity") << 10.0;
        QTest::newRow("other") << 50.0;
    }

    void averageStaysUnderTheLimit()
    {
        QFETCH(double, rate);
        paxos::RateLimiter limiter(rate);
        // 1000 requests all wanting to go at t=0: the last one goes no earlier than
        // (n-1)/rate seconds later.
        qint64 last = 0;
        for (int i = 0; i < 1000; ++i)
            last = limiter.reserve(0);
        QVERIFY(last >= qint64(999 * 1000 / rate));
    }

    void holdAndOff()
    {
        paxos::RateLimiter limiter(50);
        limiter.holdUntil(3000);
        QCOMPARE(limiter.reserve(1000), 2000);
        QCOMPARE(limiter.reserve(1000), 2020);
        limiter.setRate(0);
        QCOMPARE(limiter.reserve(1000), 0);
        QCOMPARE(limiter.reserve(1000), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

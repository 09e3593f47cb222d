#include "paxos/net/clock.h"
#include "paxos/net/ratelimiter.h"

#include <QTest>

#include <functional>
#include <vector>

namespace {

constexpr qint64 kWindow = 5 * 60 * 1000;

// A client that sends `count` requests one after another, each as soon as the limiter lets
// it, on the fake clock; `gapMs` is how long it needs between two requests of its own.
// Returns when each request went.
std::vector<qint64> sendOnTestClock(paxos::TestClock &clock, paxos::RateLimiter &limiter, int count,
                                    qint64 gapMs = 0)
{
    std::vector<qint64> sent;
    QObject context;
    std::function<void()> next = [&] {
        const qint64 wait = limiter.reserve(clock.monotonicMs());
        clock.callAfter(wait, &context, [&] {
            sent.push_back(clock.monotonicMs());
            if (int(sent.size()) < count)
                clock.callAfter(gapMs, &context, next);
        });
    };
    next();
    while (int(sent.size()) < count && clock.pendingTimers() > 0)
        clock.advance(std::max<qint64>(0, clock.nextTimerIn()));
    return sent;
}

// The largest number of `sent` times in any one window (t - window, t].
qint64 busiestWindow(const std::vector<qint64> &sent, qint64 window)
{
    qint64 most = 0;
    size_t first = 0;
    for (size_t last = 0; last < sent.size(); ++last) {
        while (sent[first] <= sent[last] - window)
            ++first;
        most = std::max<qint64>(most, qint64(last - first + 1));
    }
    return most;
}

} // namespace

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

    // Paxos' limits are 5-minute averages: a quiet client may send its whole budget at once.
    void burstUnderTheBudgetIsNotDelayed()
    {
        paxos::RateLimiter limiter(9, kWindow); // 90 % of the Identity API's 10/s
        QCOMPARE(limiter.budget(), 2700);
        paxos::TestClock clock;
        const std::vector<qint64> sent = sendOnTestClock(clock, limiter, 2700);
        QCOMPARE(sent.size(), size_t(2700));
        QCOMPARE(sent.back(), sent.front()); // not one millisecond of pacing
        // The next request is the first the window has no room for.
        QVERIFY(limiter.reserve(clock.monotonicMs()) >= kWindow);
    }

    // Past the budget the rest is spread out: no window of 5 minutes ever holds more than
    // rate × 5 min requests, and after the burst requests go no faster than the rate.
    void pastTheBudgetTheAverageNeverExceedsTheLimit_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("gapMs");
        QTest::newRow("identity, back to back") << 9.0 << 10000 << qint64(0);
        QTest::newRow("identity, a slow client") << 9.0 << 6000 << qint64(50);
        QTest::newRow("other") << 45.0 << 40000 << qint64(0);
    }

    void pastTheBudgetTheAverageNeverExceedsTheLimit()
    {
        QFETCH(double, rate);
        QFETCH(int, count);
        QFETCH(qint64, gapMs);
        paxos::RateLimiter limiter(rate, kWindow);
        paxos::TestClock clock;
        const std::vector<qint64> sent = sendOnTestClock(clock, limiter, count, gapMs);
        QCOMPARE(int(sent.size()), count);
        QVERIFY2(busiestWindow(sent, kWindow) <= limiter.budget(),
                 qPrintable(QString::number(busiestWindow(sent, kWindow))));
        // Paced, but not more than needed: the whole run takes about count / rate.
        const qint64 took = sent.back() - sent.front();
        QVERIFY2(took <= qint64((count / rate) * 1000) + kWindow,
                 qPrintable(QString::number(took)));
        // After the burst the rest is spread at the rate, never a second burst.
        for (size_t i = size_t(limiter.budget()) + 1; i < sent.size(); ++i)
            QVERIFY(sent[i] - sent[i - 1] >= limiter.intervalMs());
    }

    // A pause lets the window drain: the next burst goes unpaced again, as far as room allows.
    void quietSpellRefillsTheBudget()
    {
        paxos::RateLimiter limiter(2, 10000); // 20 per 10 s
        for (int i = 0; i < 15; ++i)
            QCOMPARE(limiter.reserve(0), 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.reserve(4000), 0);
        QCOMPARE(limiter.reserve(4000), 6000); // the first of t=0 leaves the window at 10 s
        QCOMPARE(limiter.reserve(10000), 500); // then 1/rate apart
        // 20 s later the window is empty.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(limiter.reserve(31000), 0);
        QVERIFY(limiter.reserve(31000) > 0);
    }

    void windowHoldAndReset()
    {
        paxos::RateLimiter limiter(2, 10000);
        limiter.holdUntil(3000);
        QCOMPARE(limiter.reserve(1000), 2000);
        QCOMPARE(limiter.reserve(1000), 2000); // a burst after the hold, not spaced
        limiter.reset();
        QCOMPARE(limiter.reserve(1000), 0);
        limiter.setRate(0);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.reserve(1000), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

#include "paxos/net/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paxos::AttemptOutcome;
using paxos::RetryPolicy;

namespace {

RetryPolicy fixedPolicy(double random)
{
    RetryPolicy policy;
    policy.maxAttempts = 6;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.jitter = 0.5;
    policy.random = [random] { return random; };
    return policy;
}

AttemptOutcome http(int status, std::optional<qint64> retryAfter = std::nullopt)
{
    return AttemptOutcome{AttemptOutcome::Kind::HttpError, status, retryAfter};
}

AttemptOutcome kind(AttemptOutcome::Kind k)
{
    return AttemptOutcome{k, 0, std::nullopt};
}

} // namespace

Q_DECLARE_METATYPE(AttemptOutcome)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decision_data()
    {
        QTest::addColumn<AttemptOutcome>("outcome");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<bool>("retry");
        using K = AttemptOutcome::Kind;
        QTest::newRow("200") << kind(K::Success) << true << false;
        QTest::newRow("cancelled") << kind(K::Cancelled) << true << false;
        QTest::newRow("503 GET") << http(503) << true << true;
        QTest::newRow("500 GET") << http(500) << true << true;
        QTest::newRow("502 GET") << http(502) << true << true;
        QTest::newRow("504 GET") << http(504) << true << true;
        QTest::newRow("503 POST") << http(503) << false << false;
        QTest::newRow("429 GET") << http(429) << true << true;
        QTest::newRow("429 POST") << http(429) << false << true;
        QTest::newRow("400") << http(400) << true << false;
        QTest::newRow("401") << http(401) << true << false;
        QTest::newRow("404") << http(404) << true << false;
        QTest::newRow("409") << http(409) << true << false;
        QTest::newRow("501") << http(501) << true << false;
        QTest::newRow("drop GET") << kind(K::NetworkError) << true << true;
        QTest::newRow("drop POST") << kind(K::NetworkError) << false << false;
        QTest::newRow("timeout PUT") << kind(K::Timeout) << true << true;
        QTest::newRow("timeout POST") << kind(K::Timeout) << false << false;
        QTest::newRow("malformed 200 GET") << kind(K::Malformed) << true << true;
        QTest::newRow("malformed 200 POST") << kind(K::Malformed) << false << false;
        QTest::newRow("refused POST") << kind(K::NotSent) << false << true;
    }

    void decision()
    {
        QFETCH(AttemptOutcome, outcome);
        QFETCH(bool, safe);
        QFETCH(bool, retry);
        const RetryPolicy policy = fixedPolicy(0.5);
        QCOMPARE(policy.nextDelay(1, outcome, safe).has_value(), retry);
    }

    void exponentialWithJitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays");
        // base 100, cap 1000, half of each delay fixed, half scaled by the random draw.
        QTest::newRow("low draw") << 0.0 << QList<qint64>{50, 100, 200, 400, 500};
        QTest::newRow("mid draw") << 0.5 << QList<qint64>{75, 150, 300, 600, 750};
        QTest::newRow("high draw") << 0.999 << QList<qint64>{99, 199, 399, 799, 999};
    }

    void exponentialWithJitter()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        const RetryPolicy policy = fixedPolicy(random);
        for (int attempt = 1; attempt <= delays.size(); ++attempt) {
            const auto delay = policy.nextDelay(attempt, http(503), true);
            QVERIFY(delay);
            QCOMPARE(*delay, delays.at(attempt - 1));
        }
        // Six attempts made: no seventh.
        QVERIFY(!policy.nextDelay(6, http(503), true));
    }

    void realRandomStaysInBounds()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 200;
        policy.maxDelayMs = 5000;
        for (int i = 0; i < 500; ++i) {
            const qint64 d = policy.backoffDelay(3); // nominal 800
            QVERIFY2(d >= 400 && d <= 800, qPrintable(QString::number(d)));
        }
    }

    void retryAfterWins()
    {
        const RetryPolicy policy = fixedPolicy(0.5);
        QCOMPARE(policy.nextDelay(1, http(429, 7000), false), 7000);
        QCOMPARE(policy.nextDelay(1, http(503, 2000), true), 2000);
        // A hostile Retry-After is capped.
        QCOMPARE(policy.nextDelay(1, http(429, 3600 * 1000), true), policy.maxRetryAfterMs);
        // But it never revives a request that must not be repeated.
        QVERIFY(!policy.nextDelay(1, http(503, 2000), false));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1 = none
        QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
        QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("date") << QByteArray("Thu, 01 Jan 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Thu, 01 Jan 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("signed") << QByteArray("+5") << qint64(-1);
        // Clamped to a minute: a huge value can neither overflow nor stall calls for ever.
        QTest::newRow("at the cap") << QByteArray("60") << qint64(60000);
        QTest::newRow("over the cap") << QByteArray("3600") << qint64(60000);
        QTest::newRow("overflowing") << QByteArray("99999999999999999999999") << qint64(60000);
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << qint64(60000);
        QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(60000);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy::kMaxRetryAfterMs, 60000);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        if (expected < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, expected);
    }

    void idempotentMethods()
    {
        QVERIFY(RetryPolicy::isIdempotentMethod("GET"));
        QVERIFY(RetryPolicy::isIdempotentMethod("PUT"));
        QVERIFY(!RetryPolicy::isIdempotentMethod("POST"));
        QVERIFY(!RetryPolicy::isIdempotentMethod("DELETE"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

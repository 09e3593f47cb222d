// The dashboard's numbers (dashboard::computeStats / sliceOf), table-driven: which slice each
// row counts in, and the totals of a small queue.
#include "core/dashboard/dashboardstats.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using console::IdentityRow;
using namespace console::dashboard;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000LL;
constexpr qint64 kUnknownAge = std::numeric_limits<qint64>::min();

IdentityRow row(const QString &status, qint64 ageMs, const QString &blocking = {}, int actor = 0)
{
    IdentityRow r;
    r.id = u"id-"_s + QString::number(ageMs);
    r.status = status;
    r.createdMs = ageMs == kUnknownAge ? 0 : kNow - ageMs;
    r.blocking = blocking;
    r.blockingText = blocking.toLower();
    r.actor = actor;
    return r;
}

int countOf(const QList<Slice> &slices, const QString &key)
{
    for (const Slice &s : slices)
        if (s.key == key)
            return s.count;
    return 0;
}

} // namespace

class TestDashboardStats : public QObject
{
    Q_OBJECT
private slots:
    void sliceOfRow_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QString>("expected");
        const int status = int(Dimension::Status), age = int(Dimension::Age);
        QTest::newRow("status as is") << u"APPROVED"_s << kDay << 7 << status << u"APPROVED"_s;
        QTest::newRow("no status") << QString() << kDay << 7 << status << u"UNKNOWN"_s;
        QTest::newRow("fresh") << u"PENDING"_s << kDay / 2 << 7 << age << u"0-1|within"_s;
        QTest::newRow("bucket edge") << u"PENDING"_s << kDay << 7 << age << u"1-3|within"_s;
        QTest::newRow("just under limit")
            << u"PENDING"_s << 7 * kDay - 1 << 7 << age << u"3-7|within"_s;
        QTest::newRow("at limit") << u"PENDING"_s << 7 * kDay << 7 << age << u"7-14|over"_s;
        QTest::newRow("limit inside bucket")
            << u"PENDING"_s << 4 * kDay << 3 << age << u"3-7|over"_s;
        QTest::newRow("old") << u"PENDING"_s << 400 * kDay << 7 << age << u"30+|over"_s;
        QTest::newRow("decided has no age") << u"DENIED"_s << 40 * kDay << 7 << age << QString();
        QTest::newRow("unknown creation") << u"PENDING"_s << kUnknownAge << 7 << age << QString();
        QTest::newRow("created in the future")
            << u"PENDING"_s << -kDay + 1 << 7 << age << u"0-1|within"_s;
    }
    void sliceOfRow()
    {
        QFETCH(QString, status);
        QFETCH(qint64, ageMs);
        QFETCH(int, threshold);
        QFETCH(int, dimension);
        QFETCH(QString, expected);
        QCOMPARE(sliceOf(row(status, ageMs), Dimension(dimension), {kNow, threshold}), expected);
    }

    void totals()
    {
        const QList<IdentityRow> rows{
            row(u"PENDING"_s, kDay / 2, u"DOCUMENT"_s, 3),
            row(u"PENDING"_s, 10 * kDay, u"DOCUMENT"_s, 3),
            row(u"PENDING"_s, 20 * kDay, u"control:FREEZE"_s, 1),
            row(u"PENDING"_s, 2 * kDay, QString(), 0),
            row(u"APPROVED"_s, 50 * kDay),
            row(u"APPROVED"_s, 1 * kDay),
            row(u"DENIED"_s, 1 * kDay),
        };
        const DashboardStats s = computeStats(rows, {kNow, 7});
        QCOMPARE(s.total, 7);
        QCOMPARE(s.pending, 4);
        QCOMPARE(s.overThreshold, 2);
        // Workflow order, only what occurs.
        QCOMPARE(s.statuses.size(), 3);
        QCOMPARE(s.statuses.at(0).key, u"PENDING"_s);
        QCOMPARE(s.statuses.at(0).count, 4);
        QCOMPARE(s.statuses.at(1).key, u"APPROVED"_s);
        QCOMPARE(s.statuses.at(2).count, 1);
        // Every age bucket is there (a chart's bars do not move), counts split at the limit.
        QCOMPARE(s.ageWithin.size(), ageBuckets().size());
        QCOMPARE(countOf(s.ageWithin, u"0-1|within"_s), 1);
        QCOMPARE(countOf(s.ageWithin, u"1-3|within"_s), 1);
        QCOMPARE(countOf(s.ageOver, u"7-14|over"_s), 1);
        QCOMPARE(countOf(s.ageOver, u"14-30|over"_s), 1);
        // Most waited-on first.
        QCOMPARE(s.waitingOn.first().key, u"DOCUMENT"_s);
        QCOMPARE(s.waitingOn.first().count, 2);
        QCOMPARE(countOf(s.waitingOn, u"NOTHING"_s), 1);
        QCOMPARE(countOf(s.actors, u"CUSTOMER"_s), 2);
        QCOMPARE(countOf(s.actors, u"NOBODY"_s), 1);
        // Each pending row counts exactly once per dimension.
        int ages = 0;
        for (const Slice &x : s.ageWithin + s.ageOver)
            ages += x.count;
        QCOMPARE(ages, s.pending);
    }

    void csvCellsAreGuarded()
    {
        DashboardStats s;
        s.waitingOn = {{u"=cmd"_s, u"=HYPERLINK(\"x\")"_s, 3}};
        const QString csv = QString::fromUtf8(statsCsv(s, Dimension::WaitingOn));
        QVERIFY(csv.startsWith(u"dimension,key,label,count\r\n"_s));
        // A formula in a cell is neutralised (AuditCsvExport::csvCell), never written as is.
        QVERIFY(!csv.contains(u"\r\nwaiting_on,=cmd"_s));
        QVERIFY(csv.contains(u",3\r\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"

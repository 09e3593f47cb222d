// The dashboard's numbers (dashboard::computeStats / sliceOf), table-driven: which slice each
// row counts in, and the totals of a small queue.
#include "core/dashboard/dashboardstats.h"

#include <QTest>

#include <limits>
#include <memory>

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

    // The record-based dimensions, through the same path the dashboard takes: raw sources (as
    // RecordReader reads them) → indexRecord → slicesOf.
    void recordSlices_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QString>("status"); // now
        QTest::addColumn<qint64>("createdAgo");
        QTest::addColumn<qint64>("updatedAgo"); // -1: unknown
        QTest::addColumn<QStringList>("history"); // "<ms ago>:<status>"
        QTest::addColumn<QStringList>("requested");
        QTest::addColumn<QStringList>("uploaded");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QStringList>("expected");
        const int overTime = int(Dimension::StatusOverTime);
        const int decision = int(Dimension::TimeToDecision);
        const int docs = int(Dimension::Documents);
        const int who = int(Dimension::Assignee);
        const auto ago = [](qint64 ms, const QString &status) -> QString {
            return QString::number(ms) + u':' + status;
        };
        QTest::newRow("over time: history, then unchanged since the update")
            << overTime << u"APPROVED"_s << 30 * kDay << 2 * kDay
            << QStringList{ago(29 * kDay, u"PENDING"_s), ago(2 * kDay, u"APPROVED"_s)}
            << QStringList() << QStringList() << QString()
            << QStringList{u"0|APPROVED"_s, u"1|PENDING"_s, u"2|PENDING"_s, u"3|PENDING"_s,
                           u"4|PENDING"_s};
        QTest::newRow("over time: not updated since a period's end is its status then")
            << overTime << u"PENDING"_s << 10 * kDay << 8 * kDay << QStringList() << QStringList()
            << QStringList() << QString() << QStringList{u"0|PENDING"_s, u"1|PENDING"_s};
        QTest::newRow("over time: changed since, nothing seen before")
            << overTime << u"DENIED"_s << 15 * kDay << kDay << QStringList() << QStringList()
            << QStringList() << QString()
            << QStringList{u"0|DENIED"_s, u"1|UNOBSERVED"_s, u"2|UNOBSERVED"_s};
        QTest::newRow("decision: exactly one day")
            << decision << u"APPROVED"_s << 10 * kDay << kDay
            << QStringList{ago(10 * kDay - 1, u"PENDING"_s), ago(9 * kDay, u"APPROVED"_s)}
            << QStringList() << QStringList() << QString() << QStringList{u"1-3d"_s};
        QTest::newRow("decision: just under a day")
            << decision << u"DENIED"_s << 10 * kDay << kDay
            << QStringList{ago(10 * kDay, u"PENDING"_s), ago(9 * kDay + 1, u"DENIED"_s)}
            << QStringList() << QStringList() << QString() << QStringList{u"1-24h"_s};
        QTest::newRow("decision: the first one counts, not a later one")
            << decision << u"APPROVED"_s << 40 * kDay << kDay
            << QStringList{ago(40 * kDay, u"PENDING"_s), ago(39 * kDay, u"DENIED"_s),
                           ago(2 * kDay, u"APPROVED"_s)}
            << QStringList() << QStringList() << QString() << QStringList{u"1-3d"_s};
        QTest::newRow("decision: first seen decided has no known time")
            << decision << u"APPROVED"_s << 10 * kDay << kDay
            << QStringList{ago(kDay, u"APPROVED"_s)} << QStringList() << QStringList() << QString()
            << QStringList();
        QTest::newRow("decision: disabled is not a decision")
            << decision << u"DISABLED"_s << 10 * kDay << kDay
            << QStringList{ago(10 * kDay, u"PENDING"_s), ago(kDay, u"DISABLED"_s)} << QStringList()
            << QStringList() << QString() << QStringList();
        QTest::newRow("decision: still pending")
            << decision << u"PENDING"_s << 10 * kDay << kDay
            << QStringList{ago(10 * kDay, u"PENDING"_s)} << QStringList() << QStringList()
            << QString() << QStringList();
        QTest::newRow("documents: either vocabulary, received by type")
            << docs << u"PENDING"_s << kDay << kDay << QStringList()
            << QStringList{u"PASSPORT"_s, u"PROOF_OF_ADDRESS"_s, u"DRIVERS_LICENSE"_s}
            << QStringList{u"IDENTITY_VERIFICATION"_s} << QString()
            << QStringList{u"IDENTITY_VERIFICATION|received"_s, u"PROOF_OF_RESIDENCY|missing"_s};
        QTest::newRow("documents: EDD open, nothing named")
            << docs << u"PENDING"_s << kDay << kDay << QStringList() << QStringList{u""_s}.mid(1)
            << QStringList() << QString() << QStringList{u"UNNAMED|missing"_s};
        QTest::newRow("documents: uploads without a request")
            << docs << u"PENDING"_s << kDay << kDay << QStringList() << QStringList()
            << QStringList{u"PROOF_OF_FUNDS"_s} << QString() << QStringList();
        QTest::newRow("assignee: pending")
            << who << u"PENDING"_s << kDay << kDay << QStringList() << QStringList()
            << QStringList() << u"Ana"_s << QStringList{u"Ana"_s};
        QTest::newRow("assignee: frozen is open")
            << who << u"ERROR"_s << kDay << kDay << QStringList() << QStringList() << QStringList()
            << u"Ana"_s << QStringList{u"Ana"_s};
        QTest::newRow("assignee: decided is not open")
            << who << u"APPROVED"_s << kDay << kDay << QStringList() << QStringList()
            << QStringList() << u"Ana"_s << QStringList();
        QTest::newRow("assignee: nobody")
            << who << u"PENDING"_s << kDay << kDay << QStringList() << QStringList()
            << QStringList() << QString() << QStringList();
    }
    void recordSlices()
    {
        QFETCH(int, dimension);
        QFETCH(QString, status);
        QFETCH(qint64, createdAgo);
        QFETCH(qint64, updatedAgo);
        QFETCH(QStringList, history);
        QFETCH(QStringList, requested);
        QFETCH(QStringList, uploaded);
        QFETCH(QString, assignee);
        QFETCH(QStringList, expected);
        IdentityRow r = row(status, createdAgo);
        r.updatedMs = updatedAgo < 0 ? 0 : kNow - updatedAgo;
        RecordSources sources;
        // Two pages, the later observation first: the index orders by time.
        auto first = std::make_shared<QList<SnapshotRow>>();
        auto second = std::make_shared<QList<SnapshotRow>>();
        for (qsizetype i = 0; i < history.size(); ++i) {
            const SnapshotRow s{r.id, kNow - history.at(i).section(u':', 0, 0).toLongLong(),
                                history.at(i).section(u':', 1)};
            (i % 2 ? first : second)->append(s);
        }
        sources.history = {first, second};
        if (!assignee.isEmpty())
            sources.assignees.insert(r.id, assignee);
        if (QTest::currentDataTag() == QByteArray("documents: EDD open, nothing named")
            || !requested.isEmpty())
            sources.requested.insert(r.id, requested);
        if (!uploaded.isEmpty())
            sources.uploaded.insert(r.id, uploaded);
        const RecordIndex index = indexRecord(sources);
        QCOMPARE(slicesOf(r, factsOf(&index, r.id), Dimension(dimension), {kNow, 7, 7, 12}),
                 expected);
    }

    void recordTotals()
    {
        const auto make = [](const QString &id, const QString &status, qint64 createdAgo) {
            IdentityRow r = row(status, createdAgo);
            r.id = id;
            r.updatedMs = kNow - kDay;
            return r;
        };
        const QList<IdentityRow> rows{
            make(u"a"_s, u"APPROVED"_s, 10 * kDay), make(u"b"_s, u"DENIED"_s, 10 * kDay),
            make(u"c"_s, u"APPROVED"_s, 10 * kDay), make(u"d"_s, u"APPROVED"_s, 10 * kDay),
            make(u"e"_s, u"PENDING"_s, 3 * kDay),   make(u"f"_s, u"PENDING"_s, 3 * kDay),
        };
        RecordSources sources;
        auto page = std::make_shared<QList<SnapshotRow>>();
        // a: 2 hours, b: 2 days, c: 5 days; d first seen approved.
        for (const auto &[id, decidedAfter] :
             {std::pair{u"a"_s, 2 * 3600 * 1000LL}, {u"b"_s, 2 * kDay}, {u"c"_s, 5 * kDay}}) {
            page->append({id, kNow - 10 * kDay, u"PENDING"_s});
            page->append(
                {id, kNow - 10 * kDay + decidedAfter, id == u"b"_s ? u"DENIED"_s : u"APPROVED"_s});
        }
        page->append({u"d"_s, kNow - kDay, u"APPROVED"_s});
        sources.history = {page};
        sources.assignees = {{u"e"_s, u"Ana"_s}, {u"a"_s, u"Ana"_s}};
        sources.team = {u"Ana"_s, u"Bo"_s};
        sources.requested = {{u"e"_s, {u"PASSPORT"_s}}, {u"f"_s, {u"PASSPORT"_s}}};
        sources.uploaded = {{u"f"_s, {u"IDENTITY_VERIFICATION"_s}}};
        const RecordIndex index = indexRecord(sources);
        const DashboardStats s = computeStats(rows, {kNow, 7, 7, 12}, &index);

        QCOMPARE(s.decided, 3);
        QCOMPARE(s.decidedUnobserved, 1);
        QCOMPARE(s.medianDecisionMs, 2 * kDay);
        QCOMPARE(countOf(s.timeToDecision, u"1-24h"_s), 1);
        QCOMPARE(countOf(s.timeToDecision, u"0-1h"_s), 0);
        QCOMPARE(countOf(s.timeToDecision, u"1-3d"_s), 1);
        QCOMPARE(countOf(s.timeToDecision, u"3-7d"_s), 1);
        QCOMPARE(s.timeToDecision.size(), decisionBuckets().size());

        // Over time: every status series has one bar per period, oldest first, "Now" last.
        QVERIFY(!s.statusOverTime.isEmpty());
        for (const Series &series : s.statusOverTime)
            QCOMPARE(series.slices.size(), 12);
        int now = 0;
        for (const Series &series : s.statusOverTime)
            now += series.slices.constLast().count;
        QCOMPARE(now, int(rows.size())); // the current period is the status now
        QCOMPARE(s.statusOverTime.first().key, u"PENDING"_s); // workflow order

        // Documents: missing / received stack to what was asked for.
        QCOMPARE(s.documents.size(), 2);
        QCOMPARE(countOf(s.documents.at(0).slices, u"IDENTITY_VERIFICATION|missing"_s), 1);
        QCOMPARE(countOf(s.documents.at(1).slices, u"IDENTITY_VERIFICATION|received"_s), 1);

        // Open assignments: Ana has e (a is approved); Bo, on the team, has none; f is open
        // with nobody.
        QCOMPARE(countOf(s.assignees, u"Ana"_s), 1);
        QCOMPARE(s.assignees.size(), 2);
        QCOMPARE(s.assignees.at(1).key, u"Bo"_s);
        QCOMPARE(s.assignees.at(1).count, 0);
        QCOMPARE(s.openUnassigned, 1);

        const QString csv = QString::fromUtf8(statsCsv(s, Dimension::TimeToDecision));
        QVERIFY(csv.contains(u"time_to_decision,1-3d,"_s));
        const qsizetype median = csv.indexOf(u"time_to_decision_summary,median_minutes,"_s);
        QVERIFY(median > 0);
        QCOMPARE(csv.mid(median).section(u"\r\n"_s, 0, 0).section(u',', -1), u"2880"_s);
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

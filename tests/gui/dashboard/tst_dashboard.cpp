// The dashboard in the real console (embedded in-memory sandbox with demo identities): its
// numbers match the queue, and clicking a bar narrows the queue to exactly those identities,
// with a chip that says so and undoes it.
#include "app/application.h"
#include "core/dashboard/recordreader.h"
#include "core/events/eventsservice.h"
#include "core/events/followuptracker.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/assignments.h"
#include "core/record/documentrecords.h"
#include "core/record/statushistory.h"
#include "core/record/store.h"
#include "core/services.h"
#include "support/consoleharness.h"
#include "support/fakeidentitysource.h"
#include "ui/dashboard/dashboardfilter.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/queue/filterbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using console::dashboard::Dimension;
using console::ui::DashboardView;

namespace {

// Where bar `index` of `set` is drawn, in the chart view's viewport (`below`: what is stacked
// under it).
QPoint barCentre(QChartView *view, QBarSet *set, int index, qreal below = 0)
{
    QChart *chart = view->chart();
    QAbstractSeries *series = chart->series().constFirst();
    const QPointF inChart =
        chart->mapToPosition(QPointF(index, below + set->at(index) / 2.0), series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

// The same for a sideways bar (horizontal series: value along x, category along y).
QPoint sidewaysBarCentre(QChartView *view, QBarSet *set, int index, qreal before = 0)
{
    QChart *chart = view->chart();
    QAbstractSeries *series = chart->series().constFirst();
    const QPointF inChart =
        chart->mapToPosition(QPointF(before + set->at(index) / 2.0, index), series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

// The ids the queue shows now.
QSet<QString> shownIds(QAbstractItemModel *proxy)
{
    QSet<QString> ids;
    for (int r = 0; r < proxy->rowCount(); ++r)
        ids.insert(proxy->index(r, 0).data(console::IdentityIdRole).toString());
    return ids;
}

// The filter bar's chip that starts with `prefix`, visible.
QToolButton *chipStarting(console::ui::MainWindow *window, const QString &prefix)
{
    for (QToolButton *chip : window->findChildren<QToolButton *>(u"filterChip"_s))
        if (chip->isVisible() && chip->property("chipText").toString().startsWith(prefix))
            return chip;
    return nullptr;
}

// Index of the slice with `key`, or -1.
int indexOf(const QList<console::dashboard::Slice> &slices, const QString &key)
{
    for (int i = 0; i < slices.size(); ++i)
        if (slices.at(i).key == key)
            return i;
    return -1;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void clickingABarFiltersTheQueue()
    {
        testsupport::ConsoleHarness console;
        console.start(40, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        auto *window = console.window();
        auto *identities = console.app()->services().identities;
        QTRY_VERIFY_WITH_TIMEOUT(identities->rowCount() >= 40, 20000);

        // View → Dashboard opens the dock beside the queue.
        auto *toggle = window->findChild<QAction *>(u"actionDashboard"_s);
        QVERIFY(toggle);
        toggle->trigger();
        auto *dock = window->findChild<QDockWidget *>(u"dashboardDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        auto *view = window->findChild<DashboardView *>(u"dashboardView"_s);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->stats().total, identities->rowCount(), 10000);
        QTRY_VERIFY(!view->isComputing());

        // The status chart: every bar's number is the queue's count for that status.
        QChartView *statusChart = view->chartView(Dimension::Status);
        QList<QBarSet *> sets = view->barSets(Dimension::Status);
        QCOMPARE(sets.size(), 1);
        QVERIFY(sets.first()->count() >= 1);
        const auto &statuses = view->stats().statuses;
        int sum = 0;
        for (const auto &s : statuses)
            sum += s.count;
        QCOMPARE(sum, identities->rowCount());

        // Click the last bar (a status that is not everything, when the demo data has more
        // than one).
        const int bar = int(statuses.size()) - 1;
        const QString status = statuses.at(bar).key;
        const int expected = statuses.at(bar).count;
        QTest::mouseClick(statusChart->viewport(), Qt::LeftButton, {},
                          barCentre(statusChart, sets.first(), bar));
        auto *proxy = window->proxy();
        QTRY_COMPARE(proxy->rowCount(), expected);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, console::IdentityTableModel::StatusColumn)
                         .data(console::WireValueRole)
                         .toString(),
                     status);
        // The filter bar's chip says what the queue is narrowed to; its button shows everything
        // again.
        QToolButton *chip = nullptr;
        QTRY_VERIFY((chip = chipStarting(window, u"Dashboard: Status now: "_s)));
        QVERIFY(chip->property("chipText").toString().endsWith(statuses.at(bar).label));
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE(proxy->rowCount(), identities->rowCount());
        QTRY_VERIFY(!chipStarting(window, u"Dashboard:"_s));

        // The age chart (stacked: within, then over the limit): a bar of pending identities.
        QList<QBarSet *> ageSets = view->barSets(Dimension::Age);
        QCOMPARE(ageSets.size(), 2);
        int ageSet = -1;
        int ageBar = -1;
        for (int s = 0; s < 2 && ageSet < 0; ++s)
            for (int i = 0; i < ageSets.at(s)->count(); ++i)
                if (ageSets.at(s)->at(i) > 0) {
                    ageSet = s;
                    ageBar = i;
                }
        QVERIFY2(ageSet >= 0, "the demo data has pending identities with a creation time");
        const int n = int(ageSets.at(ageSet)->at(ageBar));
        QChartView *ageChart = view->chartView(Dimension::Age);
        const qreal below = ageSet == 1 ? ageSets.at(0)->at(ageBar) : 0.0;
        QTest::mouseClick(ageChart->viewport(), Qt::LeftButton, {},
                          barCentre(ageChart, ageSets.at(ageSet), ageBar, below));
        QTRY_COMPARE(proxy->rowCount(), n);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, console::IdentityTableModel::StatusColumn)
                         .data(console::WireValueRole)
                         .toString(),
                     u"PENDING"_s);
        QTRY_VERIFY(chipStarting(window, u"Dashboard: Pending by age: "_s));

        // Live: a change in the queue is counted again without asking.
        const int before = view->stats().total;
        const int filtered = proxy->rowCount();
        paxos::Identity extra;
        extra.id = u"dashboard-live-1"_s;
        extra.status = u"PENDING"_s;
        identities->upsert(extra);
        QTRY_COMPARE_WITH_TIMEOUT(view->stats().total, before + 1, 5000);
        // The bar's filter stays on: a new identity without a creation time is not in it.
        QCOMPARE(proxy->rowCount(), filtered);

        // Exports: PNG and CSV of a chart.
        QTemporaryDir dir;
        QVERIFY(view->exportPng(Dimension::Status, dir.filePath(u"s.png"_s)));
        QVERIFY(QImage(dir.filePath(u"s.png"_s)).width() > 100);
        QVERIFY(view->exportCsv(Dimension::Status, dir.filePath(u"s.csv"_s)));
        QFile csv(dir.filePath(u"s.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("dimension,key,label,count"));
    }

    // At more rows than one turn copies, the dashboard's snapshot is taken a slice per turn.
    // Rows arriving meanwhile never make a count that holds an identity twice: each count is
    // the queue before the arrival or after it, and the next one catches up.
    void aCountIsNeverAMixOfBeforeAndAfter()
    {
        constexpr int kRows = 20000;
        constexpr qint64 kBase = 1'700'000'000;
        FakeIdentitySource source;
        for (int i = 0; i < kRows; ++i)
            source.identities.append(FakeIdentitySource::person(
                i, i % 3 == 0 ? u"PENDING"_s : u"APPROVED"_s, kBase + i));
        console::IdentityTableModel model(&source);
        model.setPageSize(1000);
        bool loaded = false;
        connect(&model, &console::IdentityTableModel::loadAllFinished, this,
                [&loaded] { loaded = true; });
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 60000);
        QCOMPARE(model.rowCount(), kRows);

        DashboardView view(&model, nullptr, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing() && view.stats().total == kRows, 30000);
        const auto countOf = [](const console::dashboard::DashboardStats &s, const QString &k) {
            const int i = indexOf(s.statuses, k);
            return i < 0 ? 0 : s.statuses.at(i).count;
        };
        const int pendingBefore = countOf(view.stats(), u"PENDING"_s);

        QList<console::dashboard::DashboardStats> counts;
        connect(&view, &DashboardView::statsUpdated, this, [&] { counts.append(view.stats()); });
        // Every count is the queue before the change (rows, denied) or after it (`added` more
        // denied identities), never in between.
        const auto check = [&](int rows, int denied, int added) {
            for (const auto &c : std::as_const(counts)) {
                const bool before = c.total == rows && countOf(c, u"DENIED"_s) == denied
                    && countOf(c, u"PENDING"_s) == pendingBefore;
                const bool after = c.total == rows + added
                    && countOf(c, u"DENIED"_s) == denied + added
                    && countOf(c, u"PENDING"_s) == pendingBefore;
                QVERIFY2(before || after,
                         qPrintable(u"a count of %1 rows, %2 denied, %3 pending"_s.arg(c.total)
                                        .arg(countOf(c, u"DENIED"_s))
                                        .arg(countOf(c, u"PENDING"_s))));
            }
        };

        // Newest first: new identities are inserted at the top, before the copy's cursor.
        model.sort(console::IdentityTableModel::CreatedColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting() && !view.isComputing(), 30000);
        counts.clear();
        view.refresh(); // copies the first slice now, the rest on later turns
        QVERIFY(view.isComputing());
        constexpr int kNew = 25;
        for (int i = 0; i < kNew; ++i)
            model.upsert(FakeIdentitySource::person(kRows + i, u"DENIED"_s, kBase + kRows + i));
        QCOMPARE(model.identityRowAt(0).status, u"DENIED"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing() && !counts.isEmpty()
                                     && counts.constLast().total == kRows + kNew,
                                 30000);
        check(kRows, 0, kNew);
        if (QTest::currentTestFailed())
            return;

        // A new order while the copy is under way: the count starts just before the sort's new
        // order lands (its first slice is copied in the old order).
        counts.clear();
        bool started = false;
        connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, &view, [&] {
            if (!std::exchange(started, true))
                view.refresh();
        });
        model.sort(console::IdentityTableModel::StatusColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(
            started && !model.isSorting() && !view.isComputing() && !counts.isEmpty(), 30000);
        check(kRows + kNew, kNew, 0);
    }

    // The charts made from the review record (status history, assignments, documents): their
    // numbers are what the record says, each bar narrows the queue to exactly its identities,
    // and they follow the record live.
    void recordChartsAreWaysIntoTheQueue()
    {
        testsupport::ConsoleHarness console;
        console.start(40, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        auto *window = console.window();
        const console::Services &services = console.app()->services();
        auto *identities = services.identities;
        QTRY_VERIFY_WITH_TIMEOUT(identities->rowCount() >= 40, 20000);
        // The demo data has one pending identity; a second one arrives (as from an event).
        paxos::Identity second;
        second.id = u"dashboard-open-2"_s;
        second.status = u"PENDING"_s;
        identities->upsert(second);
        const QList<console::IdentityRow> rows = identities->rowsSnapshot();
        QStringList approved, pending;
        for (const console::IdentityRow &r : rows) {
            if (r.status == u"APPROVED"_s && r.createdMs > 0)
                approved.append(r.id);
            else if (r.status == u"PENDING"_s)
                pending.append(r.id);
        }
        QVERIFY2(approved.size() >= 6 && pending.size() >= 2, "demo data: approved and pending");
        const auto createdOf = [&rows](const QString &id) {
            for (const console::IdentityRow &r : rows)
                if (r.id == id)
                    return r.createdMs;
            return qint64(0);
        };

        // What the console saw: each identity pending an hour after creation, approved later.
        constexpr qint64 kHour = 3600 * 1000LL, kDay = 24 * kHour;
        const QList<qint64> decidedAfter{3 * kHour, 2 * kDay, 2 * kDay + kHour,
                                         5 * kDay,  9 * kDay, 20 * kDay};
        qint64 at = 0;
        services.store->setClock([&at] { return at; });
        QStringList twoDays; // decided in 1–3 days
        for (int i = 0; i < decidedAfter.size(); ++i) {
            const QString id = approved.at(i);
            const qint64 created = createdOf(id);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            at = std::min(created + kHour, now - 2);
            QVERIFY(services.statusHistory->record({{u"id"_s, id}, {u"status"_s, u"PENDING"_s}},
                                                   console::SnapshotCause::Refresh));
            at = std::min(created + decidedAfter.at(i), now - 1);
            QVERIFY(services.statusHistory->record({{u"id"_s, id}, {u"status"_s, u"APPROVED"_s}},
                                                   console::SnapshotCause::Event, u"evt"_s));
            if (at - created >= kDay && at - created < 3 * kDay)
                twoDays.append(id);
        }
        services.store->setClock({});
        QVERIFY2(!twoDays.isEmpty(), "demo identities old enough for a two-day decision");
        // Assignments: a pending one to Ana; her approved one is not open.
        QVERIFY(services.assignments->assign(pending.at(0), u"Ana"_s));
        QVERIFY(services.assignments->assign(approved.at(0), u"Ana"_s));
        // Documents: Paxos asks for a proof of address and a bank statement; the console
        // uploaded the proof of address (as a proof of residency, the upload's type).
        const QString edd = pending.at(0);
        auto *tracker = services.events->tracker();
        tracker->applyEvent(paxos::Event::fromJson(
            {{u"id"_s, u"evt-docs-1"_s},
             {u"type"_s, u"identity.documents_required"_s},
             {u"object_type"_s, u"identity_documents_required"_s},
             {u"object"_s,
              QJsonObject{{u"id"_s, u"docs-1"_s},
                          {u"identity_id"_s, edd},
                          {u"required_documents"_s,
                           QJsonArray{u"PROOF_OF_ADDRESS"_s, u"BANK_STATEMENT"_s}}}}}));
        QVERIFY(tracker->followUp(edd).eddOpen);
        console::DocumentRecord upload;
        upload.fileId = u"file-dashboard-1"_s;
        upload.identityId = edd;
        upload.name = u"utility-bill.pdf"_s;
        upload.documentTypes = {u"PROOF_OF_RESIDENCY"_s};
        upload.sha256 = QString(64, u'0');
        upload.sizeBytes = 1024;
        QVERIFY(services.documentRecords->record(upload));

        window->findChild<QAction *>(u"actionDashboard"_s)->trigger();
        auto *view = window->findChild<DashboardView *>(u"dashboardView"_s);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->stats().decided >= decidedAfter.size(), 10000);
        QTRY_VERIFY(!view->isComputing());
        auto *proxy = window->proxy();
        using console::dashboard::Dimension;

        // Time to decision: the 1–3 day bar is the identities decided in 1–3 days.
        const auto &decisions = view->stats().timeToDecision;
        const int twoDayBar = indexOf(decisions, u"1-3d"_s);
        QCOMPARE(decisions.at(twoDayBar).count, int(twoDays.size()));
        QVERIFY(view->stats().medianDecisionMs > 0);
        QVERIFY(view->note(Dimension::TimeToDecision).contains(u"Median"_s));
        QChartView *decisionChart = view->chartView(Dimension::TimeToDecision);
        QTest::mouseClick(
            decisionChart->viewport(), Qt::LeftButton, {},
            barCentre(decisionChart, view->barSets(Dimension::TimeToDecision).first(), twoDayBar));
        QTRY_COMPARE(shownIds(proxy), QSet<QString>(twoDays.cbegin(), twoDays.cend()));
        QTRY_VERIFY(chipStarting(window, u"Dashboard: Time to decision: "_s));

        // Open identities by reviewer: Ana's bar is her pending identity.
        const auto &assignees = view->stats().assignees;
        const int ana = indexOf(assignees, u"Ana"_s);
        QVERIFY(ana >= 0);
        QCOMPARE(assignees.at(ana).count, 1);
        QChartView *assigneeChart = view->chartView(Dimension::Assignee);
        QTest::mouseClick(
            assigneeChart->viewport(), Qt::LeftButton, {},
            sidewaysBarCentre(assigneeChart, view->barSets(Dimension::Assignee).first(), ana));
        QTRY_COMPARE(shownIds(proxy), QSet<QString>{pending.at(0)});

        // Live: one more assigned to Ana shows in her bar and in the queue it narrows.
        QVERIFY(services.assignments->assign(pending.at(1), u"Ana"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            view->stats().assignees.value(indexOf(view->stats().assignees, u"Ana"_s)).count, 2,
            5000);
        QTRY_COMPARE(shownIds(proxy), (QSet<QString>{pending.at(0), pending.at(1)}));

        // Documents: the proof of funds is missing, the proof of residency received.
        const auto &documents = view->stats().documents;
        QCOMPARE(documents.size(), 2);
        const int funds = indexOf(documents.at(0).slices, u"PROOF_OF_FUNDS|missing"_s);
        const int residency = indexOf(documents.at(1).slices, u"PROOF_OF_RESIDENCY|received"_s);
        QVERIFY(funds >= 0 && residency >= 0);
        QVERIFY(documents.at(1).slices.at(residency).count >= 1);
        QChartView *documentChart = view->chartView(Dimension::Documents);
        const QList<QBarSet *> documentSets = view->barSets(Dimension::Documents);
        QTest::mouseClick(documentChart->viewport(), Qt::LeftButton, {},
                          sidewaysBarCentre(documentChart, documentSets.at(1), residency,
                                            documentSets.at(0)->at(residency)));
        QTRY_COMPARE(proxy->rowCount(), documents.at(1).slices.at(residency).count);
        QVERIFY(shownIds(proxy).contains(edd));

        // Status over time: a bar of an earlier period narrows the queue to its count.
        const auto &overTime = view->stats().statusOverTime;
        QVERIFY(!overTime.isEmpty());
        int series = -1, period = -1;
        for (int s = 0; s < overTime.size() && series < 0; ++s)
            for (int p = 0; p + 1 < overTime.at(s).slices.size(); ++p)
                if (overTime.at(s).slices.at(p).count > 0 && overTime.at(s).key == u"APPROVED"_s) {
                    series = s;
                    period = p;
                    break;
                }
        QVERIFY2(series >= 0, "approved identities in an earlier period");
        qreal below = 0;
        const QList<QBarSet *> timeSets = view->barSets(Dimension::StatusOverTime);
        for (int s = 0; s < series; ++s)
            below += timeSets.at(s)->at(period);
        QChartView *timeChart = view->chartView(Dimension::StatusOverTime);
        QTest::mouseClick(timeChart->viewport(), Qt::LeftButton, {},
                          barCentre(timeChart, timeSets.at(series), period, below));
        QTRY_COMPARE(proxy->rowCount(), overTime.at(series).slices.at(period).count);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data(console::IdentityIdRole).toString() != u""_s);

        // Exports of the new charts.
        QTemporaryDir dir;
        QVERIFY(view->exportCsv(Dimension::TimeToDecision, dir.filePath(u"t.csv"_s)));
        QFile csv(dir.filePath(u"t.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("time_to_decision,1-3d,"));
        QVERIFY(view->exportPng(Dimension::Documents, dir.filePath(u"d.png"_s)));
        QVERIFY(QImage(dir.filePath(u"d.png"_s)).width() > 100);
        // Accessible: each chart is named and described by its note.
        QCOMPARE(assigneeChart->accessibleName(), u"Open identities by reviewer"_s);
        QVERIFY(!assigneeChart->accessibleDescription().isEmpty());

        // Screenshots for the README, when asked for: the whole queue beside the dashboard.
        if (const QByteArray out = qgetenv("CC_DASHBOARD_SCREENSHOT"); !out.isEmpty()) {
            static_cast<console::QueueRowFilter *>(
                window->findChild<console::ui::DashboardFilter *>(u"dashboardFilter"_s))
                ->clear();
            auto *dock = window->findChild<QDockWidget *>(u"dashboardDock"_s);
            // The dashboard alone beside the queue (the events dock would share its height).
            for (QDockWidget *other : window->findChildren<QDockWidget *>())
                if (other != dock)
                    other->hide();
            window->resizeDocks({dock}, {840}, Qt::Horizontal);
            // The queue takes the rest; nothing is selected, so the detail pane stays narrow.
            QWidget *queue = window->findChild<QWidget *>(u"queueTable"_s);
            while (queue && !qobject_cast<QSplitter *>(queue->parentWidget()))
                queue = queue->parentWidget();
            QVERIFY(queue);
            static_cast<QSplitter *>(queue->parentWidget())->setSizes({1000, 1});
            QTRY_VERIFY(dock->height() > 600);
            // Wide enough for two columns of charts: the age chart sits beside the status one.
            QTRY_VERIFY(view->chartView(Dimension::Age)->mapTo(view, QPoint()).x() > 200);
            QTRY_VERIFY(!view->isComputing());
            QVERIFY(window->grab().save(QString::fromLocal8Bit(out)));
            console::ui::applyColorScheme(qApp, console::ui::ColorScheme::Dark);
            QTRY_VERIFY(!view->isComputing());
            QCoreApplication::processEvents();
            QVERIFY(window->grab().save(
                QString::fromLocal8Bit(out).replace(u".png"_s, u"-dark.png"_s)));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

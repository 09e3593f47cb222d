// The dashboard in the real console (embedded in-memory sandbox with demo identities): its
// numbers match the queue, and clicking a bar narrows the queue to exactly those identities,
// with a chip that says so and undoes it.
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "support/consoleharness.h"
#include "ui/dashboard/dashboardfilter.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QSortFilterProxyModel>
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
        // The chip says what the queue is narrowed to; clicking it shows everything again.
        auto *chip = window->findChild<QToolButton *>(u"dashboardFilterChip"_s);
        QVERIFY(chip);
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(statuses.at(bar).label));
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE(proxy->rowCount(), identities->rowCount());
        QVERIFY(!chip->isVisible());

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
        QVERIFY(chip->isVisible());

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

        // Screenshots for the README, when asked for.
        if (const QByteArray out = qgetenv("CC_DASHBOARD_SCREENSHOT"); !out.isEmpty()) {
            // The dashboard alone beside the queue (the events dock would share its height).
            for (QDockWidget *other : window->findChildren<QDockWidget *>())
                if (other != dock)
                    other->hide();
            window->resizeDocks({dock}, {620}, Qt::Horizontal);
            QTRY_VERIFY(dock->height() > 600);
            QTRY_VERIFY(!view->isComputing());
            QVERIFY(window->grab().save(QString::fromLocal8Bit(out)));
            console::ui::applyColorScheme(qApp, console::ui::ColorScheme::Dark);
            QCoreApplication::processEvents();
            QVERIFY(window->grab().save(
                QString::fromLocal8Bit(out).replace(u".png"_s, u"-dark.png"_s)));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

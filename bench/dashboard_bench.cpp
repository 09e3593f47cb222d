// The dashboard at 100,000 identities: what it costs the UI thread.
//
// Builds the console through its composition root (console::app::Application, as main() does)
// on an in-memory embedded sandbox seeded with N identities, loads them all, writes a review
// record of that size (a status snapshot per identity, an assignment per 50), then drives the
// queue the same way twice: first with the dashboard closed (the plain queue: the peer), then
// with it open, where every action also makes the dashboard count again (live). A 1 ms timer
// on the UI thread is the freeze probe (as in window_bench): the longest gap between two ticks
// during an action is the longest time the UI thread was busy in one go. Each action is
// waited out until the dashboard has its new numbers, so its snapshot copy, its record reading
// and its redraw are inside the measured window.
//
//   dashboard_bench [--identities N] [--repeat R]   (QT_QPA_PLATFORM=offscreen headless)
#include "app/application.h"
#include "bench/freezeprobe.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identitytablemodel.h"
#include "core/record/assignments.h"
#include "core/record/statushistory.h"
#include "core/record/store.h"
#include "core/services.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using bench::FreezeProbe;
using bench::settle;
using bench::waitUntil;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    int identities = 100000;
    int repeat = 3;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(u"--identities"_s); at >= 0 && at + 1 < args.size())
        identities = args.at(at + 1).toInt();
    if (const qsizetype at = args.indexOf(u"--repeat"_s); at >= 0 && at + 1 < args.size())
        repeat = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    console::MemoryCredentialStore credentials;
    console::app::Application::Options options;
    options.dataDir = dir.path();
    options.inMemorySandbox = true;
    options.seedIdentities = identities;
    options.ephemeralUi = true;
    options.credentials = &credentials;
    options.windowSize = QSize(1600, 1000);
    console::app::Application app(options);
    QString error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "the console did not start: %s\n", qPrintable(error));
        return 1;
    }
    console::IdentityTableModel *model = app.identities();
    const console::Services &services = app.services();
    auto *window = app.window();
    auto *table = window->findChild<QTableView *>(u"queueTable"_s);
    auto *search = window->findChild<QLineEdit *>(u"quickSearch"_s);
    auto *toggle = window->findChild<QAction *>(u"actionDashboard"_s);
    auto *view = window->findChild<console::ui::DashboardView *>(u"dashboardView"_s);
    if (!model || !table || !search || !toggle || !view) {
        std::fprintf(stderr, "the queue or the dashboard was not found in the window\n");
        return 1;
    }
    if (!waitUntil([&] { return model->rowCount() > 0; }, 900000)) {
        std::fprintf(stderr, "no first page\n");
        return 1;
    }
    bool loaded = false;
    QObject::connect(model, &console::IdentityTableModel::loadAllFinished, &qapp,
                     [&](bool) { loaded = true; });
    model->loadAll();
    if (!waitUntil([&] { return loaded; }, 900000) || model->rowCount() < identities) {
        std::fprintf(stderr, "Load All ended with %d rows\n", model->rowCount());
        return 1;
    }

    // A review record of that size: one snapshot per identity (observed a day after its
    // creation), one assignment per 50 identities, in one transaction.
    QElapsedTimer seeding;
    seeding.start();
    const QList<console::IdentityRow> rows = model->rowsSnapshot();
    qint64 at = 0;
    services.store->setClock([&at] { return at; });
    const auto written = services.store->transaction([&]() -> console::StoreStatus {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const console::IdentityRow &r = rows.at(i);
            at = (r.createdMs > 0 ? r.createdMs : 1'700'000'000'000LL) + 86'400'000LL;
            if (auto s = services.statusHistory->record({{u"id"_s, r.id}, {u"status"_s, r.status}},
                                                        console::SnapshotCause::Refresh);
                !s)
                return console::StoreStatus(s.error());
            if (i % 50 == 0)
                if (auto s =
                        services.assignments->assign(r.id, u"Reviewer %1"_s.arg(i / 50 % 8 + 1));
                    !s)
                    return s;
        }
        return console::storeOk();
    });
    services.store->setClock({});
    if (!written) {
        std::fprintf(stderr, "the record could not be written: %s\n",
                     qPrintable(written.errorMessage()));
        return 1;
    }
    std::printf("record: %lld snapshots, %lld assignments written in %.1f s\n",
                qlonglong(rows.size()), qlonglong((rows.size() + 49) / 50),
                double(seeding.elapsed()) / 1000);
    settle(500);

    FreezeProbe probe;
    QElapsedTimer wall;
    const auto dashboardOpen = [&] { return toggle->isChecked(); };
    // Waits the action out: the queue's own work, then (open) the dashboard's recount.
    const auto waitQuiet = [&] {
        waitUntil([&] { return !model->isSorting(); }, 300000);
        settle(300); // the filter bar's and the dashboard's debounce
        if (dashboardOpen())
            waitUntil([&] { return !view->isComputing(); }, 300000);
        QCoreApplication::processEvents();
    };
    struct Action
    {
        QString name;
        std::function<void()> run;
    };
    int live = 0;
    const QList<Action> actions{
        {u"sort by name"_s, [&] { table->sortByColumn(0, Qt::AscendingOrder); }},
        {u"sort by status"_s, [&] { table->sortByColumn(1, Qt::DescendingOrder); }},
        {u"quick search \"an\""_s, [&] { search->setText(u"an"_s); }},
        {u"clear the search"_s, [&] { search->clear(); }},
        {u"scroll 1000 rows"_s,
         [&] {
             QScrollBar *bar = table->verticalScrollBar();
             const int target = qMin(bar->maximum(), bar->value() + 1000);
             while (bar->value() < target) {
                 bar->setValue(bar->value() + bar->pageStep());
                 table->viewport()->repaint();
                 QCoreApplication::processEvents();
             }
         }},
        {u"100 identities change (live events)"_s,
         [&] {
             for (int i = 0; i < 100; ++i) {
                 paxos::Identity changed;
                 changed.id = rows.at((live * 100 + i) % rows.size()).id;
                 changed.status = (live + i) % 2 ? u"APPROVED"_s : u"PENDING"_s;
                 model->upsert(changed);
             }
             ++live;
         }},
    };

    struct Result
    {
        QList<double> slice;
        QList<double> wall;
        QList<double> gap;
    };
    struct Measured
    {
        double slice, wall, gap;
    };
    const auto measure = [&](const Action &a) {
        probe.reset();
        wall.restart();
        a.run();
        waitQuiet();
        return Measured{probe.longestCpuMs(), double(wall.nsecsElapsed()) / 1e6, probe.longestMs()};
    };
    QList<Result> plain(actions.size()), withDashboard(actions.size());
    for (int r = 0; r < repeat; ++r)
        for (int i = 0; i < actions.size(); ++i) {
            const Measured m = measure(actions.at(i));
            plain[i].slice.append(m.slice);
            plain[i].wall.append(m.wall);
            plain[i].gap.append(m.gap);
        }

    // Opening the dashboard: the first count and the whole record read.
    probe.reset();
    wall.restart();
    toggle->trigger();
    waitUntil(
        [&] {
            return !view->isComputing() && view->stats().total == model->rowCount()
                && view->stats().assignees.size() > 0;
        },
        600000);
    const double openSlice = probe.longestCpuMs();
    const double openGap = probe.longestMs();
    const double openWall = double(wall.nsecsElapsed()) / 1e6;

    // One recount on its own (nothing changed but the clock): snapshot + count + redraw.
    QList<double> recountSlice, recountWall, recountGap;
    for (int r = 0; r < repeat; ++r) {
        probe.reset();
        wall.restart();
        view->refresh();
        waitUntil([&] { return !view->isComputing(); }, 300000);
        QCoreApplication::processEvents();
        recountSlice.append(probe.longestCpuMs());
        recountGap.append(probe.longestMs());
        recountWall.append(double(wall.nsecsElapsed()) / 1e6);
    }
    // The UI thread's share of a recount: the snapshot copy of the queue's rows.
    QList<double> copyMs;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        const QList<console::IdentityRow> snapshot = model->rowsSnapshot();
        copyMs.append(double(t.nsecsElapsed()) / 1e6);
        if (snapshot.size() != model->rowCount())
            return 1;
    }

    for (int r = 0; r < repeat; ++r)
        for (int i = 0; i < actions.size(); ++i) {
            const Measured m = measure(actions.at(i));
            withDashboard[i].slice.append(m.slice);
            withDashboard[i].wall.append(m.wall);
            withDashboard[i].gap.append(m.gap);
        }

    std::printf("\ndashboard_bench: %d identities, medians of %d runs\n\n", identities, repeat);
    std::printf("Longest UI-thread slice: CPU ms of the UI thread between two probe ticks (the "
                "wall gap in brackets).\n\n");
    std::printf("| action | queue alone (ms) | with the dashboard open (ms) | ratio | action wall, "
                "alone / open (ms) |\n|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < actions.size(); ++i) {
        const double a = median(plain.at(i).slice), b = median(withDashboard.at(i).slice);
        std::printf("| %s | %.1f (%.0f) | %.1f (%.0f) | %.2fx | %.0f / %.0f |\n",
                    qPrintable(actions.at(i).name), a, median(plain.at(i).gap), b,
                    median(withDashboard.at(i).gap), a > 0 ? b / a : 0, median(plain.at(i).wall),
                    median(withDashboard.at(i).wall));
    }
    std::printf("\n| dashboard | longest UI slice (ms) | wall (ms) |\n|---|---:|---:|\n");
    std::printf("| open: first count and reading the record | %.1f (%.0f) | %.0f |\n", openSlice,
                openGap, openWall);
    std::printf("| a recount (snapshot a slice per turn, count on the pool, redraw) | %.1f (%.0f) "
                "| %.0f |\n",
                median(recountSlice), median(recountGap), median(recountWall));
    std::printf("| for comparison: the rows' snapshot copied in one go (rowsSnapshot(), as a "
                "recount did before) | %.1f | |\n",
                median(copyMs));
    return 0;
}

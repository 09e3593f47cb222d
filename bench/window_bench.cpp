// The window as shipped at 100,000 rows, under a freeze probe.
//
// Builds the console through its own composition root (console::app::Application, the same
// object main() builds: every feature wired, the events follow-up filter, the review record,
// onboarding ...) on an in-memory embedded sandbox seeded with N identities, then drives the
// queue as a reviewer would: Load All, a sort by every column, quick-search keystrokes and
// scrolling. A 1 ms timer on the UI thread is the probe: the longest gap between two of its
// ticks during an action is the longest time the UI thread was busy in one go — what a user
// feels as a freeze. The same probe also reads the UI thread's own CPU clock: the longest CPU
// time spent between two ticks is the work the UI thread did in one go, whatever the
// scheduler did meanwhile (on a machine shared with other builds the wall gap also counts
// the time the thread waited for a core). Reported per action, with the wall time.
// Scrolling is also measured on a plain QTableView over a plain table model holding the same
// display strings, in the same window size and run (the peer).
// Memory: resident set size and the heap in use (after malloc_trim, so freed memory the
// allocator kept does not count) before the sandbox starts, after seeding and after a listing
// of every identity that makes the sandbox render (and keep) each one (the embedded sandbox's
// own memory), and after Load All (the queue's share), then how much of that the request log
// and the rows let go.
//
//   window_bench [--identities N] [--concurrent-pages N]   (QT_QPA_PLATFORM=offscreen headless)
#include "app/application.h"
#include "bench/freezeprobe.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/session/session.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/requestlog.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QAbstractTableModel>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <malloc.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

using bench::FreezeProbe;
using bench::settle;
using bench::waitUntil;

qint64 rssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Heap in use (every arena), after giving freed memory back to the system.
struct Memory
{
    qint64 rssKb;
    qint64 heapKb;
    qint64 untrimmedRssKb; // before malloc_trim: what the process holds as it runs
};
Memory memoryNow()
{
    const qint64 untrimmed = rssKb();
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return {rssKb(), qint64((info.uordblks + info.hblkhd) / 1024), untrimmed};
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Row
{
    QString action;
    double wallMs;
    double longestMs;
    double longestCpuMs;
};

// The scrolling peer's model: the queue's display strings, precomputed, nothing else.
class PlainModel : public QAbstractTableModel
{
public:
    explicit PlainModel(const QAbstractItemModel &from)
        : m_columns(from.columnCount())
    {
        m_cells.reserve(qsizetype(from.rowCount()) * m_columns);
        for (int r = 0; r < from.rowCount(); ++r) {
            for (int c = 0; c < m_columns; ++c)
                m_cells.append(from.index(r, c).data().toString());
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_cells.size() / m_columns);
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return m_cells.at(qsizetype(index.row()) * m_columns + index.column());
    }

private:
    int m_columns;
    QStringList m_cells;
};

// Scrolls `view` by 1000 rows a page at a time, painting each step.
void scroll1000(QTableView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    const int target = qMin(bar->maximum(), bar->value() + 1000);
    while (bar->value() < target) {
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication qapp(argc, argv);
    int identities = 100000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(u"--identities"_s); at >= 0 && at + 1 < args.size())
        identities = args.at(at + 1).toInt();
    // --concurrent-pages N: Load All's slices paged at once (1: one page after the other).
    int concurrent = 0;
    if (const qsizetype at = args.indexOf(u"--concurrent-pages"_s); at >= 0 && at + 1 < args.size())
        concurrent = args.at(at + 1).toInt();

    QList<Row> rows;
    FreezeProbe probe;
    QElapsedTimer wall;
    const Memory memStart = memoryNow();
    // Phase marks on CLOCK_MONOTONIC, for lining a profile up with the actions
    // (perf record -k CLOCK_MONOTONIC).
    const auto mark = [](const char *what) {
        std::fprintf(stderr, "mark %s %.6f\n", what, double(monotonicNs()) / 1e9);
    };

    QTemporaryDir dir;
    console::MemoryCredentialStore credentials;
    console::app::Application::Options options;
    options.dataDir = dir.path();
    options.inMemorySandbox = true;
    options.seedIdentities = identities;
    options.ephemeralUi = true;
    options.credentials = &credentials;
    options.windowSize = QSize(1600, 1000);

    probe.reset();
    wall.start();
    console::app::Application app(options);
    QString error;
    if (!app.start(&error)) {
        std::fprintf(stderr, "the console did not start: %s\n", qPrintable(error));
        return 1;
    }
    const double shownMs = double(wall.nsecsElapsed()) / 1e6;
    rows.append({u"start: window shown (seeding goes on behind it)"_s, shownMs, probe.longestMs(),
                 probe.longestCpuMs()});

    console::IdentityTableModel *model = app.identities();
    auto *view = app.window()->findChild<QTableView *>(u"queueTable"_s);
    auto *search = app.window()->findChild<QLineEdit *>(u"quickSearch"_s);
    if (!model || !view || !search) {
        std::fprintf(stderr, "the queue was not found in the window\n");
        return 1;
    }

    if (concurrent > 0)
        model->pager()->setMaxConcurrentPages(concurrent);

    // Connected and the first page shown: the seeding is over by then.
    probe.reset();
    wall.restart();
    if (!waitUntil([&] { return model->rowCount() > 0; }, 600000)) {
        std::fprintf(stderr, "no first page\n");
        return 1;
    }
    rows.append({u"first page shown (while seeding: the sandbox answers when done)"_s,
                 double(wall.nsecsElapsed()) / 1e6, probe.longestMs(), probe.longestCpuMs()});
    settle(500);
    const Memory memSeededOnly = memoryNow();
    // The sandbox keeps every identity it has rendered for a list (until anything changes):
    // that is its memory, not the queue's. A walk over every identity through paxosctl's
    // listing (same pages: 1,000, details included) renders them all first, so the Load All
    // below measures the queue alone; the walk's own results and log entries are let go.
    {
        // Page by page, each page let go before the next: holding all 100,000 decoded
        // identities at once (as ListAllJob does) would leave the UI thread's heap a
        // gigabyte wide, and the queue's rows later scattered over it.
        paxos::ListIdentitiesQuery query;
        query.limit = 1000;
        query.includeDetails = true;
        qsizetype walkedItems = 0;
        for (bool more = true; more;) {
            auto *page = new paxos::ListIdentitiesJob(app.session()->connection(), query);
            page->setAutoDelete(false);
            bool answered = false;
            QObject::connect(page, &paxos::Job::finished, &qapp, [&] { answered = true; });
            page->start();
            waitUntil([&] { return answered; }, 600000);
            if (!page->isSucceeded()) {
                std::fprintf(stderr, "the warm-up walk failed\n");
                return 1;
            }
            walkedItems += page->result().items.size();
            query.pageCursor = page->result().nextPageCursor;
            more = !query.pageCursor.isEmpty();
            delete page;
        }
        if (walkedItems < identities) {
            std::fprintf(stderr, "the warm-up walk found %lld identities\n",
                         static_cast<long long>(walkedItems));
            return 1;
        }
        app.session()->requestLog()->clear();
        settle(200);
    }
    const Memory memSeeded = memoryNow();

    // Load All.
    bool loaded = false;
    QObject::connect(model, &console::IdentityTableModel::loadAllFinished, &qapp,
                     [&](bool) { loaded = true; });
    mark("loadall-start");
    probe.reset();
    wall.restart();
    model->loadAll();
    if (!waitUntil([&] { return loaded; }, 600000) || model->rowCount() < identities) {
        std::fprintf(stderr, "Load All ended with %d rows\n", model->rowCount());
        return 1;
    }
    rows.append({u"Load All of %1 identities"_s.arg(identities), double(wall.nsecsElapsed()) / 1e6,
                 probe.longestMs(), probe.longestCpuMs()});
    mark("loadall-end");
    settle(500);
    const Memory memLoaded = memoryNow();

    // A sort by every column, as a header click does.
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        probe.reset();
        wall.restart();
        view->sortByColumn(column, Qt::AscendingOrder);
        waitUntil([&] { return !model->isSorting(); }, 120000);
        QCoreApplication::processEvents();
        rows.append({u"sort by %1"_s.arg(name), double(wall.nsecsElapsed()) / 1e6,
                     probe.longestMs(), probe.longestCpuMs()});
    }

    // Quick-search keystrokes: each is waited out until its result is shown (the filter bar
    // waits 60 ms for the next keystroke, then the pass runs on the proxy's worker and its
    // verdicts are applied), then a little longer.
    console::IdentityFilterProxy *proxy = app.window()->proxy();
    QString typed;
    for (const QString &key : {u"a"_s, u"n"_s, u"n"_s}) {
        typed += key;
        probe.reset();
        wall.restart();
        search->setText(typed);
        waitUntil([&] { return proxy->quickSearch() == typed && !proxy->isSearching(); }, 120000);
        const double shownAfterMs = double(wall.nsecsElapsed()) / 1e6;
        settle(100);
        rows.append({u"keystroke, search \"%1\" (%2 shown after %3 ms)"_s.arg(typed)
                         .arg(proxy->rowCount())
                         .arg(shownAfterMs, 0, 'f', 0),
                     double(wall.nsecsElapsed()) / 1e6, probe.longestMs(), probe.longestCpuMs()});
    }
    // The clock tick that moves every age (the window does it every 30 s), with the last
    // search still on, then without a search.
    for (const bool searching : {true, false}) {
        if (!searching) {
            probe.reset();
            wall.restart();
            search->clear();
            waitUntil([&] { return proxy->quickSearch().isEmpty() && !proxy->isSearching(); },
                      120000);
            settle(100);
            rows.append({u"keystroke, search cleared (%1 shown)"_s.arg(proxy->rowCount()),
                         double(wall.nsecsElapsed()) / 1e6, probe.longestMs(),
                         probe.longestCpuMs()});
        }
        probe.reset();
        wall.restart();
        const qint64 searchedBefore = proxy->rowsSearchedOnUiThread();
        model->setNow([] { return QDateTime::currentDateTimeUtc(); });
        settle(100);
        rows.append({u"age tick (every 30 s), search %1 (rows searched again: %2)"_s
                         .arg(searching ? u"on"_s : u"off"_s)
                         .arg(proxy->rowsSearchedOnUiThread() - searchedBefore),
                     double(wall.nsecsElapsed()) / 1e6, probe.longestMs(), probe.longestCpuMs()});
    }

    mark("sorts-end");

    // Scroll 1000 rows, a page at a time, painting each; then the peer: a plain QTableView
    // over the same display strings, the same size, in the same run.
    probe.reset();
    wall.restart();
    scroll1000(view);
    const double scrollMs = double(wall.nsecsElapsed()) / 1e6;
    rows.append({u"scroll 1000 rows"_s, scrollMs, probe.longestMs(), probe.longestCpuMs()});
    double peerScrollMs = 0;
    {
        PlainModel plain(*view->model());
        QTableView peer;
        peer.setModel(&plain);
        peer.resize(view->size());
        peer.show();
        settle(200);
        probe.reset();
        wall.restart();
        scroll1000(&peer);
        peerScrollMs = double(wall.nsecsElapsed()) / 1e6;
        rows.append({u"peer: plain QTableView, scroll 1000 rows"_s, peerScrollMs, probe.longestMs(),
                     probe.longestCpuMs()});
    }

    // Where the queue's share is: what the request log lets go when cleared, then what the
    // rows let go when the model forgets them.
    const Memory memBeforeParts = memoryNow();
    if (app.session() && app.session()->requestLog())
        app.session()->requestLog()->clear();
    const Memory memNoLog = memoryNow();
    model->clear();
    settle(200);
    const Memory memNoRows = memoryNow();

    std::printf("\nwindow_bench: the console's own window, %d identities\n\n", identities);
    std::printf("| action | wall ms | longest UI-thread gap, wall ms | longest UI-thread slice, "
                "CPU ms |\n|---|---:|---:|---:|\n");
    for (const Row &r : std::as_const(rows))
        std::printf("| %s | %.0f | %.1f | %.1f |\n", qPrintable(r.action), r.wallMs, r.longestMs,
                    r.longestCpuMs);
    std::printf("\nscroll ratio to the plain QTableView: %.2fx\n", scrollMs / peerScrollMs);
    const auto mb = [](qint64 kb) { return double(kb) / 1024.0; };
    std::printf("\nmemory (MB) | RSS | heap in use\n---|---:|---:\n"
                "start | %.0f | %.0f\n"
                "embedded sandbox seeded | +%.0f | +%.0f\n"
                "embedded sandbox seeded, every identity rendered once (its own share) | +%.0f | "
                "+%.0f\n"
                "after Load All of %d (the queue's share) | +%.0f | +%.0f\n"
                "the same before the bench's malloc_trim (what the process holds as it runs) | "
                "+%.0f |\n",
                mb(memStart.rssKb), mb(memStart.heapKb), mb(memSeededOnly.rssKb - memStart.rssKb),
                mb(memSeededOnly.heapKb - memStart.heapKb), mb(memSeeded.rssKb - memStart.rssKb),
                mb(memSeeded.heapKb - memStart.heapKb), identities,
                mb(memLoaded.rssKb - memSeeded.rssKb), mb(memLoaded.heapKb - memSeeded.heapKb),
                mb(memLoaded.untrimmedRssKb - memSeeded.rssKb));
    std::printf("of it, at the end: the request log %.0f MB of heap, the queue's rows (model, "
                "proxy, view) %.0f MB\n",
                mb(memBeforeParts.heapKb - memNoLog.heapKb),
                mb(memNoLog.heapKb - memNoRows.heapKb));
    return 0;
}

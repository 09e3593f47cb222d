// The window as shipped at 100,000 rows, under a freeze probe.
//
// Builds the console through its own composition root (console::app::Application, the same
// object main() builds: every feature wired, the events follow-up filter, the review record,
// onboarding ...) on an in-memory embedded sandbox seeded with N identities, then drives the
// queue as a reviewer would: Load All, a sort by every column, quick-search keystrokes and
// scrolling. A 1 ms timer on the UI thread is the probe: the longest gap between two of its
// ticks during an action is the longest time the UI thread was busy in one go — what a user
// feels as a freeze. Reported per action, with the wall time. Memory: resident set size
// before the sandbox starts, after seeding, and after Load All (the queue's share is the
// last step, the embedded sandbox's the one before).
//
//   window_bench [--identities N] [--concurrent-pages N]   (QT_QPA_PLATFORM=offscreen headless)
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identitytablemodel.h"
#include "core/session/session.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
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

using namespace Qt::StringLiterals;

namespace {

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

// The freeze probe: the longest gap between two ticks of a 1 ms timer since reset().
class Probe : public QObject
{
public:
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = qMax(m_longestNs, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longestNs = 0;
    }
    double longestMs()
    {
        // The gap still open counts too.
        const qint64 open = m_clock.nsecsElapsed() - m_last;
        return double(qMax(m_longestNs, open)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

// Runs the event loop until `done` is true (checked every turn) or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

struct Row
{
    QString action;
    double wallMs;
    double longestMs;
};

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
    Probe probe;
    QElapsedTimer wall;
    const qint64 rssStart = rssKb();

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
    rows.append({u"start: window shown (seeding goes on behind it)"_s, shownMs, probe.longestMs()});

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
                 double(wall.nsecsElapsed()) / 1e6, probe.longestMs()});
    settle(500);
    const qint64 rssSeeded = rssKb();

    // Load All.
    bool loaded = false;
    QObject::connect(model, &console::IdentityTableModel::loadAllFinished, &qapp,
                     [&](bool) { loaded = true; });
    probe.reset();
    wall.restart();
    model->loadAll();
    if (!waitUntil([&] { return loaded; }, 600000) || model->rowCount() < identities) {
        std::fprintf(stderr, "Load All ended with %d rows\n", model->rowCount());
        return 1;
    }
    rows.append({u"Load All of %1 identities"_s.arg(identities), double(wall.nsecsElapsed()) / 1e6,
                 probe.longestMs()});
    settle(500);
    const qint64 rssLoaded = rssKb();

    // A sort by every column, as a header click does.
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        probe.reset();
        wall.restart();
        view->sortByColumn(column, Qt::AscendingOrder);
        waitUntil([&] { return !model->isSorting(); }, 120000);
        QCoreApplication::processEvents();
        rows.append(
            {u"sort by %1"_s.arg(name), double(wall.nsecsElapsed()) / 1e6, probe.longestMs()});
    }

    // Quick-search keystrokes (the filter bar debounces typing; each is waited out).
    QString typed;
    for (const QString &key : {u"a"_s, u"n"_s, u"n"_s}) {
        typed += key;
        probe.reset();
        wall.restart();
        search->setText(typed);
        settle(250);
        rows.append({u"keystroke, search \"%1\""_s.arg(typed), double(wall.nsecsElapsed()) / 1e6,
                     probe.longestMs()});
    }
    search->clear();
    settle(250);

    // Scroll 1000 rows, a page at a time, painting each.
    probe.reset();
    wall.restart();
    QScrollBar *bar = view->verticalScrollBar();
    const int target = qMin(bar->maximum(), bar->value() + 1000);
    while (bar->value() < target) {
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    rows.append({u"scroll 1000 rows"_s, double(wall.nsecsElapsed()) / 1e6, probe.longestMs()});

    std::printf("\nwindow_bench: the console's own window, %d identities\n\n", identities);
    std::printf("| action | wall ms | longest UI-thread slice ms |\n|---|---:|---:|\n");
    for (const Row &r : std::as_const(rows))
        std::printf("| %s | %.0f | %.1f |\n", qPrintable(r.action), r.wallMs, r.longestMs);
    std::printf("\nRSS: start %lld MB, seeded sandbox + first page %lld MB (+%lld), after Load "
                "All %lld MB (queue +%lld)\n",
                rssStart / 1024, rssSeeded / 1024, (rssSeeded - rssStart) / 1024, rssLoaded / 1024,
                (rssLoaded - rssSeeded) / 1024);
    return 0;
}

// The identity queue at 100,000 rows, as the window runs it: IdentityTableModel ->
// IdentityFilterProxy -> QueueTableView (shown offscreen, status badges painted). Every cost
// is printed as a ratio against a named peer measured in the same run (see bench/README.md):
//
//   sort by a column         peer: std::stable_sort of the same 100,000 names with QCollator,
//                            and QSortFilterProxyModel::sort on RawValueRole (the generic way)
//   quick-search keystroke   peer: QSortFilterProxyModel::setFilterFixedString on the name
//                            column of the same model, under a QTableView of its own
//   one page of 1000 landing peer: decoding that page from JSON (ListPage<Identity>::fromJson)
//   scrolling 1000 rows      peer: the same scroll and repaint of a QTableView over a plain
//                            table model holding the same display strings
//
// Sorts report two numbers: the wall time until the new order is shown, and the longest
// single slice the UI thread spent on it (ui_max_ms), which is what decides a freeze.
#include "bench/freezeprobe.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitypagesource.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "paxos/model/identity.h"
#include "paxos/model/page.h"
#include "ui/queue/queuetableview.h"
#include "ui/widgets/statusbadgedelegate.h"

#include <QApplication>
#include <QCollator>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using console::IdentityTableModel;

namespace {

constexpr int kRows = 100000;
constexpr int kPage = 1000;
constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z

QJsonObject identityJson(int n, std::mt19937 &rng)
{
    static const QStringList first = {u"Anna"_s,   u"Annette"_s, u"Joanne"_s, u"Daniel"_s,
                                      u"Hannah"_s, u"Maria"_s,   u"Juan"_s,   u"Li"_s,
                                      u"Chen"_s,   u"Olga"_s,    u"Sven"_s,   u"Amara"_s,
                                      u"Tomás"_s,  u"Émilie"_s,  u"Kofi"_s,   u"Priya"_s};
    static const QStringList last = {u"Smith"_s,    u"García"_s, u"Novak"_s,   u"Okafor"_s,
                                     u"Müller"_s,   u"Tanaka"_s, u"Ivanova"_s, u"Dubois"_s,
                                     u"Kowalski"_s, u"Hansen"_s, u"Rossi"_s,   u"Nguyen"_s};
    static const QStringList statuses = {u"PENDING"_s, u"APPROVED"_s, u"DENIED"_s, u"DISABLED"_s,
                                         u"ERROR"_s};
    static const QStringList requirements = {u"ID_VERIFICATION"_s, u"SCREENING_CHECK"_s,
                                             u"COMPLIANCE_CHECK"_s, u"KYC_REFRESH"_s};
    static const QStringList actors = {u"PAXOS"_s, u"CLIENT"_s};
    auto pick = [&rng](const QStringList &list) {
        return list.at(int(rng() % unsigned(list.size())));
    };
    const QString status = pick(statuses);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(kBase - qint64(n) * 37, Qt::UTC);
    QJsonObject o{
        {u"id"_s,
         u"%1-0000-4000-8000-%2"_s.arg(rng(), 8, 16, QLatin1Char('0'))
             .arg(n, 12, 10, QLatin1Char('0'))},
        {u"type"_s, n % 7 == 0 ? u"INSTITUTION"_s : u"PERSON"_s},
        {u"status"_s, status},
        {u"summary_status"_s, status},
        {u"ref_id"_s, u"cus-%1"_s.arg(rng() % 10000000)},
        {u"created_at"_s, created.toString(Qt::ISODateWithMs)},
        {u"updated_at"_s, created.addSecs(qint64(rng() % 86400)).toString(Qt::ISODateWithMs)},
        {u"person_details"_s,
         QJsonObject{{u"first_name"_s, pick(first)},
                     {u"last_name"_s, pick(last)},
                     {u"cip_id"_s,
                      u"%1-%2-%3"_s.arg(rng() % 900 + 100)
                          .arg(rng() % 90 + 10)
                          .arg(rng() % 10000, 4, 10, QLatin1Char('0'))}}},
    };
    if (status == u"PENDING") {
        o.insert(u"status_details"_s,
                 QJsonObject{{u"requirements"_s,
                              QJsonArray{QJsonObject{{u"type"_s, pick(requirements)},
                                                     {u"status"_s, u"PENDING"_s},
                                                     {u"awaiting_action_from"_s, pick(actors)}}}}});
    }
    return o;
}

// Serves identities the way List Identities does (pages by an opaque cursor, answered on a
// later event-loop turn), from memory, so the bench measures the queue, not the network.
class MemorySource : public console::IdentityPageSource
{
public:
    QList<paxos::Identity> identities;

    quint64 fetch(const console::IdentityPageRequest &request, Callback callback) override
    {
        const int offset = request.cursor.isEmpty() ? 0 : request.cursor.toInt();
        console::IdentityPageResult result;
        const int end = qMin(int(identities.size()), offset + request.limit);
        result.page.items = identities.mid(offset, end - offset);
        if (end < identities.size())
            result.page.nextPageCursor = QString::number(end);
        QTimer::singleShot(0, this, [callback, result] { callback(result); });
        return ++m_ticket;
    }
    void cancel(quint64) override { }

private:
    quint64 m_ticket = 0;
};

// The cheapest table model a QTableView can have: the same display strings, precomputed.
class PlainTableModel : public QAbstractTableModel
{
public:
    QList<QStringList> rows;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : IdentityTableModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return rows.at(index.row()).at(index.column());
    }
};

// CPU time of the calling thread: what the UI thread itself spent, not time the shared,
// busy machine gave to other processes.
using bench::threadCpuNs;

// Runs the event loop until `done`, timing each turn: the longest turn is the longest the
// window could not react.
struct EventLoopSlices
{
    qint64 maxNs = 0; // UI-thread CPU time
    qint64 maxWallNs = 0;
    template<typename Done> void runUntil(Done done)
    {
        QElapsedTimer turn;
        while (!done()) {
            turn.start();
            const qint64 cpu = threadCpuNs();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            maxNs = qMax(maxNs, threadCpuNs() - cpu);
            maxWallNs = qMax(maxWallNs, turn.nsecsElapsed());
            if (!done())
                QThread::usleep(500);
        }
    }
};

struct Queue
{
    MemorySource source;
    std::unique_ptr<IdentityTableModel> model;
    std::unique_ptr<console::IdentityFilterProxy> proxy;
    std::unique_ptr<console::ui::QueueTableView> view;

    explicit Queue(const QList<paxos::Identity> &identities)
    {
        source.identities = identities;
        model = std::make_unique<IdentityTableModel>(&source);
        model->setNow([] { return QDateTime::fromSecsSinceEpoch(kBase + 86400, Qt::UTC); });
        proxy = std::make_unique<console::IdentityFilterProxy>();
        proxy->setSourceModel(model.get());
        view = std::make_unique<console::ui::QueueTableView>();
        view->setModel(proxy.get());
        view->setItemDelegateForColumn(IdentityTableModel::StatusColumn,
                                       new console::ui::StatusBadgeDelegate(view.get()));
        view->resize(1400, 900);
        view->show();
    }
    void loadAll(int upTo = kRows)
    {
        source.identities.resize(upTo);
        model->setLargePageSize(kPage);
        model->loadAll();
        EventLoopSlices().runUntil([this] { return !model->isLoadingAll(); });
    }
};

const QList<paxos::Identity> &identities()
{
    static const QList<paxos::Identity> all = [] {
        std::mt19937 rng(20261128);
        QList<paxos::Identity> list;
        list.reserve(kRows + 10 * kPage);
        for (int i = 0; i < kRows + 10 * kPage; ++i)
            list.append(paxos::Identity::fromJson(identityJson(i, rng)));
        return list;
    }();
    return all;
}

Queue &loadedQueue()
{
    static Queue *queue = [] {
        auto *q = new Queue(identities());
        q->loadAll();
        return q;
    }();
    return *queue;
}

// --- sort ---------------------------------------------------------------------------------

void BM_QueueSort(benchmark::State &state)
{
    Queue &q = loadedQueue();
    const int column = int(state.range(0));
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 callNs = 0;
    qint64 applyNs = 0;
    qint64 wallNs = 0;
    for (auto _ : state) {
        // Alternate the order so every iteration really reorders the rows.
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        EventLoopSlices slices;
        QElapsedTimer call;
        call.start();
        const qint64 cpu = threadCpuNs();
        q.view->sortByColumn(column, order); // what a click on the header does
        callNs = qMax(callNs, threadCpuNs() - cpu);
        wallNs = qMax(wallNs, call.nsecsElapsed());
        slices.runUntil([&q] { return !q.model->isSorting(); });
        applyNs = qMax(applyNs, slices.maxNs);
        wallNs = qMax(wallNs, slices.maxWallNs);
    }
    state.counters["ui_max_ms"] = double(qMax(callNs, applyNs)) / 1e6;
    state.counters["ui_max_wall_ms"] = double(wallNs) / 1e6;
    state.counters["click_ms"] = double(callNs) / 1e6;
    state.counters["apply_ms"] = double(applyNs) / 1e6;
    state.SetLabel(IdentityTableModel::columnKey(column).toStdString());
}
BENCHMARK(BM_QueueSort)
    ->DenseRange(0, IdentityTableModel::ColumnCount - 1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(6);

void BM_PeerCollatorSortNames(benchmark::State &state)
{
    QList<QString> names;
    names.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        names.append(identities().at(i).displayName());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (auto _ : state) {
        QList<QString> copy = names;
        std::stable_sort(copy.begin(), copy.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_PeerCollatorSortNames)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_PeerProxySort(benchmark::State &state)
{
    Queue &q = loadedQueue();
    QSortFilterProxyModel proxy;
    proxy.setSortRole(console::RawValueRole);
    proxy.setSourceModel(q.model.get());
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        proxy.sort(int(state.range(0)), order);
        benchmark::DoNotOptimize(proxy.index(0, 0));
    }
    state.SetLabel(IdentityTableModel::columnKey(int(state.range(0))).toStdString());
}
BENCHMARK(BM_PeerProxySort)
    ->Arg(IdentityTableModel::NameColumn)
    ->Arg(IdentityTableModel::UpdatedColumn)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

// --- quick search -------------------------------------------------------------------------

// Typed in order: each keystroke narrows the one before; the last is a cip_id suffix.
const QStringList &keystrokes()
{
    static const QStringList k = {u"a"_s, u"an"_s, u"ann"_s, u"4242"_s};
    return k;
}

template<typename SetFilter, typename Count>
void typeKeystroke(benchmark::State &state, SetFilter setFilter, Count count)
{
    const int step = int(state.range(0));
    int shown = 0;
    for (auto _ : state) {
        state.PauseTiming();
        setFilter(QString());
        if (step > 0 && step < 3)
            setFilter(keystrokes().at(step - 1));
        count();
        state.ResumeTiming();
        setFilter(keystrokes().at(step));
        shown = count(); // a proxy maps lazily: this is when the filter runs
    }
    state.counters["shown"] = shown;
    state.SetLabel(keystrokes().at(step).toStdString());
}

void BM_QueueSearch(benchmark::State &state)
{
    Queue &q = loadedQueue();
    q.view->sortByColumn(IdentityTableModel::AgeColumn, Qt::AscendingOrder);
    EventLoopSlices().runUntil([&q] { return !q.model->isSorting(); });
    // At 100,000 rows the pass runs on the proxy's worker: a keystroke lasts until its result
    // is applied.
    typeKeystroke(
        state,
        [&q](const QString &text) {
            q.proxy->setQuickSearch(text);
            EventLoopSlices().runUntil([&q] { return !q.proxy->isSearching(); });
        },
        [&q] { return q.proxy->rowCount(); });
    q.proxy->setQuickSearch({});
}
BENCHMARK(BM_QueueSearch)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PeerFixedStringProxySearch(benchmark::State &state)
{
    Queue &q = loadedQueue();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(q.model.get());
    proxy.setFilterKeyColumn(IdentityTableModel::NameColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&proxy);
    view.resize(1400, 900);
    view.show();
    typeKeystroke(
        state, [&proxy](const QString &text) { proxy.setFilterFixedString(text); },
        [&proxy] { return proxy.rowCount(); });
}
BENCHMARK(BM_PeerFixedStringProxySearch)
    ->DenseRange(0, 3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// --- a page landing -----------------------------------------------------------------------

QByteArray pageJson(int from)
{
    std::mt19937 rng(20261128);
    QJsonArray items;
    for (int i = 0; i < kPage; ++i)
        items.append(identities().at(from + i).raw);
    return QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
}

void BM_QueuePageLands(benchmark::State &state)
{
    // A queue of its own with 99,000 rows: each iteration lands one more page of 1000.
    Queue q(identities());
    const int sortColumn = int(state.range(0));
    q.view->sortByColumn(sortColumn, Qt::AscendingOrder);
    q.model->setPageSize(kPage);
    q.model->setQuery({});
    EventLoopSlices().runUntil([&q] {
        if (q.model->canFetchMore({}) && q.model->rowCount() < kRows - kPage)
            q.model->fetchMore({});
        return q.model->rowCount() >= kRows - kPage && !q.model->isLoading()
            && !q.model->isSorting();
    });
    qint64 worstNs = 0;
    for (auto _ : state) {
        const int before = q.model->rowCount();
        q.model->fetchMore({});
        EventLoopSlices slices;
        slices.runUntil(
            [&q, before] { return q.model->rowCount() > before && !q.model->isSorting(); });
        worstNs = qMax(worstNs, slices.maxNs);
    }
    state.counters["ui_max_ms"] = double(worstNs) / 1e6;
    state.SetLabel("sorted by " + IdentityTableModel::columnKey(sortColumn).toStdString());
}
BENCHMARK(BM_QueuePageLands)
    ->Arg(IdentityTableModel::AgeColumn)
    ->Arg(IdentityTableModel::NameColumn)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

void BM_PeerDecodePage(benchmark::State &state)
{
    const QByteArray bytes = pageJson(kRows);
    for (auto _ : state) {
        auto page =
            paxos::ListPage<paxos::Identity>::fromJson(QJsonDocument::fromJson(bytes).object());
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_PeerDecodePage)->Unit(benchmark::kMillisecond)->UseRealTime();

// --- scrolling ----------------------------------------------------------------------------

template<typename View> void scrollAndPaint(benchmark::State &state, View &view)
{
    // Let the window be exposed and laid out first: an unexposed view paints nothing.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QScrollBar *bar = view.verticalScrollBar();
    if (bar->maximum() < 2000) {
        state.SkipWithError("the view is not laid out");
        return;
    }
    bar->setValue(0);
    int painted = 0;
    for (auto _ : state) {
        // ScrollPerItem: one scroll-bar step is one row.
        int next = bar->value() + 1000;
        if (next > bar->maximum())
            next = 0;
        bar->setValue(next);
        view.viewport()->repaint();
        ++painted;
    }
    benchmark::DoNotOptimize(painted);
}

void BM_QueueScroll1000Rows(benchmark::State &state)
{
    Queue &q = loadedQueue();
    scrollAndPaint(state, *q.view);
}
BENCHMARK(BM_QueueScroll1000Rows)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PeerPlainTableScroll1000Rows(benchmark::State &state)
{
    Queue &q = loadedQueue();
    PlainTableModel plain;
    plain.rows.reserve(q.model->rowCount());
    for (int r = 0; r < q.model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < IdentityTableModel::ColumnCount; ++c)
            cells.append(q.model->index(r, c).data().toString());
        plain.rows.append(cells);
    }
    QTableView view;
    view.setWordWrap(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(q.view->verticalHeader()->defaultSectionSize());
    view.verticalHeader()->hide();
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view.setModel(&plain);
    view.resize(q.view->size());
    for (int c = 0; c < IdentityTableModel::ColumnCount; ++c)
        view.setColumnWidth(c, q.view->columnWidth(c));
    view.show();
    scrollAndPaint(state, view);
}
BENCHMARK(BM_PeerPlainTableScroll1000Rows)->Unit(benchmark::kMillisecond)->UseRealTime();

// --- ratios -------------------------------------------------------------------------------

// Collects the results while printing them as usual, for the ratio table at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, Run> runs;
    void ReportRuns(const std::vector<Run> &reports) override
    {
        for (const Run &run : reports)
            runs[run.benchmark_name()] = run;
        ConsoleReporter::ReportRuns(reports);
    }
    double ms(const std::string &name) const
    {
        const auto it = runs.find(name);
        return it == runs.end() ? 0.0 : it->second.GetAdjustedRealTime();
    }
};

void printRatios(const RatioReporter &r)
{
    auto ratio = [&r](const char *what, const std::string &mine, const std::string &peer,
                      const char *peerName) {
        const double m = r.ms(mine);
        const double p = r.ms(peer);
        if (m <= 0 || p <= 0)
            return;
        std::printf("%-34s %9.2f ms %8.3fx  %s (%.2f ms)\n", what, m, m / p, peerName, p);
    };
    auto slice = [&r](const std::string &name) {
        const auto it = r.runs.find(name);
        if (it != r.runs.end() && it->second.counters.count("ui_max_ms"))
            std::printf("%-34s %9.2f ms (longest UI-thread slice)\n", "",
                        double(it->second.counters.at("ui_max_ms")));
    };
    std::printf("\nQueue at %d identities, ratio = queue / peer (below 1: the queue is faster)\n",
                kRows);
    const std::string collator = "BM_PeerCollatorSortNames/iterations:3/real_time";
    for (int c = 0; c < IdentityTableModel::ColumnCount; ++c) {
        const std::string mine = "BM_QueueSort/" + std::to_string(c) + "/iterations:6/real_time";
        const std::string label = "sort by " + IdentityTableModel::columnKey(c).toStdString();
        ratio(label.c_str(), mine, collator, "QCollator stable_sort of the names");
        slice(mine);
    }
    ratio("sort by name", "BM_QueueSort/0/iterations:6/real_time",
          "BM_PeerProxySort/0/iterations:3/real_time", "QSortFilterProxyModel::sort");
    ratio("sort by updated_at", "BM_QueueSort/8/iterations:6/real_time",
          "BM_PeerProxySort/8/iterations:3/real_time", "QSortFilterProxyModel::sort");
    for (int k = 0; k < keystrokes().size(); ++k) {
        const std::string label = "search keystroke \"" + keystrokes().at(k).toStdString() + "\"";
        ratio(label.c_str(), "BM_QueueSearch/" + std::to_string(k) + "/real_time",
              "BM_PeerFixedStringProxySearch/" + std::to_string(k) + "/real_time",
              "QSortFilterProxyModel::setFilterFixedString");
    }
    for (const auto &[label, name] : {std::pair{"page of 1000 lands, sorted by age",
                                                "BM_QueuePageLands/4/iterations:5/real_time"},
                                      std::pair{"page of 1000 lands, sorted by name",
                                                "BM_QueuePageLands/0/iterations:5/real_time"}}) {
        ratio(label, name, "BM_PeerDecodePage/real_time", "decoding the page from JSON");
        slice(name);
    }
    ratio("scroll 1000 rows and repaint", "BM_QueueScroll1000Rows/real_time",
          "BM_PeerPlainTableScroll1000Rows/real_time", "QTableView over a plain table model");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printRatios(reporter);
    benchmark::Shutdown();
    return 0;
}

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <functional>
#include <vector>

class QThreadPool;

namespace console {

// How two sort keys compare before the order is applied.
enum class SortComparison {
    Number, // key.number
    Text, // key.text, code point by code point (callers lower-case it when they want that)
    TextCaseInsensitive, // key.text, ignoring case
    IdOnly, // key.id alone
};

struct SortSpec
{
    SortComparison comparison = SortComparison::IdOnly;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// What one row is ordered by. The owning kind (QString) travels to the worker thread; the
// viewing kind (QStringView) compares rows in place on the UI thread without touching
// reference counts. `slot` names the row to whoever built the key; the engine only moves it.
template<typename Text> struct BasicSortKey
{
    Text text; // for the text comparisons
    Text id; // the tie-break, and the IdOnly value
    qint64 number = 0; // for SortComparison::Number
    int slot = -1;
    bool empty = false; // no value: sorts last in either order
};
using SortKey = BasicSortKey<QString>;
using SortKeyView = BasicSortKey<QStringView>;

// The one order every queue sort follows: empty keys after every value whatever the order
// (only the rest flips), ties by id ascending, so the order is total and does not depend on
// the order the rows arrived in.
template<typename Key> bool sortKeyLess(const Key &a, const Key &b, SortSpec spec)
{
    if (a.empty != b.empty)
        return b.empty;
    int c = 0;
    if (!a.empty) {
        switch (spec.comparison) {
        case SortComparison::Text:
            c = QStringView(a.text).compare(QStringView(b.text));
            break;
        case SortComparison::TextCaseInsensitive:
            c = QStringView(a.text).compare(QStringView(b.text), Qt::CaseInsensitive);
            break;
        case SortComparison::IdOnly:
            c = QStringView(a.id).compare(QStringView(b.id));
            break;
        case SortComparison::Number:
            c = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
            break;
        }
    }
    if (c != 0)
        return spec.order == Qt::AscendingOrder ? c < 0 : c > 0;
    return QStringView(a.id) < QStringView(b.id);
}

// The slots of `keys` in sorted order. Pure: any thread, no Qt objects.
QList<int> sortedSlots(std::vector<SortKey> keys, SortSpec spec);

// `base` (already in order by `less`) with `extras` (any order) merged into their places:
// extras are sorted, then each is found by binary search and the run of `base` before it is
// copied, so k extras cost k log n comparisons, not n.
template<typename Less> QList<int> mergeSorted(QList<int> base, QList<int> extras, Less less)
{
    if (extras.isEmpty())
        return base;
    std::stable_sort(extras.begin(), extras.end(), less);
    QList<int> merged;
    merged.reserve(base.size() + extras.size());
    auto from = base.cbegin();
    for (const int slot : std::as_const(extras)) {
        const auto at = std::upper_bound(from, base.cend(), slot, less);
        merged.append(from, at);
        merged.append(slot);
        from = at;
    }
    merged.append(from, base.cend());
    return merged;
}

// Computes an order off the UI thread: keys in, the slots in sorted order out (finished()).
//
// One sort at a time on the engine's own single worker thread (not the global pool, which
// painting uses too). A new start() supersedes the sort in progress and cancel() drops it:
// neither's result is ever reported, and a superseded sort that has not started yet is
// skipped. The keys can be handed over whole, or read through a KeyReader on the calling
// thread a slice per event-loop turn, so that reading 100,000 rows' strings never holds the
// UI thread for more than a few milliseconds.
class IdentitySortEngine : public QObject
{
    Q_OBJECT
public:
    // Fills `key` for `slot`; false when the slot holds no row (it is left out).
    using KeyReader = std::function<bool(int slot, SortKey &key)>;
    // Reading a row's strings touches memory all over the heap (~0.5 µs a row).
    static constexpr int kDefaultSnapshotSlice = 8000;

    explicit IdentitySortEngine(QObject *parent = nullptr);
    ~IdentitySortEngine() override;

    void start(std::vector<SortKey> keys, SortSpec spec);
    // Reads slots [0, slotCount) through `read`, snapshotSlice() of them per event-loop turn,
    // then sorts them on the worker.
    void start(int slotCount, SortSpec spec, KeyReader read);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    void setSnapshotSlice(int rows) { m_snapshotSlice = qMax(1, rows); }
    int snapshotSlice() const { return m_snapshotSlice; }
    QThreadPool *threadPool() const { return m_pool; }

signals:
    // The slots in order, for the latest start() that was neither cancelled nor superseded.
    void finished(const QList<int> &order);

private:
    struct Job;
    void continueSnapshot(Job *job);
    void runOnWorker(Job *job);
    void onWorkerDone(Job *job);

    QThreadPool *m_pool = nullptr;
    Job *m_job = nullptr;
    quint64 m_serial = 0;
    int m_snapshotSlice = kDefaultSnapshotSlice;
};

} // namespace console

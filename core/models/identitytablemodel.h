#pragma once

#include "core/models/identitypager.h"
#include "core/models/identityrow.h"
#include "core/models/identitysortengine.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

class QThreadPool;

namespace console {

// The identity queue: row storage and projection over List Identities. Three parts, one job
// each (core/models/README.md shows how they fit):
//
// - This model keeps the rows (IdentityRow: the few fields the columns need, so 100,000 rows
//   stay small), makes display text on demand for visible cells only, and keeps the rows in
//   the chosen sort order as pages and updates land.
// - IdentityPager (pager()) pages, refreshes, loads all and merges events by id; it fills
//   this model through IdentityRowStore. The paging calls below are shorthands for it.
// - IdentitySortEngine computes a new order off the UI thread over a snapshot of the sort
//   keys; this model applies it in one layout change and merges into it whatever landed
//   meanwhile.
//
// Sorting is on raw values (RawValueRole): times as msecs, enums by their table order.
class IdentityTableModel : public QAbstractTableModel, private IdentityRowStore
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        BlockingColumn, // the blocking requirement (or control)
        ActorColumn, // who must act
        AgeColumn,
        RefIdColumn,
        TypeColumn,
        CreatedColumn,
        UpdatedColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    using LoadState = IdentityPager::LoadState;
    static constexpr int kMaxPageSize = IdentityPager::kMaxPageSize;

    explicit IdentityTableModel(IdentityPageSource *source, QObject *parent = nullptr);
    ~IdentityTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Lazy paging for views: the next page as the reviewer scrolls (IdentityPager).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts the rows themselves, and keeps them sorted as pages and updates arrive. Empty
    // values go last in either order; ties fall back to the id, so every order is total and
    // the same whatever order the rows arrived in. From backgroundSortThreshold() rows on, the
    // order is computed by the sort engine (isSorting() meanwhile) and applied in one layout
    // change that keeps persistent indexes (selection, current row).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True while rows are not yet in their sorted places: a sort is computed, or a page that
    // arrived out of order waits for the next event-loop turn to be placed. sortingChanged()
    // reports the first only (the one worth a busy cue).
    bool isSorting() const { return m_sorter->isRunning() || m_placeFrom >= 0; }
    void setBackgroundSortThreshold(int rows) { m_backgroundSortThreshold = qMax(0, rows); }
    int backgroundSortThreshold() const { return m_backgroundSortThreshold; }
    // The sort engine's own single worker thread (not the global pool, which painting uses).
    QThreadPool *sortThreadPool() const { return m_sorter->threadPool(); }
    // How column `column` orders: the comparison and each row's key.
    static SortComparison sortComparison(int column);
    template<typename Key> static Key sortKey(const IdentityRow &row, int slot, int column);

    // Paging, refresh, load-all and live merge: see IdentityPager.
    IdentityPager *pager() const { return m_pager; }
    void setQuery(const IdentityQuery &query) { m_pager->setQuery(query); }
    IdentityQuery query() const { return m_pager->query(); }
    void reload() { m_pager->reload(); }
    void refresh() { m_pager->refresh(); }
    // Merges one identity (from an event or a Get Identity): in place, added, or removed when
    // it no longer matches the filters.
    void upsert(const paxos::Identity &identity) { m_pager->merge(identity); }
    void clear() { m_pager->clear(); }
    void setPageSize(int size) { m_pager->setPageSize(size); }
    int pageSize() const { return m_pager->pageSize(); }
    void loadAll() { m_pager->loadAll(); }
    void cancelLoadAll() { m_pager->cancelLoadAll(); }
    bool isLoadingAll() const { return m_pager->isLoadingAll(); }
    void setLargePageSize(int size) { m_pager->setLargePageSize(size); }
    int largePageSize() const { return m_pager->largePageSize(); }
    bool largePagesRefused() const { return m_pager->largePagesRefused(); }
    LoadState loadState() const { return m_pager->loadState(); }
    bool isLoading() const { return m_pager->isLoading(); }
    bool isRefreshing() const { return m_pager->isRefreshing(); }
    bool hasMorePages() const { return m_pager->hasMorePages(); }
    std::optional<paxos::ApiError> lastError() const { return m_pager->lastError(); }

    // Ages are measured against this clock (tests and screenshots fix it).
    void setNow(std::function<QDateTime()> now);
    // Where an institution's members come from when the identity came without them (List
    // Identities includes none): asked with the id and updated_at (msecs) as a row is made;
    // null when not known. Set by InstitutionMembersCache (core/institutions).
    using KnownMembers =
        std::function<const QList<paxos::InstitutionMember> *(const QString &id, qint64 updatedMs)>;
    void setKnownMembers(KnownMembers lookup) { m_knownMembers = std::move(lookup); }

    QModelIndex indexOfId(const QString &id, int column = 0) const;
    // A row's stored fields, and a copy of all rows in view order (cheap: the strings are
    // shared) for work off the UI thread such as the dashboard's counts.
    const IdentityRow &identityRowAt(int row) const { return rowAt(row); }
    QList<IdentityRow> rowsSnapshot() const;
    QString idAt(int row) const;
    // What the quick search reads, without a QVariant per row (see IdentityFilterProxy).
    const QString &searchTextAt(int row) const { return rowAt(row).search; }
    const QString &cipDigitsAt(int row) const { return rowAt(row).cipDigits; }
    // The row's storage slot: it never changes while the row lives (sorts move rows, not
    // slots) and is never reused before a reset, so work kept per row is kept by slot.
    int slotAt(int row) const { return m_order.at(row); }

    static QString columnKey(int column); // stable names for settings ("name", "status", …)

signals:
    // Forwarded from the pager.
    void loadStateChanged(console::IdentityPager::LoadState state);
    void pageLoaded(int rowsAdded, bool hasMore);
    void refreshed(int changed, int added, int removed);
    void errorOccurred(const paxos::ApiError &error);
    void loadAllProgress(int loaded, bool hasMore);
    // complete: every page is loaded; false when cancelled or stopped by an error.
    void loadAllFinished(bool complete);
    void sortingChanged(bool sorting);

private:
    // IdentityRowStore: how the pager fills the rows.
    int identityCount() const override { return rowCount(); }
    bool containsIdentity(const QString &id) const override { return m_slotOfId.contains(id); }
    void appendIdentities(std::span<const paxos::Identity> identities) override;
    void insertIdentity(const paxos::Identity &identity) override;
    bool updateIdentity(const paxos::Identity &identity) override;
    void removeIdentity(const QString &id) override;
    void clearIdentities() override;

    const IdentityRow &rowAt(int row) const { return m_rows.at(m_order.at(row)); }
    IdentityRow project(const paxos::Identity &identity) const;
    QVariant display(const IdentityRow &row, int column) const;
    static QVariant raw(const IdentityRow &row, int column);
    SortSpec sortSpec() const { return {sortComparison(m_sortColumn), m_sortOrder}; }
    bool rowLess(const IdentityRow &a, int slotA, const IdentityRow &b, int slotB) const;
    // Row storage is append-only ("slots"); m_order maps view rows to slots, so a sort moves
    // ints, not rows, and the id index never changes.
    bool slotLess(int a, int b) const;
    // Where `slot` goes in m_order (without the row `skipRow`) to keep it sorted.
    int insertionPoint(int slot, int skipRow = -1) const;
    void startSort();
    void finishSort(QList<int> order);
    void cancelSort();
    // Places rows m_order[from..] (unsorted newcomers) among the sorted rows before them.
    void placeTail(int from);
    // A page's rows are placed on the next event-loop turn, so inserting them and moving them
    // are two UI-thread slices, not one twice as long.
    void schedulePlacement(int from);
    void flushPlacement();
    void applyOrder(QList<int> order);
    void rebuildPositions(int from = 0);
    void insertRow(IdentityRow row, int at);
    void moveToSortedPosition(int row);

    IdentityPager *m_pager = nullptr;
    IdentitySortEngine *m_sorter = nullptr;
    QList<IdentityRow> m_rows; // by slot; a removed row stays an empty, dead slot until reset
    QList<int> m_order; // view row -> slot
    QList<int> m_rowOfSlot; // slot -> view row, -1 when dead
    QHash<QString, int> m_slotOfId;
    quint64 m_resets = 0; // placements scheduled before a reset are dropped
    std::function<QDateTime()> m_now;
    KnownMembers m_knownMembers;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundSortThreshold = 5000;
    // While the engine sorts: slots from m_sortSnapshotSlots on arrived after the snapshot,
    // and m_sortDirty holds slots whose key changed after it began.
    qsizetype m_sortSnapshotSlots = 0;
    QSet<int> m_sortDirty;
    int m_placeFrom = -1; // rows from here on wait to be placed; -1: none
};

} // namespace console

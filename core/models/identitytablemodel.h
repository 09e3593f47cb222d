#pragma once

#include "core/models/identitypagesource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QThreadPool;

#include <array>
#include <functional>
#include <optional>

namespace console {

// The identity queue over List Identities.
//
// - Lazy: the first page comes with setQuery(); views pull the next ones through
//   canFetchMore()/fetchMore() as the reviewer scrolls (page_cursor).
// - Live: refresh() asks only for identities updated since the newest update seen and
//   merges them by id, updating rows in place (dataChanged), adding new ones and dropping
//   ones that no longer match the filters; upsert() does the same for one identity that
//   arrived by event.
// - Light: a row keeps the few fields the columns need, not the whole DTO, so 100,000 rows
//   stay small; display text is made on demand for visible cells only.
// - Sortable on raw values (RawValueRole): times as msecs, enums by their table order.
// - Smooth at 100,000 rows: sort() computes the new order on a worker thread over a snapshot of
//   the sort keys and applies it in one layout change; pages, updates and events that land
//   meanwhile are merged into the result. "Load all" walks the pages with large pages.
class IdentityTableModel : public QAbstractTableModel
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

    enum class LoadState { Idle, Loading, Error };
    static constexpr int kMaxPageSize = 1000;
    Q_ENUM(LoadState)

    explicit IdentityTableModel(IdentityPageSource *source, QObject *parent = nullptr);
    ~IdentityTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts the rows themselves, and keeps them sorted as pages and updates arrive. Empty
    // values go last in either order; ties fall back to the id, so every order is total and
    // the same whatever order the rows arrived in. From backgroundSortThreshold() rows on, the
    // order is computed on a worker thread (isSorting() meanwhile) and applied in one layout
    // change that keeps persistent indexes (selection, current row).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True while rows are not yet in their sorted places: a sort is computed, or a page that
    // arrived out of order waits for the next event-loop turn to be placed. sortingChanged()
    // reports the first only (the one worth a busy cue).
    bool isSorting() const { return m_sortJob != nullptr || m_placeFrom >= 0; }
    void setBackgroundSortThreshold(int rows) { m_backgroundSortThreshold = qMax(0, rows); }
    int backgroundSortThreshold() const { return m_backgroundSortThreshold; }
    // The model's own single worker thread (not the global pool, which painting uses too).
    QThreadPool *sortThreadPool() const { return m_sortPool; }

    // Replaces the rows with the first page of `query`.
    void setQuery(const IdentityQuery &query);
    IdentityQuery query() const { return m_query; }
    // Drops everything and loads the first page again (after an environment switch).
    void reload();
    // Fetches what changed since the last update seen and merges it in place.
    void refresh();
    // Merges one identity (from an event or a Get Identity): in place, added, or removed when
    // it no longer matches the filters.
    void upsert(const paxos::Identity &identity);
    // Forgets every row and stops all requests (environment switch).
    void clear();

    void setPageSize(int size) { m_pageSize = qBound(1, size, kMaxPageSize); }
    int pageSize() const { return m_pageSize; }

    // Fetches every remaining page back to back (the connection paces requests to the API's
    // rate), with pages of largePageSize() rows: 100,000 identities in about 100 requests.
    // A server that answers 400 to the large limit gets pageSize() from then on. Starts the
    // query first when nothing is loaded. Progress: loadAllProgress(); end: loadAllFinished().
    void loadAll();
    // Stops after the page in flight is dropped; what is loaded stays, scrolling pages on.
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    void setLargePageSize(int size) { m_largePageSize = qBound(1, size, kMaxPageSize); }
    int largePageSize() const { return m_largePageSize; }
    // True once the server refused largePageSize() (HTTP 400): load-all uses pageSize().
    bool largePagesRefused() const { return m_largePagesRefused; }
    // Ages are measured against this clock (tests and screenshots fix it).
    void setNow(std::function<QDateTime()> now);

    LoadState loadState() const { return m_state; }
    bool isLoading() const { return m_state == LoadState::Loading; }
    bool isRefreshing() const { return m_refreshTicket != 0; }
    bool hasMorePages() const { return !m_cursor.isEmpty(); }
    std::optional<paxos::ApiError> lastError() const { return m_lastError; }

    QModelIndex indexOfId(const QString &id, int column = 0) const;
    QString idAt(int row) const;
    // What the quick search reads, without a QVariant per row (see IdentityFilterProxy).
    const QString &searchTextAt(int row) const { return rowAt(row).search; }
    const QString &cipDigitsAt(int row) const { return rowAt(row).cipDigits; }

    static QString columnKey(int column); // stable names for settings ("name", "status", …)

signals:
    void loadStateChanged(console::IdentityTableModel::LoadState state);
    void pageLoaded(int rowsAdded, bool hasMore);
    void refreshed(int changed, int added, int removed);
    void errorOccurred(const paxos::ApiError &error);
    void sortingChanged(bool sorting);
    void loadAllProgress(int loaded, bool hasMore);
    // complete: every page is loaded; false when cancelled or stopped by an error.
    void loadAllFinished(bool complete);

private:
    struct Row
    {
        QString id;
        QString name;
        QString refId;
        QString status; // wire
        QString type; // wire
        QString blocking; // requirement type wire, or "control:<TYPE>"
        QString blockingText;
        int actor = 0; // console::Actor
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QString search; // lower-case name, ref_id, id
        QString cipDigits; // digits of cip_id, for "last digits" search
        int statusOrder = 0;
        int blockingOrder = -1; // -1: nothing blocks
    };
    // What rows are ordered by for one column; compared by keyLess(). The owning kind
    // (QString) is built on the UI thread and compared on the worker; the viewing kind
    // (QStringView) compares rows in place on the UI thread without touching reference counts.
    template<typename Text> struct BasicSortKey
    {
        Text text; // string columns
        Text id; // the tie-break
        qint64 number = 0; // numeric columns
        int slot = -1;
        bool empty = false; // sorts last in either order
    };
    using SortKey = BasicSortKey<QString>;
    using SortKeyView = BasicSortKey<QStringView>;
    struct SortJob;

    static Row makeRow(const paxos::Identity &identity);
    template<typename Key> static Key sortKey(const Row &row, int slot, int column);
    template<typename Key>
    static bool keyLess(const Key &a, const Key &b, int column, Qt::SortOrder order);
    bool rowLess(const Row &a, int slotA, const Row &b, int slotB) const;
    const Row &rowAt(int row) const { return m_rows.at(m_order.at(row)); }
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    void requestPage();
    void onPage(const IdentityPageResult &result, quint64 generation, int limit);
    void requestRefreshPage(const QString &cursor);
    void onRefreshPage(const IdentityPageResult &result, quint64 generation);
    void appendRows(const QList<paxos::Identity> &items);
    void finishLoadAll(bool complete);
    // Row storage is append-only ("slots"); m_order maps view rows to slots, so a sort moves
    // ints, not rows, and the id index never changes.
    bool slotLess(int a, int b) const;
    // Where `slot` goes in m_order (without the row `skipRow`) to keep it sorted.
    int insertionPoint(int slot, int skipRow = -1) const;
    void startSort();
    void continueSnapshot(SortJob *job);
    void finishSort(SortJob *job, QList<int> order);
    // Places rows m_order[from..] (unsorted newcomers) among the sorted rows before them.
    void placeTail(int from);
    // A page's rows are placed on the next event-loop turn, so inserting them and moving them
    // are two UI-thread slices, not one twice as long.
    void schedulePlacement(int from);
    void flushPlacement();
    QList<int> mergeSorted(QList<int> base, QList<int> extras) const;
    void applyOrder(QList<int> order);
    void rebuildPositions(int from = 0);
    void insertRow(Row row, int at);
    void moveToSortedPosition(int row);
    // 0 = unchanged, 1 = updated, 2 = added, 3 = removed
    int merge(const paxos::Identity &identity);
    void removeRowAt(int row);
    void noteUpdated(const paxos::Identity &identity);
    void setState(LoadState state);
    void cancelAll();
    void cancelSort();

    QPointer<IdentityPageSource> m_source;
    IdentityQuery m_query;
    QList<Row> m_rows; // by slot; a removed row stays as an empty, dead slot until clear()
    QList<int> m_order; // view row -> slot
    QList<int> m_rowOfSlot; // slot -> view row, -1 when dead
    QHash<QString, int> m_slotOfId;
    QString m_cursor;
    bool m_started = false;
    int m_pageSize = 100;
    int m_largePageSize = kMaxPageSize;
    bool m_largePagesRefused = false;
    bool m_loadingAll = false;
    quint64 m_pageTicket = 0;
    quint64 m_refreshTicket = 0;
    quint64 m_generation = 0;
    qint64 m_highWaterMs = 0; // newest updated_at seen
    IdentityQuery m_refreshQuery;
    std::array<int, 3> m_refreshCounts{}; // changed, added, removed
    LoadState m_state = LoadState::Idle;
    std::optional<paxos::ApiError> m_lastError;
    std::function<QDateTime()> m_now;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundSortThreshold = 5000;
    SortJob *m_sortJob = nullptr; // the sort being computed
    int m_placeFrom = -1; // rows from here on wait to be placed; -1: none
    QThreadPool *m_sortPool = nullptr;
};

} // namespace console

#pragma once

#include "core/models/identitypagesource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

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
    // Sorts the rows themselves on precomputed keys (tens of milliseconds for 100,000 rows,
    // where a generic proxy sort needs seconds), and keeps them sorted as pages and updates
    // arrive. Empty values go last in either order; ties fall back to the id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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

    void setPageSize(int size) { m_pageSize = qBound(1, size, 1000); }
    int pageSize() const { return m_pageSize; }
    // Ages are measured against this clock (tests and screenshots fix it).
    void setNow(std::function<QDateTime()> now);

    LoadState loadState() const { return m_state; }
    bool isLoading() const { return m_state == LoadState::Loading; }
    bool isRefreshing() const { return m_refreshTicket != 0; }
    bool hasMorePages() const { return !m_cursor.isEmpty(); }
    std::optional<paxos::ApiError> lastError() const { return m_lastError; }

    QModelIndex indexOfId(const QString &id, int column = 0) const;
    QString idAt(int row) const;

    static QString columnKey(int column); // stable names for settings ("name", "status", …)

signals:
    void loadStateChanged(console::IdentityTableModel::LoadState state);
    void pageLoaded(int rowsAdded, bool hasMore);
    void refreshed(int changed, int added, int removed);
    void errorOccurred(const paxos::ApiError &error);

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
    static Row makeRow(const paxos::Identity &identity);
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    void requestPage();
    void onPage(const IdentityPageResult &result, quint64 generation);
    void requestRefreshPage(const QString &cursor);
    void onRefreshPage(const IdentityPageResult &result, quint64 generation);
    void appendRows(const QList<paxos::Identity> &items);
    // <0, 0, >0 like a three-way comparison, for the current sort column; empty values last.
    int compareRows(const Row &a, const Row &b) const;
    bool rowLess(const Row &a, const Row &b) const;
    void applySort();
    void rebuildIndex(int from = 0);
    // 0 = unchanged, 1 = updated, 2 = added, 3 = removed
    int merge(const paxos::Identity &identity);
    void removeRowAt(int row);
    void noteUpdated(const paxos::Identity &identity);
    void setState(LoadState state);
    void cancelAll();

    QPointer<IdentityPageSource> m_source;
    IdentityQuery m_query;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    QString m_cursor;
    bool m_started = false;
    int m_pageSize = 100;
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
};

} // namespace console

#pragma once

#include "core/models/identitypagesource.h"
#include "paxos/api/listall.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QThreadPool;

#include <array>
#include <deque>
#include <optional>
#include <span>

namespace console {

// What the pager fills, by identity id: the queue model's row storage (IdentityTableModel),
// or anything else that keeps identities. The pager decides what is new, changed or gone;
// the store only keeps rows.
class IdentityRowStore
{
public:
    virtual ~IdentityRowStore() = default;

    virtual int identityCount() const = 0;
    virtual bool containsIdentity(const QString &id) const = 0;
    // New identities from a page, in the server's order: ids not held yet, none twice. (A
    // view into the pager's pages: a page is handed over without copying its identities.)
    virtual void appendIdentities(std::span<const paxos::Identity> identities) = 0;
    // One new identity that arrived live (event or refresh), not held yet.
    virtual void insertIdentity(const paxos::Identity &identity) = 0;
    // A held identity again: false when nothing the store keeps of it changed.
    virtual bool updateIdentity(const paxos::Identity &identity) = 0;
    virtual void removeIdentity(const QString &id) = 0;
    // Forgets every identity (a new query, an environment switch).
    virtual void clearIdentities() = 0;
};

// The queue's paging over List Identities, and the one place identities from the server or
// from events are merged by id.
//
// - Lazy: setQuery() fetches the first page; fetchMore() the next (page_cursor), one request
//   at a time.
// - Live: refresh() walks only what was updated since the last walk began, by the server's
//   clock (refreshSince()), whatever its status (so an identity that left the filtered status
//   leaves the store too) and merges it; a delta longer than one page is split by created_at like
//   Load All (created_at never changes, so an identity updated during the walk stays in its one
//   slice, as in a sequential walk it keeps its place) and up to maxConcurrentPages() slices are
//   paged at once; merge() does the same for one identity from an event or a Get Identity. An
//   identity the store holds is updated in place or removed when it no longer matches the query;
//   one it does not hold is added when it matches. A page that brings an identity already held (it
//   arrived by event or refresh during the walk) merges it instead of adding it twice.
// - Load all: walks every remaining page with largePageSize() pages (100,000 identities in
//   about 100 requests; the connection paces them to the API's rate). After the first page
//   the rest is split by created_at (paxos::CreatedAtSlices, the same plan as paxosctl --all)
//   and up to maxConcurrentPages() slices are paged at once; their pages reach the store in
//   the server's order. A server that answers 400 to the large limit gets pageSize() from
//   then on. Stopped half-way (cancel, error), what was stored stays and fetchMore() goes on
//   from the last identity stored.
// - Answers to requests made before clear() or a new query are dropped.
class IdentityPager : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Error };
    Q_ENUM(LoadState)
    enum class MergeOutcome { Unchanged, Updated, Added, Removed };
    static constexpr int kMaxPageSize = 1000;

    IdentityPager(IdentityPageSource *source, IdentityRowStore *store, QObject *parent = nullptr);
    ~IdentityPager() override;

    // Replaces the store's identities with the first page of `query`.
    void setQuery(const IdentityQuery &query);
    IdentityQuery query() const { return m_query; }
    // Drops everything and loads the first page again.
    void reload();
    // Forgets every identity and stops all requests (environment switch).
    void clear();
    // Fetches what changed since the last update seen and merges it; retries a failed page.
    void refresh();
    // Merges one identity (from an event or a Get Identity) by id.
    MergeOutcome merge(const paxos::Identity &identity);

    bool canFetchMore() const;
    void fetchMore();

    // Starts the query first when nothing is loaded. Progress: loadAllProgress(); end:
    // loadAllFinished().
    void loadAll();
    // Drops the page in flight; what is loaded stays, and fetchMore() pages on.
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    void setPageSize(int size) { m_pageSize = qBound(1, size, kMaxPageSize); }
    int pageSize() const { return m_pageSize; }
    void setLargePageSize(int size) { m_largePageSize = qBound(1, size, kMaxPageSize); }
    int largePageSize() const { return m_largePageSize; }
    // True once the server refused largePageSize() (HTTP 400): load-all uses pageSize().
    bool largePagesRefused() const { return m_largePagesRefused; }
    // Slices of a Load All paged at once (1: one page after the other).
    void setMaxConcurrentPages(int n) { m_maxConcurrent = qBound(1, n, 16); }
    int maxConcurrentPages() const { return m_maxConcurrent; }

    LoadState loadState() const { return m_state; }
    bool isLoading() const { return m_state == LoadState::Loading; }
    bool isRefreshing() const { return m_refreshTicket != 0 || m_refreshSlices.has_value(); }
    bool hasMorePages() const { return !m_cursor.isEmpty() || m_resume; }
    std::optional<paxos::ApiError> lastError() const { return m_lastError; }

signals:
    void loadStateChanged(console::IdentityPager::LoadState state);
    void pageLoaded(int rowsAdded, bool hasMore);
    void refreshed(int changed, int added, int removed);
    void errorOccurred(const paxos::ApiError &error);
    void loadAllProgress(int loaded, bool hasMore);
    // complete: every page is loaded; false when cancelled or stopped by an error.
    void loadAllFinished(bool complete);

private:
    void requestPage();
    void onPage(const IdentityPageResult &result, quint64 generation, int limit);
    void appendPage(std::span<const paxos::Identity> items);
    // Drops this reference to a stored page on m_disposer's thread.
    void disposeOffThread(QList<paxos::Identity> &&identities);
    void requestRefreshPage(const QString &cursor);
    void onRefreshPage(const IdentityPageResult &result, quint64 generation);
    // A refresh delta over created_at slices (after its first page): the far end, then the
    // slices, merged as they are released.
    void onRefreshFarEnd(const IdentityPageResult &result, quint64 generation);
    void pumpRefreshSlices();
    void onRefreshSlicePage(int slice, const IdentityPageResult &result, quint64 generation);
    void mergeRefreshed(const QList<paxos::Identity> &items);
    void failRefresh(const paxos::ApiError &error);
    // The updated_at the next refresh asks from, and the walk's end that moves it.
    qint64 refreshSince() const;
    void finishRefresh();
    void finishLoadAll(bool complete);
    void noteUpdated(const paxos::Identity &identity);
    void setState(LoadState state);
    void cancelRequests();
    // Load All over created_at slices: ask where the walk ends, then page the slices.
    void startSlices();
    void onFarEnd(const IdentityPageResult &result, quint64 generation);
    void pumpSlices();
    void onSlicePage(int slice, const IdentityPageResult &result, quint64 generation, int limit);
    void failLoad(const paxos::ApiError &error);
    // Stores what the slices released, a page per event-loop turn; ends the walk when all
    // is fetched and stored.
    void drainBacklog();
    // Stops the slices; fetchMore() goes on from what was stored.
    void stopSlices();

    QPointer<IdentityPageSource> m_source;
    IdentityRowStore *m_store;
    IdentityQuery m_query;
    QString m_cursor;
    IdentityQuery m_cursorQuery; // the query m_cursor belongs to (m_query, maybe narrowed)
    bool m_resume = false; // the next page is m_cursorQuery's first
    bool m_started = false;
    int m_pageSize = 100;
    int m_largePageSize = kMaxPageSize;
    bool m_largePagesRefused = false;
    bool m_loadingAll = false;
    int m_maxConcurrent = 4;
    std::optional<paxos::CreatedAtSlices> m_slices;
    QHash<int, quint64> m_sliceTickets; // slice → its request in flight
    // Released by the slices, not stored yet: whole released lists (never copied item by
    // item), the first stored up to m_backlogOffset.
    std::deque<QList<paxos::Identity>> m_backlog;
    qsizetype m_backlogOffset = 0;
    QThreadPool *m_disposer; // one thread: frees stored pages
    bool m_drainScheduled = false;
    quint64 m_farEndTicket = 0;
    // The walk in the server's order so far: its first and last created_at, how many items.
    std::optional<paxos::Timestamp> m_walkFirst, m_walkLast;
    qsizetype m_walked = 0;
    quint64 m_pageTicket = 0;
    quint64 m_refreshTicket = 0;
    quint64 m_generation = 0; // bumped by clear(): older answers are dropped
    qint64 m_highWaterMs = 0; // newest updated_at (or created_at) seen
    // Where the next refresh starts (refreshSince()). The server's clock when a walk began
    // (its first answer's Date, less a margin) bounds it: an update at a place the walk had
    // already passed is newer than that, however old next to updates seen later in the walk.
    bool m_walkDated = false; // the first answer of this query's walk was looked at
    std::optional<qint64> m_walkDateMarkMs; // from that answer's Date
    std::optional<qint64> m_refreshMarkMs; // set when a refresh ends: the next one's start
    qint64 m_refreshSinceMs = 0; // the refresh in flight's start (before updatedFrom)
    std::optional<qint64> m_refreshDateMarkMs; // from its first answer's Date
    IdentityQuery m_refreshQuery; // fixed for a whole refresh walk
    // A sliced refresh: the first page's cursor, first and last created_at, and the slices.
    bool m_refreshOnFirstPage = false;
    QString m_refreshCursor;
    std::optional<paxos::Timestamp> m_refreshFirst, m_refreshLast;
    qsizetype m_refreshWalked = 0;
    std::optional<paxos::CreatedAtSlices> m_refreshSlices;
    QHash<int, quint64> m_refreshSliceTickets;
    std::array<int, 3> m_refreshCounts{}; // changed, added, removed
    LoadState m_state = LoadState::Idle;
    std::optional<paxos::ApiError> m_lastError;
};

} // namespace console

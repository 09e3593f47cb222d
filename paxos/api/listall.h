#pragma once

#include "paxos/api/identityjobs.h"
#include "paxos/api/job.h"
#include "paxos/model/identity.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace paxos {

// The plan and the ordered merge of a listing split by created_at, the one place that
// decides how "everything" is fetched in parallel (paxosctl --all through
// ListAllJob<ListIdentitiesJob>, the console's Load All through its pager). Pure: it makes no
// request itself; the caller sends what next() asks for, at most as many at once as it
// chooses, and hands each answer to deliver().
//
// The walk so far ended at `lastSeen` with `cursor`. The rest — from there to `farEnd`, the
// created_at of the last identity in the walk's order (asked for with the order flipped and
// limit 1) — is split into slices of equal time. Slice 0 goes on with the cursor and stops at
// its boundary (what lies past it belongs to slice 1, so it is dropped); each other slice is
// the same query narrowed to a half-open range [gte, lt), and the outermost one keeps the
// query's own bound (none, usually), so an identity at the far end is never cut off. The
// ranges are disjoint and cover everything: no identity comes twice, none is skipped, and an
// identity created during the walk is newer than every slice of a newest-first walk (it is
// not listed, like in a sequential walk) and falls into the open last slice of an
// oldest-first one (listed once). Answers are released in the walk's order: slice k's items
// wait until slices 0..k-1 are complete.
class CreatedAtSlices
{
public:
    struct Request
    {
        int slice = 0;
        // Slice 0 is the original query at `cursor`; the others replace its created_at range
        // with [gte, lt) (and start without a cursor, then follow their own).
        bool continuation = false;
        std::optional<Timestamp> gte, lt;
        QString cursor;
    };

    // At most this many slices, whatever the estimate.
    static constexpr int kMaxSlices = 64;

    // How many slices the rest deserves: about `pagesPerSlice` pages each, estimated from how
    // much time the walk so far covered with how many items, bounded by kMaxSlices.
    // `maxSlices`: a few per concurrent page is enough to keep every lane busy to the end;
    // each slice costs at most one short page more than a sequential walk.
    static int sliceCountFor(const Timestamp &first, const Timestamp &lastSeen,
                             const Timestamp &farEnd, qsizetype itemsSoFar, int pageSize,
                             int maxSlices = kMaxSlices, int pagesPerSlice = 3);

    // `descending`: newest first (Paxos's default order). `queryGte`/`queryLt`: the query's
    // own created_at bounds. A far end on the wrong side of `lastSeen` (or too close to it to
    // split) gives one slice: the plain continuation.
    CreatedAtSlices(bool descending, const Timestamp &lastSeen, const QString &cursor,
                    const Timestamp &farEnd, int sliceCount,
                    std::optional<Timestamp> queryGte = std::nullopt,
                    std::optional<Timestamp> queryLt = std::nullopt);

    int sliceCount() const { return int(m_slices.size()); }
    // The next request to send: a slice not done and not in flight, lowest first; nullopt
    // when there is none now.
    std::optional<Request> next();
    // A slice's answer: its items in the walk's order and its next cursor. Returns what is
    // now ready to be shown, in the walk's order (maybe nothing: it waits for earlier slices).
    QList<Identity> deliver(int slice, const QList<Identity> &items, const QString &nextCursor);
    // The same, released page by page as they came (each list shares the caller's items, so
    // nothing is copied identity by identity; a page of 1,000 identities is ~2 MB).
    QList<QList<Identity>> deliverPages(int slice, const QList<Identity> &items,
                                        const QString &nextCursor);
    // A slice's request failed or was dropped: it may be asked for again (next()).
    void retry(int slice);
    int inFlight() const { return m_inFlight; }
    // Every slice complete and released.
    bool isFinished() const { return m_released == m_slices.size(); }
    // Where a walk that stops now can go on from: slice 0's cursor while slice 0 is still
    // being released (the original query), else empty.
    QString resumeCursor() const;
    // The created_at of the last identity released, if any.
    std::optional<Timestamp> lastReleased() const { return m_lastReleased; }
    // The server returned a cursor it had returned before for the same slice: that slice
    // stops (deliver() treats it as done); the caller should fail the walk.
    bool loopDetected() const { return m_loopDetected; }

private:
    struct Slice
    {
        std::optional<Timestamp> gte, lt;
        QString cursor;
        bool inFlight = false;
        bool done = false;
        QList<QList<Identity>> held; // answers waiting for earlier slices, page by page
        QSet<QString> cursors; // a cursor seen twice means the server loops
    };
    // Does `t` lie past slice 0's boundary (belongs to slice 1 or later)?
    bool pastBoundary(const std::optional<Timestamp> &t) const;
    void release(QList<QList<Identity>> &out);

    bool m_descending = true;
    std::optional<Timestamp> m_boundary; // slice 0 ends here
    QList<Slice> m_slices;
    qsizetype m_released = 0; // slices complete and released
    int m_inFlight = 0;
    std::optional<Timestamp> m_lastReleased;
    bool m_loopDetected = false;
};

// Fetches every page of a cursor-paginated list, one page after the other, reporting
// progress (items so far; the total is unknown, so -1) and stoppable with cancel(). A cursor
// seen twice ends the job with a Decode error rather than looping forever.
class ListAllJobBase : public Job
{
    Q_OBJECT
public:
    int pagesFetched() const { return m_pages; }
    qsizetype itemsFetched() const { return m_items; }
    QString operationName() const override { return QStringLiteral("ListAll"); }

signals:
    void pageFetched(int pages, qsizetype items);

protected:
    using Job::Job;
    void run() override;
    void onCancel() override;
    // Counts a page and reports progress.
    void notePage(qsizetype count);
    // Creates the job for one page (not started); the base starts and owns it.
    virtual Job *makePage(const QString &cursor) = 0;
    // Takes the items of a finished page; returns the next cursor ("" = end).
    virtual QString takePage(Job *page, qsizetype *itemCount) = 0;

private:
    void fetch(const QString &cursor);

    QPointer<Job> m_current;
    QSet<QString> m_cursors;
    int m_pages = 0;
    qsizetype m_items = 0;
};

// ListAllJob<ListIdentitiesJob>, ListAllJob<ListIdentityControlsJob>,
// ListAllJob<ListAccountsJob>: every item matching the query, in server order.
template<class PageJob> class ListAllJob : public ListAllJobBase
{
public:
    using Item = typename PageJob::Item;
    using Query = typename PageJob::Query;

    ListAllJob(Connection *connection, Query query, QObject *parent = nullptr)
        : ListAllJobBase(connection, parent)
        , m_query(std::move(query))
    {
    }

    const QList<Item> &items() const { return m_list; }

protected:
    Job *makePage(const QString &cursor) override
    {
        auto *page = new PageJob(connection(), m_query, this);
        page->setPageCursor(cursor);
        return page;
    }
    QString takePage(Job *page, qsizetype *itemCount) override
    {
        const auto &result = static_cast<PageJob *>(page)->result();
        m_list += result.items;
        *itemCount = result.items.size();
        return result.nextPageCursor;
    }

private:
    Query m_query;
    QList<Item> m_list;
};

// Every identity matching the query, in the query's order, paged concurrently: the first
// page and the far end (the query with the order flipped, limit 1) are asked for at once,
// then the rest is split by created_at (CreatedAtSlices) and up to maxConcurrentPages() pages
// are in flight. A query that carries a page cursor, a created_at.eq/gt/lte filter, or
// setMaxConcurrentPages(1) is paged one page after the other.
template<> class ListAllJob<ListIdentitiesJob> : public ListAllJobBase
{
public:
    using Item = Identity;
    using Query = ListIdentitiesQuery;

    ListAllJob(Connection *connection, Query query, QObject *parent = nullptr);
    ~ListAllJob() override;

    const QList<Item> &items() const { return m_list; }
    // Default: the connection's maxInFlight().
    void setMaxConcurrentPages(int n) { m_maxConcurrent = qMax(1, n); }
    int maxConcurrentPages() const;
    // How many slices the last run split the rest into (1 = sequential).
    int slicesUsed() const { return m_slicesUsed; }

protected:
    void run() override;
    void onCancel() override;
    Job *makePage(const QString &cursor) override;
    QString takePage(Job *page, qsizetype *itemCount) override;

private:
    bool sliceable() const;
    void onFirst();
    void pump();
    void stopAll();

    Query m_query;
    QList<Item> m_list;
    int m_maxConcurrent = 0; // 0 = from the connection
    int m_slicesUsed = 1;
    QPointer<ListIdentitiesJob> m_first, m_probe;
    std::optional<ListPage<Identity>> m_firstPage;
    std::optional<QList<Identity>> m_farEnd;
    std::optional<CreatedAtSlices> m_slices;
    QHash<ListIdentitiesJob *, int> m_running; // page job → slice
};

} // namespace paxos

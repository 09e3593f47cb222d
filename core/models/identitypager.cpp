#include "core/models/identitypager.h"

#include "core/logging.h"

#include <QSet>
#include <QThreadPool>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace console {

namespace {
// Without the server's clock, a refresh asks from a little before the newest update seen:
// updates in the same second as it, written after the page that showed it, are not missed.
// That alone can miss one: an update at a place the walk has already passed can be older
// than an update seen later in the same walk. So a walk's first answer's Date (RFC 9110: the
// server's clock, which stamps updated_at too) bounds where the next refresh starts, and
// this rule is the fallback when there is no Date, and the clamp against a Date in the
// future (see refreshSince()).
constexpr qint64 kRefreshOverlapMs = 1000;
// How far before a walk's first Date the next refresh starts. Date is whole seconds (1 s),
// and it is stamped when the answer is written, after the page was read: up to 4 s more
// for a large page on a loaded server, or an update stamped just before it was committed.
// What it costs: the identities updated in those seconds are fetched twice.
constexpr qint64 kServerDateMarginMs = 5000;

std::optional<qint64> dateMarkOf(const QDateTime &serverDate)
{
    if (!serverDate.isValid())
        return std::nullopt;
    return serverDate.toMSecsSinceEpoch() - kServerDateMarginMs;
}

qint64 msecs(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? ts->toDateTime().toMSecsSinceEpoch() : 0;
}

std::optional<paxos::Timestamp> timestampOf(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return paxos::Timestamp::fromDateTime(dt.toUTC());
}

// Slice bounds are whole milliseconds (CreatedAtSlices), so nothing is lost here.
QDateTime dateTimeOf(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? ts->toDateTime() : QDateTime();
}
} // namespace

IdentityPager::IdentityPager(IdentityPageSource *source, IdentityRowStore *store, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_store(store)
    , m_disposer(new QThreadPool(this))
{
    Q_ASSERT(store);
    m_disposer->setMaxThreadCount(1);
    m_disposer->setObjectName(QStringLiteral("identityPageDisposer"));
}

IdentityPager::~IdentityPager()
{
    cancelRequests();
    m_disposer->waitForDone();
}

void IdentityPager::setQuery(const IdentityQuery &query)
{
    m_query = query;
    reload();
}

void IdentityPager::reload()
{
    clear();
    m_started = true;
    requestPage();
}

void IdentityPager::clear()
{
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    cancelRequests();
    ++m_generation;
    // Before the store empties: a view told of the reset must find nothing more to fetch.
    m_cursor.clear();
    m_cursorQuery = m_query;
    m_resume = false;
    m_walkFirst.reset();
    m_walkLast.reset();
    m_walked = 0;
    m_started = false;
    m_highWaterMs = 0;
    m_walkDated = false;
    m_walkDateMarkMs.reset();
    m_refreshMarkMs.reset();
    m_refreshDateMarkMs.reset();
    m_store->clearIdentities();
    m_lastError.reset();
    setState(LoadState::Idle);
    if (wasLoadingAll)
        emit loadAllFinished(false);
}

bool IdentityPager::canFetchMore() const
{
    return m_started && hasMorePages() && m_pageTicket == 0 && !m_slices && !m_farEndTicket
        && m_state != LoadState::Error;
}

void IdentityPager::fetchMore()
{
    if (canFetchMore())
        requestPage();
}

void IdentityPager::loadAll()
{
    if (m_loadingAll)
        return;
    if (m_started && !hasMorePages() && !m_pageTicket) {
        emit loadAllFinished(true); // nothing left to fetch
        return;
    }
    if (!m_started) {
        clear();
        m_started = true;
    }
    m_loadingAll = true;
    if (m_state == LoadState::Error)
        m_lastError.reset();
    emit loadAllProgress(m_store->identityCount(), true);
    // A small page in flight finishes first; onPage() carries on with large ones.
    requestPage();
}

void IdentityPager::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    if (m_pageTicket && m_source) {
        m_source->cancel(m_pageTicket);
        m_pageTicket = 0;
        setState(LoadState::Idle);
    }
    if (m_slices || m_farEndTicket) {
        stopSlices();
        setState(LoadState::Idle);
    }
    finishLoadAll(false);
}

void IdentityPager::finishLoadAll(bool complete)
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
#ifdef __GLIBC__
    // A walk of large pages leaves the heaps of the threads that read and decoded them (about
    // 2 MB of JSON a page, and its decode) full of freed memory that glibc keeps: give it back
    // to the system once the stored pages are freed (the disposer runs its jobs in order).
    // After Load All of 100,000 this took the process from +403 MB to +242 MB (bench/README.md).
    m_disposer->start([] { malloc_trim(0); });
#endif
    emit loadAllFinished(complete);
}

void IdentityPager::cancelRequests()
{
    if (m_source) {
        if (m_pageTicket)
            m_source->cancel(m_pageTicket);
        if (m_refreshTicket)
            m_source->cancel(m_refreshTicket);
        for (const quint64 ticket : std::as_const(m_refreshSliceTickets))
            m_source->cancel(ticket);
        if (m_farEndTicket)
            m_source->cancel(m_farEndTicket);
        for (const quint64 ticket : std::as_const(m_sliceTickets))
            m_source->cancel(ticket);
    }
    m_pageTicket = 0;
    m_refreshTicket = 0;
    m_refreshSliceTickets.clear();
    m_refreshSlices.reset();
    m_farEndTicket = 0;
    m_sliceTickets.clear();
    m_slices.reset();
    m_backlog.clear();
    m_backlogOffset = 0;
}

void IdentityPager::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit loadStateChanged(state);
}

void IdentityPager::requestPage()
{
    if (!m_source || m_pageTicket)
        return;
    IdentityPageRequest request;
    request.query = m_cursorQuery;
    request.cursor = m_cursor;
    request.limit =
        m_loadingAll && !m_largePagesRefused ? qMax(m_largePageSize, m_pageSize) : m_pageSize;
    const quint64 generation = m_generation;
    const int limit = request.limit;
    setState(LoadState::Loading);
    m_pageTicket = m_source->fetch(
        request, [self = QPointer(this), generation, limit](const IdentityPageResult &result) {
            if (self)
                self->onPage(result, generation, limit);
        });
}

void IdentityPager::onPage(const IdentityPageResult &result, quint64 generation, int limit)
{
    if (generation != m_generation)
        return;
    m_pageTicket = 0;
    if (result.error) {
        // Paxos documents no maximum for List Identities' limit; a server that has one says
        // 400. Ask again with the ordinary page size, and keep to it from now on.
        if (result.error->httpStatus() == 400 && limit > m_pageSize) {
            qCInfo(lcModels) << "the server refused pages of" << limit << "identities; loading"
                             << m_pageSize << "at a time";
            m_largePagesRefused = true;
            requestPage();
            return;
        }
        m_lastError = result.error;
        qCInfo(lcModels) << "identity page failed:" << result.error->message();
        setState(LoadState::Error);
        emit errorOccurred(*result.error);
        finishLoadAll(false);
        return;
    }
    m_lastError.reset();
    if (!m_walkDated) {
        // The walk's first answer: what changes after it may be missed by the pages still
        // to come; the first refresh goes back to it (refreshSince()).
        m_walkDated = true;
        m_walkDateMarkMs = dateMarkOf(result.page.serverDate);
    }
    const int before = m_store->identityCount();
    // The cursor and state first: a view that sees the new rows may ask for the next page
    // right away (fetchMore() from rowsInserted), and must ask for the right one.
    m_cursor = result.page.nextPageCursor;
    m_resume = false;
    const QList<paxos::Identity> &items = result.page.items;
    if (!items.isEmpty()) {
        if (m_walked == 0)
            m_walkFirst = items.first().createdAt;
        m_walkLast = items.last().createdAt;
        m_walked += items.size();
    }
    const bool slicing = m_loadingAll && hasMorePages() && m_maxConcurrent > 1;
    setState(slicing ? LoadState::Loading : LoadState::Idle);
    appendPage(std::span(items.constData(), size_t(items.size())));
    emit pageLoaded(m_store->identityCount() - before, hasMorePages());
    if (m_loadingAll) {
        emit loadAllProgress(m_store->identityCount(), hasMorePages());
        if (!hasMorePages())
            finishLoadAll(true);
        else if (slicing)
            startSlices();
        else
            requestPage();
    }
}

void IdentityPager::startSlices()
{
    if (!m_source)
        return;
    // Where the walk ends: the oldest identity the query matches.
    IdentityPageRequest request;
    request.query = m_cursorQuery;
    request.limit = 1;
    request.ascending = true;
    const quint64 generation = m_generation;
    m_farEndTicket = m_source->fetch(
        request, [self = QPointer(this), generation](const IdentityPageResult &result) {
            if (self)
                self->onFarEnd(result, generation);
        });
}

void IdentityPager::onFarEnd(const IdentityPageResult &result, quint64 generation)
{
    if (generation != m_generation || !m_farEndTicket)
        return;
    m_farEndTicket = 0;
    if (result.error) {
        failLoad(*result.error); // the cursor is intact: fetchMore() goes on from it
        return;
    }
    const paxos::Timestamp far = result.page.items.isEmpty()
        ? paxos::Timestamp()
        : result.page.items.first().createdAt.value_or(paxos::Timestamp());
    const paxos::Timestamp last = m_walkLast.value_or(paxos::Timestamp());
    const int limit = !m_largePagesRefused ? qMax(m_largePageSize, m_pageSize) : m_pageSize;
    const int count = paxos::CreatedAtSlices::sliceCountFor(
        m_walkFirst.value_or(paxos::Timestamp()), last, far, m_walked, limit, 4 * m_maxConcurrent);
    m_slices.emplace(true, last, m_cursor, far, count, timestampOf(m_cursorQuery.createdFrom),
                     timestampOf(m_cursorQuery.createdBefore));
    qCInfo(lcModels) << "loading the rest in" << m_slices->sliceCount() << "created_at slices,"
                     << m_maxConcurrent << "at a time";
    pumpSlices();
}

void IdentityPager::pumpSlices()
{
    while (m_source && m_slices && m_slices->inFlight() < m_maxConcurrent) {
        const auto next = m_slices->next();
        if (!next)
            return;
        IdentityPageRequest request;
        request.query = m_cursorQuery;
        if (!next->continuation) {
            request.query.createdFrom = dateTimeOf(next->gte);
            request.query.createdBefore = dateTimeOf(next->lt);
        }
        request.cursor = next->cursor;
        request.limit = !m_largePagesRefused ? qMax(m_largePageSize, m_pageSize) : m_pageSize;
        const quint64 generation = m_generation;
        const int slice = next->slice;
        const int limit = request.limit;
        m_sliceTickets.insert(slice,
                              m_source->fetch(request,
                                              [self = QPointer(this), slice, generation,
                                               limit](const IdentityPageResult &result) {
                                                  if (self)
                                                      self->onSlicePage(slice, result, generation,
                                                                        limit);
                                              }));
    }
}

void IdentityPager::onSlicePage(int slice, const IdentityPageResult &result, quint64 generation,
                                int limit)
{
    if (generation != m_generation || !m_slices || !m_sliceTickets.remove(slice))
        return;
    if (result.error) {
        if (result.error->httpStatus() == 400 && limit > m_pageSize) {
            qCInfo(lcModels) << "the server refused pages of" << limit << "identities; loading"
                             << m_pageSize << "at a time";
            m_largePagesRefused = true;
            m_slices->retry(slice);
            pumpSlices();
            return;
        }
        failLoad(*result.error);
        return;
    }
    const QList<QList<paxos::Identity>> ready =
        m_slices->deliverPages(slice, result.page.items, result.page.nextPageCursor);
    if (m_slices->loopDetected()) {
        failLoad(paxos::ApiError::decode(tr("the server returned the same page cursor twice")));
        return;
    }
    // Released slices can hand over several pages at once (slice k's pages waited for
    // slice k-1): they reach the store one page per event-loop turn, so the window never
    // takes thousands of rows in one go.
    for (const QList<paxos::Identity> &page : ready)
        m_backlog.push_back(page);
    drainBacklog();
    pumpSlices();
}

void IdentityPager::drainBacklog()
{
    if (!m_slices)
        return;
    if (!m_backlog.empty()) {
        // Keep the released list alive while its part is stored (the store's signals may
        // reach code that touches this pager).
        QList<paxos::Identity> front = m_backlog.front();
        const qsizetype n =
            qMin<qsizetype>(front.size() - m_backlogOffset,
                            qMax(m_largePagesRefused ? m_pageSize : m_largePageSize, m_pageSize));
        const std::span<const paxos::Identity> chunk(front.constData() + m_backlogOffset,
                                                     size_t(n));
        m_backlogOffset += n;
        const bool consumed = m_backlogOffset >= front.size();
        if (consumed) {
            m_backlog.pop_front();
            m_backlogOffset = 0;
        }
        const int before = m_store->identityCount();
        appendPage(chunk);
        if (consumed)
            disposeOffThread(std::move(front));
        emit pageLoaded(m_store->identityCount() - before, true);
        if (m_loadingAll)
            emit loadAllProgress(m_store->identityCount(), true);
        if (!m_backlog.empty()) {
            if (!m_drainScheduled) {
                m_drainScheduled = true;
                const quint64 generation = m_generation;
                QTimer::singleShot(0, this, [this, generation] {
                    m_drainScheduled = false;
                    if (generation == m_generation)
                        drainBacklog();
                });
            }
            return;
        }
    }
    if (!m_slices->isFinished() || m_slices->inFlight() > 0)
        return;
    // Everything fetched and stored.
    m_slices.reset();
    m_cursor.clear();
    setState(LoadState::Idle);
    emit pageLoaded(0, false);
    if (m_loadingAll) {
        emit loadAllProgress(m_store->identityCount(), false);
        finishLoadAll(true);
    }
}

void IdentityPager::failLoad(const paxos::ApiError &error)
{
    stopSlices();
    m_lastError = error;
    qCInfo(lcModels) << "identity page failed:" << error.message();
    setState(LoadState::Error);
    emit errorOccurred(error);
    finishLoadAll(false);
}

void IdentityPager::stopSlices()
{
    if (m_source) {
        if (m_farEndTicket)
            m_source->cancel(m_farEndTicket);
        for (const quint64 ticket : std::as_const(m_sliceTickets))
            m_source->cancel(ticket);
    }
    m_farEndTicket = 0;
    m_sliceTickets.clear();
    if (!m_slices)
        return;
    // What was released is stored now, so the resume point below is where the store ends.
    while (!m_backlog.empty()) {
        QList<paxos::Identity> front = m_backlog.front();
        m_backlog.pop_front();
        appendPage(
            std::span(front.constData(), size_t(front.size())).subspan(size_t(m_backlogOffset)));
        m_backlogOffset = 0;
    }
    // What is stored is a prefix of the walk: go on from its end. Inside slice 0 its cursor
    // says where; later, a fresh walk from the last identity stored (the millisecond after
    // it, so identities at the same instant are not skipped; those stored already are
    // merged, not added twice).
    const QString cursor = m_slices->resumeCursor();
    if (!cursor.isEmpty()) {
        m_cursor = cursor;
    } else if (!m_slices->isFinished()) {
        const auto last = m_slices->lastReleased() ? m_slices->lastReleased() : m_walkLast;
        if (last && last->isValid()) {
            const QDateTime before = last->toDateTime().addMSecs(1);
            if (!m_cursorQuery.createdBefore.isValid() || before < m_cursorQuery.createdBefore)
                m_cursorQuery.createdBefore = before;
        }
        m_cursor.clear();
        m_resume = true;
        m_walked = 0;
    } else {
        m_cursor.clear();
    }
    m_slices.reset();
}

void IdentityPager::disposeOffThread(QList<paxos::Identity> &&identities)
{
    // Freeing a page of 1,000 decoded identities costs milliseconds; the rows keep what
    // they need. When this was the last reference, the worker frees them.
    m_disposer->start([list = std::move(identities)]() mutable { list = {}; });
}

void IdentityPager::appendPage(std::span<const paxos::Identity> items)
{
    // Usually every identity of a page is new: the page goes to the store as it is. Only a
    // page with repeats or identities already held is copied, without them.
    QSet<QString> seen;
    seen.reserve(qsizetype(items.size()));
    bool allNew = true;
    for (const paxos::Identity &identity : items) {
        noteUpdated(identity);
        if (identity.id.isEmpty() || m_store->containsIdentity(identity.id)
            || seen.contains(identity.id)) {
            allNew = false;
            continue;
        }
        seen.insert(identity.id);
    }
    if (allNew) {
        if (!items.empty())
            m_store->appendIdentities(items);
        return;
    }
    QList<paxos::Identity> fresh;
    fresh.reserve(qsizetype(items.size()));
    seen.clear();
    for (const paxos::Identity &identity : items) {
        if (identity.id.isEmpty() || seen.contains(identity.id))
            continue;
        if (m_store->containsIdentity(identity.id)) {
            // Already here through a refresh or an event: merge instead of duplicating.
            merge(identity);
            continue;
        }
        seen.insert(identity.id);
        fresh.append(identity);
    }
    if (!fresh.isEmpty())
        m_store->appendIdentities(std::span(fresh.constData(), size_t(fresh.size())));
}

void IdentityPager::noteUpdated(const paxos::Identity &identity)
{
    m_highWaterMs = qMax(m_highWaterMs, qMax(msecs(identity.updatedAt), msecs(identity.createdAt)));
}

IdentityPager::MergeOutcome IdentityPager::merge(const paxos::Identity &identity)
{
    if (identity.id.isEmpty())
        return MergeOutcome::Unchanged;
    noteUpdated(identity);
    const bool matches = m_query.matches(identity);
    if (m_store->containsIdentity(identity.id)) {
        if (!matches) {
            m_store->removeIdentity(identity.id);
            return MergeOutcome::Removed;
        }
        return m_store->updateIdentity(identity) ? MergeOutcome::Updated : MergeOutcome::Unchanged;
    }
    if (!matches)
        return MergeOutcome::Unchanged;
    m_store->insertIdentity(identity);
    return MergeOutcome::Added;
}

void IdentityPager::refresh()
{
    if (!m_source)
        return;
    if (!m_started || m_store->identityCount() == 0 || m_highWaterMs == 0) {
        reload();
        return;
    }
    if (m_state == LoadState::Error && hasMorePages() && !m_pageTicket) {
        // A later page failed: try it again; the delta below catches up on the rest.
        m_lastError.reset();
        requestPage();
    }
    if (isRefreshing())
        return;
    requestRefreshPage({});
}

void IdentityPager::requestRefreshPage(const QString &cursor)
{
    if (cursor.isEmpty()) {
        // Every identity updated since the newest update seen, whatever its status: an
        // identity that left the filtered status must leave the table too. Fixed for the
        // whole walk, since merging moves the high-water mark.
        IdentityQuery q;
        q.createdFrom = m_query.createdFrom;
        q.createdBefore = m_query.createdBefore;
        q.updatedBefore = m_query.updatedBefore;
        m_refreshSinceMs = refreshSince();
        m_refreshDateMarkMs.reset();
        QDateTime since = QDateTime::fromMSecsSinceEpoch(m_refreshSinceMs, Qt::UTC);
        if (m_query.updatedFrom.isValid() && m_query.updatedFrom > since)
            since = m_query.updatedFrom;
        q.updatedFrom = since;
        m_refreshQuery = q;
        m_refreshCounts = {};
    }
    m_refreshOnFirstPage = cursor.isEmpty();
    IdentityPageRequest request;
    request.query = m_refreshQuery;
    request.cursor = cursor;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_refreshTicket = m_source->fetch(
        request, [self = QPointer(this), generation](const IdentityPageResult &result) {
            if (self)
                self->onRefreshPage(result, generation);
        });
}

void IdentityPager::onRefreshPage(const IdentityPageResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    const bool first = m_refreshOnFirstPage;
    m_refreshOnFirstPage = false;
    m_refreshTicket = 0;
    if (result.error) {
        failRefresh(*result.error);
        return;
    }
    if (first)
        m_refreshDateMarkMs = dateMarkOf(result.page.serverDate);
    mergeRefreshed(result.page.items);
    if (result.page.hasMore()) {
        if (first && m_maxConcurrent > 1 && !result.page.items.isEmpty()) {
            // Longer than a page: ask where the delta ends (its oldest identity), then page
            // the rest in created_at slices.
            m_refreshCursor = result.page.nextPageCursor;
            m_refreshFirst = result.page.items.first().createdAt;
            m_refreshLast = result.page.items.last().createdAt;
            m_refreshWalked = result.page.items.size();
            IdentityPageRequest request;
            request.query = m_refreshQuery;
            request.limit = 1;
            request.ascending = true;
            m_refreshTicket = m_source->fetch(
                request, [self = QPointer(this), generation](const IdentityPageResult &far) {
                    if (self)
                        self->onRefreshFarEnd(far, generation);
                });
            return;
        }
        requestRefreshPage(result.page.nextPageCursor);
        return;
    }
    finishRefresh();
}

void IdentityPager::onRefreshFarEnd(const IdentityPageResult &result, quint64 generation)
{
    if (generation != m_generation || !m_refreshTicket)
        return;
    m_refreshTicket = 0;
    if (result.error) {
        failRefresh(*result.error);
        return;
    }
    const paxos::Timestamp far = result.page.items.isEmpty()
        ? paxos::Timestamp()
        : result.page.items.first().createdAt.value_or(paxos::Timestamp());
    const paxos::Timestamp last = m_refreshLast.value_or(paxos::Timestamp());
    const int count = paxos::CreatedAtSlices::sliceCountFor(
        m_refreshFirst.value_or(paxos::Timestamp()), last, far, m_refreshWalked, m_pageSize,
        4 * m_maxConcurrent);
    m_refreshSlices.emplace(true, last, m_refreshCursor, far, count,
                            timestampOf(m_refreshQuery.createdFrom),
                            timestampOf(m_refreshQuery.createdBefore));
    pumpRefreshSlices();
}

void IdentityPager::pumpRefreshSlices()
{
    while (m_source && m_refreshSlices && m_refreshSlices->inFlight() < m_maxConcurrent) {
        const auto next = m_refreshSlices->next();
        if (!next)
            return;
        IdentityPageRequest request;
        request.query = m_refreshQuery;
        if (!next->continuation) {
            request.query.createdFrom = dateTimeOf(next->gte);
            request.query.createdBefore = dateTimeOf(next->lt);
        }
        request.cursor = next->cursor;
        request.limit = m_pageSize;
        const quint64 generation = m_generation;
        const int slice = next->slice;
        m_refreshSliceTickets.insert(
            slice,
            m_source->fetch(
                request,
                [self = QPointer(this), slice, generation](const IdentityPageResult &result) {
                    if (self)
                        self->onRefreshSlicePage(slice, result, generation);
                }));
    }
}

void IdentityPager::onRefreshSlicePage(int slice, const IdentityPageResult &result,
                                       quint64 generation)
{
    if (generation != m_generation || !m_refreshSlices || !m_refreshSliceTickets.remove(slice))
        return;
    if (result.error) {
        failRefresh(*result.error);
        return;
    }
    mergeRefreshed(m_refreshSlices->deliver(slice, result.page.items, result.page.nextPageCursor));
    if (m_refreshSlices->loopDetected()) {
        failRefresh(paxos::ApiError::decode(tr("the server returned the same page cursor twice")));
        return;
    }
    if (!m_refreshSlices->isFinished() || m_refreshSlices->inFlight() > 0) {
        pumpRefreshSlices();
        return;
    }
    m_refreshSlices.reset();
    finishRefresh();
}

qint64 IdentityPager::refreshSince() const
{
    if (m_refreshMarkMs)
        return *m_refreshMarkMs;
    // Before the first refresh: from the query's walk. Its first Date never moves the mark
    // past the newest update seen (a server whose Date runs ahead, or lies, would make every
    // later refresh skip what changed in between).
    const qint64 seen = m_highWaterMs - kRefreshOverlapMs;
    return m_walkDateMarkMs ? qMin(seen, *m_walkDateMarkMs) : seen;
}

void IdentityPager::finishRefresh()
{
    // Everything updated from this walk's start up to its first answer is merged now. The
    // next one starts at that answer's Date, never past the newest update seen (clamped as
    // in refreshSince()) nor before where this one started (a Date far behind would only
    // fetch the same again). No Date: a second before the newest update seen, as it was.
    qint64 mark = m_highWaterMs - kRefreshOverlapMs;
    if (m_refreshDateMarkMs)
        mark = qMin(mark, *m_refreshDateMarkMs);
    m_refreshMarkMs = qMax(m_refreshSinceMs, mark);
    m_refreshDateMarkMs.reset();
    m_refreshFirst.reset();
    if (m_state != LoadState::Error)
        m_lastError.reset();
    emit refreshed(m_refreshCounts[0], m_refreshCounts[1], m_refreshCounts[2]);
}

void IdentityPager::mergeRefreshed(const QList<paxos::Identity> &items)
{
    for (const paxos::Identity &identity : items) {
        switch (merge(identity)) {
        case MergeOutcome::Updated:
            ++m_refreshCounts[0];
            break;
        case MergeOutcome::Added:
            ++m_refreshCounts[1];
            break;
        case MergeOutcome::Removed:
            ++m_refreshCounts[2];
            break;
        case MergeOutcome::Unchanged:
            break;
        }
    }
}

void IdentityPager::failRefresh(const paxos::ApiError &error)
{
    // What was merged stays; the next refresh starts over from where this one started (what
    // it merged may be newer than an update in a slice that never answered).
    m_refreshMarkMs = m_refreshSinceMs;
    m_refreshDateMarkMs.reset();
    if (m_source) {
        if (m_refreshTicket)
            m_source->cancel(m_refreshTicket);
        for (const quint64 ticket : std::as_const(m_refreshSliceTickets))
            m_source->cancel(ticket);
    }
    m_refreshTicket = 0;
    m_refreshSliceTickets.clear();
    m_refreshSlices.reset();
    m_refreshFirst.reset();
    m_lastError = error;
    emit errorOccurred(error);
}

} // namespace console

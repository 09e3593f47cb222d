#include "paxos/api/listall.h"

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace paxos {

void ListAllJobBase::run()
{
    emit progress(0, -1);
    fetch(QString());
}

void ListAllJobBase::onCancel()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void ListAllJobBase::notePage(qsizetype count)
{
    ++m_pages;
    m_items += count;
    emit pageFetched(m_pages, m_items);
    emit progress(m_items, -1);
}

void ListAllJobBase::fetch(const QString &cursor)
{
    Job *page = makePage(cursor);
    page->setAutoDelete(true);
    m_current = page;
    connect(page, &Job::finished, this, [this](Job *done) {
        if (done->error()) {
            fail(*done->error());
            return;
        }
        qsizetype count = 0;
        const QString next = takePage(done, &count);
        notePage(count);
        if (isFinished() || isCancelling())
            return; // cancelled from a pageFetched() slot
        if (next.isEmpty()) {
            succeed();
            return;
        }
        if (m_cursors.contains(next)) {
            fail(ApiError::decode(u"the server returned the same page cursor twice"_s));
            return;
        }
        m_cursors.insert(next);
        fetch(next);
    });
    page->start();
}

} // namespace paxos

namespace paxos {

namespace {

constexpr qint64 kNsPerMs = 1000000;

qint64 nsOf(const Timestamp &t)
{
    return t.nanosecondsSinceEpoch();
}

// A boundary on a whole millisecond: the console's queries carry milliseconds, and a
// boundary only has to be the same number for the two slices it separates.
Timestamp atMs(qint64 ms)
{
    const qint64 secs = ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
    return Timestamp::fromSecsAndNanos(secs, int(ms - secs * 1000) * 1000000, 3);
}

} // namespace

int CreatedAtSlices::sliceCountFor(const Timestamp &first, const Timestamp &lastSeen,
                                   const Timestamp &farEnd, qsizetype itemsSoFar, int pageSize,
                                   int maxSlices, int pagesPerSlice)
{
    if (!first.isValid() || !lastSeen.isValid() || !farEnd.isValid() || pageSize <= 0)
        return 1;
    const double covered = std::abs(double(nsOf(lastSeen) - nsOf(first)));
    const double rest = std::abs(double(nsOf(farEnd) - nsOf(lastSeen)));
    // Nothing to learn the density from (every identity of the first page at one instant):
    // assume the rest is large, the cost of too many slices being one short page each.
    const double estimate =
        covered > 0 ? double(qMax<qsizetype>(1, itemsSoFar)) * rest / covered : 1e9;
    const double pages = estimate / pageSize;
    const int wanted = int(std::ceil(pages / qMax(1, pagesPerSlice)));
    return qBound(1, wanted, qBound(1, maxSlices, kMaxSlices));
}

CreatedAtSlices::CreatedAtSlices(bool descending, const Timestamp &lastSeen, const QString &cursor,
                                 const Timestamp &farEnd, int sliceCount,
                                 std::optional<Timestamp> queryGte,
                                 std::optional<Timestamp> queryLt)
    : m_descending(descending)
{
    const int count = qBound(1, sliceCount, kMaxSlices);
    // Boundaries on whole milliseconds between the last seen instant and the far end.
    // Newest first: b1 <= last seen, so the identities at the last seen instant that the
    // cursor has not reached yet stay slice 0's; oldest first: b1 > last seen, likewise.
    QList<Timestamp> strict;
    if (count > 1 && lastSeen.isValid() && farEnd.isValid()) {
        const qint64 lastNs = nsOf(lastSeen), farNs = nsOf(farEnd);
        const auto floorMs = [](qint64 ns) { return ns / kNsPerMs - (ns % kNsPerMs < 0 ? 1 : 0); };
        const qint64 start = descending ? floorMs(lastNs) : floorMs(lastNs) + 1;
        const qint64 span = descending ? start - floorMs(farNs) : floorMs(farNs) - start;
        if ((descending ? farNs < lastNs : farNs > lastNs) && span > 0) {
            for (int k = 1; k < count; ++k) {
                const qint64 ms = descending ? start - span * k / count : start + span * k / count;
                const Timestamp b = atMs(ms);
                // A span shorter than the count repeats values: keep them strictly monotonic.
                if (strict.isEmpty() || (descending ? b < strict.last() : b > strict.last()))
                    strict.append(b);
            }
        }
    }
    m_slices.resize(strict.size() + 1);
    m_slices[0].cursor = cursor;
    if (!strict.isEmpty())
        m_boundary = strict.first();
    for (qsizetype k = 1; k < m_slices.size(); ++k) {
        Slice &s = m_slices[k];
        const Timestamp &near = strict[k - 1];
        const bool outermost = k == m_slices.size() - 1;
        if (descending) {
            s.lt = near;
            s.gte = outermost ? queryGte : std::optional<Timestamp>(strict[k]);
        } else {
            s.gte = near;
            s.lt = outermost ? queryLt : std::optional<Timestamp>(strict[k]);
        }
    }
    // Slice 0 with nothing to continue from is complete from the start.
    if (cursor.isEmpty())
        m_slices[0].done = true;
    QList<QList<Identity>> none;
    release(none);
}

std::optional<CreatedAtSlices::Request> CreatedAtSlices::next()
{
    for (qsizetype k = 0; k < m_slices.size(); ++k) {
        Slice &s = m_slices[k];
        if (s.done || s.inFlight)
            continue;
        s.inFlight = true;
        ++m_inFlight;
        Request r;
        r.slice = int(k);
        r.continuation = k == 0;
        r.gte = s.gte;
        r.lt = s.lt;
        r.cursor = s.cursor;
        return r;
    }
    return std::nullopt;
}

void CreatedAtSlices::retry(int slice)
{
    if (slice < 0 || slice >= m_slices.size() || !m_slices[slice].inFlight)
        return;
    m_slices[slice].inFlight = false;
    --m_inFlight;
}

bool CreatedAtSlices::pastBoundary(const std::optional<Timestamp> &t) const
{
    if (!m_boundary || !t || !t->isValid())
        return false;
    return m_descending ? *t < *m_boundary : *t >= *m_boundary;
}

QList<Identity> CreatedAtSlices::deliver(int slice, const QList<Identity> &items,
                                         const QString &nextCursor)
{
    QList<Identity> out;
    for (const QList<Identity> &page : deliverPages(slice, items, nextCursor))
        out += page;
    return out;
}

QList<QList<Identity>> CreatedAtSlices::deliverPages(int slice, const QList<Identity> &items,
                                                     const QString &nextCursor)
{
    QList<QList<Identity>> out;
    if (slice < 0 || slice >= m_slices.size())
        return out;
    Slice &s = m_slices[slice];
    if (s.inFlight) {
        s.inFlight = false;
        --m_inFlight;
    }
    if (s.done)
        return out;
    qsizetype keep = items.size();
    bool crossed = false;
    if (slice == 0) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (pastBoundary(items.at(i).createdAt)) {
                crossed = true; // the rest is slice 1's and later
                keep = i;
                break;
            }
        }
    }
    s.cursor = nextCursor;
    if (crossed || nextCursor.isEmpty()) {
        s.done = true;
    } else if (s.cursors.contains(nextCursor)) {
        m_loopDetected = true;
        s.done = true;
    } else {
        s.cursors.insert(nextCursor);
    }
    if (keep > 0)
        s.held.append(keep == items.size() ? items : items.first(keep));
    release(out);
    return out;
}

void CreatedAtSlices::release(QList<QList<Identity>> &out)
{
    // Every slice up to the first incomplete one hands over what it holds.
    for (qsizetype k = m_released; k < m_slices.size(); ++k) {
        Slice &s = m_slices[k];
        if (!s.held.isEmpty()) {
            for (const QList<Identity> &page : std::as_const(s.held)) {
                for (auto it = page.crbegin(); it != page.crend(); ++it) {
                    if (it->createdAt) {
                        m_lastReleased = it->createdAt;
                        break;
                    }
                }
            }
            out += s.held;
            s.held.clear();
        }
        if (!s.done)
            break;
        m_released = k + 1;
    }
}

QString CreatedAtSlices::resumeCursor() const
{
    return m_released == 0 && !m_slices.isEmpty() ? m_slices[0].cursor : QString();
}

ListAllJob<ListIdentitiesJob>::ListAllJob(Connection *connection, Query query, QObject *parent)
    : ListAllJobBase(connection, parent)
    , m_query(std::move(query))
{
}

ListAllJob<ListIdentitiesJob>::~ListAllJob()
{
    stopAll();
}

int ListAllJob<ListIdentitiesJob>::maxConcurrentPages() const
{
    if (m_maxConcurrent > 0)
        return m_maxConcurrent;
    // As many as the connection puts on the wire at once: more would only queue there.
    return connection() ? qBound(1, connection()->maxInFlight(), Connection::kMaxInFlight) : 1;
}

bool ListAllJob<ListIdentitiesJob>::sliceable() const
{
    const TimeRange &c = m_query.createdAt;
    return maxConcurrentPages() > 1 && m_query.pageCursor.isEmpty() && !c.eq && !c.gt && !c.lte;
}

Job *ListAllJob<ListIdentitiesJob>::makePage(const QString &cursor)
{
    auto *page = new ListIdentitiesJob(connection(), m_query, this);
    page->setPageCursor(cursor);
    return page;
}

QString ListAllJob<ListIdentitiesJob>::takePage(Job *page, qsizetype *itemCount)
{
    const auto &result = static_cast<ListIdentitiesJob *>(page)->result();
    m_list += result.items;
    *itemCount = result.items.size();
    return result.nextPageCursor;
}

void ListAllJob<ListIdentitiesJob>::run()
{
    m_list.clear();
    m_slicesUsed = 1;
    if (!sliceable()) {
        ListAllJobBase::run();
        return;
    }
    emit progress(0, -1);
    const bool descending = m_query.order.value_or(u"DESC"_s).toUpper() != u"ASC"_s;
    m_first = new ListIdentitiesJob(connection(), m_query, this);
    Query far = m_query;
    far.order = descending ? u"ASC"_s : u"DESC"_s;
    far.limit = 1;
    far.includeDetails = false;
    m_probe = new ListIdentitiesJob(connection(), far, this);
    for (ListIdentitiesJob *job : {m_first.data(), m_probe.data()}) {
        job->setAutoDelete(true);
        connect(job, &Job::finished, this, [this](Job *done) {
            if (done->error()) {
                stopAll();
                fail(*done->error());
                return;
            }
            auto *page = static_cast<ListIdentitiesJob *>(done);
            if (page == m_first) {
                m_firstPage = page->result();
                notePage(page->result().items.size());
            } else {
                m_farEnd = page->result().items;
            }
            if (m_firstPage && m_farEnd)
                onFirst();
        });
    }
    m_first->start();
    m_probe->start();
}

void ListAllJob<ListIdentitiesJob>::onFirst()
{
    const ListPage<Identity> first = *std::exchange(m_firstPage, std::nullopt);
    const QList<Identity> far = *std::exchange(m_farEnd, std::nullopt);
    m_list = first.items;
    if (!first.hasMore()) {
        succeed();
        return;
    }
    const bool descending = m_query.order.value_or(u"DESC"_s).toUpper() != u"ASC"_s;
    const Timestamp firstAt =
        first.items.isEmpty() ? Timestamp() : first.items.first().createdAt.value_or(Timestamp());
    const Timestamp lastAt =
        first.items.isEmpty() ? Timestamp() : first.items.last().createdAt.value_or(Timestamp());
    const Timestamp farAt =
        far.isEmpty() ? Timestamp() : far.first().createdAt.value_or(Timestamp());
    const int pageSize = m_query.limit.value_or(qMax<int>(1, int(first.items.size())));
    // One slice per page in flight, each of about two pages or more. The time a walk takes is
    // its number of rounds (pages one after the other on the busiest lane): with S equal
    // slices over C lanes that is ceil(S / C) times the pages of a slice, and every slice
    // ends with a short page, so S = C is the fewest (more slices than lanes only add rounds
    // of short pages; measured in bench/README.md).
    const int count = CreatedAtSlices::sliceCountFor(firstAt, lastAt, farAt, first.items.size(),
                                                     pageSize, maxConcurrentPages(), 2);
    const TimeRange &c = m_query.createdAt;
    m_slices.emplace(descending, lastAt, first.nextPageCursor, farAt, count, c.gte, c.lt);
    m_slicesUsed = m_slices->sliceCount();
    pump();
}

void ListAllJob<ListIdentitiesJob>::pump()
{
    if (!m_slices || isFinished() || isCancelling())
        return;
    while (m_slices->inFlight() < maxConcurrentPages()) {
        const auto request = m_slices->next();
        if (!request)
            break;
        Query q = m_query;
        if (!request->continuation) {
            q.createdAt.gte = request->gte;
            q.createdAt.lt = request->lt;
        }
        q.pageCursor = request->cursor;
        auto *page = new ListIdentitiesJob(connection(), q, this);
        page->setAutoDelete(true);
        m_running.insert(page, request->slice);
        const int slice = request->slice;
        connect(page, &Job::finished, this, [this, slice](Job *done) {
            m_running.remove(static_cast<ListIdentitiesJob *>(done));
            if (done->error()) {
                stopAll();
                fail(*done->error());
                return;
            }
            const auto &result = static_cast<ListIdentitiesJob *>(done)->result();
            const QList<Identity> ready =
                m_slices->deliver(slice, result.items, result.nextPageCursor);
            if (m_slices->loopDetected()) {
                stopAll();
                fail(ApiError::decode(u"the server returned the same page cursor twice"_s));
                return;
            }
            m_list += ready;
            notePage(result.items.size());
            if (isFinished() || isCancelling())
                return; // cancelled from a pageFetched() slot
            if (m_slices->isFinished() && m_slices->inFlight() == 0) {
                succeed();
                return;
            }
            pump();
        });
        page->start();
    }
}

void ListAllJob<ListIdentitiesJob>::stopAll()
{
    const auto running = m_running.keys();
    m_running.clear();
    QList<ListIdentitiesJob *> jobs = running;
    if (m_first)
        jobs.append(m_first.data());
    if (m_probe)
        jobs.append(m_probe.data());
    for (ListIdentitiesJob *job : jobs) {
        if (job && !job->isFinished()) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void ListAllJob<ListIdentitiesJob>::onCancel()
{
    ListAllJobBase::onCancel();
    stopAll();
}

} // namespace paxos

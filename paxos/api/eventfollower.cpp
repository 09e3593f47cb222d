#include "paxos/api/eventfollower.h"

#include "paxos/api/eventjobs.h"
#include "paxos/logging.h"

namespace paxos {

namespace {

Timestamp oneNanosecondBefore(const Timestamp &t)
{
    qint64 secs = t.secsSinceEpoch();
    int nanos = t.nanosecond() - 1;
    if (nanos < 0) {
        nanos += 1000000000;
        --secs;
    }
    return Timestamp::fromSecsAndNanos(secs, nanos, 9);
}

} // namespace

EventFollower::EventFollower(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

EventFollower::~EventFollower()
{
    stop();
}

void EventFollower::setStartAfter(const Timestamp &after)
{
    m_position = after;
    m_positionExclusive = true;
    m_boundary.clear();
}

void EventFollower::setPosition(const Timestamp &newest, const QStringList &idsAtNewest)
{
    m_position = newest;
    m_positionExclusive = false;
    m_boundary = QSet<QString>(idsAtNewest.begin(), idsAtNewest.end());
    for (const QString &id : idsAtNewest)
        remember(id);
}

void EventFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    pollNow();
}

void EventFollower::stop()
{
    m_running = false;
    if (m_timerId && m_connection)
        m_connection->clock()->cancel(m_timerId);
    m_timerId = 0;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job.clear();
    m_inRound = false;
}

void EventFollower::pollNow()
{
    if (m_inRound || !m_connection)
        return;
    if (m_timerId) {
        m_connection->clock()->cancel(m_timerId);
        m_timerId = 0;
    }
    m_inRound = true;
    fetchPage();
}

void EventFollower::fetchPage()
{
    ListEventsQuery query;
    query.type = m_type;
    query.limit = m_pageSize;
    query.isTest = m_isTest;
    if (m_position.isValid()) {
        query.createdAt.gt =
            (m_positionExclusive || m_skipTies) ? m_position : oneNanosecondBefore(m_position);
    }
    m_skipTies = false;
    auto *job = new ListEventsJob(m_connection, query, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] { onPage(job); });
    job->start();
}

void EventFollower::onPage(ListEventsJob *job)
{
    m_job.clear();
    if (job->error()) {
        m_inRound = false;
        emit errorOccurred(*job->error());
        scheduleNext();
        return;
    }
    const QList<Event> &page = job->result();
    QList<Event> fresh;
    for (const Event &event : page) {
        if (event.id.isEmpty() || m_recent.contains(event.id))
            continue;
        if (event.createdAt && event.createdAt->isValid()) {
            if (!m_position.isValid() || *event.createdAt > m_position) {
                m_position = *event.createdAt;
                m_positionExclusive = false;
                m_boundary.clear();
            }
            if (*event.createdAt == m_position)
                m_boundary.insert(event.id);
        }
        remember(event.id);
        fresh.append(event);
    }
    if (!fresh.isEmpty())
        emit eventsArrived(fresh);

    const bool fullPage = page.size() >= m_pageSize;
    if (fullPage && fresh.isEmpty()) {
        // A whole page of events we have, all at one timestamp: move past that instant.
        qCWarning(lcPaxosApi) << "more than" << m_pageSize
                              << "events share one created_at; continuing after it";
        m_skipTies = true;
        fetchPage();
        return;
    }
    if (fullPage) {
        fetchPage();
        return;
    }
    m_inRound = false;
    emit caughtUp();
    scheduleNext();
}

void EventFollower::scheduleNext()
{
    if (!m_running || !m_connection)
        return;
    m_timerId = m_connection->clock()->callAfter(m_intervalMs, this, [this] {
        m_timerId = 0;
        pollNow();
    });
}

bool EventFollower::remember(const QString &id)
{
    if (m_recent.contains(id))
        return false;
    m_recent.insert(id);
    m_recentOrder.push_back(id);
    while (qsizetype(m_recentOrder.size()) > kRecentIds) {
        // Never forget an id at the boundary: those are the ones a repeat query returns.
        const QString old = m_recentOrder.front();
        m_recentOrder.pop_front();
        if (!m_boundary.contains(old))
            m_recent.remove(old);
    }
    return true;
}

} // namespace paxos

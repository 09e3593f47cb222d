#pragma once

#include "paxos/model/event.h"
#include "paxos/model/timestamp.h"
#include "paxos/net/apierror.h"
#include "paxos/net/connection.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace paxos {

class ListEventsJob;

// Follows GET /v2/events: polls, drains every page, and hands over each event exactly once,
// oldest first.
//
// Paxos pages events only by time (`created_at.gt`). Asking for "after the newest event seen"
// would skip events that share its timestamp but did not fit on the page, or were recorded
// a moment later with the same timestamp. So the follower asks for `created_at.gt` one
// nanosecond *before* the newest timestamp seen, and drops the events it already delivered
// (by id). Should more than a page of events share one timestamp, it moves past them with a
// warning rather than asking for the same page forever.
class EventFollower : public QObject
{
    Q_OBJECT
public:
    explicit EventFollower(Connection *connection, QObject *parent = nullptr);
    ~EventFollower() override;

    // Only events created after `after` (exclusive); without it, from the oldest event.
    void setStartAfter(const Timestamp &after);
    // Resumes from a saved position: the newest timestamp delivered and the ids delivered at
    // exactly that timestamp.
    void setPosition(const Timestamp &newest, const QStringList &idsAtNewest);
    Timestamp position() const { return m_position; }
    QStringList idsAtPosition() const { return QStringList(m_boundary.begin(), m_boundary.end()); }

    void setType(const std::optional<QString> &type) { m_type = type; }
    void setPollIntervalMs(qint64 ms) { m_intervalMs = qMax<qint64>(100, ms); }
    void setPageSize(int limit) { m_pageSize = qBound(1, limit, 100); }
    void setIncludeTestEvents(bool on) { m_isTest = on; }

    // Polls now and then every poll interval until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One round (all pages) now, whether running or not; ignored while a round is underway.
    void pollNow();

signals:
    // New events, de-duplicated, oldest first.
    void eventsArrived(const QList<paxos::Event> &events);
    // A round found no more pages.
    void caughtUp();
    // A round failed (after the connection's retries); following goes on at the next poll.
    void errorOccurred(const paxos::ApiError &error);

private:
    void fetchPage();
    void onPage(ListEventsJob *job);
    void scheduleNext();
    bool remember(const QString &id);

    QPointer<Connection> m_connection;
    std::optional<QString> m_type;
    qint64 m_intervalMs = 5000;
    int m_pageSize = 100;
    bool m_isTest = false;
    bool m_running = false;
    bool m_inRound = false;
    bool m_skipTies = false;
    quint64 m_timerId = 0;
    QPointer<ListEventsJob> m_job;

    Timestamp m_position; // newest created_at delivered (or the start point)
    bool m_positionExclusive = false; // set by setStartAfter: ask strictly after it
    QSet<QString> m_boundary; // ids delivered at exactly m_position
    // Recently delivered ids, a second line of defence against repeats.
    QSet<QString> m_recent;
    std::deque<QString> m_recentOrder;
    static constexpr qsizetype kRecentIds = 10000;
};

} // namespace paxos

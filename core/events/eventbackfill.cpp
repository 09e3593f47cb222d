#include "core/events/eventbackfill.h"

#include "core/events/eventprocessor.h"
#include "paxos/api/eventfollower.h"
#include "paxos/model/timestamp.h"

namespace console {

EventBackfill::EventBackfill(EventProcessor *processor, QObject *parent)
    : QObject(parent)
    , m_processor(processor)
{
}

EventBackfill::~EventBackfill()
{
    stop();
}

void EventBackfill::start(paxos::Connection *connection, const QDateTime &since)
{
    stop();
    m_received = 0;
    if (!connection) {
        emit failed(paxos::ApiError::invalidArgument(tr("Not connected.")));
        return;
    }
    auto *follower = new paxos::EventFollower(connection, this);
    m_follower = follower;
    follower->setStartAfter(paxos::Timestamp::fromDateTime(since.toUTC()));
    connect(follower, &paxos::EventFollower::eventsArrived, this,
            [this](const QList<paxos::Event> &events) {
                m_received += int(events.size());
                m_processor->handleEvents(events, EventSource::Follower);
                emit progress(m_received);
            });
    connect(follower, &paxos::EventFollower::caughtUp, this, [this] {
        stop();
        emit finished(m_received);
    });
    connect(follower, &paxos::EventFollower::errorOccurred, this,
            [this](const paxos::ApiError &error) {
                stop();
                emit failed(error);
            });
    // One round (every page), not a follower that keeps polling: the regular one does that.
    follower->pollNow();
}

void EventBackfill::cancel()
{
    if (!isRunning())
        return;
    stop();
    emit failed(paxos::ApiError::cancelled());
}

void EventBackfill::stop()
{
    if (!m_follower)
        return;
    paxos::EventFollower *follower = m_follower;
    m_follower.clear();
    follower->disconnect(this);
    follower->stop();
    follower->deleteLater();
}

} // namespace console

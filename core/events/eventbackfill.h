#pragma once

#include "paxos/net/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class EventFollower;
} // namespace paxos

namespace console {

class EventProcessor;

// Fetches every event since a chosen time and hands it to the EventProcessor, for history the
// follower never reached: on its first run it starts a day back. The processor's claim skips
// what was applied already, so a backfill over known ground changes nothing. One round of List
// Events pages, oldest first; cancel() stops after the page in flight.
class EventBackfill : public QObject
{
    Q_OBJECT
public:
    explicit EventBackfill(EventProcessor *processor, QObject *parent = nullptr);
    ~EventBackfill() override;

    void start(paxos::Connection *connection, const QDateTime &since);
    void cancel();
    bool isRunning() const { return !m_follower.isNull(); }
    int received() const { return m_received; }

signals:
    // Events handed to the processor so far.
    void progress(int received);
    void finished(int received);
    void failed(const paxos::ApiError &error);

private:
    void stop();

    EventProcessor *m_processor;
    QPointer<paxos::EventFollower> m_follower;
    int m_received = 0;
};

} // namespace console

#pragma once

#include <QtGlobal>

#include <limits>

namespace paxos {

// Client-side pacing to a documented request rate. Paxos measures its limits as an average
// over five minutes per endpoint and address; spacing requests evenly at the limit keeps the
// average under it without ever relying on the burst tolerance. Pure: callers pass the time.
class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond = 0);

    // 0 or less switches pacing off.
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    qint64 intervalMs() const { return m_intervalMs; }

    // Books the next free slot at or after `nowMs` and returns how long to wait for it.
    qint64 reserve(qint64 nowMs);
    // Pushes every future slot to at least `untilMs` (used during a 429 cool-down).
    void holdUntil(qint64 untilMs);
    // Forgets every booked slot and hold (the limiter now paces another server).
    void reset() { m_nextFreeMs = std::numeric_limits<qint64>::min(); }

private:
    double m_rate = 0;
    qint64 m_intervalMs = 0;
    qint64 m_nextFreeMs = std::numeric_limits<qint64>::min();
};

} // namespace paxos

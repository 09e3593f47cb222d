#pragma once

#include <QtGlobal>

#include <deque>
#include <limits>

namespace paxos {

// Client-side pacing to a documented request rate. Pure: callers pass the time.
//
// Two ways of reading a rate:
//  - Spacing (window 0): every request at least 1/rate after the previous one. Used where
//    the server counts per second (the token endpoint).
//  - Window budget (window > 0): Paxos defines its limits as the average over a 5-minute
//    window per endpoint class and source address (paxos-identity-api.md §5.4), so what
//    must hold is "no window of that length holds more than rate × window requests". A
//    client that has been quiet may therefore send a burst of the whole budget at full
//    speed. Only once the window is full does pacing start: the next request waits until
//    the oldest one in the window has left it, and requests are then spaced 1/rate apart
//    so the rest is spread out instead of going as a second burst. The caller builds its
//    safety margin into `rate` (Connection paces to 90 % of the documented limit).
class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond = 0, qint64 windowMs = 0);

    // 0 or less switches pacing off.
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    qint64 intervalMs() const { return m_intervalMs; }
    // 0 = spacing; otherwise the length of the averaging window. Forgets what was booked.
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    // Requests allowed in any one window (window mode; 0 when pacing is off).
    qint64 budget() const { return m_budget; }

    // Books the next free slot at or after `nowMs` and returns how long to wait for it.
    qint64 reserve(qint64 nowMs);
    // Pushes every future slot to at least `untilMs` (used during a 429 cool-down).
    void holdUntil(qint64 untilMs);
    // Forgets every booked slot and hold (the limiter now paces another server).
    void reset();

private:
    void recompute();

    double m_rate = 0;
    qint64 m_intervalMs = 0;
    qint64 m_windowMs = 0;
    qint64 m_budget = 0;
    // Spacing mode: the earliest time the next request may go.
    qint64 m_nextFreeMs = std::numeric_limits<qint64>::min();
    // Window mode: times booked within the last window, ascending (some may lie ahead).
    // Bounded by the budget: older entries are dropped once they can no longer matter.
    std::deque<qint64> m_booked;
    qint64 m_holdUntilMs = std::numeric_limits<qint64>::min();
    // Window mode: the window filled up and the client has kept asking at least at the rate
    // since, so requests go 1/rate apart.
    bool m_spreading = false;
};

} // namespace paxos

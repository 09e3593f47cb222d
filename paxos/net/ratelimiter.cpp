#include "paxos/net/ratelimiter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paxos {

RateLimiter::RateLimiter(double requestsPerSecond, qint64 windowMs)
    : m_windowMs(std::max<qint64>(0, windowMs))
{
    setRate(requestsPerSecond);
}

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = requestsPerSecond > 0 ? requestsPerSecond : 0;
    recompute();
}

void RateLimiter::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(0, windowMs);
    m_booked.clear();
    m_spreading = false;
    recompute();
}

void RateLimiter::recompute()
{
    m_intervalMs = m_rate > 0 ? qint64(std::ceil(1000.0 / m_rate)) : 0;
    // Rounded down, and at least one request, so a tiny rate or window still lets one go.
    m_budget = m_rate > 0 && m_windowMs > 0
        ? std::max<qint64>(1, qint64(std::floor(m_rate * double(m_windowMs) / 1000.0)))
        : 0;
}

void RateLimiter::reset()
{
    m_nextFreeMs = std::numeric_limits<qint64>::min();
    m_holdUntilMs = std::numeric_limits<qint64>::min();
    m_booked.clear();
    m_spreading = false;
}

qint64 RateLimiter::reserve(qint64 nowMs)
{
    if (m_intervalMs == 0)
        return 0;
    if (m_windowMs == 0) {
        const qint64 slot = std::max({nowMs, m_nextFreeMs, m_holdUntilMs});
        m_nextFreeMs = slot + m_intervalMs;
        return slot - nowMs;
    }
    // A client that now asks more slowly than the rate has paid off its debt.
    if (m_booked.empty() || nowMs >= m_booked.back() + m_intervalMs)
        m_spreading = false;
    // Entries that left the window before now cannot constrain any slot from now on.
    while (!m_booked.empty() && m_booked.front() <= nowMs - m_windowMs)
        m_booked.pop_front();
    qint64 slot = std::max(nowMs, m_holdUntilMs);
    if (!m_booked.empty()) {
        slot = std::max(slot, m_booked.back()); // keeps the bookings in order
    }
    const auto count = qint64(m_booked.size());
    if (count >= m_budget) {
        // Window full: wait until the request `budget` places back has left the window
        // (then the window ending at `slot` holds at most budget - 1 others)...
        slot = std::max(slot, m_booked[size_t(count - m_budget)] + m_windowMs);
        m_spreading = true;
    }
    // ...and from then on spread the rest at the rate, instead of letting it go as a second
    // burst when the first one leaves the window all at once.
    if (m_spreading && !m_booked.empty())
        slot = std::max(slot, m_booked.back() + m_intervalMs);
    m_booked.push_back(slot);
    // Only the last `budget` bookings can ever decide a later slot.
    while (qint64(m_booked.size()) > m_budget)
        m_booked.pop_front();
    return slot - nowMs;
}

void RateLimiter::holdUntil(qint64 untilMs)
{
    m_nextFreeMs = std::max(m_nextFreeMs, untilMs);
    m_holdUntilMs = std::max(m_holdUntilMs, untilMs);
}

} // namespace paxos

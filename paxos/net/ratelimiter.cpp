#include "paxos/net/ratelimiter.h"

#include <cmath>
#include <limits>

namespace paxos {

RateLimiter::RateLimiter(double requestsPerSecond)
{
    setRate(requestsPerSecond);
}

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = requestsPerSecond > 0 ? requestsPerSecond : 0;
    m_intervalMs = m_rate > 0 ? qint64(std::ceil(1000.0 / m_rate)) : 0;
}

qint64 RateLimiter::reserve(qint64 nowMs)
{
    if (m_intervalMs == 0)
        return 0;
    const qint64 slot = std::max(nowMs, m_nextFreeMs);
    m_nextFreeMs = slot + m_intervalMs;
    return slot - nowMs;
}

void RateLimiter::holdUntil(qint64 untilMs)
{
    m_nextFreeMs = std::max(m_nextFreeMs, untilMs);
}

} // namespace paxos

#include "sandbox/ratelimiter.h"

using namespace Qt::StringLiterals;

namespace sandbox {

QString RateLimiter::groupFor(const QString &path)
{
    if (path.startsWith(u"/oauth2/token"))
        return u"oauth"_s;
    if (path.startsWith(u"/v2/identity/identities") || path.startsWith(u"/v2/identity/institution"))
        return u"identity"_s;
    return u"other"_s;
}

int RateLimiter::limitFor(const QString &path)
{
    const QString group = groupFor(path);
    if (group == u"oauth")
        return 1;
    if (group == u"identity")
        return 10;
    return 50;
}

int RateLimiter::check(const QHostAddress &peer, const QString &path, qint64 nowMs)
{
    if (!m_enabled)
        return 0;
    const QString ip = peer.toString();
    const qint64 until = m_throttledUntil.value(ip, 0);
    if (until > nowMs)
        return int((until - nowMs + 999) / 1000);
    const QString key = ip + u'|' + groupFor(path);
    std::deque<qint64> &hits = m_hits[key];
    while (!hits.empty() && hits.front() <= nowMs - m_windowMs)
        hits.pop_front();
    hits.push_back(nowMs);
    const qint64 allowed = qint64(limitFor(path)) * (m_windowMs / 1000);
    if (qint64(hits.size()) > allowed) {
        m_throttledUntil.insert(ip, nowMs + m_windowMs);
        hits.clear();
        return int(m_windowMs / 1000);
    }
    return 0;
}

} // namespace sandbox

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <deque>

namespace sandbox {

// Paxos' documented limits: average requests per second over a window (5 minutes), per
// endpoint group and source IP; exceeding one throttles every request from that IP for
// the length of the window. The window is configurable so tests need not wait 5 minutes.
class RateLimiter
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setWindowSeconds(int seconds) { m_windowMs = qMax(1, seconds) * 1000LL; }
    int windowSeconds() const { return int(m_windowMs / 1000); }

    // Documented limit (requests per second) for a path.
    static int limitFor(const QString &path);

    // Records the request; returns the seconds until the IP may retry, or 0 if allowed.
    int check(const QHostAddress &peer, const QString &path, qint64 nowMs);

private:
    static QString groupFor(const QString &path);

    bool m_enabled = false;
    qint64 m_windowMs = 300000;
    QHash<QString, std::deque<qint64>> m_hits;
    QHash<QString, qint64> m_throttledUntil;
};

} // namespace sandbox

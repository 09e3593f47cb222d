#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <map>

namespace paxos {

// An HTTP-date as RFC 9110 §5.6.7 requires servers to send it (IMF-fixdate, exactly 29 bytes:
// "Sun, 06 Nov 1994 08:49:37 GMT"), in UTC. Anything else (the obsolete formats, garbage, a
// longer value) is an invalid QDateTime: callers do what they did without the header. The one
// reader for Date and Retry-After.
QDateTime parseHttpDate(const QByteArray &value);

// Time as the client sees it: the wall clock (token expiry, Retry-After dates) and
// monotonic milliseconds plus timers (pacing, back-off, cool-down). Everything in the
// client that waits does so through a Clock, so tests can drive time by hand.
class Clock
{
public:
    virtual ~Clock();

    virtual QDateTime currentUtc() const = 0;
    // Milliseconds on a monotonic scale; only differences mean anything.
    virtual qint64 monotonicMs() const = 0;
    // Runs `fn` once after `delayMs` (0 = on the next event-loop turn), unless `context` is
    // destroyed first. Returns an id for cancel().
    virtual quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(quint64 id) = 0;

    // The process-wide real clock, backed by QElapsedTimer and QTimer.
    static Clock *system();
};

// A clock that only moves when told to. Timers fire, in due order, from advance().
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    QDateTime currentUtc() const override;
    qint64 monotonicMs() const override { return m_ms; }
    quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(quint64 id) override;

    // Moves time forward by `ms`, firing every timer that falls due on the way.
    void advance(qint64 ms);
    // Timers not yet fired.
    int pendingTimers() const { return int(m_timers.size()); }
    // Delay until the next timer fires, or -1 when none is pending.
    qint64 nextTimerIn() const;

private:
    struct Timer
    {
        quint64 id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };
    QDateTime m_start;
    qint64 m_ms = 0;
    quint64 m_nextId = 1;
    // Ordered by due time, then by creation.
    std::multimap<qint64, Timer> m_timers;
};

} // namespace paxos

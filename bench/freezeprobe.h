#pragma once

// The freeze probe the window benches share (window_bench, dashboard_bench), and the event-loop
// helpers they drive the window with.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <ctime>
#include <functional>

namespace bench {

// CPU time of the calling thread, in nanoseconds.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A 1 ms timer on the UI thread. Between two of its ticks the UI thread was busy with something
// else; the longest such stretch since reset() is what a user feels as a freeze. It is reported
// as a wall gap and as the UI thread's own CPU time: on a shared, loaded machine the wall gap
// also holds the time the OS gave other processes, the CPU time is the window's own work.
class FreezeProbe : public QObject
{
public:
    FreezeProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_longestNs = qMax(m_longestNs, now - m_last);
            m_longestCpuNs = qMax(m_longestCpuNs, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpuNs();
        m_longestNs = 0;
        m_longestCpuNs = 0;
    }
    // The longest wall gap, in milliseconds (the gap still open counts too).
    double longestMs() const
    {
        return double(qMax(m_longestNs, m_clock.nsecsElapsed() - m_last)) / 1e6;
    }
    // The longest stretch of UI-thread CPU time, in milliseconds (the one still open counts too).
    double longestCpuMs() const
    {
        return double(qMax(m_longestCpuNs, threadCpuNs() - m_lastCpu)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
};

// Runs the event loop until `done` is true (checked every turn) or `timeoutMs` passes.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Runs the event loop for `ms` milliseconds.
inline void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

} // namespace bench

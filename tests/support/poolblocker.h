#pragma once

#include <QSemaphore>
#include <QThreadPool>

// Holds a thread pool's only thread until unblock(), so work handed to it (a background
// sort) waits: what the UI thread does meanwhile is then certain to happen "during" that
// work, whatever the machine's speed.
class PoolBlocker
{
public:
    explicit PoolBlocker(QThreadPool *pool)
        : m_pool(pool)
        , m_previousMax(pool->maxThreadCount())
    {
        pool->waitForDone();
        pool->setMaxThreadCount(1);
        QSemaphore started;
        pool->start([this, &started] {
            started.release();
            m_release.acquire();
            m_finished.release();
        });
        started.acquire();
    }
    ~PoolBlocker()
    {
        unblock();
        m_finished.acquire();
        m_pool->setMaxThreadCount(m_previousMax);
    }
    PoolBlocker(const PoolBlocker &) = delete;
    PoolBlocker &operator=(const PoolBlocker &) = delete;

    void unblock()
    {
        if (m_blocked) {
            m_blocked = false;
            m_release.release();
        }
    }

private:
    QThreadPool *m_pool;
    int m_previousMax;
    bool m_blocked = true;
    QSemaphore m_release;
    QSemaphore m_finished;
};

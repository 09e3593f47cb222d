#include "paxos/net/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QTimer>

namespace paxos {

QDateTime parseHttpDate(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() != 29)
        return {};
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return {};
    when.setTimeSpec(Qt::UTC);
    return when;
}

Clock::~Clock() = default;

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }

    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }

    quint64 callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override
    {
        // A QTimer parented to the context dies with it, so the callback never outlives it.
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const quint64 id = m_nextId++;
        m_timers.insert(id, timer);
        QObject *receiver = context ? context : timer;
        QObject::connect(timer, &QTimer::timeout, receiver, [this, id, timer, fn = std::move(fn)] {
            m_timers.remove(id);
            timer->deleteLater();
            fn();
        });
        QObject::connect(timer, &QObject::destroyed, [this, id] { m_timers.remove(id); });
        timer->start(int(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
        return id;
    }

    void cancel(quint64 id) override
    {
        if (QTimer *timer = m_timers.take(id)) {
            timer->stop();
            timer->deleteLater();
        }
    }

private:
    QElapsedTimer m_elapsed;
    quint64 m_nextId = 1;
    QHash<quint64, QTimer *> m_timers;
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

TestClock::TestClock(QDateTime start)
    : m_start(std::move(start))
{
}

QDateTime TestClock::currentUtc() const
{
    return m_start.addMSecs(m_ms);
}

quint64 TestClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const quint64 id = m_nextId++;
    m_timers.emplace(m_ms + qMax<qint64>(0, delayMs),
                     Timer{id, QPointer<QObject>(context), context != nullptr, std::move(fn)});
    return id;
}

void TestClock::cancel(quint64 id)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->second.id == id) {
            m_timers.erase(it);
            return;
        }
    }
}

void TestClock::advance(qint64 ms)
{
    const qint64 target = m_ms + qMax<qint64>(0, ms);
    while (!m_timers.empty() && m_timers.begin()->first <= target) {
        auto node = m_timers.extract(m_timers.begin());
        m_ms = qMax(m_ms, node.key());
        Timer &timer = node.mapped();
        if (!timer.hasContext || timer.context)
            timer.fn();
    }
    m_ms = target;
}

qint64 TestClock::nextTimerIn() const
{
    return m_timers.empty() ? -1 : qMax<qint64>(0, m_timers.begin()->first - m_ms);
}

} // namespace paxos

#include "core/record/softlocks.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace console {

SoftLocks::SoftLocks(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(int(m_ttlMs / 3));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto r = heartbeat(); !r)
            emit heartbeatFailed(r.errorMessage());
    });
}

SoftLocks::~SoftLocks()
{
    if (m_store && m_store->isOpen())
        (void)closeAll();
}

void SoftLocks::setTtlMs(qint64 ttl)
{
    m_ttlMs = qMax<qint64>(3, ttl);
    m_timer.setInterval(int(qMax<qint64>(1, m_ttlMs / 3)));
}

StoreStatus SoftLocks::open(const QString &identityId)
{
    if (identityId.isEmpty())
        return StoreError{tr("No identity given."), {}};
    const qint64 now = m_store->nowMs();
    auto r =
        m_store->run(u"INSERT INTO soft_locks (identity_id, session_id, holder, os_user, "
                     "opened_at_ms, heartbeat_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (identity_id, session_id) DO UPDATE SET "
                     "heartbeat_at_ms = excluded.heartbeat_at_ms, "
                     "expires_at_ms = excluded.expires_at_ms"_s,
                     {identityId, m_sessionId, m_store->currentOperator().name,
                      m_store->currentOperator().osUser, now, now, now + m_ttlMs});
    if (!r)
        return r.error();
    m_open.insert(identityId);
    if (!m_timer.isActive())
        m_timer.start();
    m_store->notifyChanged(StoreTopic::SoftLocks);
    return storeOk();
}

StoreStatus SoftLocks::close(const QString &identityId)
{
    auto r = m_store->run(u"DELETE FROM soft_locks WHERE identity_id = ? AND session_id = ?"_s,
                          {identityId, m_sessionId});
    if (!r)
        return r.error();
    m_open.remove(identityId);
    if (m_open.isEmpty())
        m_timer.stop();
    m_store->notifyChanged(StoreTopic::SoftLocks);
    return storeOk();
}

StoreStatus SoftLocks::closeAll()
{
    auto r = m_store->run(u"DELETE FROM soft_locks WHERE session_id = ?"_s, {m_sessionId});
    if (!r)
        return r.error();
    m_open.clear();
    m_timer.stop();
    m_store->notifyChanged(StoreTopic::SoftLocks);
    return storeOk();
}

StoreStatus SoftLocks::heartbeat()
{
    const qint64 now = m_store->nowMs();
    return m_store->transaction([&]() -> StoreStatus {
        auto r = m_store->run(u"UPDATE soft_locks SET heartbeat_at_ms = ?, expires_at_ms = ? "
                              "WHERE session_id = ?"_s,
                              {now, now + m_ttlMs, m_sessionId});
        if (!r)
            return r.error();
        auto purge = m_store->run(u"DELETE FROM soft_locks WHERE expires_at_ms < ?"_s, {now});
        if (!purge)
            return purge.error();
        return storeOk();
    });
}

StoreResult<QList<SoftLock>> SoftLocks::othersHolding(const QString &identityId) const
{
    auto q = m_store->run(u"SELECT identity_id, session_id, holder, os_user, opened_at_ms, "
                          "heartbeat_at_ms, expires_at_ms FROM soft_locks "
                          "WHERE identity_id = ? AND session_id <> ? AND expires_at_ms >= ? "
                          "ORDER BY opened_at_ms"_s,
                          {identityId, m_sessionId, m_store->nowMs()});
    if (!q)
        return q.error();
    QList<SoftLock> out;
    while (q.value().next()) {
        SoftLock l;
        l.identityId = q.value().value(0).toString();
        l.sessionId = q.value().value(1).toString();
        l.holder = q.value().value(2).toString();
        l.osUser = q.value().value(3).toString();
        l.openedAtMs = q.value().value(4).toLongLong();
        l.heartbeatAtMs = q.value().value(5).toLongLong();
        l.expiresAtMs = q.value().value(6).toLongLong();
        out.append(l);
    }
    return out;
}

StoreResult<QHash<QString, QStringList>> SoftLocks::holdersOf(const QStringList &identityIds) const
{
    QHash<QString, QStringList> out;
    constexpr qsizetype kSlice = 100;
    for (qsizetype start = 0; start < identityIds.size(); start += kSlice) {
        const QStringList slice = identityIds.mid(start, kSlice);
        QVariantList values;
        for (const QString &id : slice)
            values.append(id);
        values.append(m_sessionId);
        values.append(m_store->nowMs());
        auto q = m_store->run(
            u"SELECT identity_id, holder FROM soft_locks WHERE identity_id IN "
            "(%1) AND session_id <> ? AND expires_at_ms >= ? "
            "ORDER BY opened_at_ms"_s.arg(QStringList(slice.size(), u"?"_s).join(u", "_s)),
            values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            QStringList &holders = out[q.value().value(0).toString()];
            const QString holder = q.value().value(1).toString();
            if (!holders.contains(holder))
                holders.append(holder);
        }
    }
    return out;
}

} // namespace console

#pragma once

#include "core/record/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace console {

struct SoftLock
{
    QString identityId;
    QString sessionId;
    QString holder; // operator name
    QString osUser;
    qint64 openedAtMs = 0;
    qint64 heartbeatAtMs = 0;
    qint64 expiresAtMs = 0;
};

// Soft locks say who has an identity open, so two reviewers do not work on one identity
// unknowingly; they never stop anyone. Each console is one session: it opens and closes
// identities, a heartbeat timer keeps its locks alive, and a lock whose console died expires
// after ttl. Times are the consoles' clocks; keep them in sync (NTP), or raise the ttl.
class SoftLocks : public QObject
{
    Q_OBJECT
public:
    explicit SoftLocks(Store *store, QObject *parent = nullptr);
    ~SoftLocks() override;

    QString sessionId() const { return m_sessionId; }
    qint64 ttlMs() const { return m_ttlMs; }
    // Heartbeats run every third of the ttl.
    void setTtlMs(qint64 ttl);

    StoreStatus open(const QString &identityId);
    StoreStatus close(const QString &identityId);
    StoreStatus closeAll();
    // Extends this session's locks and removes expired ones; the timer calls it.
    StoreStatus heartbeat();

    // Live locks held by other sessions on the identity.
    StoreResult<QList<SoftLock>> othersHolding(const QString &identityId) const;
    // identity id -> operator names of other sessions holding it (for a table column).
    StoreResult<QHash<QString, QStringList>> holdersOf(const QStringList &identityIds) const;

signals:
    void heartbeatFailed(const QString &error);

private:
    Store *m_store;
    QString m_sessionId;
    qint64 m_ttlMs = 90'000;
    QSet<QString> m_open;
    QTimer m_timer;
};

} // namespace console

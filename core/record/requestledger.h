#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace console {

// One API call as the ledger keeps it: no headers, no bodies, a redacted URL.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 atMs = 0; // 0: now
    QString environment; // empty: the ledger's environment
    QString operatorName; // empty: the store's operator
    QString method;
    QString url;
    int httpStatus = 0; // 0: no HTTP response (transport error, cancelled)
    qint64 durationMs = 0;
    QString requestId; // Paxos request id from the response, when there was one
    QString identityId;
    QString error; // the error shown to the user, if any

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    // For details views, the timeline and the evidence pack (the URL redacted once more).
    QJsonObject toJson() const;
};

// The request ledger: every call the console made, for the timeline and the evidence pack.
// URLs lose user info and secret query values, and government ids in them are masked, before
// they are stored: the ledger never holds a secret.
class RequestLedger : public QObject
{
    Q_OBJECT
public:
    explicit RequestLedger(Store *store, QObject *parent = nullptr);

    void setEnvironment(const QString &environment) { m_environment = environment; }

    StoreResult<LedgerEntry> append(LedgerEntry entry);
    // Newest first.
    StoreResult<QList<LedgerEntry>> forIdentity(const QString &identityId, int limit = 500) const;
    // Newest first; beforeId pages back (0: from the newest).
    StoreResult<QList<LedgerEntry>> list(int limit = 500, qint64 beforeId = 0) const;

private:
    Store *m_store;
    QString m_environment;
};

} // namespace console

#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace console {

// What made the console look at an identity.
enum class SnapshotCause {
    Event, // an event (webhook or events follower); causeRef is the event id
    Refresh, // a Get/List the user or a timer asked for
    OwnCall, // the response to the console's own create/update/...; causeRef is the request id
};
QString snapshotCauseName(SnapshotCause cause);
SnapshotCause snapshotCauseFromName(QStringView name);

struct IdentitySnapshot
{
    qint64 id = 0;
    QString identityId;
    qint64 observedAtMs = 0;
    SnapshotCause cause = SnapshotCause::Refresh;
    QString causeRef;
    QString status; // status (or the deprecated summary_status) at the time
    QString contentHash;
    QJsonObject identity; // the identity as the API returned it: an identity record

    QDateTime observedAt() const { return QDateTime::fromMSecsSinceEpoch(observedAtMs, Qt::UTC); }
};

struct SnapshotOutcome
{
    bool recorded = false; // false: nothing changed since the latest snapshot
    IdentitySnapshot snapshot; // the new snapshot, or the latest one when unchanged
};

// The status history of each identity: a snapshot of the identity JSON every time the console
// observes it different from last time, with what caused the observation. The Paxos API only
// returns the current state; this is how the console can say what it was before.
// Snapshots are identity records and keep the identity as returned (including cip_id), because
// showing the identity as it was is the user's work; nothing else in the store does.
class StatusHistory : public QObject
{
    Q_OBJECT
public:
    explicit StatusHistory(Store *store, QObject *parent = nullptr);

    // identity must carry "id". Only full identities should be recorded (Get Identity, or a
    // list page with include_details): a partial object would look like a change.
    StoreResult<SnapshotOutcome> record(const QJsonObject &identity, SnapshotCause cause,
                                        const QString &causeRef = {});
    // Oldest first, so consecutive snapshots give the changes.
    StoreResult<QList<IdentitySnapshot>> forIdentity(const QString &identityId,
                                                     int limit = 1000) const;
    StoreResult<std::optional<IdentitySnapshot>> latest(const QString &identityId) const;

    // SHA-256 of the compact JSON (keys sorted, as QJsonObject keeps them).
    static QString contentHash(const QJsonObject &identity);
    static QString statusOf(const QJsonObject &identity);

private:
    Store *m_store;
};

} // namespace console

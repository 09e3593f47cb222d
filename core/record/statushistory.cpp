#include "core/record/statushistory.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr auto kColumns =
    "id, identity_id, observed_at_ms, cause, cause_ref, status, content_hash, snapshot"_L1;

IdentitySnapshot snapshotFromQuery(const QSqlQuery &q)
{
    IdentitySnapshot s;
    s.id = q.value(0).toLongLong();
    s.identityId = q.value(1).toString();
    s.observedAtMs = q.value(2).toLongLong();
    s.cause = snapshotCauseFromName(q.value(3).toString());
    s.causeRef = q.value(4).toString();
    s.status = q.value(5).toString();
    s.contentHash = q.value(6).toString();
    s.identity = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return s;
}

} // namespace

QString snapshotCauseName(SnapshotCause cause)
{
    switch (cause) {
    case SnapshotCause::Event:
        return u"event"_s;
    case SnapshotCause::Refresh:
        return u"refresh"_s;
    case SnapshotCause::OwnCall:
        return u"own_call"_s;
    }
    return {};
}

SnapshotCause snapshotCauseFromName(QStringView name)
{
    if (name == u"event")
        return SnapshotCause::Event;
    if (name == u"own_call")
        return SnapshotCause::OwnCall;
    return SnapshotCause::Refresh;
}

StatusHistory::StatusHistory(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString StatusHistory::contentHash(const QJsonObject &identity)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(identity).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString StatusHistory::statusOf(const QJsonObject &identity)
{
    const QString status = identity.value("status"_L1).toString();
    return status.isEmpty() ? identity.value("summary_status"_L1).toString() : status;
}

StoreResult<SnapshotOutcome> StatusHistory::record(const QJsonObject &identity, SnapshotCause cause,
                                                   const QString &causeRef)
{
    const QString identityId = identity.value("id"_L1).toString();
    if (identityId.isEmpty())
        return StoreError{tr("The identity has no id."), {}};

    SnapshotOutcome outcome;
    outcome.snapshot.identityId = identityId;
    outcome.snapshot.observedAtMs = m_store->nowMs();
    outcome.snapshot.cause = cause;
    outcome.snapshot.causeRef = causeRef;
    outcome.snapshot.status = statusOf(identity);
    outcome.snapshot.contentHash = contentHash(identity);
    outcome.snapshot.identity = identity;

    auto status = m_store->transaction([&]() -> StoreStatus {
        auto last = latest(identityId);
        if (!last)
            return last.error();
        if (last.value() && last.value()->contentHash == outcome.snapshot.contentHash) {
            outcome.snapshot = *last.value();
            return storeOk();
        }
        auto r = m_store->run(
            u"INSERT INTO identity_snapshots (identity_id, observed_at_ms, cause, cause_ref, "
            "status, content_hash, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {identityId, outcome.snapshot.observedAtMs, snapshotCauseName(cause), causeRef,
             outcome.snapshot.status, outcome.snapshot.contentHash,
             QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact))});
        if (!r)
            return r.error();
        if (r.value().next())
            outcome.snapshot.id = r.value().value(0).toLongLong();
        outcome.recorded = true;
        return storeOk();
    });
    if (!status)
        return status.error();
    if (outcome.recorded)
        m_store->notifyChanged(StoreTopic::StatusHistory);
    return outcome;
}

StoreResult<QList<IdentitySnapshot>> StatusHistory::forIdentity(const QString &identityId,
                                                                int limit) const
{
    // The newest `limit` snapshots, returned oldest first.
    auto q = m_store->run(u"SELECT %1 FROM identity_snapshots WHERE identity_id = ? "
                          "ORDER BY id DESC LIMIT ?"_s.arg(kColumns),
                          {identityId, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<IdentitySnapshot> out;
    while (q.value().next())
        out.prepend(snapshotFromQuery(q.value()));
    return out;
}

StoreResult<std::optional<IdentitySnapshot>> StatusHistory::latest(const QString &identityId) const
{
    auto q = m_store->run(u"SELECT %1 FROM identity_snapshots WHERE identity_id = ? "
                          "ORDER BY id DESC LIMIT 1"_s.arg(kColumns),
                          {identityId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<IdentitySnapshot>();
    return std::optional<IdentitySnapshot>(snapshotFromQuery(q.value()));
}

} // namespace console

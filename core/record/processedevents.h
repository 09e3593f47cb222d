#pragma once

#include "core/record/store.h"

#include <QJsonObject>
#include <QObject>

namespace console {

// Who delivered an event to the console.
enum class EventSource {
    Webhook, // the webhook receiver
    Follower, // the events follower (List Events polling)
    Both, // both did; processed once
};
QString eventSourceName(EventSource source);
EventSource eventSourceFromName(QStringView name);

struct ProcessedEvent
{
    QString eventId;
    EventSource source = EventSource::Webhook;
    QString type;
    QString identityId;
    QString createdAt; // as the API wrote it (up to nanoseconds)
    qint64 createdAtMs = 0;
    qint64 processedAtMs = 0; // first claimed
    qint64 appliedAtMs = 0; // 0: claimed, not (yet) applied
    QJsonObject object; // the event's payload (ids and statuses; PII masked if any)
};

// At-least-once processing of events, with an idempotent apply, across restarts, consoles and
// the two delivery paths. An event is claimed before it is applied and marked applied after:
//   claim() -> apply (idempotent: a status snapshot is only stored on change) -> markApplied()
// A failure or a crash in between leaves the event claimed but unapplied; unapplied() hands it
// back for another try: to the claimant at once, to anyone once the claim lease lapsed (the
// claimant died). Of two claims at once exactly one wins (the insert, or the conditional
// update of the claim). The stored events also feed the identity timeline.
class ProcessedEvents : public QObject
{
    Q_OBJECT
public:
    explicit ProcessedEvents(Store *store, QObject *parent = nullptr);

    // The environment events are claimed in now (Session::environmentKey()): stored with each
    // claim; unapplied() and latestCreatedAt() see that environment's events only, so each
    // environment's follower resumes from its own position.
    void setEnvironment(const QString &key) { m_environment = key; }
    QString environment() const { return m_environment; }

    // event: a full Event (id, type, object, created_at). True: apply it now, then call
    // markApplied() — the first claim anywhere, or a retry of an unapplied claim of ours or
    // one whose lease lapsed. False: applied already, or being applied elsewhere (either way
    // the other source is noted).
    StoreResult<bool> claim(const QJsonObject &event, EventSource source);
    // The apply went through: nobody applies it again.
    StoreStatus markApplied(const QString &eventId);
    // Notes that source delivered the event too; nothing else (and nothing for an unknown id).
    StoreStatus noteSource(const QString &eventId, EventSource source);
    // Claimed but not applied, and claimable by this instance (its own, or a lapsed lease),
    // oldest first.
    StoreResult<QList<ProcessedEvent>> unapplied(int limit = 200) const;
    // How long a claim shuts other consoles out (default two minutes).
    void setClaimLeaseMs(qint64 ms) { m_leaseMs = ms; }
    // True once applied.
    StoreResult<bool> isProcessed(const QString &eventId) const;
    StoreResult<std::optional<ProcessedEvent>> find(const QString &eventId) const;
    // Oldest first.
    StoreResult<QList<ProcessedEvent>> forIdentity(const QString &identityId,
                                                   int limit = 1000) const;
    // created_at of the newest processed event of the environment, for the follower's
    // created_at.gt after a restart or a switch; empty when none.
    StoreResult<QString> latestCreatedAt() const;

private:
    Store *m_store;
    QString m_claimant; // this instance, in claimed_by
    QString m_environment;
    qint64 m_leaseMs = 120'000;
};

} // namespace console

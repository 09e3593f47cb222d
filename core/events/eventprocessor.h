#pragma once

#include "core/events/eventrecord.h"
#include "paxos/api/eventfollower.h"
#include "paxos/model/event.h"
#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"
#include "paxos/net/connection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace console {

class ProcessedEvents;
class StatusHistory;

// Applies Paxos events to the console, whichever way they arrive: webhook notifications
// (fetched with Get Event) and the follower over List Events, which catches what the webhooks
// missed and works alone where none can reach the desktop.
//
// At least once, with an idempotent apply, exactly once in effect. ProcessedEvents is the
// single gate: claim() before applying, markApplied() once applied. Applying fetches the
// identity (Get Identity with details) and records a status-history snapshot — stored only
// when the identity changed, so applying twice stores nothing twice. An event whose apply
// failed (or whose console quit or crashed in between) stays claimed but unapplied and is
// applied again by retryUnapplied(): at start, after every follower round, or on request.
// Two delivery paths racing for one event, a restart, or a second console on the same store
// never mark it applied twice.
class EventProcessor : public QObject
{
    Q_OBJECT
public:
    // history may be null (no snapshots).
    EventProcessor(ProcessedEvents *processed, StatusHistory *history, QObject *parent = nullptr);
    ~EventProcessor() override;

    // The connection to fetch events and identities with; replacing it (another environment)
    // restarts the follower from that environment's position.
    void setConnection(paxos::Connection *connection);
    paxos::Connection *connection() const { return m_connection; }

    // The environment the connection points at now (Session::environmentKey()). Events are
    // claimed under it, and a change rebuilds the follower from that environment's own
    // position (its newest processed event), forgetting what was under way in the old one.
    void setEnvironment(const QString &key);
    QString environment() const;

    // The follower. Its position survives restarts: it resumes after the newest processed
    // event; with none, it starts `firstRunLookbackSecs` back (default: a day, the time Paxos
    // keeps retrying a webhook).
    void setFollowerEnabled(bool on);
    bool isFollowerEnabled() const { return m_followerEnabled; }
    void setFollowerIntervalMs(qint64 ms);
    void setFirstRunLookbackSecs(qint64 secs) { m_lookbackSecs = secs; }
    // Polls now (e.g. after the receiver was stopped, or on the user's "Sync now").
    void pollNow();
    paxos::EventFollower *follower() const { return m_follower; }

    // Applies again what was claimed but never applied (by this processor, or by a console
    // whose claim lapsed). Runs by itself on setConnection() and after each follower round.
    void retryUnapplied();

    // Every event seen in this run, by id.
    QList<EventRecord> records() const { return m_records.values(); }
    std::optional<EventRecord> record(const QString &eventId) const;

public slots:
    void handleNotification(const paxos::WebhookNotification &notification);
    void handleEvents(const QList<paxos::Event> &events, console::EventSource source);

signals:
    // A record was added or changed (state, delivery path).
    void recordChanged(const console::EventRecord &record);
    // The event was applied and marked so: once per event, unless a console stopped between
    // applying and marking. Follow-up state and notifications react.
    void eventApplied(const paxos::Event &event);
    // The identity as it is after the event(s), freshly fetched.
    void identityUpdated(const paxos::Identity &identity);
    void followerError(const paxos::ApiError &error);
    void followerCaughtUp();

private:
    EventRecord &touch(const QString &eventId);
    void publish(const QString &eventId);
    void fetchEvent(const paxos::WebhookNotification &notification);
    void apply(const paxos::Event &event, EventSource source);
    void refreshIdentity(const QString &identityId, const QString &eventId);
    void applyFailed(const QString &eventId, const QString &error);
    // Marks the event applied and announces it; false (and the record Failed) when the mark
    // could not be stored: the event is then applied again later, harmlessly.
    bool finishApplied(const QString &eventId);
    void rebuildFollower();

    QPointer<paxos::Connection> m_connection;
    ProcessedEvents *m_processed;
    StatusHistory *m_history;
    QPointer<paxos::EventFollower> m_follower;
    bool m_followerEnabled = false;
    bool m_environmentSet = false;
    qint64 m_followerIntervalMs = 5000;
    qint64 m_lookbackSecs = 24 * 3600;

    QHash<QString, EventRecord> m_records;
    QHash<QString, paxos::Event> m_applying; // claimed here, identity being fetched
    QSet<QString> m_fetching; // event ids with a Get Event under way
    // Identity refreshes: one Get Identity at a time per identity; events that arrive
    // meanwhile wait for the next one.
    QHash<QString, QStringList> m_identityWaiting;
    QSet<QString> m_identityInFlight;
};

} // namespace console

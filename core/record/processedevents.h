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
    qint64 processedAtMs = 0;
    QJsonObject object; // the event's payload (ids and statuses; PII masked if any)
};

// Exactly-once processing of events across restarts and across the two delivery paths: the
// first claim of an event id wins, later claims only note the other source. The stored events
// also feed the identity timeline.
class ProcessedEvents : public QObject
{
    Q_OBJECT
public:
    explicit ProcessedEvents(Store *store, QObject *parent = nullptr);

    // event: a full Event (id, type, object, created_at). True: first time, process it.
    // False: already processed (by this or another console, by either source).
    StoreResult<bool> claim(const QJsonObject &event, EventSource source);
    StoreResult<bool> isProcessed(const QString &eventId) const;
    StoreResult<std::optional<ProcessedEvent>> find(const QString &eventId) const;
    // Oldest first.
    StoreResult<QList<ProcessedEvent>> forIdentity(const QString &identityId,
                                                   int limit = 1000) const;
    // created_at of the newest processed event, for the follower's created_at.gt after a
    // restart; empty when none.
    StoreResult<QString> latestCreatedAt() const;

private:
    Store *m_store;
};

} // namespace console

#include "core/record/processedevents.h"

#include "core/record/apitime.h"
#include "core/record/redaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr auto kColumns = "event_id, source, event_type, identity_id, created_at, created_at_ms, "
                          "processed_at_ms, object"_L1;

ProcessedEvent eventFromQuery(const QSqlQuery &q)
{
    ProcessedEvent e;
    e.eventId = q.value(0).toString();
    e.source = eventSourceFromName(q.value(1).toString());
    e.type = q.value(2).toString();
    e.identityId = q.value(3).toString();
    e.createdAt = q.value(4).toString();
    e.createdAtMs = q.value(5).toLongLong();
    e.processedAtMs = q.value(6).toLongLong();
    e.object = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return e;
}

} // namespace

QString eventSourceName(EventSource source)
{
    switch (source) {
    case EventSource::Webhook:
        return u"webhook"_s;
    case EventSource::Follower:
        return u"follower"_s;
    case EventSource::Both:
        return u"both"_s;
    }
    return {};
}

EventSource eventSourceFromName(QStringView name)
{
    if (name == u"follower")
        return EventSource::Follower;
    if (name == u"both")
        return EventSource::Both;
    return EventSource::Webhook;
}

ProcessedEvents::ProcessedEvents(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreResult<bool> ProcessedEvents::claim(const QJsonObject &event, EventSource source)
{
    const QString id = event.value("id"_L1).toString();
    if (id.isEmpty())
        return StoreError{tr("The event has no id."), {}};
    const QJsonObject object = redaction::redactObject(event.value("object"_L1).toObject());
    const QString createdAt = event.value("created_at"_L1).toString();
    bool first = false;
    auto status = m_store->transaction([&]() -> StoreStatus {
        // ON CONFLICT DO NOTHING: of two consoles (or both sources) claiming at once, exactly
        // one inserts.
        auto ins = m_store->run(
            u"INSERT INTO processed_events (event_id, source, event_type, identity_id, "
            "created_at, created_at_ms, processed_at_ms, object) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (event_id) DO NOTHING"_s,
            {id, eventSourceName(source), event.value("type"_L1).toString(),
             object.value("identity_id"_L1).toString(), createdAt, parseApiTimeMs(createdAt),
             m_store->nowMs(),
             QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
        if (!ins)
            return ins.error();
        first = ins.value().numRowsAffected() == 1;
        if (!first) {
            auto upd = m_store->run(u"UPDATE processed_events SET source = 'both' "
                                    "WHERE event_id = ? AND source <> ?"_s,
                                    {id, eventSourceName(source)});
            if (!upd)
                return upd.error();
        }
        return storeOk();
    });
    if (!status)
        return status.error();
    if (first)
        m_store->notifyChanged(StoreTopic::ProcessedEvents);
    return first;
}

StoreResult<bool> ProcessedEvents::isProcessed(const QString &eventId) const
{
    auto q = m_store->run(u"SELECT 1 FROM processed_events WHERE event_id = ?"_s, {eventId});
    if (!q)
        return q.error();
    return q.value().next();
}

StoreResult<std::optional<ProcessedEvent>> ProcessedEvents::find(const QString &eventId) const
{
    auto q = m_store->run(u"SELECT %1 FROM processed_events WHERE event_id = ?"_s.arg(kColumns),
                          {eventId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ProcessedEvent>();
    return std::optional<ProcessedEvent>(eventFromQuery(q.value()));
}

StoreResult<QList<ProcessedEvent>> ProcessedEvents::forIdentity(const QString &identityId,
                                                                int limit) const
{
    auto q = m_store->run(u"SELECT %1 FROM processed_events WHERE identity_id = ? "
                          "ORDER BY created_at_ms DESC, event_id DESC LIMIT ?"_s.arg(kColumns),
                          {identityId, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<ProcessedEvent> out;
    while (q.value().next())
        out.prepend(eventFromQuery(q.value()));
    return out;
}

StoreResult<QString> ProcessedEvents::latestCreatedAt() const
{
    // Among events of the same millisecond the raw text (nanoseconds) decides.
    auto q = m_store->run(u"SELECT created_at FROM processed_events "
                          "ORDER BY created_at_ms DESC, created_at DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace console

#include "core/record/processedevents.h"

#include "core/record/apitime.h"
#include "core/record/redaction.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr auto kColumns = "event_id, source, event_type, identity_id, created_at, created_at_ms, "
                          "processed_at_ms, object, applied_at_ms"_L1;

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
    e.appliedAtMs = q.value(8).toLongLong();
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
    , m_claimant(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StoreResult<bool> ProcessedEvents::claim(const QJsonObject &event, EventSource source)
{
    const QString id = event.value("id"_L1).toString();
    if (id.isEmpty())
        return StoreError{tr("The event has no id."), {}};
    const QJsonObject object = redaction::redactObject(event.value("object"_L1).toObject());
    const QString createdAt = event.value("created_at"_L1).toString();
    const QString objectJson =
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    const QString type = event.value("type"_L1).toString();
    const qint64 now = m_store->nowMs();
    bool first = false;
    bool claimed = false;
    auto status = m_store->transaction([&]() -> StoreStatus {
        // ON CONFLICT DO NOTHING: of two consoles (or both sources) claiming at once, exactly
        // one inserts.
        auto ins = m_store->run(
            u"INSERT INTO processed_events (event_id, source, event_type, identity_id, "
            "created_at, created_at_ms, processed_at_ms, object, applied_at_ms, claimed_by, "
            "claimed_at_ms, environment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) "
            "ON CONFLICT (event_id) DO NOTHING"_s,
            {id, eventSourceName(source), type, object.value("identity_id"_L1).toString(),
             createdAt, parseApiTimeMs(createdAt), now, objectJson, m_claimant, now,
             m_environment});
        if (!ins)
            return ins.error();
        first = ins.value().numRowsAffected() == 1;
        if (first) {
            claimed = true;
            return storeOk();
        }
        if (auto noted = noteSource(id, source); !noted)
            return noted.error();
        // An unapplied claim is ours to retry, or anyone's once its claimant is gone; the
        // condition in the UPDATE lets exactly one of several retrying consoles win.
        auto retake = m_store->run(
            u"UPDATE processed_events SET claimed_by = ?, claimed_at_ms = ? "
            "WHERE event_id = ? AND applied_at_ms = 0 AND (claimed_by = ? OR claimed_at_ms < ?)"_s,
            {m_claimant, now, id, m_claimant, now - m_leaseMs});
        if (!retake)
            return retake.error();
        claimed = retake.value().numRowsAffected() == 1;
        if (claimed && !type.isEmpty()) {
            // A row first noted from a bare notification lacks what the retry needs.
            auto fill = m_store->run(
                u"UPDATE processed_events SET event_type = ?, identity_id = ?, created_at = ?, "
                "created_at_ms = ?, object = ? WHERE event_id = ? AND event_type = ''"_s,
                {type, object.value("identity_id"_L1).toString(), createdAt,
                 parseApiTimeMs(createdAt), objectJson, id});
            if (!fill)
                return fill.error();
        }
        return storeOk();
    });
    if (!status)
        return status.error();
    if (first)
        m_store->notifyChanged(StoreTopic::ProcessedEvents);
    return claimed;
}

StoreStatus ProcessedEvents::markApplied(const QString &eventId)
{
    auto r = m_store->run(u"UPDATE processed_events SET applied_at_ms = ? "
                          "WHERE event_id = ? AND applied_at_ms = 0"_s,
                          {qMax<qint64>(1, m_store->nowMs()), eventId});
    if (!r)
        return r.error();
    return storeOk();
}

StoreStatus ProcessedEvents::noteSource(const QString &eventId, EventSource source)
{
    auto upd = m_store->run(u"UPDATE processed_events SET source = 'both' "
                            "WHERE event_id = ? AND source <> ?"_s,
                            {eventId, eventSourceName(source)});
    if (!upd)
        return upd.error();
    return storeOk();
}

StoreResult<QList<ProcessedEvent>> ProcessedEvents::unapplied(int limit) const
{
    // Only this environment's: applying means fetching the identity there.
    auto q =
        m_store->run(u"SELECT %1 FROM processed_events WHERE applied_at_ms = 0 "
                     "AND environment = ? AND (claimed_by = ? OR claimed_at_ms < ?) "
                     "ORDER BY created_at_ms ASC, created_at ASC LIMIT ?"_s.arg(kColumns),
                     {m_environment, m_claimant, m_store->nowMs() - m_leaseMs, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<ProcessedEvent> out;
    while (q.value().next())
        out.append(eventFromQuery(q.value()));
    return out;
}

StoreResult<bool> ProcessedEvents::isProcessed(const QString &eventId) const
{
    auto q = m_store->run(
        u"SELECT 1 FROM processed_events WHERE event_id = ? AND applied_at_ms <> 0"_s, {eventId});
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
    auto q = m_store->run(u"SELECT created_at FROM processed_events WHERE environment = ? "
                          "ORDER BY created_at_ms DESC, created_at DESC LIMIT 1"_s,
                          {m_environment});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace console

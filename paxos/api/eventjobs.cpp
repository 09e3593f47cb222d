#include "paxos/api/eventjobs.h"

#include "paxos/model/page.h"

using namespace Qt::StringLiterals;

namespace paxos {

ListEventsJob::ListEventsJob(Connection *connection, ListEventsQuery query, QObject *parent)
    : ResultJob(connection, parent)
    , m_query(std::move(query))
{
}

void ListEventsJob::run()
{
    if (rejectIf(m_query.limit && (*m_query.limit < 1 || *m_query.limit > 100),
                 tr("limit must be between 1 and 100")))
        return;
    ApiRequest request;
    request.path = u"/events"_s;
    request.query = m_query.toQuery();
    request.requiredScope = u"events:read_event"_s;
    sendDecoded(request, [](const QJsonObject &json) {
        return ListPage<Event>::fromJson(json, "events"_L1).items;
    });
}

GetEventJob::GetEventJob(Connection *connection, QString eventId, bool isTest, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(eventId))
    , m_isTest(isTest)
{
}

void GetEventJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("an event id is required")))
        return;
    ApiRequest request;
    request.path = u"/events/"_s + pathSegment(m_id);
    if (m_isTest)
        request.query.addQueryItem(u"is_test"_s, u"true"_s);
    request.requiredScope = u"events:read_event"_s;
    sendDecoded(request, [](const QJsonObject &json) { return Event::fromJson(json); });
}

WebhookParseResult parseWebhookNotification(const QByteArray &body)
{
    QString why;
    if (auto notification = WebhookNotification::parse(body, &why))
        return {std::move(notification), std::nullopt};
    return {std::nullopt, ApiError::decode(why)};
}

} // namespace paxos

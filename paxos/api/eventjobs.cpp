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
    if (m_query.limit && (*m_query.limit < 1 || *m_query.limit > 100)) {
        fail(ApiError::invalidArgument(tr("limit must be between 1 and 100")));
        return;
    }
    ApiRequest request;
    request.path = u"/events"_s;
    request.query = m_query.toQuery();
    request.requiredScope = u"events:read_event"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = ListPage<Event>::fromJson(*json, "events"_L1).items;
            succeed();
        }
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
    if (m_id.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an event id is required")));
        return;
    }
    ApiRequest request;
    request.path = u"/events/"_s + pathSegment(m_id);
    if (m_isTest)
        request.query.addQueryItem(u"is_test"_s, u"true"_s);
    request.requiredScope = u"events:read_event"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = Event::fromJson(*json);
            succeed();
        }
    });
}

WebhookParseResult parseWebhookNotification(const QByteArray &body)
{
    QString why;
    if (auto notification = WebhookNotification::parse(body, &why))
        return {std::move(notification), std::nullopt};
    return {std::nullopt, ApiError::decode(why)};
}

} // namespace paxos

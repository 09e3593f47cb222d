#include "sandbox/eventscontroller.h"

#include "sandbox/lifecycle.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

HttpResponse EventsController::list(const Call &call)
{
    if (auto denied = requireScope(call, u"events:read_event"_s))
        return *denied;
    EventQuery query;
    if (auto e = limitQuery(call.request, 1, 100, 100, &query.limit))
        return problemResponse(*e);
    if (auto e = timeFilterQuery(call.request, u"created_at"_s, &query.created))
        return problemResponse(*e);
    if (auto e = boolQuery(call.request, u"is_test"_s, &query.isTest))
        return problemResponse(*e);
    query.type = call.request.queryValue(u"type"_s);
    QJsonArray events;
    for (const EventRow &event : m_services.store.listEvents(query))
        events.append(Lifecycle::renderEvent(event));
    return jsonResponse({{u"events"_s, events}});
}

HttpResponse EventsController::get(const Call &call, const QString &id)
{
    if (auto denied = requireScope(call, u"events:read_event"_s))
        return *denied;
    // A well-formed id that no event has (the all-zeros UUID included) is 404; only text
    // that is no UUID at all is 400.
    static const QRegularExpression uuidShape(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (!uuidShape.match(id).hasMatch())
        return problemResponse(ErrorKind::BadRequest, u"error parsing event id"_s);
    bool isTest = false;
    if (auto e = boolQuery(call.request, u"is_test"_s, &isTest))
        return problemResponse(*e);
    const auto event = m_services.store.eventById(id);
    // Test events are found only with is_test=true, real ones only without (README).
    if (!event || event->isTest != isTest)
        return problemResponse(ErrorKind::NotFound, u"event not found"_s);
    return jsonResponse(Lifecycle::renderEvent(*event));
}

} // namespace sandbox

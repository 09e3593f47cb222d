#pragma once

#include "paxos/api/job.h"
#include "paxos/api/queries.h"
#include "paxos/model/event.h"

namespace paxos {

// GET /v2/events — scope events:read_event. Oldest first; no cursor (see EventFollower for
// paging by created_at).
class ListEventsJob : public ResultJob<QList<Event>>
{
    Q_OBJECT
public:
    ListEventsJob(Connection *connection, ListEventsQuery query = {}, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListEvents"); }
    const ListEventsQuery &query() const { return m_query; }

protected:
    void run() override;

private:
    ListEventsQuery m_query;
};

// GET /v2/events/{id} — scope events:read_event. `isTest` must be true for a Dashboard test
// event (Paxos keeps them apart).
class GetEventJob : public ResultJob<Event>
{
    Q_OBJECT
public:
    GetEventJob(Connection *connection, QString eventId, bool isTest = false,
                QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("GetEvent"); }

protected:
    void run() override;

private:
    QString m_id;
    bool m_isTest;
};

// Parses the body Paxos POSTs to a webhook ({id, type, source, time, object, is_test}).
// A body that is not such a notification gives an ApiError of kind Decode with the reason.
struct WebhookParseResult
{
    std::optional<WebhookNotification> notification;
    std::optional<ApiError> error;
};
WebhookParseResult parseWebhookNotification(const QByteArray &body);

} // namespace paxos

#include "paxos/api/controljobs.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

ListIdentityControlsJob::ListIdentityControlsJob(Connection *connection, ListControlsQuery query,
                                                 QObject *parent)
    : ResultJob(connection, parent)
    , m_query(std::move(query))
{
}

void ListIdentityControlsJob::run()
{
    if (rejectIf(m_query.identityId.trimmed().isEmpty(), tr("an identity id is required")))
        return;
    ApiRequest request;
    request.path = u"/identity/controls"_s;
    request.query = m_query.toQuery();
    request.requiredScope = u"identity:read_identity_control"_s;
    sendDecoded(request,
                [](const QJsonObject &json) { return ListPage<IdentityControl>::fromJson(json); });
}

CreateIdentityControlJob::CreateIdentityControlJob(Connection *connection,
                                                   CreateIdentityControlRequest request,
                                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_request(std::move(request))
{
}

void CreateIdentityControlJob::run()
{
    if (rejectIf(m_request.identityId.isEmpty() || m_request.type.isEmpty()
                     || m_request.reasonCode.isEmpty(),
                 tr("identity, type and reason code are required")))
        return;
    ApiRequest request;
    request.method = "POST";
    request.path = u"/identity/controls"_s;
    request.body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = u"identity:write_identity_control"_s;
    sendDecoded(request, [](const QJsonObject &json) { return IdentityControl::fromJson(json); });
}

DeleteIdentityControlJob::DeleteIdentityControlJob(Connection *connection, QString controlId,
                                                   QString reason, QObject *parent)
    : ResultJob(connection, parent)
    , m_controlId(std::move(controlId))
    , m_reason(std::move(reason))
{
}

void DeleteIdentityControlJob::run()
{
    if (rejectIf(m_controlId.trimmed().isEmpty(), tr("a control id is required")))
        return;
    ApiRequest request;
    request.method = "DELETE";
    request.path = u"/identity/controls"_s;
    request.query.addQueryItem(u"control_id"_s, pathSegment(m_controlId));
    if (!m_reason.isEmpty())
        request.query.addQueryItem(u"reason"_s, pathSegment(m_reason));
    request.requiredScope = u"identity:write_identity_control"_s;
    sendDecoded(request, [](const QJsonObject &json) { return json; });
}

} // namespace paxos

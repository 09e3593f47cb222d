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
    if (m_query.identityId.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an identity id is required")));
        return;
    }
    ApiRequest request;
    request.path = u"/identity/controls"_s;
    request.query = m_query.toQuery();
    request.requiredScope = u"identity:read_identity_control"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = ListPage<IdentityControl>::fromJson(*json);
            succeed();
        }
    });
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
    if (m_request.identityId.isEmpty() || m_request.type.isEmpty()
        || m_request.reasonCode.isEmpty()) {
        fail(ApiError::invalidArgument(tr("identity, type and reason code are required")));
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = u"/identity/controls"_s;
    request.body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = u"identity:write_identity_control"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = IdentityControl::fromJson(*json);
            succeed();
        }
    });
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
    if (m_controlId.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("a control id is required")));
        return;
    }
    ApiRequest request;
    request.method = "DELETE";
    request.path = u"/identity/controls"_s;
    request.query.addQueryItem(u"control_id"_s, pathSegment(m_controlId));
    if (!m_reason.isEmpty())
        request.query.addQueryItem(u"reason"_s, pathSegment(m_reason));
    request.requiredScope = u"identity:write_identity_control"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = *json;
            succeed();
        }
    });
}

} // namespace paxos

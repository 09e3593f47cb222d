#include "paxos/api/identityjobs.h"

#include "paxos/net/clock.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

const QString kRead = u"identity:read_identity"_s;
const QString kWrite = u"identity:write_identity"_s;

QByteArray compact(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

QString identityPath(const QString &id)
{
    return u"/identity/identities/"_s + pathSegment(id);
}

} // namespace

// ---- CreateIdentityJob ----------------------------------------------------------------

CreateIdentityJob::CreateIdentityJob(Connection *connection, QJsonObject request, QObject *parent)
    : ResultJob(connection, parent)
    , m_request(std::move(request))
{
    m_refId = m_request.value("ref_id"_L1).toString();
    if (m_refId.isEmpty()) {
        m_refId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_request.insert("ref_id"_L1, m_refId);
    }
}

CreateIdentityJob::CreateIdentityJob(Connection *connection, const Identity &draft, QObject *parent)
    : CreateIdentityJob(connection, draft.toJson(), parent)
{
}

void CreateIdentityJob::run()
{
    ApiRequest request;
    request.method = "POST";
    request.path = u"/identity/identities"_s;
    request.body = compact(m_request);
    request.requiredScope = kWrite;
    request.safeToRepeat = true; // the ref_id makes a repeat harmless
    send(request, [this](ApiCall *call) {
        if (const auto &error = call->error()) {
            if (error->kind() == ApiError::Kind::DuplicateRefId && m_resolveDuplicateRefId
                && !error->existingId().isEmpty()) {
                recover(*error, false);
            } else if (error->kind() == ApiError::Kind::DuplicateCipId
                       && call->response().hadUnansweredAttempt && !error->existingId().isEmpty()) {
                // Our own lost attempt may hold the cip_id: it is ours if the ref_id matches.
                recover(*error, true);
            } else {
                fail(*error);
            }
            return;
        }
        m_result = Identity::fromJson(call->response().json);
        if (m_result.id.isEmpty()) {
            fail(ApiError::decode(u"the created identity has no id"_s));
            return;
        }
        succeed();
    });
}

void CreateIdentityJob::recover(const ApiError &conflict, bool requireSameRefId)
{
    ApiRequest request;
    request.operation = u"GetIdentity"_s;
    request.path = identityPath(conflict.existingId());
    request.query.addQueryItem(u"include_details"_s, u"true"_s);
    request.requiredScope = kRead;
    send(request, [this, conflict, requireSameRefId](ApiCall *call) {
        if (call->error()) {
            // The conflict is the answer to what was asked; the fetch failing does not change
            // it, and the caller still learns the existing id.
            fail(conflict);
            return;
        }
        const Identity existing = Identity::fromJson(call->response().json);
        if (requireSameRefId && existing.refId.value_or(QString()) != m_refId) {
            fail(conflict);
            return;
        }
        m_result = existing;
        m_recovered = true;
        succeed();
    });
}

// ---- GetIdentityJob -------------------------------------------------------------------

GetIdentityJob::GetIdentityJob(Connection *connection, QString identityId, bool includeDetails,
                               bool includeInstitutionMembers, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(identityId))
    , m_includeDetails(includeDetails)
    , m_includeMembers(includeInstitutionMembers)
{
}

void GetIdentityJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("an identity id is required")))
        return;
    ApiRequest request;
    request.path = identityPath(m_id);
    if (m_includeDetails)
        request.query.addQueryItem(u"include_details"_s, u"true"_s);
    if (m_includeMembers)
        request.query.addQueryItem(u"include_institution_members"_s, u"true"_s);
    request.requiredScope = kRead;
    sendDecoded(request, [](const QJsonObject &json) { return Identity::fromJson(json); });
}

// ---- ListIdentitiesJob ----------------------------------------------------------------

ListIdentitiesJob::ListIdentitiesJob(Connection *connection, ListIdentitiesQuery query,
                                     QObject *parent)
    : ResultJob(connection, parent)
    , m_query(std::move(query))
{
}

void ListIdentitiesJob::run()
{
    ApiRequest request;
    request.path = u"/identity/identities"_s;
    request.query = m_query.toQuery();
    request.requiredScope = kRead;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = ListPage<Identity>::fromJson(*json);
            // The server's clock for the console's refresh mark (IdentityPager).
            m_result.serverDate = paxos::parseHttpDate(call->response().header("Date"));
            succeed();
        }
    });
}

// ---- UpdateIdentityJob ----------------------------------------------------------------

UpdateIdentityJob::UpdateIdentityJob(Connection *connection, QString identityId, QJsonObject delta,
                                     QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(identityId))
    , m_delta(std::move(delta))
{
}

void UpdateIdentityJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("an identity id is required")))
        return;
    ApiRequest request;
    request.method = "PUT";
    request.path = identityPath(m_id);
    request.body = compact(m_delta);
    request.requiredScope = kWrite;
    sendDecoded(request, [](const QJsonObject &json) { return Identity::fromJson(json); });
}

// ---- SetSandboxIdentityStatusJob ------------------------------------------------------

SetSandboxIdentityStatusJob::SetSandboxIdentityStatusJob(Connection *connection, QString identityId,
                                                         QJsonObject statuses, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(identityId))
    , m_statuses(std::move(statuses))
{
}

void SetSandboxIdentityStatusJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("an identity id is required")))
        return;
    ApiRequest request;
    request.method = "PUT";
    request.path = identityPath(m_id) + u"/sandbox-status"_s;
    request.body = compact(m_statuses);
    request.requiredScope = kWrite;
    sendDecoded(request, [](const QJsonObject &json) { return json; });
}

} // namespace paxos

#pragma once

#include "sandbox/renderedidentities.h"
#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/identities (create, list, get, update, sandbox-status) and
// /v2/identity/institution-members.
class IdentitiesController
{
public:
    explicit IdentitiesController(Services &services)
        : m_services(services)
        , m_rendered(services.store, services.lifecycle)
    {
    }

    HttpResponse create(const Call &call);
    HttpResponse list(const Call &call);
    HttpResponse get(const Call &call, const QString &id);
    HttpResponse update(const Call &call, const QString &id);
    HttpResponse sandboxStatus(const Call &call, const QString &id);
    HttpResponse addInstitutionMembers(const Call &call);
    HttpResponse removeInstitutionMember(const Call &call, const QString &memberId);

private:
    HttpResponse saveMembers(IdentityRow &row, const QJsonArray &members,
                             const QJsonObject &answer);

    Services &m_services;
    // What get and list answer with (every other path renders afresh).
    RenderedIdentities m_rendered;
};

// Keeps the request's known person fields (and `address` fields), dropping read-only and
// unknown ones.
QJsonObject personFieldsFrom(const QJsonObject &request);
QJsonObject cddFieldsFrom(const QJsonObject &request);
QJsonObject institutionFieldsFrom(const QJsonObject &request);
// Validates institution members (existing persons, documented roles, ownership as a decimal
// string) and gives each a generated membership id.
std::optional<ApiError> readInstitutionMembers(const QJsonValue &value, const QString &prefix,
                                               QJsonArray *members, Store &store);
QString cipKeyOf(const QJsonObject &person);

} // namespace sandbox

#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/accounts (create, list, get, update), /v2/identity/account-members and the
// profiles that accounts created with create_profile have (/v2/profiles).
class AccountsController
{
public:
    explicit AccountsController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse create(const Call &call);
    HttpResponse list(const Call &call);
    HttpResponse get(const Call &call, const QString &id);
    HttpResponse update(const Call &call);
    HttpResponse addMembers(const Call &call);
    HttpResponse removeMember(const Call &call, const QString &memberId);
    // GET /v2/profiles/{id} and GET /v2/profiles?account_id= for the profiles that
    // create_profile made (scope funding:read_profile).
    HttpResponse getProfile(const Call &call, const QString &profileId);
    HttpResponse listProfiles(const Call &call);

private:
    QJsonObject render(const AccountRow &row);
    static QJsonObject renderProfile(const AccountRow &row);
    std::optional<ApiError> readMembers(const QJsonObject &object, const QString &prefix,
                                        QJsonArray *members);

    Services &m_services;
};

} // namespace sandbox

#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/accounts (create, list, get, update) and /v2/identity/account-members.
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

private:
    QJsonObject render(const AccountRow &row);
    std::optional<ApiError> readMembers(const QJsonObject &object, const QString &prefix,
                                        QJsonArray *members);

    Services &m_services;
};

} // namespace sandbox

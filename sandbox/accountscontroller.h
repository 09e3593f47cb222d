#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/accounts: create, list, get, update.
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

private:
    QJsonObject render(const AccountRow &row);
    std::optional<ApiError> readMembers(const QJsonObject &account, QJsonArray *members);

    Services &m_services;
};

} // namespace sandbox

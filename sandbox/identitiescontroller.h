#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/identities: create, list, get, update, sandbox-status.
class IdentitiesController
{
public:
    explicit IdentitiesController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse create(const Call &call);
    HttpResponse list(const Call &call);
    HttpResponse get(const Call &call, const QString &id);
    HttpResponse update(const Call &call, const QString &id);
    HttpResponse sandboxStatus(const Call &call, const QString &id);

private:
    Services &m_services;
};

// Keeps the request's known person fields (and `address` fields), dropping read-only and
// unknown ones.
QJsonObject personFieldsFrom(const QJsonObject &request);
QJsonObject cddFieldsFrom(const QJsonObject &request);
QString cipKeyOf(const QJsonObject &person);

} // namespace sandbox

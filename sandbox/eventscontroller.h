#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/events: list (ascending, created_at window, type, is_test, limit 1-100) and get.
class EventsController
{
public:
    explicit EventsController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse list(const Call &call);
    HttpResponse get(const Call &call, const QString &id);

private:
    Services &m_services;
};

} // namespace sandbox

#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /v2/identity/controls: list, create, delete.
class ControlsController
{
public:
    explicit ControlsController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse list(const Call &call);
    HttpResponse create(const Call &call);
    HttpResponse remove(const Call &call);

private:
    Services &m_services;
};

} // namespace sandbox

#pragma once

#include "sandbox/services.h"

namespace sandbox {

// /sandbox-admin/: emulator-only controls, outside the Paxos wire contract. Answered only
// to loopback peers (no OAuth): faults, webhooks, test sends, scenario triggers, rate-limit
// enforcement, token revocation, reset, demo identities.
class AdminController
{
public:
    explicit AdminController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse handle(const HttpRequest &request, const QStringList &segments);

private:
    HttpResponse faults(const HttpRequest &request);
    HttpResponse webhooks(const HttpRequest &request, const QStringList &segments);
    HttpResponse testWebhook(const HttpRequest &request);
    HttpResponse scenario(const HttpRequest &request, const QString &identityId);
    HttpResponse rateLimits(const HttpRequest &request);
    HttpResponse seed(const HttpRequest &request);

    Services &m_services;
};

} // namespace sandbox

#pragma once

#include "sandbox/server.h"
#include "sandbox/services.h"

#include <variant>

namespace sandbox {

// POST /oauth2/token (client credentials) and bearer-token checks for /v2.
class OAuthController
{
public:
    OAuthController(Services &services, QList<ClientCredentials> clients);

    HttpResponse token(const HttpRequest &request);
    std::variant<TokenRow, HttpResponse> authenticate(const HttpRequest &request);
    const QList<ClientCredentials> &clients() const { return m_clients; }

private:
    Services &m_services;
    QList<ClientCredentials> m_clients;
};

} // namespace sandbox

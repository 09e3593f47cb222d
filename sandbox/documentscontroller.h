#pragma once

#include "sandbox/services.h"

namespace sandbox {

// Identity documents: the PUT that hands out an upload URL, the PUT of the bytes to that
// URL (served here, like a pre-signed object-storage URL: no bearer token), and the list.
class DocumentsController
{
public:
    explicit DocumentsController(Services &services)
        : m_services(services)
    {
    }

    HttpResponse requestUpload(const Call &call, const QString &identityId);
    HttpResponse list(const Call &call, const QString &identityId);
    HttpResponse receiveBytes(const HttpRequest &request, const QString &token);

    static constexpr QLatin1StringView kUploadPrefix{"/sandbox-uploads/"};

private:
    Services &m_services;
};

} // namespace sandbox

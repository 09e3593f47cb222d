#pragma once

#include "sandbox/http.h"

#include <QJsonObject>
#include <QString>

namespace sandbox {

// Every error the sandbox can answer with. One switch (problem.cpp) maps each to its HTTP
// status, problem `type` and `title`, so controllers never pick numbers themselves.
enum class ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    AlreadyExists,
    PayloadTooLarge,
    UnsupportedMediaType,
    MisdirectedRequest,
    RequestTimeout,
    HeadersTooLarge,
    TooManyRequests,
    Internal,
    NotImplemented,
    ServiceUnavailable,
};

struct ApiError
{
    ErrorKind kind = ErrorKind::BadRequest;
    QString detail;
    QJsonObject meta;
};

int httpStatus(ErrorKind kind);

// RFC 7807-style body as Paxos sends it: type, title, status, detail, meta.
HttpResponse problemResponse(ErrorKind kind, const QString &detail = {},
                             const QJsonObject &meta = {});
inline HttpResponse problemResponse(const ApiError &error)
{
    return problemResponse(error.kind, error.detail, error.meta);
}

// `already-exists` with `meta.existing.<key>` = value.
HttpResponse alreadyExists(const QString &detail, const QString &key, const QString &value);

// OAuth 2.0 errors are not problems: RFC 6749 §5.2 `{error, error_description}`.
HttpResponse oauthError(int status, const QString &error, const QString &description);

HttpResponse jsonResponse(const QJsonObject &body, int status = 200);
// A 200 answer with JSON already serialized (compact, as jsonResponse() writes it).
HttpResponse jsonBytesResponse(QByteArray body);

} // namespace sandbox

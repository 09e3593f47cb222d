#include "sandbox/problem.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct ProblemInfo
{
    int status;
    QString type;
    QString title;
};

ProblemInfo info(ErrorKind kind)
{
    const QString blank = u"about:blank"_s;
    switch (kind) {
    case ErrorKind::BadRequest:
        return {400, blank, u"Bad Request"_s};
    case ErrorKind::Unauthorized:
        return {401, blank, u"Unauthorized"_s};
    case ErrorKind::Forbidden:
        return {403, blank, u"Forbidden"_s};
    case ErrorKind::NotFound:
        return {404, blank, u"Not Found"_s};
    case ErrorKind::MethodNotAllowed:
        return {405, blank, u"Method Not Allowed"_s};
    case ErrorKind::AlreadyExists:
        return {409, u"https://developer.paxos.com/docs/v2/problems/already-exists"_s,
                u"Already Exists"_s};
    case ErrorKind::PayloadTooLarge:
        return {413, blank, u"Payload Too Large"_s};
    case ErrorKind::UnsupportedMediaType:
        return {415, blank, u"Unsupported Media Type"_s};
    case ErrorKind::MisdirectedRequest:
        return {421, blank, u"Misdirected Request"_s};
    case ErrorKind::RequestTimeout:
        return {408, blank, u"Request Timeout"_s};
    case ErrorKind::HeadersTooLarge:
        return {431, blank, u"Request Header Fields Too Large"_s};
    case ErrorKind::TooManyRequests:
        return {429, blank, u"Too Many Requests"_s};
    case ErrorKind::Internal:
        return {500, blank, u"Internal Server Error"_s};
    case ErrorKind::NotImplemented:
        return {501, blank, u"Not Implemented"_s};
    case ErrorKind::ServiceUnavailable:
        return {503, blank, u"Service Unavailable"_s};
    }
    return {500, blank, u"Internal Server Error"_s};
}

} // namespace

int httpStatus(ErrorKind kind)
{
    return info(kind).status;
}

HttpResponse problemResponse(ErrorKind kind, const QString &detail, const QJsonObject &meta)
{
    const ProblemInfo p = info(kind);
    QJsonObject body{{u"type"_s, p.type}, {u"title"_s, p.title}, {u"status"_s, p.status}};
    if (!detail.isEmpty())
        body.insert(u"detail"_s, detail);
    if (!meta.isEmpty())
        body.insert(u"meta"_s, meta);
    HttpResponse response = jsonResponse(body, p.status);
    response.setHeader("Content-Type", "application/problem+json");
    return response;
}

HttpResponse alreadyExists(const QString &detail, const QString &key, const QString &value)
{
    return problemResponse(ErrorKind::AlreadyExists, detail,
                           QJsonObject{{u"existing"_s, QJsonObject{{key, value}}}});
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse response = jsonResponse(
        QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, status);
    response.setHeader("Cache-Control", "no-store");
    if (status == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"paxos-sandbox\"");
    return response;
}

HttpResponse jsonBytesResponse(QByteArray body)
{
    HttpResponse response;
    response.status = 200;
    response.body = std::move(body);
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse jsonResponse(const QJsonObject &body, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json");
    return response;
}

} // namespace sandbox

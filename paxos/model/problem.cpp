#include "paxos/model/problem.h"

#include "paxos/model/jsonutil.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {
// Non-JSON bodies (proxy error pages) can be large; the detail only needs the start.
constexpr qsizetype kMaxTextDetail = 500;
} // namespace

Problem Problem::fromJson(const QJsonObject &obj)
{
    Problem p;
    p.raw = obj;
    p.type = json::string(obj, "type"_L1);
    p.title = json::string(obj, "title"_L1);
    p.status = static_cast<int>(json::optInt(obj, "status"_L1).value_or(0));
    p.detail = json::string(obj, "detail"_L1);
    p.meta = obj.value("meta"_L1).toObject();
    return p;
}

QJsonObject Problem::toJson() const
{
    QJsonObject obj = raw;
    json::putString(obj, "type"_L1, type);
    json::putString(obj, "title"_L1, title);
    if (status != 0)
        obj.insert("status"_L1, status);
    json::putString(obj, "detail"_L1, detail);
    if (!meta.isEmpty() || obj.value("meta"_L1).isObject())
        obj.insert("meta"_L1, meta);
    return obj;
}

std::optional<Problem> Problem::fromBody(int httpStatus, const QByteArray &body)
{
    if (httpStatus < 400)
        return std::nullopt;

    Problem p;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject obj = doc.object();
        p = fromJson(obj);
        // RFC 6749 token errors: {"error": "invalid_scope", "error_description": "..."}.
        if (p.title.isEmpty() && obj.value("error"_L1).isString())
            p.title = obj.value("error"_L1).toString();
        if (p.detail.isEmpty() && obj.value("error_description"_L1).isString())
            p.detail = obj.value("error_description"_L1).toString();
        // A body message some gateways use instead of detail.
        if (p.detail.isEmpty() && obj.value("message"_L1).isString())
            p.detail = obj.value("message"_L1).toString();
    } else {
        QString text = QString::fromUtf8(body).trimmed();
        if (text.size() > kMaxTextDetail)
            text = text.left(kMaxTextDetail) + u'\x2026';
        p.detail = text;
    }
    // The HTTP status is the truth; a body that disagrees or says nothing does not change it.
    p.status = httpStatus;
    if (p.type.isEmpty())
        p.type = u"about:blank"_s;
    if (p.title.isEmpty())
        p.title = reasonPhrase(httpStatus);
    p.body = body;
    return p;
}

QString Problem::existingId() const
{
    return meta.value("existing"_L1).toObject().value("id"_L1).toString();
}

bool Problem::isAlreadyExists() const
{
    return status == 409 || type.endsWith("/already-exists"_L1);
}

bool Problem::isDuplicateCipId() const
{
    return isAlreadyExists() && detail.contains("cip_id"_L1, Qt::CaseInsensitive);
}

bool Problem::isDuplicateRefId() const
{
    return isAlreadyExists() && detail.contains("ref_id"_L1, Qt::CaseInsensitive);
}

QString Problem::reasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Already Exists"_s;
    case 413:
        return u"Payload Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        break;
    }
    if (httpStatus >= 500)
        return u"Server Error"_s;
    return u"Client Error"_s;
}

QString Problem::summary() const
{
    return detail.isEmpty() ? title : detail;
}

} // namespace paxos

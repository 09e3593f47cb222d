#include "sandbox/services.h"

#include "sandbox/clock.h"
#include "sandbox/validation.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace sandbox {

std::optional<HttpResponse> requireScope(const Call &call, const QString &scope)
{
    if (call.token && call.token->scopes.contains(scope))
        return std::nullopt;
    const QString found = call.token ? call.token->scopes.join(u' ') : QString();
    return problemResponse(
        ErrorKind::Forbidden,
        u"insufficient scopes: found '%1', required one of '[%2]'"_s.arg(found, scope));
}

std::optional<ApiError> parseJsonBody(const HttpRequest &request, QJsonObject *out, bool allowEmpty)
{
    if (request.body.trimmed().isEmpty()) {
        if (allowEmpty) {
            *out = {};
            return std::nullopt;
        }
        return badRequest(u"request body is required"_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(
            u"request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return badRequest(u"request body must be a JSON object"_s);
    *out = doc.object();
    return std::nullopt;
}

std::optional<HttpResponse> authorizedJsonBody(const Call &call, const QString &scope,
                                               QJsonObject *body, bool allowEmpty)
{
    if (auto denied = requireScope(call, scope))
        return denied;
    if (auto error = parseJsonBody(call.request, body, allowEmpty))
        return problemResponse(*error);
    return std::nullopt;
}

std::optional<ApiError> boolQuery(const HttpRequest &request, const QString &key, bool *out)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString value = request.queryValue(key).toLower();
    if (value == u"true" || value == u"1" || value.isEmpty())
        *out = true;
    else if (value == u"false" || value == u"0")
        *out = false;
    else
        return badRequest(key + u" must be true or false"_s);
    return std::nullopt;
}

std::optional<ApiError> timeFilterQuery(const HttpRequest &request, const QString &prefix,
                                        TimeFilter *out)
{
    const std::pair<const char *, std::optional<qint64> TimeFilter::*> fields[] = {
        {"lt", &TimeFilter::lt},
        {"lte", &TimeFilter::lte},
        {"eq", &TimeFilter::eq},
        {"gte", &TimeFilter::gte},
        {"gt", &TimeFilter::gt}};
    for (const auto &[suffix, member] : fields) {
        const QString key = prefix + u'.' + QLatin1StringView(suffix);
        if (!request.hasQuery(key))
            continue;
        const auto value = parseTimestamp(request.queryValue(key));
        if (!value)
            return badRequest(key + u" must be an RFC 3339 date-time"_s);
        out->*member = *value;
    }
    return std::nullopt;
}

std::optional<ApiError> limitQuery(const HttpRequest &request, int min, int max, int fallback,
                                   int *out)
{
    *out = fallback;
    if (!request.hasQuery(u"limit"_s))
        return std::nullopt;
    bool ok = false;
    const int value = request.queryValue(u"limit"_s).toInt(&ok);
    if (!ok || value < min || value > max)
        return badRequest(u"limit must be between %1 and %2"_s.arg(min).arg(max));
    *out = value;
    return std::nullopt;
}

std::optional<ApiError> keysetPageQuery(const HttpRequest &request, int *limit, bool *ascending,
                                        std::optional<PageKey> *after)
{
    if (auto e = limitQuery(request, 1, 1000, 100, limit))
        return e;
    const QString order = request.queryValue(u"order"_s).toUpper();
    if (!order.isEmpty() && order != u"ASC" && order != u"DESC")
        return badRequest(u"order must be ASC or DESC"_s);
    *ascending = order == u"ASC";
    const QString cursor = request.queryValue(u"page_cursor"_s);
    if (!cursor.isEmpty()) {
        *after = decodeCursor(cursor);
        if (!*after)
            return badRequest(u"page_cursor token cannot be parsed"_s);
    }
    return std::nullopt;
}

QString encodeCursor(const PageKey &key)
{
    const QByteArray raw =
        "v1:" + QByteArray::number(key.createdUs) + ':' + QByteArray::number(key.seq);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageKey> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != "v1")
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    PageKey key{parts.at(1).toLongLong(&ok1), parts.at(2).toLongLong(&ok2)};
    if (!ok1 || !ok2)
        return std::nullopt;
    return key;
}

HttpResponse methodNotAllowed(const HttpRequest &request, const QByteArray &allowed)
{
    HttpResponse response = problemResponse(
        ErrorKind::MethodNotAllowed,
        u"method %1 is not allowed on %2; allowed: %3"_s.arg(
            QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.setHeader("Allow", allowed);
    return response;
}

} // namespace sandbox

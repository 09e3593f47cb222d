#pragma once

#include "sandbox/http.h"
#include "sandbox/problem.h"
#include "sandbox/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace sandbox {

class FaultInjector;
class Lifecycle;
class RateLimiter;
class WebhookDispatcher;
struct ServerOptions;

// What every controller may use. Owned by the Server.
struct Services
{
    Store &store;
    Lifecycle &lifecycle;
    WebhookDispatcher &webhooks;
    FaultInjector &faults;
    RateLimiter &rateLimiter;
    const ServerOptions &options;
    std::function<QUrl(const HttpRequest &)> baseUrl;
};

// A request after routing: the path split into segments and, for /v2, the caller's token.
struct Call
{
    const HttpRequest &request;
    QStringList segments;
    const TokenRow *token = nullptr;
};

// 403 naming the missing scope, as Paxos words it; nullopt when the token has it.
std::optional<HttpResponse> requireScope(const Call &call, const QString &scope);

// requireScope() then parseJsonBody(): the preamble of every write endpoint.
std::optional<HttpResponse> authorizedJsonBody(const Call &call, const QString &scope,
                                               QJsonObject *body, bool allowEmpty = false);

// Parses a JSON object body whatever its Content-Type label (curl --data sends JSON as
// application/x-www-form-urlencoded). An empty body is an empty object when allowed.
std::optional<ApiError> parseJsonBody(const HttpRequest &request, QJsonObject *out,
                                      bool allowEmpty = false);

// Reads an optional boolean query parameter ("true"/"false"/"1"/"0").
std::optional<ApiError> boolQuery(const HttpRequest &request, const QString &key, bool *out);
// Reads the five `<prefix>.lt|lte|eq|gte|gt` filters.
std::optional<ApiError> timeFilterQuery(const HttpRequest &request, const QString &prefix,
                                        TimeFilter *out);
// `limit`, with its documented range.
std::optional<ApiError> limitQuery(const HttpRequest &request, int min, int max, int fallback,
                                   int *out);
// The keyset paging both list endpoints take: `limit` (1-1000, default 100), `order` (ASC or
// DESC, default DESC) and `page_cursor`.
std::optional<ApiError> keysetPageQuery(const HttpRequest &request, int *limit, bool *ascending,
                                        std::optional<PageKey> *after);
// Opaque page cursors over (created_at, seq).
QString encodeCursor(const PageKey &key);
std::optional<PageKey> decodeCursor(const QString &cursor);

// One list page: `rows` were fetched with one row more than `pageSize`, so a surplus row means
// another page exists; the cursor then points after the last row shown. Rows carry
// createdUs and seq (the page key).
template<class Row, class Render>
QJsonObject pageEnvelope(QList<Row> rows, int pageSize, Render &&render)
{
    QJsonObject out;
    if (rows.size() > pageSize) {
        rows.resize(pageSize);
        out.insert(QStringLiteral("next_page_cursor"),
                   encodeCursor({rows.constLast().createdUs, rows.constLast().seq}));
    }
    QJsonArray items;
    for (const Row &row : std::as_const(rows))
        items.append(render(row));
    out.insert(QStringLiteral("items"), items);
    return out;
}

HttpResponse methodNotAllowed(const HttpRequest &request, const QByteArray &allowed);

} // namespace sandbox

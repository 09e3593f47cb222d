#include "sandbox/admincontroller.h"

#include "sandbox/faults.h"
#include "sandbox/lifecycle.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/seeder.h"
#include "sandbox/webhooks.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QJsonObject renderWebhook(const WebhookConfig &webhook)
{
    // The header value is a secret: it is never echoed.
    QJsonObject out{{u"id"_s, webhook.id}, {u"url"_s, webhook.url.toString()}};
    if (!webhook.headerName.isEmpty())
        out.insert(u"header_name"_s, webhook.headerName);
    return out;
}

// The preamble of an admin POST: the method, then a JSON object body.
std::optional<HttpResponse> readPost(const HttpRequest &request, QJsonObject *body,
                                     bool allowEmpty = true)
{
    if (request.method != "POST")
        return methodNotAllowed(request, "POST");
    if (auto e = parseJsonBody(request, body, allowEmpty))
        return problemResponse(*e);
    return std::nullopt;
}

} // namespace

HttpResponse AdminController::handle(const HttpRequest &request, const QStringList &segments)
{
    if (!request.peer.isLoopback())
        return problemResponse(ErrorKind::Forbidden,
                               u"the sandbox admin API is only available from loopback"_s);
    const QString first = segments.value(1);
    const qsizetype n = segments.size();
    if (n == 1) {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        return jsonResponse({{u"identities"_s, m_services.store.identityCount()},
                             {u"webhooks"_s, int(m_services.webhooks.webhooks().size())},
                             {u"faults"_s, m_services.faults.settings().toJson()},
                             {u"rate_limits_enforced"_s, m_services.rateLimiter.isEnabled()}});
    }
    if (first == u"faults" && n == 2)
        return faults(request);
    if (first == u"rate-limits" && n == 2)
        return rateLimits(request);
    if (first == u"seed" && n == 2)
        return seed(request);
    if (first == u"webhooks" && n == 3 && segments.at(2) == u"test")
        return testWebhook(request);
    if (first == u"webhooks" && n <= 3)
        return webhooks(request, segments);
    if (first == u"tokens" && n == 3 && segments.at(2) == u"revoke") {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST");
        if (!m_services.store.revokeAllTokens())
            return problemResponse(ErrorKind::Internal, u"state store error"_s);
        return jsonResponse({});
    }
    if (first == u"identities" && n == 4 && segments.at(3) == u"scenario")
        return scenario(request, segments.at(2));
    if (first == u"reset" && n == 2) {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST");
        if (!m_services.store.reset())
            return problemResponse(ErrorKind::Internal, u"state store error"_s);
        return jsonResponse({});
    }
    return problemResponse(ErrorKind::NotFound, u"no admin route for "_s + request.path);
}

HttpResponse AdminController::faults(const HttpRequest &request)
{
    if (request.method == "GET")
        return jsonResponse(m_services.faults.settings().toJson());
    if (request.method != "PUT" && request.method != "POST")
        return methodNotAllowed(request, "GET, PUT");
    QJsonObject body;
    if (auto e = parseJsonBody(request, &body, true))
        return problemResponse(*e);
    FaultSettings settings = m_services.faults.settings();
    if (body.value(u"reset"_s).toBool()) {
        settings = FaultSettings();
        body.remove(u"reset"_s);
    }
    if (const auto error = settings.apply(body))
        return problemResponse(ErrorKind::BadRequest, *error);
    m_services.faults.setSettings(settings);
    return jsonResponse(settings.toJson());
}

HttpResponse AdminController::rateLimits(const HttpRequest &request)
{
    RateLimiter &limiter = m_services.rateLimiter;
    if (request.method == "PUT" || request.method == "POST") {
        QJsonObject body;
        if (auto e = parseJsonBody(request, &body))
            return problemResponse(*e);
        if (body.contains(u"enabled"_s)) {
            if (!body.value(u"enabled"_s).isBool())
                return problemResponse(ErrorKind::BadRequest, u"enabled must be a boolean"_s);
            limiter.setEnabled(body.value(u"enabled"_s).toBool());
        }
        if (body.contains(u"window_seconds"_s)) {
            const int window = body.value(u"window_seconds"_s).toInt(-1);
            if (window < 1 || window > 3600)
                return problemResponse(ErrorKind::BadRequest,
                                       u"window_seconds must be between 1 and 3600"_s);
            limiter.setWindowSeconds(window);
        }
    } else if (request.method != "GET") {
        return methodNotAllowed(request, "GET, PUT");
    }
    return jsonResponse(
        {{u"enabled"_s, limiter.isEnabled()}, {u"window_seconds"_s, limiter.windowSeconds()}});
}

HttpResponse AdminController::seed(const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = readPost(request, &body))
        return *refused;
    constexpr int kMaxBatch = 10000; // one transaction on the request's thread: keep it short
    const QJsonValue countValue = body.value(u"count"_s);
    const int count = countValue.isUndefined() ? 40 : countValue.toInt(-1);
    if (count < 1 || count > kMaxBatch)
        return problemResponse(ErrorKind::BadRequest,
                               u"count must be a whole number from 1 to %1"_s.arg(kMaxBatch));
    // Without a seed, a fresh one: every batch brings new people. A repeated seed would repeat
    // ids and ref_ids, so it is refused rather than failing halfway.
    const QJsonValue seedValue = body.value(u"seed"_s);
    qint64 seed = seedValue.isUndefined() ? qint64(QRandomGenerator::global()->bounded(1u << 30))
                                          : qint64(seedValue.toDouble(-1));
    if (seed < 0 || seed > std::numeric_limits<qint32>::max() || seed != seedValue.toDouble(seed))
        return problemResponse(ErrorKind::BadRequest,
                               u"seed must be a whole number from 0 to 2147483647"_s);
    if (m_services.store.identityByRefId(u"seed-%1-000000"_s.arg(seed)))
        return problemResponse(ErrorKind::AlreadyExists,
                               u"the identities of seed %1 are in this sandbox already; leave "
                               "seed out to get new ones"_s.arg(seed));
    QString error;
    if (!seedIdentities(m_services.store, count, quint32(seed), &error))
        return problemResponse(ErrorKind::Internal, u"seeding failed: "_s + error);
    return jsonResponse({{u"created"_s, count},
                         {u"seed"_s, seed},
                         {u"identities"_s, m_services.store.identityCount()}},
                        201);
}

HttpResponse AdminController::webhooks(const HttpRequest &request, const QStringList &segments)
{
    WebhookDispatcher &dispatcher = m_services.webhooks;
    if (segments.size() == 3) {
        if (request.method != "DELETE")
            return methodNotAllowed(request, "DELETE");
        if (!dispatcher.removeWebhook(segments.at(2)))
            return problemResponse(ErrorKind::NotFound, u"webhook not found"_s);
        return jsonResponse({});
    }
    if (request.method == "GET") {
        QJsonArray items;
        for (const WebhookConfig &webhook : dispatcher.webhooks())
            items.append(renderWebhook(webhook));
        return jsonResponse({{u"items"_s, items}});
    }
    if (request.method != "POST")
        return methodNotAllowed(request, "GET, POST");
    QJsonObject body;
    if (auto e = parseJsonBody(request, &body))
        return problemResponse(*e);
    const QUrl url(body.value(u"url"_s).toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"url must be an absolute http(s) URL"_s);
    WebhookConfig config;
    config.url = url;
    config.headerName = body.value(u"header_name"_s).toString();
    config.headerValue = body.value(u"header_value"_s).toString();
    config.id = dispatcher.addWebhook(config);
    return jsonResponse(renderWebhook(config));
}

HttpResponse AdminController::testWebhook(const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = readPost(request, &body))
        return *refused;
    const QString type = body.value(u"type"_s).toString(u"identity.approved"_s);
    QString objectType = u"identity_summary_status_change"_s;
    QJsonObject object{{u"identity_id"_s, u"00000000-0000-4000-8000-000000000000"_s}};
    if (type == u"identity.documents_required") {
        objectType = u"identity_documents_required"_s;
        object.insert(u"required_documents"_s, QJsonArray{u"PROOF_OF_RESIDENCY"_s});
    } else if (type.startsWith(u"identity.kyc_refresh.")) {
        objectType = u"identity_kyc_refresh"_s;
    } else if (type.startsWith(u"identity.control.")) {
        objectType = u"identity_control"_s;
    } else {
        object.insert(u"old_summary_status"_s, u"PENDING"_s);
        object.insert(u"new_summary_status"_s,
                      type == u"identity.denied"         ? u"DENIED"_s
                          : type == u"identity.disabled" ? u"DISABLED"_s
                                                         : u"APPROVED"_s);
    }
    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    const auto event = lifecycle.recordEvent(type, objectType, object, true);
    if (!event || !lifecycle.commit()) {
        lifecycle.rollback();
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    }
    return jsonResponse(Lifecycle::renderEvent(*event));
}

HttpResponse AdminController::scenario(const HttpRequest &request, const QString &identityId)
{
    QJsonObject body;
    if (auto refused = readPost(request, &body, false))
        return *refused;
    const QString scenario = body.value(u"scenario"_s).toString();
    if (scenario.isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"scenario is required"_s);
    auto identity = m_services.store.identityById(identityId);
    if (!identity)
        return problemResponse(ErrorKind::NotFound, u"identity not found"_s);
    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    if (auto e = lifecycle.applyScenario(*identity, scenario)) {
        lifecycle.rollback();
        return problemResponse(*e);
    }
    if (!lifecycle.recompute(*identity) || !lifecycle.commit()) {
        lifecycle.rollback();
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    }
    return jsonResponse(lifecycle.renderIdentity(*identity, true));
}

} // namespace sandbox

#include "sandbox/server.h"

#include "sandbox/accountscontroller.h"
#include "sandbox/admincontroller.h"
#include "sandbox/clock.h"
#include "sandbox/controlscontroller.h"
#include "sandbox/documentscontroller.h"
#include "sandbox/eventscontroller.h"
#include "sandbox/http.h"
#include "sandbox/identitiescontroller.h"
#include "sandbox/lifecycle.h"
#include "sandbox/logging.h"
#include "sandbox/oauthcontroller.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/seeder.h"
#include "sandbox/webhooks.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// Paxos documents no request id; the sandbox answers every request with X-Request-Id: the
// client's own when it sent a sane one (so both sides name the call alike), else a new UUID.
// Written down in README.md.
QByteArray requestIdFor(const HttpRequest &request)
{
    const QByteArray requestId = request.header("x-request-id").trimmed();
    const bool sane = !requestId.isEmpty() && requestId.size() <= 128
        && std::all_of(requestId.cbegin(), requestId.cend(),
                       [](char c) { return c > 32 && c < 127; });
    return sane ? requestId : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

ClientCredentials demoClient()
{
    return {u"demo"_s, u"demo-secret"_s, {}};
}

struct ServerPrivate
{
    explicit ServerPrivate(Server *server, const ServerOptions &options)
        : webhooks(server)
        , lifecycle(store, webhooks)
        , services{store, lifecycle, webhooks, faults, rateLimiter, options, {}}
        , oauth(services,
                options.clients.isEmpty() ? QList<ClientCredentials>{demoClient()}
                                          : options.clients)
        , identities(services)
        , documents(services)
        , controls(services)
        , events(services)
        , accounts(services)
        , admin(services)
    {
    }

    Store store;
    WebhookDispatcher webhooks;
    FaultInjector faults;
    RateLimiter rateLimiter;
    Lifecycle lifecycle;
    Services services;
    OAuthController oauth;
    IdentitiesController identities;
    DocumentsController documents;
    ControlsController controls;
    EventsController events;
    AccountsController accounts;
    AdminController admin;
    httpserver::Server *listener = nullptr;
    QTimer kycTimer; // fires when the earliest open KYC refresh window ends
    qint64 kycTimerDueUs = 0;
};

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , d(std::make_unique<ServerPrivate>(this, m_options))
{
    // Upload URLs name the address the sandbox listens on, never the client's Host header (a
    // page that rebound a name of its own to 127.0.0.1 must not get URLs under that name).
    // Listening on every address, it is the one this client connected to.
    d->services.baseUrl = [this](const HttpRequest &request) {
        QUrl base = url();
        const QHostAddress bound = d->listener ? d->listener->address() : QHostAddress();
        const bool any = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
            || bound == QHostAddress::AnyIPv6;
        if (any && !request.local.isNull()) {
            QHostAddress local = request.local;
            bool v4 = false;
            const quint32 ipv4 = local.toIPv4Address(&v4);
            if (v4)
                local = QHostAddress(ipv4); // ::ffff:a.b.c.d as a.b.c.d
            base.setHost(local.toString());
        }
        return base;
    };
    d->webhooks.setRetryBaseMs(m_options.webhookRetryBaseMs);
    d->webhooks.setRetryWindowMs(m_options.webhookRetryWindowMs);
    d->webhooks.setAttemptTimeoutMs(m_options.webhookAttemptTimeoutMs);
    for (const WebhookTarget &target : std::as_const(m_options.webhooks))
        addWebhook(target);
    d->faults.setSettings(m_options.faults);
    d->rateLimiter.setEnabled(m_options.enforceRateLimits);
    d->rateLimiter.setWindowSeconds(m_options.rateLimitWindowSeconds);
    connect(&d->webhooks, &WebhookDispatcher::deliveryFailed, this,
            [this](const QString &eventId) { d->store.adjustUndelivered(eventId, 1); });
    connect(&d->webhooks, &WebhookDispatcher::deliveryRecovered, this,
            [this](const QString &eventId) { d->store.adjustUndelivered(eventId, -1); });
    connect(&d->webhooks, &WebhookDispatcher::delivered, this, &Server::webhookDelivered);
    d->lifecycle.setKycWindowUs(m_options.kycRefreshWindowSeconds * 1000000);
    d->lifecycle.setKycDueListener([this](qint64 due) { scheduleKycExpiry(due); });
    d->kycTimer.setSingleShot(true);
    connect(&d->kycTimer, &QTimer::timeout, this, &Server::expireKycRefreshes);
}

void Server::scheduleKycExpiry(qint64 dueUs)
{
    if (!isRunning() || (d->kycTimer.isActive() && d->kycTimerDueUs <= dueUs))
        return;
    d->kycTimerDueUs = dueUs;
    // A QTimer counts in int milliseconds: a far due time is looked at again within a day.
    const qint64 waitMs = qBound<qint64>(0, (dueUs - nowUs()) / 1000 + 1, 24LL * 3600 * 1000);
    d->kycTimer.start(int(waitMs));
}

void Server::expireKycRefreshes()
{
    d->kycTimer.stop();
    d->kycTimerDueUs = 0;
    if (!d->lifecycle.begin())
        return;
    const auto next = d->lifecycle.expireDueKycRefreshes(nowUs());
    if (!next || !d->lifecycle.commit()) {
        d->lifecycle.rollback();
        qCWarning(lcSandboxLifecycle) << "KYC refresh expiry failed:" << d->store.lastError();
        scheduleKycExpiry(nowUs() + 60LL * 1000000); // try again in a minute
        return;
    }
    if (*next > 0)
        scheduleKycExpiry(*next);
}

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    stop();
    if (!d->store.open(m_options.inMemory ? QString() : m_options.dataDir, error))
        return false;
    httpserver::ServerOptions http;
    http.limits.maxBodyBytes = m_options.maxJsonBodyBytes;
    http.maxConnections = m_options.maxConnections;
    http.headerTimeoutMs = m_options.headerTimeoutMs;
    http.idleTimeoutMs = m_options.idleTimeoutMs;
    http.logCategory = &lcSandboxHttp;
    d->listener = new httpserver::Server(http, this);
    d->listener->setHandler([this](const HttpRequest &request, Responder respond) {
        handle(request, std::move(respond));
    });
    d->listener->setHeadCheck([this](const HttpRequest &head, qint64 *bodyLimit) {
        auto refusal = checkHead(head, bodyLimit);
        if (refusal)
            refusal->setHeader("X-Request-Id", requestIdFor(head));
        return refusal;
    });
    d->listener->setErrorBuilder([](int status, const QString &detail) {
        const ErrorKind kind = status == 413 ? ErrorKind::PayloadTooLarge
            : status == 408                  ? ErrorKind::RequestTimeout
            : status == 431                  ? ErrorKind::HeadersTooLarge
            : status == 501                  ? ErrorKind::NotImplemented
            : status == 503                  ? ErrorKind::ServiceUnavailable
                                             : ErrorKind::BadRequest;
        HttpResponse response = problemResponse(kind, detail);
        // Not a request that could be named: a fresh id, so even this answer has one.
        response.setHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        return response;
    });
    if (!d->listener->listen(m_options.host, m_options.port, error)) {
        delete d->listener;
        d->listener = nullptr;
        d->store.close();
        return false;
    }
    // Listening first, seeding after: the port is known at once (the embedded sandbox hands
    // its URL to the console while its own thread seeds). A request that arrives meanwhile
    // waits in the listen backlog until seeding is done; it never sees half a seed.
    if (m_options.onListening)
        m_options.onListening(url());
    // Seed only an empty store, so a restart with --data-dir keeps what is there.
    if (m_options.seedIdentities > 0 && d->store.identityCount() == 0
        && !seedIdentities(d->store, m_options.seedIdentities, m_options.seed, error,
                           &m_abortSeeding)) {
        stop();
        return false;
    }
    // Windows that ended while the sandbox was stopped expire now; the rest when they end.
    QTimer::singleShot(0, this, &Server::expireKycRefreshes);
    return true;
}

void Server::stop()
{
    d->kycTimer.stop();
    if (d->listener) {
        d->listener->close();
        delete d->listener;
        d->listener = nullptr;
    }
    d->store.close();
}

bool Server::isRunning() const
{
    return d->listener != nullptr;
}

QUrl Server::url() const
{
    if (!d->listener)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    QHostAddress address = d->listener->address();
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress::LocalHost;
    url.setHost(address.toString());
    url.setPort(d->listener->port());
    return url;
}

QString Server::addWebhook(const WebhookTarget &target)
{
    return d->webhooks.addWebhook({target.id, target.url, target.headerName, target.headerValue});
}

void Server::abortSeeding()
{
    m_abortSeeding.store(true);
}

bool Server::removeWebhook(const QString &idOrUrl)
{
    return d->webhooks.removeWebhook(idOrUrl);
}

void Server::setFaults(const FaultSettings &faults)
{
    d->faults.setSettings(faults);
}

FaultSettings Server::faults() const
{
    return d->faults.settings();
}

WebhookDispatcher *Server::webhookDispatcher() const
{
    return &d->webhooks;
}

bool Server::isOwnAuthority(const QString &authority, int defaultPort) const
{
    if (!d->listener || authority.isEmpty())
        return false;
    const QUrl parsed(u"http://"_s + authority, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || !parsed.userInfo().isEmpty()
        || !parsed.path().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return false;
    if (parsed.port(defaultPort) != d->listener->port())
        return false;
    const QHostAddress bound = d->listener->address();
    const bool any = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6;
    const QString host = parsed.host();
    if (host == u"localhost")
        return any || bound.isLoopback();
    // Any other name may be one a web page rebound to this address (DNS rebinding).
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    return any || address.isEqual(bound, QHostAddress::TolerantConversion);
}

std::optional<HttpResponse> Server::checkHead(const HttpRequest &head, qint64 *bodyLimit) const
{
    const bool upload = head.path.startsWith(DocumentsController::kUploadPrefix);
    const bool admin = head.path == u"/sandbox-admin" || head.path.startsWith(u"/sandbox-admin/");
    *bodyLimit = upload ? m_options.maxUploadBytes : m_options.maxJsonBodyBytes;
    if (!upload && !admin)
        return std::nullopt;
    // A web page the user happens to visit can send requests here; the admin API and the
    // upload URLs (whose token is the only credential) refuse anything a browser would send
    // on such a page's behalf.
    if (!isOwnAuthority(QString::fromLatin1(head.header("host")), 80))
        return problemResponse(
            ErrorKind::MisdirectedRequest,
            u"the Host header must name the address the sandbox listens on (%1)"_s.arg(
                url().authority()));
    if (head.headerCount("origin") > 0) {
        const QUrl origin(QString::fromLatin1(head.header("origin")), QUrl::StrictMode);
        if (origin.scheme() != u"http" || !isOwnAuthority(origin.authority(), 80))
            return problemResponse(ErrorKind::Forbidden,
                                   u"requests from web pages of another origin are refused"_s);
    }
    if (admin && head.method != "GET" && head.method != "HEAD"
        && head.mediaType() != "application/json")
        return problemResponse(ErrorKind::UnsupportedMediaType,
                               u"the sandbox admin API takes application/json"_s);
    if (upload) {
        // The token in the path is the upload's only credential: checked before a byte of
        // the file is read.
        if (head.method != "PUT")
            return methodNotAllowed(head, "PUT");
        if (!d->store.documentByToken(head.path.mid(DocumentsController::kUploadPrefix.size())))
            return problemResponse(ErrorKind::NotFound, u"upload URL is unknown"_s);
    }
    return std::nullopt;
}

void Server::handle(const HttpRequest &request, std::function<void(HttpResponse)> innerRespond)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray requestId = requestIdFor(request);
    auto respond = [innerRespond = std::move(innerRespond), method = request.method,
                    path = request.path, timer, requestId](HttpResponse response) {
        // Method and path come from the network: escaped, so a log line stays one line. Bodies
        // are never logged.
        qCDebug(lcSandboxHttp, "%s %s -> %d (%lld ms) [%s]",
                httpserver::escapeForLog(method, 32).constData(),
                httpserver::escapeForLog(path.toUtf8()).constData(),
                response.dropConnection ? 0 : response.status, timer.elapsed(),
                requestId.constData());
        response.setHeader("X-Request-Id", requestId);
        innerRespond(std::move(response));
    };
    const bool api = request.path.startsWith(u"/v2/") || request.path == u"/v2"
        || request.path.startsWith(u"/oauth2/");
    if (!api) {
        respond(route(request));
        return;
    }
    if (const int retryAfter =
            d->rateLimiter.check(request.peer, request.path, QDateTime::currentMSecsSinceEpoch())) {
        HttpResponse response = problemResponse(
            ErrorKind::TooManyRequests,
            u"too many requests: the rate limit for this "
            "endpoint is %1 requests per second"_s.arg(RateLimiter::limitFor(request.path)));
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
        respond(response);
        return;
    }
    const FaultDecision fault = d->faults.next();
    HttpResponse response;
    switch (fault.action) {
    case FaultAction::None:
        response = route(request);
        break;
    case FaultAction::Error500:
        response = problemResponse(ErrorKind::Internal, u"injected fault: internal error"_s);
        break;
    case FaultAction::Error503:
        response = problemResponse(ErrorKind::ServiceUnavailable,
                                   u"injected fault: service unavailable"_s);
        response.setHeader("Retry-After", "1");
        break;
    case FaultAction::TooManyRequests:
        response =
            problemResponse(ErrorKind::TooManyRequests, u"injected fault: too many requests"_s);
        if (fault.retryAfterSeconds >= 0)
            response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        break;
    case FaultAction::Drop:
        response.dropConnection = true;
        break;
    case FaultAction::Malformed:
        response.status = 200;
        response.setHeader("Content-Type", "application/json");
        response.body = "{\"id\": \"truncated";
        break;
    }
    if (fault.latencyMs <= 0) {
        respond(std::move(response));
        return;
    }
    QTimer::singleShot(fault.latencyMs, this,
                       [respond = std::move(respond), response]() { respond(response); });
}

HttpResponse Server::route(const HttpRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    if (path == u"/oauth2/token")
        return d->oauth.token(request);
    if (path.startsWith(DocumentsController::kUploadPrefix))
        return d->documents.receiveBytes(request,
                                         path.mid(DocumentsController::kUploadPrefix.size()));
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.first() == u"sandbox-admin")
        return d->admin.handle(request, segments);
    if (segments.isEmpty() || segments.first() != u"v2")
        return problemResponse(ErrorKind::NotFound,
                               u"no route for %1 %2"_s.arg(QString::fromLatin1(method), path));

    const auto auth = d->oauth.authenticate(request);
    if (const auto *rejected = std::get_if<HttpResponse>(&auth))
        return *rejected;
    const TokenRow &token = std::get<TokenRow>(auth);
    segments.removeFirst();
    const Call call{request, segments, &token};
    const qsizetype n = segments.size();
    const QString s0 = segments.value(0), s1 = segments.value(1), s3 = segments.value(3);
    const auto is = [&](const char *m) { return method == m; };

    if (s0 == u"identity" && s1 == u"identities") {
        if (n == 2) {
            if (is("GET"))
                return d->identities.list(call);
            if (is("POST"))
                return d->identities.create(call);
            return methodNotAllowed(request, "GET, POST");
        }
        const QString id = segments.at(2);
        if (n == 3) {
            if (is("GET"))
                return d->identities.get(call, id);
            if (is("PUT"))
                return d->identities.update(call, id);
            return methodNotAllowed(request, "GET, PUT");
        }
        if (n == 4 && s3 == u"sandbox-status") {
            if (is("PUT"))
                return d->identities.sandboxStatus(call, id);
            return methodNotAllowed(request, "PUT");
        }
        if (n == 4 && s3 == u"documents") {
            if (is("GET"))
                return d->documents.list(call, id);
            if (is("PUT"))
                return d->documents.requestUpload(call, id);
            return methodNotAllowed(request, "GET, PUT");
        }
    } else if (s0 == u"identity" && s1 == u"controls" && n == 2) {
        if (is("GET"))
            return d->controls.list(call);
        if (is("POST"))
            return d->controls.create(call);
        if (is("DELETE"))
            return d->controls.remove(call);
        return methodNotAllowed(request, "GET, POST, DELETE");
    } else if (s0 == u"identity" && s1 == u"accounts") {
        if (n == 2) {
            if (is("GET"))
                return d->accounts.list(call);
            if (is("POST"))
                return d->accounts.create(call);
            if (is("PUT"))
                return d->accounts.update(call);
            return methodNotAllowed(request, "GET, POST, PUT");
        }
        if (n == 3) {
            if (is("GET"))
                return d->accounts.get(call, segments.at(2));
            return methodNotAllowed(request, "GET");
        }
    } else if (s0 == u"identity" && s1 == u"account-members") {
        if (n == 2) {
            if (is("POST"))
                return d->accounts.addMembers(call);
            return methodNotAllowed(request, "POST");
        }
        if (n == 3) {
            if (is("DELETE"))
                return d->accounts.removeMember(call, segments.at(2));
            return methodNotAllowed(request, "DELETE");
        }
    } else if (s0 == u"profiles") {
        if (n == 1) {
            if (is("GET"))
                return d->accounts.listProfiles(call);
            return methodNotAllowed(request, "GET");
        }
        if (n == 2) {
            if (is("GET"))
                return d->accounts.getProfile(call, segments.at(1));
            return methodNotAllowed(request, "GET");
        }
    } else if (s0 == u"identity" && s1 == u"institution-members") {
        if (n == 2) {
            if (is("POST"))
                return d->identities.addInstitutionMembers(call);
            return methodNotAllowed(request, "POST");
        }
        if (n == 3) {
            if (is("DELETE"))
                return d->identities.removeInstitutionMember(call, segments.at(2));
            return methodNotAllowed(request, "DELETE");
        }
    } else if (s0 == u"events") {
        if (n == 1) {
            if (is("GET"))
                return d->events.list(call);
            return methodNotAllowed(request, "GET");
        }
        if (n == 2) {
            if (is("GET"))
                return d->events.get(call, segments.at(1));
            return methodNotAllowed(request, "GET");
        }
    }
    return problemResponse(ErrorKind::NotFound,
                           u"no route for %1 %2"_s.arg(QString::fromLatin1(method), path));
}

} // namespace sandbox

#pragma once

#include "sandbox/faults.h"
#include "sandbox/http.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sandbox {

struct ClientCredentials
{
    QString id;
    QString secret;
    QStringList scopes; // empty = every scope the reference lists
};

struct WebhookTarget
{
    QUrl url;
    QString headerName;
    QString headerValue;
    QString id; // empty: the sandbox makes one up
};

struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8640; // `paxosctl --env local` expects this when no port is given
    QString dataDir; // SQLite file lives here; ignored when inMemory
    bool inMemory = false;
    QList<ClientCredentials> clients; // empty = the demo client (demo / demo-secret)
    QList<WebhookTarget> webhooks;
    int tokenTtlSeconds = 3599;
    int seedIdentities = 0;
    quint32 seed = 20260401; // makes --seed-identities deterministic
    int webhookRetryBaseMs = 5000;
    qint64 webhookRetryWindowMs = 24LL * 3600 * 1000;
    int webhookAttemptTimeoutMs = 10000;
    FaultSettings faults;
    bool enforceRateLimits = false;
    int rateLimitWindowSeconds = 300;
    // How long a KYC refresh stays open before it expires; shorter for demos and tests.
    qint64 kycRefreshWindowSeconds = 30LL * 24 * 3600;
    qint64 maxJsonBodyBytes = 1024 * 1024;
    qint64 maxUploadBytes = 100LL * 1024 * 1024 - 1; // "< 100 MB"
    // Connections past this many are answered 503 and closed (lowered to what the descriptor
    // limit allows).
    int maxConnections = 1024;
    // A request head must arrive within this time of its first byte (408 otherwise).
    int headerTimeoutMs = 10 * 1000;
    // A connection with no byte from the client for this long is closed.
    int idleTimeoutMs = 120 * 1000;
    // Called by start() once the port is bound, before seeding (on start()'s thread).
    std::function<void(const QUrl &url)> onListening;
};

// The demo client used when no --client is given.
ClientCredentials demoClient();

class WebhookDispatcher;
struct ServerPrivate;

// A stateful local Paxos Sandbox: OAuth at /oauth2/token, the Identity API under /v2/ and
// the emulator-only admin API under /sandbox-admin/, all on one port.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    // Opens the store, listens, then seeds (options().seedIdentities on an empty store):
    // returns when all of that is done.
    bool start(QString *error);
    void stop();
    // From any thread: a seeding in progress gives up (start() then fails).
    void abortSeeding();
    bool isRunning() const;
    QUrl url() const;
    const ServerOptions &options() const { return m_options; }

    // Webhooks can be added and removed while running (the console registers its own
    // receiver). Returns the webhook id.
    QString addWebhook(const WebhookTarget &target);
    bool removeWebhook(const QString &idOrUrl);

    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const;

    WebhookDispatcher *webhookDispatcher() const;

signals:
    void webhookDelivered(const QString &eventId, const QUrl &url, int attempts);

private:
    // Decides from the head alone, before any body is read: browser requests to the admin API
    // and uploads, unknown upload URLs, the body limit.
    std::optional<HttpResponse> checkHead(const HttpRequest &head, qint64 *bodyLimit) const;
    // Is `host` ("name[:port]", as in Host, or an Origin's authority) this server itself?
    bool isOwnAuthority(const QString &host, int port) const;
    void handle(const HttpRequest &request, std::function<void(HttpResponse)> respond);
    // Expires the KYC refreshes whose window has ended, then waits for the next one.
    void expireKycRefreshes();
    void scheduleKycExpiry(qint64 dueUs);
    HttpResponse route(const HttpRequest &request);

    ServerOptions m_options;
    std::unique_ptr<ServerPrivate> d;
    std::atomic<bool> m_abortSeeding{false};
};

} // namespace sandbox

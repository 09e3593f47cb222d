#include "core/webhook/webhookreceiver.h"

#include "core/logging.h"
#include "httpserver/server.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace console {

namespace {

// Compares in time independent of where the first difference is, so response timing does not
// reveal how much of a guessed key was right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

httpserver::Response jsonAnswer(const WebhookRequestOutcome &outcome)
{
    QJsonObject body;
    if (outcome.status == 200)
        body.insert(u"received"_s, true);
    else
        body.insert(u"error"_s, outcome.reason);
    httpserver::Response response;
    response.status = outcome.status;
    response.setHeader("Content-Type", "application/json");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<WebhookRequestOutcome>();
    qRegisterMetaType<paxos::WebhookNotification>();
}

WebhookReceiver::~WebhookReceiver() = default;

QString WebhookReceiver::normalisedPath(const QString &path)
{
    QString p = path.trimmed();
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p;
}

bool WebhookReceiver::start(const WebhookReceiverConfig &config, QString *error)
{
    stop();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (config.apiKey.isEmpty())
        return fail(tr("Set the webhook API key first: Paxos sends it with every notification, "
                       "and without it anyone could post events to the console."));
    if (config.headerName.trimmed().isEmpty())
        return fail(tr("Set the name of the API-key header configured in Paxos."));
    if (config.path.contains(u'?') || config.path.contains(u'#') || config.path.contains(u' '))
        return fail(tr("The webhook path may not contain spaces, '?' or '#'."));

    m_config = config;
    m_config.path = normalisedPath(config.path);
    m_config.headerName = config.headerName.trimmed();
    httpserver::ServerOptions options;
    options.limits.maxBodyBytes = m_config.maxBodyBytes;
    options.maxConnections = m_config.maxConnections;
    options.headerTimeoutMs = m_config.headerTimeoutMs;
    options.idleTimeoutMs = m_config.idleTimeoutMs;
    options.logCategory = &lcWebhook;
    auto server = std::make_unique<httpserver::Server>(options);
    server->setHeadCheck([this](const httpserver::Request &head, qint64 *) {
        const auto refused =
            checkHead(head.method, head.path, head.header(m_config.headerName), head.peer);
        if (!refused)
            return std::optional<httpserver::Response>();
        onHandled(*refused, std::nullopt);
        return std::optional(jsonAnswer(*refused));
    });
    server->setHandler([this](const httpserver::Request &request, httpserver::Responder respond) {
        std::optional<paxos::WebhookNotification> accepted;
        const WebhookRequestOutcome outcome = handleBody(request.body, request.peer, &accepted);
        respond(jsonAnswer(outcome));
        // Answered first; only then is the notification handed on.
        onHandled(outcome, accepted);
    });
    server->setErrorBuilder([this](int status, const QString &detail) {
        WebhookRequestOutcome outcome;
        outcome.status = status;
        outcome.at = QDateTime::currentDateTimeUtc();
        outcome.reason = status == 413 ? tr("The body is larger than a notification can be.")
                                       : tr("Not a valid HTTP request: %1").arg(detail);
        // Time-outs and refusals past the connection cap are not requests: they are logged by
        // the server, not shown as refused notifications.
        if (status != 408 && status != 503)
            onHandled(outcome, std::nullopt);
        return jsonAnswer(outcome);
    });
    QString why;
    if (!server->listen(m_config.bindAddress, m_config.port, &why)) {
        return fail(tr("The webhook receiver cannot listen on %1 port %2: %3")
                        .arg(m_config.bindAddress.toString())
                        .arg(m_config.port)
                        .arg(why.isEmpty() ? tr("the address or port is not available") : why));
    }
    const quint16 port = server->port();
    m_server = std::move(server);
    m_port = port;
    if (m_config.isExposed())
        qCWarning(lcWebhook) << "webhook receiver listens on a non-loopback address"
                             << m_config.bindAddress.toString() << "port" << port;
    else
        qCInfo(lcWebhook) << "webhook receiver listening on" << url().toString();
    emit listeningChanged(true);
    return true;
}

void WebhookReceiver::stop()
{
    if (!m_server)
        return;
    // Destroying the server closes its listening socket and open connections.
    m_server.reset();
    m_port = 0;
    emit listeningChanged(false);
}

bool WebhookReceiver::isListening() const
{
    return m_server != nullptr;
}

QUrl WebhookReceiver::url() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    QHostAddress host = m_config.bindAddress;
    if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(m_config.path);
    return url;
}

std::optional<WebhookRequestOutcome> WebhookReceiver::checkHead(const QByteArray &method,
                                                                const QString &path,
                                                                const QByteArray &key,
                                                                const QHostAddress &remote) const
{
    WebhookRequestOutcome outcome;
    outcome.remote = remote;
    outcome.at = QDateTime::currentDateTimeUtc();
    if (normalisedPath(path) != m_config.path) {
        outcome.status = 404;
        outcome.reason = tr("No webhook at this path.");
        return outcome;
    }
    if (method != "POST") {
        outcome.status = 405;
        outcome.reason = tr("Notifications are POSTed.");
        return outcome;
    }
    if (!constantTimeEquals(key, m_config.apiKey)) {
        outcome.status = 401;
        outcome.reason = key.isEmpty() ? tr("The API-key header is missing.")
                                       : tr("The API key is not the one configured.");
        return outcome;
    }
    return std::nullopt;
}

WebhookRequestOutcome
WebhookReceiver::handleBody(const QByteArray &body, const QHostAddress &remote,
                            std::optional<paxos::WebhookNotification> *accepted) const
{
    // The size was bounded by the server (413) before the body was read.
    WebhookRequestOutcome outcome;
    outcome.remote = remote;
    outcome.at = QDateTime::currentDateTimeUtc();
    QString error;
    auto notification = paxos::WebhookNotification::parse(body, &error);
    if (!notification) {
        outcome.status = 400;
        outcome.reason = tr("Not a Paxos event notification: %1").arg(error);
        return outcome;
    }
    outcome.status = 200;
    outcome.eventId = notification->id;
    outcome.isTest = notification->isTest.value_or(false);
    *accepted = std::move(notification);
    return outcome;
}

void WebhookReceiver::onHandled(const WebhookRequestOutcome &outcome,
                                const std::optional<paxos::WebhookNotification> &accepted)
{
    if (accepted) {
        ++m_accepted;
        qCDebug(lcWebhook) << "notification" << accepted->id << accepted->type
                           << (outcome.isTest ? "(test)" : "");
    } else {
        ++m_refused;
        qCInfo(lcWebhook) << "refused webhook request with" << outcome.status << "from"
                          << outcome.remote.toString();
    }
    emit requestHandled(outcome);
    if (accepted)
        emit notificationReceived(*accepted);
}

} // namespace console

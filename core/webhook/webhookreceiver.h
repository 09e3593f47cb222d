#pragma once

#include "paxos/model/event.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace httpserver {
class Server;
}

namespace console {

struct WebhookReceiverConfig
{
    // Loopback unless the user asks otherwise; isExposed() says when to warn.
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port (url() tells which)
    QString path = QStringLiteral("/paxos/webhook");
    // The API-key header configured on the Paxos webhook integration. The key is a secret: it
    // comes from the CredentialStore and is never logged or written to settings.
    QByteArray headerName = QByteArrayLiteral("X-Api-Key");
    QByteArray apiKey;
    // A notification is a few hundred bytes; anything this large is not one.
    qint64 maxBodyBytes = 64 * 1024;
    // Paxos sends one notification at a time; more open connections than this are answered
    // 503 and closed. The time-outs close clients too slow to be Paxos.
    int maxConnections = 128;
    int headerTimeoutMs = 10 * 1000;
    int idleTimeoutMs = 30 * 1000;

    bool isExposed() const { return !bindAddress.isLoopback(); }
};

// What the receiver did with one request, for the events view and the tests.
struct WebhookRequestOutcome
{
    int status = 0; // the HTTP status answered
    QString reason; // why it was refused, in words; empty when accepted
    QString eventId; // for an accepted notification
    bool isTest = false;
    QHostAddress remote;
    QDateTime at;
};

// The embedded webhook endpoint Paxos POSTs event notifications to.
//
// It answers at once, as the reference's consumer guide recommends, and leaves the work to
// whoever listens to notificationReceived() (fetch with Get Event, then apply):
//   401 wrong or missing API-key header; 404 another path; 405 not POST;
//   413 body over maxBodyBytes; 400 a body that is not a notification;
//   200 a notification (test ones too: they are reported with isTest set).
// Path, method and key are checked from the request head, before a byte of the body is read,
// so an unauthenticated caller can neither make the console hold a large body nor learn
// anything about what a valid one would be. HTTP itself is cc_httpserver's
// (../../httpserver/README.md): strict parsing, limits, time-outs, a connection cap.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Starts listening (restarting if already). False, with *error in words, when the port is
    // taken, the path is not absolute or no API key is configured (Paxos always sends one, and
    // an endpoint without a key would accept anyone's notifications).
    bool start(const WebhookReceiverConfig &config, QString *error = nullptr);
    void stop();
    bool isListening() const;

    WebhookReceiverConfig config() const { return m_config; }
    quint16 port() const { return m_port; }
    // The URL to register with Paxos, e.g. http://127.0.0.1:8765/paxos/webhook.
    QUrl url() const;

    qint64 acceptedCount() const { return m_accepted; }
    qint64 refusedCount() const { return m_refused; }

    // The path normalised: leading slash, no trailing slash (except "/").
    static QString normalisedPath(const QString &path);

signals:
    void listeningChanged(bool listening);
    // A well-formed, authenticated notification; the receiver has already answered 200.
    void notificationReceived(const paxos::WebhookNotification &notification);
    // Every request, accepted or refused.
    void requestHandled(const console::WebhookRequestOutcome &outcome);

private:
    // The refusal decided from the head (404, 405, 401), or nullopt to read the body.
    std::optional<WebhookRequestOutcome> checkHead(const QByteArray &method, const QString &path,
                                                   const QByteArray &key,
                                                   const QHostAddress &remote) const;
    WebhookRequestOutcome handleBody(const QByteArray &body, const QHostAddress &remote,
                                     std::optional<paxos::WebhookNotification> *accepted) const;
    void onHandled(const WebhookRequestOutcome &outcome,
                   const std::optional<paxos::WebhookNotification> &accepted);

    std::unique_ptr<httpserver::Server> m_server;
    WebhookReceiverConfig m_config;
    quint16 m_port = 0;
    qint64 m_accepted = 0;
    qint64 m_refused = 0;
};

} // namespace console

Q_DECLARE_METATYPE(console::WebhookRequestOutcome)

#pragma once

#include "core/session/writeconfirmation.h"
#include "paxos/net/apierror.h"
#include "paxos/net/environment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace paxos {
class Connection;
class RequestLog;
} // namespace paxos

namespace console {

// The console's link to one environment: which server, which credentials, the connection
// that carries every call, and how that link is doing (connected, offline, token expiry,
// last error). Switching environments replaces the connection; views listen to
// environmentChanged() and reload.
//
// The state follows the request log: any HTTP answer means connected; a call that could not
// reach the server means offline. Offline is read-only: nothing on screen is dropped, and
// writes are refused through the WriteGuard until a call gets through again.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Connected, Offline };
    Q_ENUM(State)

    struct Target
    {
        paxos::Environment environment;
        QString clientId;
        QString clientSecret; // kept in memory only, handed to the token provider
        QString name; // "Local sandbox", "Production", "Staging sandbox"
    };

    // `network` may be shared; tests pass one that maps hosts to loopback.
    explicit Session(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Session() override;

    void connectTo(const Target &target);
    void disconnectFromServer();

    paxos::Environment environment() const { return m_target.environment; }
    QString environmentName() const { return m_target.name; }
    // Which environment, as the record keeps it with what belongs to one environment only
    // (drafts, processed events): stable across restarts and languages. Empty when stopped.
    QString environmentKey() const { return environmentKeyOf(m_target.environment); }
    // "production" for anything whose calls go to Paxos's production host, "sandbox" for the
    // Paxos Sandbox, "local" for a local sandbox (any port), "custom <API base>" otherwise.
    static QString environmentKeyOf(const paxos::Environment &environment);
    // The key in words, for a list: "Production", "Local sandbox", "Custom: host".
    static QString environmentKeyLabel(const QString &key);
    QString clientId() const { return m_target.clientId; }
    bool isProduction() const { return m_target.environment.isProduction(); }
    paxos::Connection *connection() const { return m_connection; }
    paxos::RequestLog *requestLog() const { return m_log; }
    WriteGuard *writeGuard() const { return m_guard; }

    State state() const { return m_state; }
    bool isReadOnly() const { return m_state == State::Offline; }
    QDateTime tokenExpiry() const { return m_tokenExpiry; }
    QString lastErrorMessage() const { return m_lastError; }
    QString lastErrorDetail() const { return m_lastErrorDetail; }

signals:
    void environmentChanged();
    void stateChanged(console::Session::State state);
    void tokenExpiryChanged(const QDateTime &utc);
    void lastErrorChanged(const QString &message, const QString &detail);

private:
    void setState(State state);
    void setLastError(const QString &message, const QString &detail);

    QNetworkAccessManager *m_network;
    paxos::RequestLog *m_log = nullptr;
    paxos::Connection *m_connection = nullptr;
    WriteGuard *m_guard = nullptr;
    Target m_target;
    State m_state = State::Stopped;
    QDateTime m_tokenExpiry;
    QString m_lastError;
    QString m_lastErrorDetail;
    bool m_lastErrorIsTransport = false;
};

} // namespace console

#include "core/session/session.h"

#include "core/logging.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"

#include <QNetworkAccessManager>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace console {

Session::Session(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    // One connection for the session's lifetime: switching environments re-points it, so the
    // request log (and whoever listens to it) carries on.
    m_connection = new paxos::Connection(paxos::Clock::system(), m_network, this);
    m_log = m_connection->requestLog();
    m_guard = new WriteGuard(this);
    // The gate is the connection's write authority: a change that did not pass it (no
    // confirmation, no intent in the record) fails before a byte is sent.
    m_guard->attach(m_connection);

    connect(m_log, &paxos::RequestLog::entryAdded, this, [this](const paxos::RequestLogEntry &e) {
        if (m_state == State::Stopped)
            return;
        const bool token = e.operation == u"Token";
        if (e.httpStatus > 0) {
            if (token && !e.succeeded()) {
                // The server answered, but refused the credentials: nothing can be read.
                setState(State::Offline);
                return;
            }
            // Any HTTP answer means the server is reachable again.
            setState(State::Connected);
            if (m_lastErrorIsTransport)
                setLastError({}, {});
            return;
        }
        if (!e.error.isEmpty() && !e.retried) {
            setState(State::Offline);
            m_lastErrorIsTransport = true;
            setLastError(tr("No connection to %1").arg(e.url.host()), e.error);
        }
    });
    paxos::TokenProvider *tokens = m_connection->tokenProvider();
    connect(tokens, &paxos::TokenProvider::tokenRefreshed, this,
            [this](const QStringList &, qint64 expiresInMs) {
                m_tokenExpiry = QDateTime::currentDateTimeUtc().addMSecs(expiresInMs);
                emit tokenExpiryChanged(m_tokenExpiry);
            });
    connect(tokens, &paxos::TokenProvider::fetchFailed, this, [this](const paxos::ApiError &error) {
        if (error.kind() == paxos::ApiError::Kind::Cancelled)
            return;
        m_lastErrorIsTransport = error.kind() == paxos::ApiError::Kind::Network
            || error.kind() == paxos::ApiError::Kind::Timeout;
        setLastError(error.message(), error.detail());
    });
}

Session::~Session() = default;

void Session::connectTo(const Target &target)
{
    m_target = target;
    m_target.clientSecret.clear(); // the token provider keeps it; nobody else needs to
    m_tokenExpiry = QDateTime();
    m_lastErrorIsTransport = false;
    setLastError({}, {});
    m_connection->setEnvironment(target.environment);
    m_connection->setCredentials(target.clientId, target.clientSecret);
    // The Accounts tab shows an account's profile (Get Profile) where the client may read
    // profiles; a client without funding scopes keeps its session and is told so there.
    m_connection->tokenProvider()->setOptionalScopes({u"funding:read_profile"_s});
    m_guard->setProduction(target.environment.isProduction(), target.name);
    qCInfo(lcEmbeddedSandbox) << "connecting to" << target.name
                              << target.environment.apiBase().toString();
    setState(State::Connecting);
    emit tokenExpiryChanged(m_tokenExpiry);
    emit environmentChanged();
}

QString Session::environmentKeyOf(const paxos::Environment &environment)
{
    using Kind = paxos::Environment::Kind;
    if (!environment.isValid())
        return {};
    if (environment.isProduction())
        return paxos::Environment::kindKey(Kind::Production);
    if (environment.kind() == Kind::Custom)
        return paxos::Environment::kindKey(Kind::Custom) + u' '
            + QString::fromLatin1(environment.apiBase().toEncoded());
    return paxos::Environment::kindKey(environment.kind());
}

QString Session::environmentKeyLabel(const QString &key)
{
    using Kind = paxos::Environment::Kind;
    if (key.isEmpty())
        return tr("Not recorded");
    const QString custom = paxos::Environment::kindKey(Kind::Custom) + u' ';
    if (key.startsWith(custom))
        return tr("Custom: %1").arg(QUrl::fromEncoded(key.mid(custom.size()).toLatin1()).host());
    const auto kind = paxos::Environment::kindFromKey(key);
    if (!kind)
        return key;
    switch (*kind) {
    case Kind::LocalSandbox:
        return tr("Local sandbox");
    case Kind::PaxosSandbox:
        return tr("Paxos Sandbox");
    case Kind::Production:
        return tr("Production");
    case Kind::Custom:
        break;
    }
    return key;
}

void Session::disconnectFromServer()
{
    m_connection->tokenProvider()->clear();
    m_tokenExpiry = QDateTime();
    setState(State::Stopped);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    m_guard->setReadOnly(state == State::Offline,
                         tr("The connection to %1 is lost: the console is read-only until it is "
                            "back.")
                             .arg(m_target.name));
    emit stateChanged(state);
}

void Session::setLastError(const QString &message, const QString &detail)
{
    if (message == m_lastError && detail == m_lastErrorDetail)
        return;
    m_lastError = message;
    m_lastErrorDetail = detail;
    emit lastErrorChanged(message, detail);
}

} // namespace console

#include "paxos/net/tokenprovider.h"

#include "paxos/logging.h"
#include "paxos/model/token.h"
#include "paxos/net/environment.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/transport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace paxos {

TokenProvider::TokenProvider(QNetworkAccessManager *network, RequestLog *log, Clock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_log(log)
    , m_clock(clock ? clock : Clock::system())
{
}

TokenProvider::~TokenProvider()
{
    abortInFlight();
}

void TokenProvider::setCredentials(const QUrl &tokenUrl, const QString &clientId,
                                   const QString &clientSecret, const QStringList &scopes)
{
    abortInFlight();
    m_tokenUrl = tokenUrl;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_scopes = scopes;
    m_optionalScopes.clear();
    m_optionalRefused = false;
    m_token.clear();
    m_granted.clear();
    m_haveGranted = false;
    if (!m_waiters.isEmpty())
        startFetch();
}

void TokenProvider::setTokenUrl(const QUrl &tokenUrl)
{
    if (tokenUrl == m_tokenUrl)
        return;
    const QStringList optional = m_optionalScopes;
    setCredentials(tokenUrl, m_clientId, m_clientSecret, m_scopes);
    m_optionalScopes = optional; // asked for again at the new URL
}

QStringList TokenProvider::requestedScopes() const
{
    if (m_optionalRefused || m_optionalScopes.isEmpty())
        return m_scopes;
    QStringList out = m_scopes;
    for (const QString &scope : m_optionalScopes) {
        if (!out.contains(scope))
            out << scope;
    }
    return out;
}

void TokenProvider::setOptionalScopes(const QStringList &scopes)
{
    m_optionalScopes = scopes;
    m_optionalRefused = false;
}

void TokenProvider::clear()
{
    abortInFlight();
    m_tokenUrl.clear();
    m_clientId.clear();
    m_clientSecret.clear();
    m_scopes.clear();
    m_token.clear();
    m_granted.clear();
    m_haveGranted = false;
    deliver({QString(), ApiError::notConfigured(tr("no API credentials"))});
}

bool TokenProvider::isConfigured() const
{
    return m_tokenUrl.isValid() && !m_tokenUrl.isEmpty() && !m_clientId.isEmpty()
        && !m_clientSecret.isEmpty();
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->monotonicMs() < m_staleAtMs;
}

qint64 TokenProvider::validForMs() const
{
    return hasValidToken() ? m_staleAtMs - m_clock->monotonicMs() : 0;
}

qint64 TokenProvider::refreshMarginMs(qint64 expiresInMs)
{
    return qMin<qint64>(60000, expiresInMs / 10);
}

quint64 TokenProvider::fetch(QObject *context, Callback callback)
{
    const quint64 ticket = m_nextTicket++;
    m_waiters.append({ticket, QPointer<QObject>(context), context != nullptr, std::move(callback)});
    if (hasValidToken()) {
        // Deliver from the event loop so callers never re-enter themselves.
        m_clock->callAfter(0, this, [this] {
            if (hasValidToken())
                deliver({m_token, std::nullopt});
            else if (!m_fetching && !m_waiters.isEmpty())
                startFetch();
        });
    } else if (!m_fetching) {
        startFetch();
    }
    return ticket;
}

void TokenProvider::cancel(quint64 ticket)
{
    m_waiters.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
}

void TokenProvider::invalidate(const QString &usedToken)
{
    if (!usedToken.isEmpty() && usedToken == m_token) {
        qCDebug(lcPaxosToken) << "token rejected by the API; dropping it";
        m_token.clear();
        m_staleAtMs = 0;
    }
}

void TokenProvider::startFetch()
{
    if (!isConfigured()) {
        m_clock->callAfter(0, this, [this] {
            if (!isConfigured())
                deliver({QString(), ApiError::notConfigured(tr("no API credentials"))});
        });
        return;
    }
    // The secret goes over https only (or to this machine): the rule every URL obeys.
    if (const QString why = Environment::urlProblem(m_tokenUrl); !why.isEmpty()) {
        m_clock->callAfter(0, this, [this, why] {
            if (!m_fetching)
                deliver({QString(), ApiError::notConfigured(why)});
        });
        return;
    }
    m_fetching = true;
    m_attempts = 0;
    m_callId = m_log ? m_log->nextCallId() : 0;
    const qint64 wait = m_limiter.reserve(m_clock->monotonicMs());
    m_timerId = m_clock->callAfter(wait, this, [this] { sendRequest(); });
}

void TokenProvider::sendRequest()
{
    m_timerId = 0;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    form.addQueryItem(u"client_secret"_s,
                      QString::fromLatin1(QUrl::toPercentEncoding(m_clientSecret)));
    if (const QStringList scopes = requestedScopes(); !scopes.isEmpty()) {
        form.addQueryItem(u"scope"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(scopes.join(u' '))));
    }
    const QByteArray body = form.query(QUrl::FullyEncoded).toLatin1();

    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // The body carries client_secret: never to another origin.
    transport::applyRedirectPolicy(request, true);
    ++m_attempts;
    ++m_requestsSent;
    m_sentAtMs = m_clock->monotonicMs();
    m_sentAtUtc = m_clock->currentUtc();
    QNetworkReply *reply = m_network->post(request, body);
    reply->setProperty("paxos_body", body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void TokenProvider::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply that failed before any answer is closed; reading it would only warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto error = reply->error();
    const std::optional<QString> refusedRedirect = transport::refusedRedirect(reply);

    if (m_log) {
        RequestLogEntry entry;
        entry.callId = m_callId;
        entry.attempt = m_attempts;
        entry.operation = u"Token"_s;
        entry.startedAt = m_sentAtUtc;
        entry.durationMs = m_clock->monotonicMs() - m_sentAtMs;
        entry.method = "POST";
        entry.url = m_tokenUrl;
        entry.requestContentType = "application/x-www-form-urlencoded";
        entry.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        entry.requestBody = reply->property("paxos_body").toByteArray();
        entry.httpStatus = status;
        entry.responseHeaders = reply->rawHeaderPairs();
        entry.responseBody = body;
        if (refusedRedirect)
            entry.error = *refusedRedirect;
        else if (status == 0)
            entry.error = reply->errorString();
        m_log->append(entry);
    }
    reply->setProperty("paxos_body", QVariant());

    if (refusedRedirect) {
        // Final: asking again would be redirected again.
        m_fetching = false;
        const ApiError err = ApiError::network(*refusedRedirect);
        qCWarning(lcPaxosToken) << "token request failed:" << err.message();
        emit fetchFailed(err);
        deliver({QString(), err});
        return;
    }

    AttemptOutcome outcome;
    QString decodeProblem;
    if (status >= 200 && status < 300) {
        QString why;
        const auto token = TokenResponse::parse(body, &why);
        if (token && token->isBearer() && token->expiresIn > 0) {
            m_token = token->accessToken;
            const qint64 lifetime = token->expiresIn * 1000;
            // Measured from when the request left, so the margin is never optimistic.
            m_staleAtMs = m_sentAtMs + lifetime - refreshMarginMs(lifetime);
            m_granted = token->scope.isEmpty() ? requestedScopes() : token->grantedScopes();
            m_haveGranted = true;
            m_fetching = false;
            qCDebug(lcPaxosToken) << "token obtained, scopes" << m_granted << "lifetime"
                                  << lifetime;
            emit tokenRefreshed(m_granted, lifetime);
            deliver({m_token, std::nullopt});
            return;
        }
        // A 2xx we cannot read (cut off, a proxy page): ask again like after a lost answer.
        decodeProblem = token ? u"token response is not a bearer token with expires_in"_s : why;
        outcome.kind = AttemptOutcome::Kind::Malformed;
    } else if (status == 400 && !m_optionalRefused && !m_optionalScopes.isEmpty()
               && body.contains("invalid_scope")) {
        // The optional scopes are not these credentials': ask again without them, at once
        // (the limiter still spaces the request).
        qCInfo(lcPaxosToken) << "optional scopes refused, asking without" << m_optionalScopes;
        m_optionalRefused = true;
        const qint64 wait = m_limiter.reserve(m_clock->monotonicMs());
        m_timerId = m_clock->callAfter(wait, this, [this] { sendRequest(); });
        return;
    } else if (status != 0) {
        outcome.kind = AttemptOutcome::Kind::HttpError;
        outcome.httpStatus = status;
        if (reply->hasRawHeader("Retry-After")) {
            outcome.retryAfterMs = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                m_clock->currentUtc());
        }
    } else {
        outcome.kind = transport::outcomeKind(error);
    }
    // Asking for a token has no side effects, so every transient failure may be retried.
    if (const auto delay = m_policy.nextDelay(m_attempts, outcome, true)) {
        qCDebug(lcPaxosToken) << "token request failed" << status << error << "retrying in"
                              << *delay << "ms";
        m_limiter.holdUntil(m_clock->monotonicMs() + *delay);
        const qint64 wait = m_limiter.reserve(m_clock->monotonicMs());
        m_timerId = m_clock->callAfter(wait, this, [this] { sendRequest(); });
        return;
    }

    m_fetching = false;
    ApiError err;
    if (!decodeProblem.isEmpty())
        err = ApiError::decode(decodeProblem);
    else if (status != 0 && (status < 500 && status != 429 && status != 408))
        err = ApiError::authentication(status, body);
    else if (status != 0)
        err = ApiError::fromHttp(status, body);
    else if (outcome.kind == AttemptOutcome::Kind::Timeout)
        err = ApiError::timeout(m_timeoutMs);
    else
        err = ApiError::network(reply->errorString());
    qCWarning(lcPaxosToken) << "token request failed:" << err.message();
    emit fetchFailed(err);
    deliver({QString(), err});
}

void TokenProvider::deliver(const Result &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context)
            w.callback(result);
    }
}

void TokenProvider::abortInFlight()
{
    if (m_timerId) {
        m_clock->cancel(m_timerId);
        m_timerId = 0;
    }
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_fetching = false;
}

} // namespace paxos

#include "paxos/net/connection.h"

#include "paxos/logging.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"
#include "paxos/net/transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

// The floor of the cool-down after a 429 without Retry-After. Paxos documents a 5-minute
// throttle for the address; we do not wait that long blindly (the sandbox and most real
// 429s clear sooner), but back off exponentially from here on repeats.
constexpr qint64 kMinCoolDownMs = 1000;

} // namespace

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---- ApiCall --------------------------------------------------------------------------

ApiCall::ApiCall(Connection *connection, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_environment(connection->m_environment)
    , m_environmentEpoch(connection->m_environmentEpoch)
{
    connection->m_liveCalls.append(this);
    if (!m_request.body.isEmpty() && m_request.contentType.isEmpty())
        m_request.contentType = "application/json";
    m_callId = connection->m_log->nextCallId();
    // Paxos documents no request id. Every call carries one of ours so an audit entry, the
    // request ledger and (when it logs or echoes the header) the server's side can be matched;
    // retries of the call keep it.
    m_requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

ApiCall::~ApiCall()
{
    m_cancelling = true;
    stopEverything();
    if (m_connection)
        m_connection->m_liveCalls.removeAll(this);
}

void ApiCall::stopEverything()
{
    if (m_connection) {
        if (m_timerId)
            m_connection->m_clock->cancel(m_timerId);
        if (m_tokenTicket)
            m_connection->m_tokens->cancel(m_tokenTicket);
        if (m_queuedForSlot)
            m_connection->m_waitingForSlot.removeAll(QPointer<ApiCall>(this));
    }
    m_timerId = 0;
    m_tokenTicket = 0;
    m_queuedForSlot = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    releaseSlot();
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelling)
        return;
    m_cancelling = true;
    stopEverything();
    // Deliver from the event loop: the caller may be in the middle of something.
    QMetaObject::invokeMethod(
        this, [this] { finish(ApiError::cancelled()); }, Qt::QueuedConnection);
}

void ApiCall::schedule(qint64 delayMs)
{
    if (!m_connection)
        return;
    m_timerId = m_connection->m_clock->callAfter(delayMs, this, [this] {
        m_timerId = 0;
        proceed();
    });
}

void ApiCall::proceed()
{
    Connection *c = m_connection;
    if (!c || m_cancelling || m_finished)
        return;
    // Belt and braces: a switch cancels every call of the old environment (see
    // Connection::setEnvironment), so this only holds if that ever missed one.
    if (m_environmentEpoch != c->m_environmentEpoch) {
        finish(ApiError::cancelled());
        return;
    }
    const qint64 now = c->m_clock->monotonicMs();
    // 1. The whole connection waits out a 429 cool-down; then the call takes a fresh slot.
    if (now < c->m_coolDownUntilMs) {
        m_paced = false;
        m_stage = Stage::CoolingDown;
        schedule(c->m_coolDownUntilMs - now);
        return;
    }
    // 2. A place among the calls in flight.
    if (!m_holdingSlot) {
        if (!c->acquireSlot(this)) {
            m_queuedForSlot = true;
            m_stage = Stage::Queued;
            return;
        }
        m_holdingSlot = true;
    }
    // 3. The token, then 4. pacing, booked when the call goes out (sendWhenPaced).
    obtainTokenAndSend();
}

void ApiCall::sendWhenPaced(const QString &token)
{
    Connection *c = m_connection;
    // Pacing to the endpoint's documented rate (a budget over Paxos' averaging window),
    // booked only now that the call has its place in flight and its token: a call booked
    // before waiting for those went out late, together with calls booked after it (behind a
    // token fetch, all at once), and the server counts arrivals. A call whose slot lies
    // ahead gives its place in flight back meanwhile, so it holds up no other endpoint
    // class, and goes out at its slot (after taking a place again; its token is cached).
    if (!m_paced) {
        m_paced = true;
        const qint64 wait = c->isPaced()
            ? c->limiterFor(Connection::rateClassFor(m_request)).reserve(c->m_clock->monotonicMs())
            : 0;
        if (wait > 0) {
            releaseSlot();
            m_stage = Stage::Paced;
            schedule(wait);
            return;
        }
    }
    // The booking is this attempt's; a retry (after a failure or a 401) is booked again.
    m_paced = false;
    sendNow(token);
}

void ApiCall::obtainTokenAndSend()
{
    Connection *c = m_connection;
    if (!m_request.authenticated || !m_request.absoluteUrl.isEmpty()) {
        sendWhenPaced(QString());
        return;
    }
    TokenProvider *tokens = c->m_tokens;
    if (!m_request.requiredScope.isEmpty()) {
        const QStringList asked = tokens->requestedScopes();
        // Not even asked for: it cannot be granted. Say so without a round trip.
        if (!asked.isEmpty() && !asked.contains(m_request.requiredScope)) {
            finish(ApiError::missingScope({m_request.requiredScope}));
            return;
        }
    }
    m_stage = Stage::WaitingForToken;
    m_tokenTicket = tokens->fetch(this, [this](const TokenProvider::Result &result) {
        m_tokenTicket = 0;
        if (m_cancelling || m_finished)
            return;
        if (result.error) {
            finish(*result.error);
            return;
        }
        TokenProvider *tokens = m_connection->m_tokens;
        if (!m_request.requiredScope.isEmpty() && tokens->hasGrantedScopes()
            && !tokens->grantedScopes().contains(m_request.requiredScope)) {
            finish(ApiError::missingScope({m_request.requiredScope}));
            return;
        }
        sendWhenPaced(result.accessToken);
    });
}

void ApiCall::sendNow(const QString &token)
{
    Connection *c = m_connection;
    // The call's own environment, fixed when it was made: never the connection's current one.
    const QUrl url = m_request.absoluteUrl.isEmpty()
        ? m_environment.apiUrl(m_request.path, m_request.query)
        : m_request.absoluteUrl;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_request.timeoutMs > 0 ? m_request.timeoutMs : c->m_timeoutMs);
    transport::applyRedirectPolicy(request, !token.isEmpty());
    if (m_request.absoluteUrl.isEmpty())
        request.setRawHeader("Accept", "application/json");
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    request.setRawHeader("X-Request-Id", m_requestId);
    m_usedToken = token;
    m_sentAuthorization.clear();
    if (!token.isEmpty()) {
        m_sentAuthorization = "Bearer " + token.toUtf8();
        request.setRawHeader("Authorization", m_sentAuthorization);
    }

    ++m_attempts;
    m_stage = Stage::OnTheWire;
    m_sentAtMs = c->m_clock->monotonicMs();
    m_sentAtUtc = c->m_clock->currentUtc();
    int lane = 0;
    QNetworkReply *reply =
        c->laneForNextCall(&lane)->sendCustomRequest(request, m_request.method, m_request.body);
    ++c->m_laneReplies[lane];
    connect(reply, &QObject::destroyed, c, [c, lane] { --c->m_laneReplies[lane]; });
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::downloadProgress);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ApiCall::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();
    releaseSlot();
    Connection *c = m_connection;
    if (!c || m_cancelling || m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reply that failed before any answer is closed; reading it would only warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto netError = reply->error();
    const std::optional<QString> refusedRedirect = transport::refusedRedirect(reply);

    AttemptOutcome outcome;
    QJsonObject json;
    if (refusedRedirect) {
        // Final: the same request would be redirected again. Counted like a network error.
        outcome.kind = AttemptOutcome::Kind::NetworkError;
    } else if (status >= 200 && status < 300) {
        outcome.kind = AttemptOutcome::Kind::Success;
        if (m_request.expectJson && m_request.absoluteUrl.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                outcome.kind = AttemptOutcome::Kind::Malformed;
            else
                json = doc.object();
        }
    } else if (status != 0) {
        outcome.kind = AttemptOutcome::Kind::HttpError;
        outcome.httpStatus = status;
        if (reply->hasRawHeader("Retry-After")) {
            outcome.retryAfterMs = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                c->m_clock->currentUtc());
        }
    } else {
        outcome.kind = transport::outcomeKind(netError);
    }

    // The request log sees every attempt.
    RequestLogEntry entry;
    entry.callId = m_callId;
    entry.attempt = m_attempts;
    entry.operation = m_request.operation;
    entry.startedAt = m_sentAtUtc;
    entry.durationMs = c->m_clock->monotonicMs() - m_sentAtMs;
    entry.method = m_request.method;
    entry.url = reply->request().url();
    if (!m_sentAuthorization.isEmpty())
        entry.requestHeaders.append({"Authorization", m_sentAuthorization});
    if (!m_request.contentType.isEmpty())
        entry.requestHeaders.append({"Content-Type", m_request.contentType});
    entry.requestContentType = m_request.contentType;
    entry.requestBody = m_request.body;
    entry.uploadFileName = m_request.uploadFileName;
    entry.httpStatus = status;
    entry.responseHeaders = reply->rawHeaderPairs();
    entry.responseBody = body;
    entry.requestId = responseRequestId(entry.responseHeaders);
    if (entry.requestId.isEmpty())
        entry.requestId = QString::fromLatin1(m_requestId);
    if (refusedRedirect) {
        entry.error = *refusedRedirect;
    } else if (outcome.kind == AttemptOutcome::Kind::Malformed) {
        entry.error = u"the response body is not a JSON object"_s;
    } else if (status == 0) {
        entry.error = outcome.kind == AttemptOutcome::Kind::Timeout
            ? u"timed out after %1 ms"_s.arg(entry.durationMs)
            : reply->errorString();
    }

    const auto logAndKeep = [&](bool retried) {
        entry.retried = retried;
        m_logIds.append(c->m_log->append(entry));
    };

    if (refusedRedirect) {
        logAndKeep(false);
        m_response.httpStatus = status;
        m_response.headers = reply->rawHeaderPairs();
        m_response.requestId = entry.requestId;
        m_response.attempts = m_attempts;
        finish(ApiError::network(*refusedRedirect));
        return;
    }

    if (outcome.kind == AttemptOutcome::Kind::Success) {
        logAndKeep(false);
        m_response.httpStatus = status;
        m_response.body = body;
        m_response.json = json;
        m_response.headers = reply->rawHeaderPairs();
        m_response.requestId = entry.requestId;
        m_response.attempts = m_attempts;
        finish(std::nullopt);
        return;
    }

    // A rejected token: drop it, fetch a new one, try once more. Only once per call.
    if (status == 401 && m_request.authenticated && m_request.absoluteUrl.isEmpty()
        && !m_refreshedAfter401) {
        logAndKeep(true);
        m_refreshedAfter401 = true;
        c->m_tokens->invalidate(m_usedToken);
        // Paced again like any attempt: the server counted the rejected one too.
        proceed();
        return;
    }

    if (status == 429) {
        // parseRetryAfter() already clamps; the policy may clamp tighter (tests, paxosctl).
        const qint64 coolDown = outcome.retryAfterMs
            ? qMin(*outcome.retryAfterMs, c->m_policy.maxRetryAfterMs)
            : qMax(kMinCoolDownMs, c->m_policy.backoffDelay(m_attempts));
        c->startCoolDown(coolDown);
    }

    const bool safe = m_request.isSafeToRepeat();
    // 401s refreshed above do not count against the retry budget.
    const int counted = m_attempts - (m_refreshedAfter401 ? 1 : 0);
    const auto delay = c->m_policy.nextDelay(qMax(1, counted), outcome, safe);
    if (outcome.kind == AttemptOutcome::Kind::Timeout
        || outcome.kind == AttemptOutcome::Kind::NetworkError
        || outcome.kind == AttemptOutcome::Kind::Malformed
        || (outcome.kind == AttemptOutcome::Kind::HttpError && status >= 500)) {
        m_response.hadUnansweredAttempt = true;
    }
    if (delay) {
        logAndKeep(true);
        const QString reason = entry.error.isEmpty() ? u"HTTP %1"_s.arg(status) : entry.error;
        qCDebug(lcPaxosConnection) << m_request.operation << "attempt" << m_attempts << "failed ("
                                   << reason << "), retrying in" << *delay << "ms";
        emit retrying(m_attempts, *delay, reason);
        m_stage = Stage::WaitingToRetry;
        schedule(*delay);
        return;
    }

    logAndKeep(false);
    m_response.httpStatus = status;
    m_response.body = body;
    m_response.headers = reply->rawHeaderPairs();
    m_response.requestId = entry.requestId;
    m_response.attempts = m_attempts;
    if (outcome.kind == AttemptOutcome::Kind::Malformed)
        finish(ApiError::decode(entry.error));
    else if (status != 0)
        finish(ApiError::fromHttp(status, body));
    else if (outcome.kind == AttemptOutcome::Kind::Timeout)
        finish(ApiError::timeout(m_request.timeoutMs > 0 ? m_request.timeoutMs : c->m_timeoutMs));
    else
        finish(ApiError::network(reply->errorString()));
}

void ApiCall::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stage = Stage::Finished;
    m_error = std::move(error);
    m_response.attempts = m_attempts;
    stopEverything();
    if (m_connection)
        m_connection->m_liveCalls.removeAll(this);
    if (m_error)
        qCDebug(lcPaxosConnection) << m_request.operation << "failed:" << m_error->message();
    emit finished();
}

void ApiCall::releaseSlot()
{
    if (m_holdingSlot) {
        m_holdingSlot = false;
        if (m_connection)
            m_connection->releaseSlot();
    }
}

// ---- Connection -----------------------------------------------------------------------

Connection::Connection(QObject *parent)
    : Connection(nullptr, nullptr, parent)
{
}

Connection::Connection(Clock *clock, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_ownsNetwork(network == nullptr)
    , m_lanes{m_network}
    , m_laneReplies{0}
{
    m_log = new RequestLog(1000, this);
    m_tokens = new TokenProvider(m_network, m_log, m_clock, this);
}

Connection::~Connection()
{
    // Calls outliving the connection see a null m_connection and stay quiet.
    m_waitingForSlot.clear();
    m_liveCalls.clear();
}

void Connection::setEnvironment(const Environment &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    ++m_environmentEpoch;
    // Calls belong to the environment they were made for. Every one still alive — waiting
    // for a slot, paced, cooling down after a 429, waiting to retry, waiting for a token or
    // on the wire — is cancelled now: its reply is aborted and disconnected, so a late answer
    // of the old server is dropped, never read as the new one's; and it finishes (from the
    // event loop) with a Cancelled error, so its job finishes too.
    m_waitingForSlot.clear();
    const QList<QPointer<ApiCall>> calls = std::exchange(m_liveCalls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    // A 429 cool-down and the pacing schedule are the old server's.
    m_coolDownUntilMs = 0;
    m_identityLimiter.reset();
    m_standardLimiter.reset();
    // A token is only good for the server that issued it.
    m_tokens->setTokenUrl(environment.tokenUrl());
    emit environmentChanged();
}

void Connection::setCredentials(const QString &clientId, const QString &clientSecret,
                                const QStringList &scopes)
{
    m_tokens->setCredentials(m_environment.tokenUrl(), clientId, clientSecret, scopes);
}

QStringList Connection::allScopes()
{
    return {u"identity:read_identity"_s,
            u"identity:write_identity"_s,
            u"identity:read_identity_control"_s,
            u"identity:write_identity_control"_s,
            u"events:read_event"_s,
            u"identity:read_account"_s,
            u"identity:write_account"_s};
}

void Connection::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_tokens->setRetryPolicy(policy);
}

void Connection::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
    m_tokens->setTimeoutMs(m_timeoutMs);
}

void Connection::setRateLimit(RateClass rateClass, double requestsPerSecond)
{
    if (rateClass == RateClass::Identity)
        m_identityLimiter.setRate(requestsPerSecond);
    else if (rateClass == RateClass::Standard)
        m_standardLimiter.setRate(requestsPerSecond);
}

void Connection::setRateWindowMs(qint64 ms)
{
    m_rateWindowMs = qMax<qint64>(0, ms);
    m_identityLimiter.setWindowMs(m_rateWindowMs);
    m_standardLimiter.setWindowMs(m_rateWindowMs);
}

bool Connection::isPaced() const
{
    switch (m_pacing) {
    case Pacing::On:
        return true;
    case Pacing::Off:
        return false;
    case Pacing::Auto:
        break;
    }
    return !Environment::isLoopbackHost(m_environment.apiBase().host());
}

double Connection::rateLimit(RateClass rateClass) const
{
    if (rateClass == RateClass::Identity)
        return m_identityLimiter.rate();
    if (rateClass == RateClass::Standard)
        return m_standardLimiter.rate();
    return 0;
}

void Connection::setMaxInFlight(int calls)
{
    m_maxInFlight = qBound(1, calls, kMaxInFlight);
    dispatchWaiting();
}

int Connection::networkLanes() const
{
    return m_ownsNetwork ? (m_maxInFlight + kConnectionsPerHost - 1) / kConnectionsPerHost : 1;
}

QNetworkAccessManager *Connection::laneForNextCall(int *lane)
{
    // The least busy of the lanes wanted now; ties go to the first, so calls one after the
    // other keep reusing one kept-alive connection.
    const int wanted = networkLanes();
    int best = 0;
    for (int i = 0; i < wanted; ++i) {
        if (i == m_lanes.size()) {
            m_lanes.append(new QNetworkAccessManager(this));
            m_laneReplies.append(0);
        }
        if (m_laneReplies[i] < m_laneReplies[best])
            best = i;
    }
    *lane = best;
    return m_lanes[best];
}

RateClass Connection::rateClassFor(const ApiRequest &request)
{
    if (request.rateClass != RateClass::Auto)
        return request.rateClass;
    if (!request.absoluteUrl.isEmpty())
        return RateClass::Unpaced;
    if (request.path.startsWith(u"/identity/identities")
        || request.path.startsWith(u"/identity/institution-members"))
        return RateClass::Identity;
    return RateClass::Standard;
}

qint64 Connection::coolDownRemainingMs() const
{
    return qMax<qint64>(0, m_coolDownUntilMs - m_clock->monotonicMs());
}

ApiCall *Connection::send(ApiRequest request, QObject *parent)
{
    auto *call = new ApiCall(this, std::move(request), parent);
    std::optional<ApiError> refusal;
    if (call->m_request.absoluteUrl.isEmpty()) {
        if (!m_environment.isValid()) {
            const QString why = m_environment.problem();
            refusal = ApiError::notConfigured(why.isEmpty() ? QCoreApplication::translate(
                                                  "paxos::Connection", "no valid environment")
                                                            : why);
        }
    } else if (const QString why = Environment::urlProblem(call->m_request.absoluteUrl);
               !why.isEmpty()) {
        // A pre-signed upload URL comes from the server; it obeys the same https rule.
        refusal = ApiError::invalidArgument(why);
    }
    // A change the write gate did not admit goes no further (see WriteAuthority).
    if (!refusal && m_writeAuthority && call->m_request.isWrite()
        && !m_writeAuthority->admitsWrite(call->m_request.writeTicket))
        refusal = ApiError::invalidArgument(QCoreApplication::translate(
            "paxos::Connection",
            "a change that did not pass the write gate (confirmation and record) was not sent"));
    if (refusal) {
        QMetaObject::invokeMethod(
            call, [call, error = *refusal] { call->finish(error); }, Qt::QueuedConnection);
        return call;
    }
    // Always start from the event loop, so signals connected after send() are not missed.
    call->schedule(0);
    return call;
}

bool Connection::acquireSlot(ApiCall *call)
{
    if (m_inFlight >= m_maxInFlight) {
        m_waitingForSlot.append(QPointer<ApiCall>(call));
        return false;
    }
    ++m_inFlight;
    return true;
}

void Connection::releaseSlot()
{
    m_inFlight = qMax(0, m_inFlight - 1);
    dispatchWaiting();
}

void Connection::dispatchWaiting()
{
    while (m_inFlight < m_maxInFlight && !m_waitingForSlot.isEmpty()) {
        QPointer<ApiCall> next = m_waitingForSlot.takeFirst();
        if (!next)
            continue;
        next->m_queuedForSlot = false;
        next->m_holdingSlot = true;
        ++m_inFlight;
        // Continue from the event loop, never from inside another call's completion.
        QPointer<ApiCall> guard = next;
        m_clock->callAfter(0, next, [guard] {
            if (guard)
                guard->proceed();
        });
    }
}

RateLimiter &Connection::limiterFor(RateClass rateClass)
{
    switch (rateClass) {
    case RateClass::Identity:
        return m_identityLimiter;
    case RateClass::Standard:
        return m_standardLimiter;
    case RateClass::Auto:
    case RateClass::Unpaced:
        break;
    }
    return m_unpaced;
}

void Connection::startCoolDown(qint64 ms)
{
    const qint64 until = m_clock->monotonicMs() + ms;
    if (until <= m_coolDownUntilMs)
        return;
    m_coolDownUntilMs = until;
    m_identityLimiter.holdUntil(until);
    m_standardLimiter.holdUntil(until);
    qCInfo(lcPaxosConnection) << "HTTP 429: pausing every call for" << ms << "ms";
    emit coolDownStarted(ms);
}

} // namespace paxos

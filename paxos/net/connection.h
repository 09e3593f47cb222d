#pragma once

#include "paxos/net/apierror.h"
#include "paxos/net/clock.h"
#include "paxos/net/environment.h"
#include "paxos/net/ratelimiter.h"
#include "paxos/net/redaction.h"
#include "paxos/net/retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paxos {

class Connection;
class RequestLog;
class TokenProvider;

// Which documented rate limit a request counts against.
enum class RateClass {
    Auto, // decided from the path: see Connection::rateClassFor()
    Identity, // the Identity API, 10 requests/second
    Standard, // everything else (events, controls, accounts), 50 requests/second
    Unpaced, // not a Paxos endpoint (a pre-signed upload URL)
};

// One HTTP call as a job describes it; the connection adds the rest (token, retries, pacing).
struct ApiRequest
{
    QString operation; // name for the request log, e.g. "CreateIdentity"
    QByteArray method = "GET";
    QString path; // under the API base, as the reference prints it: "/identity/identities"
    QUrlQuery query;
    QUrl absoluteUrl; // instead of path: an absolute URL (e.g. pre-signed upload), no token
    QByteArray body;
    QByteArray contentType; // defaults to application/json when there is a body
    QString requiredScope; // checked against the granted scopes before anything is sent
    bool authenticated = true;
    // May the request be sent again after the server possibly acted on it? Default: GET and
    // PUT. A create carrying a ref_id sets this, because a repeat is detected server-side.
    std::optional<bool> safeToRepeat;
    RateClass rateClass = RateClass::Auto;
    int timeoutMs = 0; // transfer timeout (no progress for this long); 0 = default
    QString uploadFileName; // raw file upload: logged as `--upload-file <name>`, body not logged
    // A 2xx must carry a JSON object (API calls) — one that does not is treated like a lost
    // answer (retried when safe, else a Decode error). Off for raw uploads.
    bool expectJson = true;
    // A change (any method but GET) carries the ticket the write gate issued for it; a
    // connection with a WriteAuthority refuses a change whose ticket it does not admit.
    quint64 writeTicket = 0;

    bool isWrite() const { return method != "GET"; }
    bool isSafeToRepeat() const
    {
        return safeToRepeat.value_or(RetryPolicy::isIdempotentMethod(method));
    }
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // the body decoded, when the request expected JSON
    redact::HeaderList headers;
    // The server's request id when it sent one (x-request-id / request-id), else the
    // X-Request-Id this client sent: what the audit trail and the request ledger keep.
    QString requestId;
    int attempts = 0;
    // True when an earlier attempt timed out or lost its connection after being sent: the
    // server may have acted on it. A create uses this to recognise its own earlier success.
    bool hadUnansweredAttempt = false;

    QByteArray header(QByteArrayView name) const;
};

// A call in flight: the handle a job holds. Owned by whoever passed `parent` to
// Connection::send(); destroying it cancels the call silently.
//
// Signal contract: finished() is emitted exactly once, after which response() / error() are
// final. It is never emitted from inside send() or cancel(): always from the event loop.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    // What the call is waiting for: every state an environment switch has to cancel.
    enum class Stage {
        Starting, // sent, not yet looked at by the event loop
        CoolingDown, // the connection waits out a 429
        Paced, // waiting for its slot under the endpoint's rate
        Queued, // waiting for a place among the calls in flight
        WaitingForToken,
        OnTheWire, // request sent, answer not yet in
        WaitingToRetry, // an attempt failed; the next follows after a delay
        Finished,
    };
    Q_ENUM(Stage)

    ~ApiCall() override;

    Stage stage() const { return m_stage; }
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const ApiResponse &response() const { return m_response; }
    const std::optional<ApiError> &error() const { return m_error; }
    // The redacted request-log ids of every attempt.
    QList<quint64> logEntryIds() const { return m_logIds; }
    // The X-Request-Id sent with every attempt of this call (a UUID made by the client).
    QString sentRequestId() const { return QString::fromLatin1(m_requestId); }

    // Stops the call: waiting timers, the token wait and the network reply. finished() then
    // follows with a Cancelled error.
    void cancel();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    // An attempt failed and another follows after `delayMs`.
    void retrying(int attemptsMade, qint64 delayMs, const QString &reason);
    void finished();

private:
    friend class Connection;
    ApiCall(Connection *connection, ApiRequest request, QObject *parent);

    void schedule(qint64 delayMs);
    void proceed();
    void obtainTokenAndSend();
    void sendWhenPaced(const QString &token);
    void sendNow(const QString &token);
    void onReplyFinished(QNetworkReply *reply);
    void finish(std::optional<ApiError> error);
    void releaseSlot();
    void stopEverything();

    QPointer<Connection> m_connection;
    ApiRequest m_request;
    // The environment the call was made for; it is cancelled when the connection leaves it.
    Environment m_environment;
    quint64 m_environmentEpoch = 0;
    ApiResponse m_response;
    std::optional<ApiError> m_error;
    QList<quint64> m_logIds;

    Stage m_stage = Stage::Starting;
    quint64 m_callId = 0;
    QByteArray m_requestId;
    int m_attempts = 0;
    bool m_refreshedAfter401 = false;
    bool m_paced = false; // this attempt's pacing slot is booked
    bool m_holdingSlot = false;
    bool m_queuedForSlot = false;
    bool m_cancelling = false;
    bool m_finished = false;
    quint64 m_timerId = 0;
    quint64 m_tokenTicket = 0;
    QPointer<QNetworkReply> m_reply;
    QString m_usedToken;
    qint64 m_sentAtMs = 0;
    QDateTime m_sentAtUtc;
    QByteArray m_sentAuthorization;
};

// Who lets a change go out. The console's and paxosctl's write gate (console::WriteGuard)
// registers itself on the connection; from then on a request that is not a GET is sent only
// with a ticket the authority admits, so a write that skipped the gate (no confirmation, no
// record) fails before a byte leaves. A connection without an authority (paxos-level tests,
// tools that record nothing) sends what it is given.
class WriteAuthority
{
public:
    virtual ~WriteAuthority() = default;
    virtual bool admitsWrite(quint64 ticket) const = 0;
};

// The client's link to one Paxos environment. It owns the cross-cutting work so that no
// operation has to: the OAuth token (TokenProvider), a queue with a cap on calls in flight,
// the retry policy (idempotent calls only), a connection-wide cool-down after a 429 (Paxos
// throttles every request from the address after one), client-side pacing to the
// documented per-endpoint limits, transfer timeouts, cancellation, one refresh-and-retry on
// a 401, and the redacted request log of every attempt.
//
// Nothing here blocks; everything reports through signals and the event loop.
class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(QObject *parent = nullptr);
    // For tests: a given clock and (optionally) network manager.
    Connection(Clock *clock, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Connection() override;

    // Points the connection at another environment. Every call of the old one that is still
    // alive (queued, paced, cooling down, retrying, waiting for a token or in flight) is
    // cancelled: it finishes with a Cancelled error and its late answer is dropped. The 429
    // cool-down and pacing start afresh; the token is dropped. No-op for an equal environment.
    void setEnvironment(const Environment &environment);
    Environment environment() const { return m_environment; }
    // Goes up by one at every setEnvironment() that changes the environment. A job remembers
    // it when it starts and sends nothing once it has moved on (paxos::Job).
    quint64 environmentEpoch() const { return m_environmentEpoch; }
    // Credentials live in memory only. `scopes` are asked for in the token request.
    void setCredentials(const QString &clientId, const QString &clientSecret,
                        const QStringList &scopes = allScopes());
    // Every scope the console and paxosctl can use.
    static QStringList allScopes();

    TokenProvider *tokenProvider() const { return m_tokens; }
    RequestLog *requestLog() const { return m_log; }
    Clock *clock() const { return m_clock; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // The transfer timeout of API calls and of the token request.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // The documented limits, and the share of them the client paces to by default. Paxos
    // defines them as the average over a 5-minute window per endpoint class and source
    // address (paxos-identity-api.md §5.4): the client keeps a budget of rate × window
    // requests per class over a sliding window of its own (see RateLimiter), so a burst
    // goes at full speed and pacing starts only as the window fills. The headroom is the
    // safety margin: the server counts arrivals, which network jitter can bunch up.
    static constexpr double kIdentityLimit = 10.0;
    static constexpr double kStandardLimit = 50.0;
    static constexpr double kPacingHeadroom = 0.9;
    static constexpr qint64 kRateWindowMs = 5 * 60 * 1000;
    // Requests per second for a class (0 = unpaced). Defaults: 90 % of the limits above.
    void setRateLimit(RateClass rateClass, double requestsPerSecond);
    double rateLimit(RateClass rateClass) const;
    // The averaging window of the budget (default kRateWindowMs, as Paxos documents); a
    // shorter one matches a paxos-sandbox started with --rate-limit-window. 0 spaces every
    // request 1/rate apart instead. Forgets what the budget had counted.
    void setRateWindowMs(qint64 ms);
    qint64 rateWindowMs() const { return m_rateWindowMs; }
    // Whether calls are paced at all. Auto: paced unless the API base is on this machine —
    // the local paxos-sandbox, embedded or started by hand, does not limit unless started
    // with --enforce-rate-limits, and a client on the same machine cannot be throttled by
    // anybody else's traffic; such a run sets On. On/Off: as said, whatever the server.
    enum class Pacing { Auto, On, Off };
    void setPacing(Pacing pacing) { m_pacing = pacing; }
    Pacing pacing() const { return m_pacing; }
    // What Auto decides for the current environment.
    bool isPaced() const;
    // How many calls are on the wire at once (default 6, at most kMaxInFlight); the rest
    // wait in order.
    void setMaxInFlight(int calls);
    int maxInFlight() const { return m_maxInFlight; }
    static constexpr int kMaxInFlight = 64;
    // Qt's network access manager opens at most this many HTTP/1.1 connections to a host
    // (Qt 6.4 has no setting for it). To put more calls than that on the wire at once, a
    // connection that made its own manager spreads them over more managers of its own
    // ("lanes", one per 6 calls in flight, made when first needed), each with its own
    // connection pool; every call still goes through this class (environment, token, pacing,
    // request log) and only picks its lane at the last step. A connection given a manager
    // (the console's session, tests that map hosts to loopback) sends everything through
    // that one, so nothing can go around it. Over HTTP/2 one connection carries them all.
    static constexpr int kConnectionsPerHost = 6;
    // The managers the calls are spread over now (1 for a given manager).
    int networkLanes() const;

    // Identity API paths (/identity/identities…, /identity/institution-members…) are
    // Identity; every other API path is Standard; absolute URLs are Unpaced.
    static RateClass rateClassFor(const ApiRequest &request);

    // Milliseconds left of the cool-down after a 429 (0 when none).
    qint64 coolDownRemainingMs() const;
    int callsInFlight() const { return m_inFlight; }

    // Starts a call. The returned handle belongs to `parent` (or the caller, when null).
    // A write refused by the write authority finishes with an InvalidArgument error.
    ApiCall *send(ApiRequest request, QObject *parent = nullptr);

    // The gate every change must pass (null: none). Not owned; the authority removes itself
    // before it is destroyed.
    void setWriteAuthority(WriteAuthority *authority) { m_writeAuthority = authority; }
    WriteAuthority *writeAuthority() const { return m_writeAuthority; }

signals:
    void environmentChanged();
    // A 429 paused every call for `ms` milliseconds.
    void coolDownStarted(qint64 ms);

private:
    friend class ApiCall;
    void init();
    bool acquireSlot(ApiCall *call);
    void releaseSlot();
    void dispatchWaiting();
    RateLimiter &limiterFor(RateClass rateClass);
    // The least busy lane for the next call (made when first needed); its index in `lane`.
    QNetworkAccessManager *laneForNextCall(int *lane);
    void startCoolDown(qint64 ms);

    Clock *m_clock;
    QNetworkAccessManager *m_network;
    bool m_ownsNetwork = false;
    // m_network first, then the extra managers; replies alive on each.
    QList<QNetworkAccessManager *> m_lanes;
    QList<int> m_laneReplies;
    RequestLog *m_log = nullptr;
    TokenProvider *m_tokens = nullptr;
    Environment m_environment;
    WriteAuthority *m_writeAuthority = nullptr;
    quint64 m_environmentEpoch = 0;
    // Every call not yet finished, so an environment switch can cancel them all.
    QList<QPointer<ApiCall>> m_liveCalls;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    QList<QPointer<ApiCall>> m_waitingForSlot;
    qint64 m_rateWindowMs = kRateWindowMs;
    Pacing m_pacing = Pacing::Auto;
    RateLimiter m_identityLimiter{kIdentityLimit * kPacingHeadroom, kRateWindowMs};
    RateLimiter m_standardLimiter{kStandardLimit * kPacingHeadroom, kRateWindowMs};
    RateLimiter m_unpaced{0.0};
    qint64 m_coolDownUntilMs = 0;
};

} // namespace paxos

#pragma once

#include "paxos/net/apierror.h"
#include "paxos/net/clock.h"
#include "paxos/net/ratelimiter.h"
#include "paxos/net/retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paxos {

class RequestLog;

// OAuth2 client-credentials tokens for one set of API credentials.
//
// - The request is sent urlencoded (grant_type, client_id, client_secret, scope).
// - The token is cached until shortly before `expires_in` runs out (refreshMarginMs()).
// - One request is in flight at a time; every caller waiting meanwhile shares its answer.
// - Requests to the token path are paced at 1 per second (the documented limit), and
//   retried on network errors, 5xx and 429 with the retry policy's back-off.
// - The granted `scope` is kept so the connection can refuse a call whose scope is missing
//   before sending it. A response without `scope` means the requested scopes were granted
//   (RFC 6749 §5.1).
// - Optional scopes (setOptionalScopes) are asked for with the others; when the token
//   endpoint refuses them (400 invalid_scope: Paxos answers so for a scope the credentials do
//   not have), the token is asked for once more without them, and they stay out for these
//   credentials. A call that needs one then fails with a missing-scope error, not the session.
// - The secret and the token live only in this object's memory; the request log sees them
//   redacted, signals never carry them.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString accessToken; // empty on error
        std::optional<ApiError> error;
    };
    using Callback = std::function<void(const Result &)>;

    TokenProvider(QNetworkAccessManager *network, RequestLog *log, Clock *clock = Clock::system(),
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    void setCredentials(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret,
                        const QStringList &scopes);
    // Another token URL for the same credentials (the environment changed): drops the token.
    void setTokenUrl(const QUrl &tokenUrl);
    // Forgets credentials and token; waiting callers get NotConfigured.
    void clear();
    bool isConfigured() const;
    QUrl tokenUrl() const { return m_tokenUrl; }
    QString clientId() const { return m_clientId; }
    // The scopes asked for: the required ones and the optional ones not refused.
    QStringList requestedScopes() const;
    // Kept until the next setCredentials(). Takes effect at the next token request.
    void setOptionalScopes(const QStringList &scopes);
    bool optionalScopesRefused() const { return m_optionalRefused; }
    // The scopes of the current (or last) token; empty before the first token.
    QStringList grantedScopes() const { return m_granted; }
    bool hasGrantedScopes() const { return m_haveGranted; }

    // A cached token that is not about to expire.
    bool hasValidToken() const;
    // Milliseconds until the cached token is considered stale (0 when there is none).
    qint64 validForMs() const;

    // Calls `callback` with a usable token: the cached one, or a new one once fetched. Always
    // calls back later from the event loop, never inside this call. Nothing is called back if
    // `context` (may be null) is destroyed or the ticket is cancelled.
    quint64 fetch(QObject *context, Callback callback);
    void cancel(quint64 ticket);
    // After a 401: drop `usedToken` if it is still the cached one, so the next fetch() asks
    // again. A token already replaced is left alone, so parallel 401s refresh only once.
    void invalidate(const QString &usedToken);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRequestsPerSecond(double rate) { m_limiter.setRate(rate); }
    // Refresh this long before expiry: a tenth of the lifetime, at most a minute.
    static qint64 refreshMarginMs(qint64 expiresInMs);

    // Requests actually sent to the token URL (for tests and the request inspector).
    int requestsSent() const { return m_requestsSent; }

signals:
    // A new token arrived (the token itself is never emitted).
    void tokenRefreshed(const QStringList &grantedScopes, qint64 expiresInMs);
    void fetchFailed(const paxos::ApiError &error);

private:
    struct Waiter
    {
        quint64 ticket;
        QPointer<QObject> context;
        bool hasContext;
        Callback callback;
    };
    void startFetch();
    void sendRequest();
    void onFinished(QNetworkReply *reply);
    void deliver(const Result &result);
    void abortInFlight();

    QNetworkAccessManager *m_network;
    RequestLog *m_log;
    Clock *m_clock;
    RetryPolicy m_policy;
    RateLimiter m_limiter{1.0};
    int m_timeoutMs = 30000;

    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;
    QStringList m_optionalScopes;
    bool m_optionalRefused = false;

    QString m_token;
    qint64 m_staleAtMs = 0;
    QStringList m_granted;
    bool m_haveGranted = false;

    QList<Waiter> m_waiters;
    quint64 m_nextTicket = 1;
    bool m_fetching = false;
    int m_attempts = 0;
    quint64 m_timerId = 0;
    QPointer<QNetworkReply> m_reply;
    qint64 m_sentAtMs = 0;
    QDateTime m_sentAtUtc;
    quint64 m_callId = 0;
    int m_requestsSent = 0;
};

} // namespace paxos

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace paxos {

// What one attempt of a request ended with, as far as retrying is concerned.
struct AttemptOutcome
{
    enum class Kind {
        Success, // a 2xx
        HttpError, // an HTTP status other than 2xx (see httpStatus)
        NotSent, // connection refused, host not found: the server never saw it
        NetworkError, // the connection failed or dropped after the request may have arrived
        Timeout, // the transfer timeout ran out
        Malformed, // a 2xx whose body could not be read: the server may have acted
        Cancelled, // the caller cancelled
    };
    Kind kind = Kind::Success;
    int httpStatus = 0;
    // From the Retry-After header, already resolved to a delay.
    std::optional<qint64> retryAfterMs;
};

// When and how long to wait before trying a request again. Pure: no timers, no I/O, the
// random source is injectable, so the schedule is unit-tested exactly.
//
// Rules:
//  - Only requests that are safe to repeat are retried after the server may have acted on
//    them (NetworkError, Timeout, Malformed, 5xx): GET and PUT, or a call that marks itself safe (a
//    create carrying a ref_id). Every request is retried after NotSent and after a 429,
//    because then the server did not act on it.
//  - 408, 429, 500, 502, 503, 504 are retryable statuses; other 4xx are final.
//  - Delay for attempt n (1-based, n = attempts already made): base * 2^(n-1), capped at
//    maxDelay, with "equal jitter": half fixed, half uniformly random, so a crowd of clients
//    spreads out but nobody retries immediately. A Retry-After overrides the computed delay.
//  - Retry-After is clamped to kMaxRetryAfterMs (60 s) when it is parsed, so a huge or
//    hostile value (say 10^18 seconds, or a date in the year 9999) can neither overflow nor
//    cool the connection down for ever. Paxos documents no Retry-After at all, only a
//    five-minute throttle of the address after a 429; if the server still throttles after a
//    minute, the next attempt gets another 429 and waits again, within the attempt budget,
//    so the user sees the call fail after minutes rather than hang for hours.
class RetryPolicy
{
public:
    int maxAttempts = 6; // including the first
    qint64 baseDelayMs = 250;
    qint64 maxDelayMs = 8000;
    // The longest any Retry-After may make a call (or, after a 429, the whole connection) wait.
    static constexpr qint64 kMaxRetryAfterMs = 60000;
    qint64 maxRetryAfterMs = kMaxRetryAfterMs;
    double jitter = 0.5; // fraction of the delay that is random

    // Random source returning a value in [0, 1). Defaults to QRandomGenerator::global().
    std::function<double()> random;

    static bool isRetryableStatus(int httpStatus);
    static bool isIdempotentMethod(const QByteArray &method);

    // The delay before the next attempt, or nullopt when the request must not be retried.
    // `attemptsMade` counts the attempts so far (>= 1); `safeToRepeat` says whether the
    // request may be sent again after the server possibly acted on it.
    std::optional<qint64> nextDelay(int attemptsMade, const AttemptOutcome &outcome,
                                    bool safeToRepeat) const;

    // The exponential back-off delay with jitter for the given attempt count.
    qint64 backoffDelay(int attemptsMade) const;

    // Parses a Retry-After value: delta-seconds or an HTTP-date, relative to `now`, clamped
    // to [0, kMaxRetryAfterMs]. nullopt when the value is neither.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace paxos

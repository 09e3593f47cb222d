#include "paxos/net/retrypolicy.h"

#include "paxos/net/clock.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace paxos {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isIdempotentMethod(const QByteArray &method)
{
    return method == "GET" || method == "PUT" || method == "HEAD";
}

qint64 RetryPolicy::backoffDelay(int attemptsMade) const
{
    const int exponent = qBound(0, attemptsMade - 1, 30);
    const double raw = double(baseDelayMs) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(maxDelayMs));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double j = qBound(0.0, jitter, 1.0);
    return qint64(capped * (1.0 - j) + capped * j * qBound(0.0, r, 1.0));
}

std::optional<qint64> RetryPolicy::nextDelay(int attemptsMade, const AttemptOutcome &outcome,
                                             bool safeToRepeat) const
{
    if (attemptsMade >= maxAttempts)
        return std::nullopt;
    bool retry = false;
    switch (outcome.kind) {
    case AttemptOutcome::Kind::Success:
    case AttemptOutcome::Kind::Cancelled:
        return std::nullopt;
    case AttemptOutcome::Kind::NotSent:
        retry = true;
        break;
    case AttemptOutcome::Kind::NetworkError:
    case AttemptOutcome::Kind::Timeout:
    case AttemptOutcome::Kind::Malformed:
        retry = safeToRepeat;
        break;
    case AttemptOutcome::Kind::HttpError:
        // A 429 was refused before any work was done; anything else may have been acted on.
        retry =
            outcome.httpStatus == 429 || (safeToRepeat && isRetryableStatus(outcome.httpStatus));
        break;
    }
    if (!retry)
        return std::nullopt;
    if (outcome.retryAfterMs)
        return qBound<qint64>(0, *outcome.retryAfterMs, maxRetryAfterMs);
    return backoffDelay(attemptsMade);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Delta-seconds is 1*DIGIT (RFC 9110 §10.2.3): no sign, no space. Any run of digits
    // longer than the cap's is the cap, so no value can overflow the multiplication.
    if (std::all_of(trimmed.cbegin(), trimmed.cend(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        constexpr qint64 capSeconds = kMaxRetryAfterMs / 1000;
        const qint64 seconds = trimmed.size() > 9 ? capSeconds : trimmed.toLongLong();
        return qMin(seconds, capSeconds) * 1000;
    }
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    return qBound<qint64>(0, now.msecsTo(when), kMaxRetryAfterMs);
}

} // namespace paxos

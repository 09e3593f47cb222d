#pragma once

#include "paxos/net/retrypolicy.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include <optional>

// What the connection and the token provider share about sending over QNetworkAccessManager:
// the redirect policy and how a transport error counts for retries. Internal to paxos/net.
namespace paxos::transport {

// Redirects. A request carrying a credential (the bearer header, or the token POST with
// client_secret) follows a redirect only to the same origin: same scheme, host and port
// (Qt's SameOriginRedirectPolicy). Any other redirect — 301, 302, 303, 307 or 308 — ends the
// call with a Network error that names the target (refusedRedirect()); it is not retried, and
// nothing is sent to the other origin, neither the header nor the body. Qt's default policy
// (NoLessSafeRedirectPolicy) would forward Authorization to another host, and on 307/308 the
// token body too. Requests without a credential of ours (a pre-signed upload URL, whose
// storage service may redirect to a regional endpoint) keep NoLessSafeRedirectPolicy: they
// follow redirects, but never from https to http.
void applyRedirectPolicy(QNetworkRequest &request, bool carriesCredentials);

// When `reply` ended because a redirect was refused: why, in words, naming the target's
// origin (never its path or query, which may carry a signature). Otherwise nullopt.
std::optional<QString> refusedRedirect(const QNetworkReply *reply);

// How a transport error (no HTTP status) counts for the retry policy.
AttemptOutcome::Kind outcomeKind(QNetworkReply::NetworkError error);

} // namespace paxos::transport

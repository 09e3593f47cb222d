#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"

#include <QObject>

#include <functional>

namespace paxos {
class Connection;
} // namespace paxos

namespace console {

// One Get Identity outside the current-identity flow (an edit draft resumed on the identity as
// it is now, the decision right after a create). Exactly one of the callbacks runs, unless
// `context` is destroyed first; then neither does and the call is cancelled.
void lookUpIdentity(paxos::Connection *connection, const QString &identityId, bool withDetails,
                    QObject *context, std::function<void(const paxos::Identity &)> loaded,
                    std::function<void(const paxos::ApiError &)> failed = {});

} // namespace console

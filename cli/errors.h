#pragma once

#include "paxos/net/apierror.h"

#include <QJsonObject>
#include <QString>

namespace paxosctl {

// Maps an API error to the documented exit code.
int exitCodeFor(const paxos::ApiError &error);
// The error as printed on standard error: "paxosctl: message" then type/title/status/
// detail and, for a 409, the id that already exists.
QString errorText(const paxos::ApiError &error);
QJsonObject errorJson(const paxos::ApiError &error);

} // namespace paxosctl

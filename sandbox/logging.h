#pragma once

#include <QLoggingCategory>

namespace sandbox {

// Every logging category of paxos-sandbox, in one place. Enable with
// QT_LOGGING_RULES="sandbox.*.debug=true". Tokens, secrets and webhook header values are
// never logged; request lines carry the path only (never the query or body).
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxStore)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxWebhooks)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxLifecycle)

} // namespace sandbox

#include "sandbox/logging.h"

namespace sandbox {

Q_LOGGING_CATEGORY(lcSandboxHttp, "sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxStore, "sandbox.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxWebhooks, "sandbox.webhooks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxLifecycle, "sandbox.lifecycle", QtInfoMsg)

} // namespace sandbox

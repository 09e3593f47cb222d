#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "console.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "console.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "console.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "console.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWebhook, "console.webhook", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEvents, "console.events", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmbeddedSandbox, "console.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEvidence, "console.evidence", QtWarningMsg)

#pragma once

#include <QLoggingCategory>

// Every logging category of the console core, in one place. Enable with
// QT_LOGGING_RULES="console.*.debug=true". Secrets are never logged; PII only masked.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcEmbeddedSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcEvidence)

#pragma once

#include <QLoggingCategory>

// Every logging category of the paxos library, in one place. Enable with
// QT_LOGGING_RULES="paxos.*.debug=true". Nothing logged here ever contains a secret:
// requests and responses are logged only through the redacted request log.
Q_DECLARE_LOGGING_CATEGORY(lcPaxosModel)
Q_DECLARE_LOGGING_CATEGORY(lcPaxosToken)
Q_DECLARE_LOGGING_CATEGORY(lcPaxosConnection)
Q_DECLARE_LOGGING_CATEGORY(lcPaxosApi)

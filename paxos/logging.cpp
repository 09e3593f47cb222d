#include "paxos/logging.h"

Q_LOGGING_CATEGORY(lcPaxosModel, "paxos.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaxosToken, "paxos.token", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaxosConnection, "paxos.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaxosApi, "paxos.api", QtWarningMsg)

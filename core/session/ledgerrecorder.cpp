#include "core/session/ledgerrecorder.h"

#include "core/record/requestledger.h"
#include "core/session/session.h"
#include "paxos/net/requestlog.h"

using namespace Qt::StringLiterals;

namespace console {

LedgerRecorder::LedgerRecorder(Session *session, RequestLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ledger(ledger)
{
    connect(session->requestLog(), &paxos::RequestLog::entryAdded, this, &LedgerRecorder::record);
}

QString LedgerRecorder::identityOf(const paxos::RequestLogEntry &entry)
{
    return entry.identityId.isEmpty() ? paxos::identityConcerned(entry) : entry.identityId;
}

bool LedgerRecorder::belongsInRecord(paxos::Environment::Kind kind, bool sharedRecord)
{
    return !(sharedRecord && kind == paxos::Environment::Kind::LocalSandbox);
}

void LedgerRecorder::record(const paxos::RequestLogEntry &entry)
{
    if (entry.operation == "Token"_L1)
        return;
    if (!belongsInRecord(m_session->environment().kind(), m_sharedRecord))
        return;
    LedgerEntry e;
    e.atMs = entry.startedAt.isValid() ? entry.startedAt.toMSecsSinceEpoch() : 0;
    e.environment = m_session->environmentName();
    e.method = QString::fromLatin1(entry.method);
    e.url = entry.url.toString();
    e.httpStatus = entry.httpStatus;
    e.durationMs = entry.durationMs;
    e.requestId = entry.requestId;
    // The request log filed it (the Calls tab reads the same field).
    e.identityId = entry.identityId;
    e.error = entry.error;
    if (const auto stored = m_ledger->append(e); !stored)
        emit failed(
            tr("A call could not be kept in the request ledger: %1").arg(stored.errorMessage()));
}

} // namespace console

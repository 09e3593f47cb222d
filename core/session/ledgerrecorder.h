#pragma once

#include "paxos/net/environment.h"

#include <QObject>

namespace paxos {
struct RequestLogEntry;
} // namespace paxos

namespace console {

class RequestLedger;
class Session;

// Keeps every API call the session makes in the store's request ledger, so the timeline and
// the evidence pack can show what the console asked Paxos and what it answered: method,
// redacted URL, status, duration, request id and the identity it concerned. No headers and no
// bodies are kept. Token requests are left out: they concern no identity and carry the client
// credentials.
class LedgerRecorder : public QObject
{
    Q_OBJECT
public:
    LedgerRecorder(Session *session, RequestLedger *ledger, QObject *parent = nullptr);

    // The identity a call concerned, as the request log filed it (paxos::identityConcerned).
    static QString identityOf(const paxos::RequestLogEntry &entry);
    // The record is the team's (PostgreSQL), not this computer's own file.
    void setSharedRecord(bool shared) { m_sharedRecord = shared; }
    // Whether a call to an environment of `kind` goes into the record. The embedded local
    // sandbox is this console's own: its identities exist nowhere else, so its calls stay out
    // of a record the team shares (they are still in the session's request log).
    static bool belongsInRecord(paxos::Environment::Kind kind, bool sharedRecord);

signals:
    // The ledger refused an entry (the store is gone, the disk is full); message in words.
    void failed(const QString &message);

private:
    void record(const paxos::RequestLogEntry &entry);

    Session *m_session;
    RequestLedger *m_ledger;
    bool m_sharedRecord = false;
};

} // namespace console

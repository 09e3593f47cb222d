#pragma once

#include "cli/commands.h"
#include "cli/environment.h"
#include "cli/errors.h"

#include <QObject>
#include <QPointer>

class QTextStream;

namespace paxos {
struct RequestLogEntry;
} // namespace paxos

namespace paxosctl {

class RunContext;

// Runs one parsed invocation on the event loop: resolves the environment, applies the
// checks every command gets from its row (the admin API only on a local paxos-sandbox, --yes
// for a write to production), opens the audit store for writes and the audit commands, finds
// the credentials, then calls the row's handler with the run context. Nothing here blocks or
// spins a nested loop; interrupt() (SIGINT) cancels the running call.
class Runner : public QObject
{
    Q_OBJECT
public:
    Runner(Invocation invocation, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~Runner() override;

    void start();
    void interrupt();

signals:
    void finished(int exitCode);

private:
    // Credentials, then the command; start() opens the audit store first where one is needed.
    void startApi();
    void readSecretFromKeychain(const QString &clientId);
    void haveCredentials(const QString &clientId, const QString &secret);
    void printLogEntry(const paxos::RequestLogEntry &entry);
    void dispatch();

    RunContext *m_ctx;
    QTextStream &m_err;
    QPointer<QObject> m_keychainJob;
};

} // namespace paxosctl

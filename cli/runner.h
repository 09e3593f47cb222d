#pragma once

#include "cli/commands.h"
#include "core/record/audittrail.h"
#include "paxos/net/apierror.h"
#include "paxos/net/environment.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTextStream;

namespace paxos {
class Connection;
class EnumTable;
struct TimeRange;
class EventFollower;
class Job;
struct Event;
struct RequestLogEntry;
} // namespace paxos

namespace paxosctl {

class AuditRecorder;

// Where --env points: the environment, its settings key (for the keychain) and whether it is
// a paxos-sandbox, which may use the demo client. nullopt + error for a bad value.
struct ResolvedEnvironment
{
    paxos::Environment environment;
    QString key; // local, sandbox, production, custom
    bool isPaxosSandboxServer = false; // local or URL: the demo client is the default
};
std::optional<ResolvedEnvironment> resolveEnvironment(const QString &env, QString *error);

// The port `paxos-sandbox` listens on by default, which --env local expects.
inline constexpr int kLocalSandboxPort = 8640;

// Maps an API error to the documented exit code.
int exitCodeFor(const paxos::ApiError &error);
// The error as printed on standard error: "paxosctl: message" then type/title/status/
// detail and, for a 409, the id that already exists.
QString errorText(const paxos::ApiError &error);
QJsonObject errorJson(const paxos::ApiError &error);

// Runs one parsed invocation on the event loop: resolves the environment and credentials,
// starts the command's job, prints its result and emits finished(exitCode). Nothing here
// blocks or spins a nested loop; interrupt() (SIGINT) cancels the running call.
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
    void haveCredentials(const QString &clientId, const QString &secret);
    void readSecretFromKeychain(const QString &clientId);
    void dispatch();
    void printLogEntry(const paxos::RequestLogEntry &entry);

    // Command handlers (see CommandId).
    void runToken();
    void runIdentitiesList();
    void runIdentitiesGet();
    void runIdentitiesCreate();
    void runIdentitiesUpdate();
    void runSandboxStatus();
    void runScenario();
    void runSandboxSeed();
    // Usage error unless --env is a paxos-sandbox on this computer (its admin API).
    bool requireSandboxAdmin(const QString &what);
    void runDocumentsUpload();
    void runDocumentsList();
    void runControlsList();
    void runControlsCreate();
    void runControlsDelete();
    void runEventsList();
    void runEventsGet();
    void runEventsFollow();
    void runAccountsCreate();
    void runAccountsList();
    void runAccountsGet();
    void runAuditList();
    void runAuditVerify();
    void runAuditExport();

    // The audit trail. recordWrite() appends the outcome of a write (the request id is the
    // last one `operation` got); a store failure only warns, the call's result stands.
    // recordFailureOf() arms fail() to record the write about to run when it fails; `adjust`
    // adds what the error says (such as the identity that holds a duplicate cip_id).
    void recordWrite(console::AuditRecord record, const QString &operation);
    void recordFailureOf(
        const console::AuditRecord &record, const QString &operation,
        std::function<void(console::AuditRecord &, const paxos::ApiError &)> adjust = {});
    std::optional<console::AuditFilter> auditFilterOptions();

    // Starts `job`; `onSuccess` prints its result. A failure ends the run with its exit code.
    template<class J> void run(J *job, std::function<void(J *)> onSuccess);
    // A sandbox change to one identity: recorded as the console records it, then the
    // identity shown with the status that follows.
    template<class J>
    void changeInSandbox(J *job, const console::AuditRecord &audit, const QString &operation);
    void printResult(const Table &table, const QJsonValue &json, const QString &identityId = {});
    // The Output's reveal gate: records a pii.reveal entry where a store is open; false (print
    // masked) when that entry cannot be written.
    bool recordReveal(const QStringList &fields, const QString &identityId);
    void printEvents(const QList<paxos::Event> &events);
    // Input JSON: --file FILE, "-" or none = standard input. Empty + usage error on failure.
    std::optional<QJsonObject> readJsonInput();
    // Create commands take JSON, or flags alone: the JSON is read unless only flags are given.
    std::optional<QJsonObject> jsonInputUnlessFlags(const QStringList &flags);
    std::optional<int> intOption(const QString &name, int min, int max);
    bool timeOption(const QString &name, std::optional<paxos::Timestamp> &out);
    bool timeRangeOption(const QString &field, paxos::TimeRange &range);
    // --limit (1-1000), --order when `order` is given, and --all without --page-cursor.
    bool pagingOptions(std::optional<int> &limit, std::optional<QString> *order);
    // One page, or every page with --all, printed as `table` makes it.
    template<class PageJob>
    void listPages(typename PageJob::Query query,
                   std::function<Table(const QList<typename PageJob::Item> &)> table);
    bool enumOption(const QString &name, const paxos::EnumTable &table,
                    std::optional<QString> &out);
    void warn(const QString &text);
    void usageError(const QString &text);
    void fail(const paxos::ApiError &error);
    void done(int exitCode);

    Invocation m_inv;
    QTextStream &m_out;
    QTextStream &m_err;
    Output m_output;
    ResolvedEnvironment m_env;
    paxos::Connection *m_connection = nullptr;
    QPointer<paxos::Job> m_job;
    QPointer<paxos::EventFollower> m_follower;
    QPointer<QObject> m_keychainJob;
    bool m_finished = false;
    bool m_interrupted = false;
    bool m_progressShown = false;
    QString m_createRefId; // identities create: named when interrupted mid-call
    AuditRecorder *m_recorder = nullptr; // null: nothing is recorded (reads, --store none)
    QHash<QString, QString> m_requestIds; // operation -> request id of its last answer
    std::function<void(const paxos::ApiError &)> m_recordFailure;
    std::function<void()> m_cancelAuditTask; // audit verify / export in progress
    // events follow
    int m_followPrinted = 0;
};

} // namespace paxosctl

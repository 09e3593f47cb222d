#pragma once

#include "cli/commands.h"
#include "cli/environment.h"
#include "cli/errors.h"
#include "cli/output.h"
#include "core/record/audittrail.h"
#include "core/writes/writeguard.h"
#include "paxos/api/eventfollower.h"
#include "paxos/api/job.h"
#include "paxos/api/listall.h"

#include <QHash>
#include <QJsonArray>
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
class Timestamp;
} // namespace paxos

namespace paxosctl {

class AuditRecorder;

// What a command handler runs with: the parsed invocation (arguments and options), the
// environment, the connection with its credentials, the output, the audit recorder, and the
// end of the run. The Runner fills it in before it calls the handler of the parsed row;
// handlers end the run with done(), fail() or usageError(), exactly once.
class RunContext : public QObject
{
    Q_OBJECT
public:
    RunContext(Invocation invocation, QTextStream &out, QTextStream &err,
               QObject *parent = nullptr);
    ~RunContext() override;

    // ---- what the run is about
    const Invocation &invocation() const { return m_inv; }
    const CommandSpec &command() const { return *m_inv.command; }
    QString argument(qsizetype i) const { return m_inv.arguments.value(i); }
    bool isSet(const QString &option) const { return m_inv.isSet(option); }
    QString value(const QString &option) const { return m_inv.value(option); }
    QStringList values(const QString &option) const { return m_inv.values(option); }
    Format format() const { return m_inv.global.format; }

    const ResolvedEnvironment &environment() const { return m_env; }
    void setEnvironment(const ResolvedEnvironment &env) { m_env = env; }
    // Null until the credentials are known; the audit commands never have one.
    paxos::Connection *connection() const { return m_connection; }
    void setConnection(paxos::Connection *connection, const QString &clientId,
                       const QString &secret);
    // The token request asks for these scopes instead of the command's (`token --scope`).
    void requestScopes(const QStringList &scopes);
    // Null: nothing is recorded (reads, --store none).
    AuditRecorder *recorder() const { return m_recorder; }
    // The write gate every change of this run goes through (made with the connection).
    console::WriteGuard *writeGate() const { return m_gate; }
    void setRecorder(AuditRecorder *recorder) { m_recorder = recorder; }

    // ---- output (standard output only through here) and messages
    Output &output() { return m_output; }
    void print(const Table &table, const QJsonValue &json, const QString &identityId = {});
    QTextStream &err() { return m_err; }
    void warn(const QString &text);
    // A terminal gets "N of M …" on one line of standard error, cleared at the end.
    void showProgress(const QString &text);

    // ---- the end of the run
    bool isFinished() const { return m_finished; }
    void done(int exitCode);
    void usageError(const QString &text);
    // Prints the error (json in json format), records the armed failure, ends with its code.
    void fail(const paxos::ApiError &error);
    // Ctrl-C: cancels what runs (job, follower, cancellable task); the run ends with 130.
    void interrupt();
    // What to say when interrupted while a job runs (e.g. how to find a create that may have
    // arrived), and how to stop a task that is not a job (audit verify and export).
    void setInterruptNote(const QString &note) { m_interruptNote = note; }
    void setCancel(std::function<void()> cancel) { m_cancel = std::move(cancel); }
    // `events follow` and `events list --all`: stopped at the end of the run.
    void setFollower(paxos::EventFollower *follower) { m_follower = follower; }

    // ---- jobs
    // Starts `job`; `onSuccess` prints its result. A failure ends the run with its exit code.
    template<class J> void run(J *job, std::function<void(J *)> onSuccess);
    // Sends a change through the write gate (console::WriteGuard): --yes in Production, an
    // intent entry before it is sent and the outcome after it (with `audit`'s identity and
    // details; `describe` adds what the answer or the error says, on success and failure).
    // A refusal ends the run; a failure ends it with the error's exit code.
    template<class J>
    void write(J *job, const console::AuditRecord &audit, std::function<void(J *)> onSuccess,
               std::function<void(const J &, console::AuditRecord &)> describe = {});
    // One page, or every page with --all, printed as `table` makes it.
    template<class PageJob>
    void listPages(typename PageJob::Query query,
                   std::function<Table(const QList<typename PageJob::Item> &)> table);

    // ---- the audit trail
    // Appends an entry that is not a Paxos change (an export); a store failure only warns.
    void recordWrite(console::AuditRecord record, const QString &operation);
    // The reveal gate of the output: a pii.reveal entry where a store is open; false (print
    // masked) when that entry cannot be written.
    bool recordReveal(const QStringList &fields, const QString &identityId);

    // ---- options and input (runoptions.cpp); each reports a usage error and returns
    // nullopt / false when the value is bad.
    std::optional<int> intOption(const QString &name, int min, int max);
    bool timeOption(const QString &name, std::optional<paxos::Timestamp> &out);
    bool timeRangeOption(const QString &field, paxos::TimeRange &range);
    bool enumOption(const QString &name, const paxos::EnumTable &table,
                    std::optional<QString> &out);
    // --limit (1-1000), --order when `order` is given, and --all without --page-cursor.
    bool pagingOptions(std::optional<int> &limit, std::optional<QString> *order);
    // Input JSON: --file FILE, "-" or none = standard input.
    std::optional<QJsonObject> readJsonInput();
    // Create commands take JSON, or flags alone: the JSON is read unless only flags are given.
    std::optional<QJsonObject> jsonInputUnlessFlags(const QStringList &flags);

signals:
    void finished(int exitCode);

private:
    void watchProgress(paxos::Job *job);
    void submitWrite(paxos::Job *job, console::WriteIntent intent,
                     std::function<void(paxos::Job *)> onSuccess);

    // --yes is paxosctl's typed confirmation.
    class YesConfirmer : public console::WriteConfirmer
    {
    public:
        bool yes = false;
        void confirm(const console::WriteConfirmationRequest &,
                     std::function<void(bool)> done) override
        {
            done(yes);
        }
    };

    Invocation m_inv;
    QTextStream &m_out;
    QTextStream &m_err;
    Output m_output;
    ResolvedEnvironment m_env;
    paxos::Connection *m_connection = nullptr;
    QString m_clientId;
    QString m_secret;
    AuditRecorder *m_recorder = nullptr;
    QPointer<paxos::Job> m_job;
    QPointer<paxos::EventFollower> m_follower;
    std::function<void()> m_cancel;
    QString m_interruptNote;
    bool m_finished = false;
    bool m_interrupted = false;
    bool m_progressShown = false;
    QHash<QString, QString> m_requestIds; // operation -> request id of its last answer
    console::WriteGuard *m_gate = nullptr;
    YesConfirmer m_yes;
};

// The JSON of a decoded value as the API sent it (re-encoded when it was built locally).
QJsonObject rawOf(const auto &value)
{
    return value.raw.isEmpty() ? value.toJson() : value.raw;
}

QJsonArray rawArray(const auto &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(rawOf(item));
    return array;
}

template<class J> void RunContext::run(J *job, std::function<void(J *)> onSuccess)
{
    m_job = job;
    watchProgress(job);
    connect(job, &paxos::Job::finished, this, [this, job, onSuccess = std::move(onSuccess)] {
        if (m_finished)
            return;
        if (job->error())
            return fail(*job->error());
        onSuccess(job);
    });
    job->start();
}

template<class J>
void RunContext::write(J *job, const console::AuditRecord &audit,
                       std::function<void(J *)> onSuccess,
                       std::function<void(const J &, console::AuditRecord &)> describe)
{
    console::WriteIntent intent;
    intent.title = command().path();
    intent.target = audit.identityId;
    intent.identityId = audit.identityId;
    intent.details = audit.details;
    if (describe)
        intent.describeOutcome = [describe](const paxos::Job &done, console::AuditRecord &r) {
            describe(static_cast<const J &>(done), r);
        };
    submitWrite(job, std::move(intent), [onSuccess = std::move(onSuccess)](paxos::Job *done) {
        onSuccess(static_cast<J *>(done));
    });
}

template<class PageJob>
void RunContext::listPages(typename PageJob::Query query,
                           std::function<Table(const QList<typename PageJob::Item> &)> table)
{
    if (isSet(QStringLiteral("all"))) {
        using All = paxos::ListAllJob<PageJob>;
        return run<All>(new All(m_connection, query, this), [this, table](All *job) {
            print(table(job->items()),
                  QJsonObject{{QStringLiteral("items"), rawArray(job->items())}});
            done(ExitOk);
        });
    }
    query.pageCursor = value(QStringLiteral("page-cursor"));
    run<PageJob>(new PageJob(m_connection, query, this), [this, table](PageJob *job) {
        const auto &page = job->result();
        print(table(page.items), rawOf(page));
        if (page.hasMore() && format() != Format::Json)
            warn(tr("more on the next page: add --page-cursor %1, or --all")
                     .arg(page.nextPageCursor));
        done(ExitOk);
    });
}

} // namespace paxosctl

#include "cli/runcontext.h"

#include "cli/auditrecorder.h"
#include "paxos/api/eventfollower.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"

#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paxosctl {

RunContext::RunContext(Invocation invocation, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_inv(std::move(invocation))
    , m_out(out)
    , m_err(err)
    , m_output(out, m_inv.global.format, m_inv.global.reveal ? Pii::Revealed : Pii::Masked)
{
    m_output.setRevealGate([this](const QStringList &fields, const QString &identityId) {
        return recordReveal(fields, identityId);
    });
}

RunContext::~RunContext() = default;

void RunContext::setConnection(paxos::Connection *connection, const QString &clientId,
                               const QString &secret)
{
    m_connection = connection;
    m_clientId = clientId;
    m_secret = secret;
    m_connection->setCredentials(clientId, secret, command().scopes);
    if (m_recorder)
        connect(m_connection->requestLog(), &paxos::RequestLog::entryAdded, this,
                [this](const paxos::RequestLogEntry &e) {
                    if (e.httpStatus != 0)
                        m_requestIds.insert(e.operation, e.requestId);
                });
}

void RunContext::requestScopes(const QStringList &scopes)
{
    // Nothing has been asked for yet: the token is fetched by the first call.
    m_connection->setCredentials(m_clientId, m_secret, scopes);
}

void RunContext::print(const Table &table, const QJsonValue &json, const QString &identityId)
{
    m_output.result(table, json, identityId);
}

void RunContext::warn(const QString &text)
{
    m_err << u"paxosctl: "_s << text << u'\n';
    m_err.flush();
}

void RunContext::showProgress(const QString &text)
{
    if (m_finished || !::isatty(STDERR_FILENO))
        return;
    m_err << u"\r"_s << text << u"\x1b[K"_s;
    m_err.flush();
    m_progressShown = true;
}

void RunContext::watchProgress(paxos::Job *job)
{
    // Lists of every page and uploads can take a while: on a terminal, say how far they got.
    if (!::isatty(STDERR_FILENO))
        return;
    connect(job, &paxos::Job::progress, this, [this, job](qint64 doneSoFar, qint64 total) {
        const bool bytes = job->operationName() == u"UploadDocument";
        showProgress(bytes ? tr("%1 of %2 bytes sent").arg(doneSoFar).arg(total)
                           : tr("%1 items so far").arg(doneSoFar));
    });
}

void RunContext::usageError(const QString &text)
{
    warn(text);
    done(ExitUsage);
}

void RunContext::fail(const paxos::ApiError &error)
{
    const auto recordFailure = std::exchange(m_recordFailure, {});
    if (m_interrupted || error.kind() == paxos::ApiError::Kind::Cancelled) {
        if (recordFailure)
            recordFailure(paxos::ApiError::cancelled());
        return done(ExitInterrupted);
    }
    if (format() == Format::Json)
        m_err << renderJson(QJsonObject{{u"error"_s, errorJson(error)}});
    else
        m_err << errorText(error);
    m_err.flush();
    if (recordFailure)
        recordFailure(error);
    done(exitCodeFor(error));
}

void RunContext::done(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progressShown)
        m_err << u"\r\x1b[K"_s;
    if (m_follower)
        m_follower->stop();
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

void RunContext::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    warn(tr("interrupted"));
    const bool jobRunning = m_job && !m_job->isFinished();
    if (jobRunning && !m_interruptNote.isEmpty())
        warn(m_interruptNote);
    if (m_follower)
        m_follower->stop();
    if (m_cancel) {
        // The verifier or export answers from the event loop with "cancelled".
        std::exchange(m_cancel, {})();
        return;
    }
    if (jobRunning) {
        // The job answers with a Cancelled error from the event loop; fail() maps it to 130.
        m_job->cancel();
        return;
    }
    done(ExitInterrupted);
}

void RunContext::recordWrite(console::AuditRecord record, const QString &operation)
{
    m_recordFailure = {};
    if (!m_recorder)
        return;
    record.requestId = m_requestIds.value(operation);
    const auto stored = m_recorder->record(record);
    if (!stored)
        warn(tr("%1 is not recorded in the audit trail (%2): %3")
                 .arg(command().path(), m_recorder->describe(), stored.errorMessage()));
}

void RunContext::recordFailureOf(
    const console::AuditRecord &record, const QString &operation,
    std::function<void(console::AuditRecord &, const paxos::ApiError &)> adjust)
{
    if (!m_recorder)
        return;
    m_recordFailure = [this, record, operation, adjust](const paxos::ApiError &error) {
        console::AuditRecord failed = record;
        const bool cancelled = error.kind() == paxos::ApiError::Kind::Cancelled;
        failed.outcome =
            cancelled ? console::AuditOutcome::Cancelled : console::AuditOutcome::Failed;
        failed.details.insert(u"error"_s, error.message());
        if (adjust)
            adjust(failed, error);
        recordWrite(failed, operation);
    };
}

bool RunContext::recordReveal(const QStringList &fields, const QString &identityId)
{
    // Reads open no store: there is nothing to record in. A run that records its writes
    // records what it shows unmasked as the console does, and shows nothing it could not
    // record.
    if (!m_recorder)
        return true;
    console::AuditRecord record;
    record.action = console::AuditAction::PiiReveal;
    record.identityId = identityId;
    record.details = QJsonObject{{u"fields"_s, QJsonArray::fromStringList(fields)},
                                 {u"command"_s, command().path()}};
    const auto stored = m_recorder->record(record);
    if (stored)
        return true;
    warn(tr("the reveal could not be recorded in the audit trail (%1), so %2 stay masked: %3")
             .arg(m_recorder->describe(), fields.join(u", "_s), stored.errorMessage()));
    return false;
}

} // namespace paxosctl

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
    // Every change of the run passes the same gate as the console's: the connection sends no
    // write the gate did not admit.
    m_gate = new console::WriteGuard(this);
    m_yes.yes = m_inv.global.yes;
    m_gate->setConfirmer(&m_yes);
    m_gate->setProduction(m_env.environment.isProduction(), environmentDisplayName(m_env));
    m_gate->setAuditTrail(m_recorder ? m_recorder->trail() : nullptr);
    // --store none: the user chose to record nothing (the runner refuses a store that fails).
    m_gate->setUnrecordedAllowed(!m_recorder);
    m_gate->attach(connection);
    connect(m_gate, &console::WriteGuard::recordProblem, this,
            [this](const QString &message) { warn(message); });
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

void RunContext::submitWrite(paxos::Job *job, console::WriteIntent intent,
                             std::function<void(paxos::Job *)> onSuccess)
{
    m_job = job;
    watchProgress(job);
    m_gate->submit(
        job, std::move(intent), this,
        [this, onSuccess = std::move(onSuccess)](paxos::Job *done) {
            if (m_finished)
                return;
            if (done->error())
                return fail(*done->error());
            onSuccess(done);
        },
        [this](const QString &reason) {
            if (m_finished)
                return;
            warn(tr("%1 was not sent: %2").arg(command().path(), reason));
            if (m_gate->isProduction() && !m_yes.yes)
                warn(tr("it changes production data; add --yes to confirm"));
            done(m_gate->isProduction() && !m_yes.yes ? ExitUsage : ExitApiProblem);
        });
}

void RunContext::fail(const paxos::ApiError &error)
{
    if (m_interrupted || error.kind() == paxos::ApiError::Kind::Cancelled)
        return done(ExitInterrupted);
    if (format() == Format::Json)
        m_err << renderJson(QJsonObject{{u"error"_s, errorJson(error)}});
    else
        m_err << errorText(error);
    m_err.flush();
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
    if (!m_recorder)
        return;
    record.requestId = m_requestIds.value(operation);
    const auto stored = m_recorder->record(record);
    if (!stored)
        warn(tr("%1 is not recorded in the audit trail (%2): %3")
                 .arg(command().path(), m_recorder->describe(), stored.errorMessage()));
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

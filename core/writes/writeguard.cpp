#include "core/writes/writeguard.h"

#include "core/writes/writeregistry.h"
#include "paxos/api/job.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace console {

WriteGuard::WriteGuard(QObject *parent)
    : QObject(parent)
{
}

WriteGuard::~WriteGuard()
{
    // Quitting with writes in flight: their answers will never be read, so the record says
    // what is known — they were sent, and nobody knows whether Paxos applied them.
    abandonWritesInFlight();
    if (m_connection && m_connection->writeAuthority() == this)
        m_connection->setWriteAuthority(nullptr);
}

void WriteGuard::setProduction(bool production, const QString &environmentLabel)
{
    m_production = production;
    m_environmentLabel = environmentLabel;
}

void WriteGuard::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
}

void WriteGuard::attach(paxos::Connection *connection)
{
    if (m_connection && m_connection->writeAuthority() == this)
        m_connection->setWriteAuthority(nullptr);
    m_connection = connection;
    if (connection)
        connection->setWriteAuthority(this);
}

bool WriteGuard::admitsWrite(quint64 ticket) const
{
    return ticket != 0 && m_inFlight.contains(ticket);
}

std::optional<QString> WriteGuard::refusalNow() const
{
    if (m_readOnly)
        return m_readOnlyReason.isEmpty() ? tr("The console is read-only right now.")
                                          : m_readOnlyReason;
    if (!m_trail && !m_unrecordedAllowed)
        return tr("Not sent: there is no audit trail to record the change in.");
    return std::nullopt;
}

void WriteGuard::submit(paxos::Job *job, WriteIntent intent, QObject *context,
                        std::function<void(paxos::Job *)> finished,
                        std::function<void(const QString &)> refused)
{
    Q_ASSERT(job && job->state() == paxos::Job::State::NotStarted);
    // From here the gate owns the job: whoever asked may go away, the outcome is still
    // recorded.
    job->setParent(this);
    const QPointer<QObject> ctx(context);
    const QString title = intent.title.isEmpty() ? job->operationName() : intent.title;
    const QString target = intent.target;
    auto refuse = [this, ctx, title, target, refused](const QString &reason) {
        emit writeRefused(title, target, reason);
        if (refused && ctx)
            refused(reason);
    };
    const auto action = writeActionFor(job->operationName());
    if (!action) {
        job->deleteLater();
        refuse(tr("Not sent: %1 is not a known kind of change.").arg(job->operationName()));
        return;
    }
    if (const auto why = refusalNow()) {
        job->deleteLater();
        refuse(*why);
        return;
    }
    if (!m_production || takeFromBatch(intent.batch, job->operationName())) {
        emit writeConfirmed(title, target);
        send(job, std::move(intent), *action, ctx, std::move(finished), refuse);
        return;
    }
    if (!m_confirmer) {
        // Fail closed: a Production write without a way to confirm it does not happen.
        job->deleteLater();
        refuse(tr("Changes in Production need a typed confirmation, and none can be asked."));
        return;
    }
    const WriteConfirmationRequest request{title, target, m_environmentLabel, confirmationPhrase()};
    const QPointer<WriteGuard> self(this);
    const QPointer<paxos::Job> pending(job);
    m_confirmer->confirm(
        request,
        [self, pending, intent = std::move(intent), action, ctx, finished = std::move(finished),
         refuse, title, target](bool confirmed) mutable {
            if (!self || !pending)
                return;
            // Cancelled by whoever asked while the confirmation was open: nothing was sent.
            if (pending->state() != paxos::Job::State::NotStarted) {
                refuse(tr("Cancelled."));
                return;
            }
            if (!confirmed) {
                pending->deleteLater();
                refuse(tr("Not confirmed."));
                return;
            }
            // The dialog may have been open for a while: the link may have gone meanwhile.
            if (const auto why = self->refusalNow()) {
                pending->deleteLater();
                refuse(*why);
                return;
            }
            emit self->writeConfirmed(title, target);
            self->send(pending, std::move(intent), *action, ctx, std::move(finished), refuse);
        });
}

void WriteGuard::send(paxos::Job *job, WriteIntent intent, AuditAction action,
                      QPointer<QObject> context, std::function<void(paxos::Job *)> finished,
                      std::function<void(const QString &)> refuse)
{
    AuditRecord record;
    record.action = action;
    record.outcome = AuditOutcome::Intended;
    record.identityId = intent.identityId;
    record.details = intent.details;
    record.details.insert(u"operation"_s, job->operationName());
    qint64 intentSeq = 0;
    if (m_trail) {
        const auto stored = m_trail->append(record);
        if (!stored) {
            // A change the record cannot show must not happen.
            job->deleteLater();
            refuse(tr("Not sent: the change could not be recorded in the audit trail (%1).")
                       .arg(stored.errorMessage()));
            return;
        }
        intentSeq = stored->seq;
    }
    quint64 ticket = 0;
    while (ticket == 0 || m_inFlight.contains(ticket))
        ticket = QRandomGenerator::system()->generate64();
    m_inFlight.insert(ticket, InFlight{job, record, intentSeq, std::move(intent.describeOutcome)});
    job->setWriteTicket(ticket);
    connect(job, &paxos::Job::finished, this,
            [this, ticket, context, finished = std::move(finished)](paxos::Job *done) {
                const auto &error = done->error();
                const AuditOutcome outcome = !error                     ? AuditOutcome::Succeeded
                    : error->kind() == paxos::ApiError::Kind::Cancelled ? AuditOutcome::Cancelled
                                                                        : AuditOutcome::Failed;
                recordOutcome(ticket, outcome, done);
                if (finished && context)
                    finished(done);
            });
    emit writesInFlightChanged(writesInFlight());
    job->start();
}

void WriteGuard::recordOutcome(quint64 ticket, AuditOutcome outcome, const paxos::Job *job)
{
    const auto it = m_inFlight.find(ticket);
    if (it == m_inFlight.end())
        return;
    const InFlight write = it.value();
    m_inFlight.erase(it);
    AuditRecord record = write.outcome;
    record.outcome = outcome;
    if (write.intentSeq > 0)
        record.details.insert(u"intent_seq"_s, write.intentSeq);
    if (job) {
        record.requestId = job->requestId();
        if (job->requestIds().size() > 1)
            record.details.insert(u"request_ids"_s, QJsonArray::fromStringList(job->requestIds()));
        if (job->error() && outcome != AuditOutcome::Unknown)
            record.details.insert(u"error"_s, job->error()->message());
        if (write.describeOutcome)
            write.describeOutcome(*job, record);
    }
    if (m_trail) {
        const auto stored = m_trail->append(record);
        if (!stored)
            emit recordProblem(
                tr("The outcome of %1 could not be recorded in the audit trail: %2")
                    .arg(auditActionLabel(auditActionName(record.action)), stored.errorMessage()));
    }
    emit writesInFlightChanged(writesInFlight());
}

void WriteGuard::abandonWritesInFlight()
{
    const auto tickets = m_inFlight.keys();
    for (const quint64 ticket : tickets) {
        const QPointer<paxos::Job> job = m_inFlight.value(ticket).job;
        if (job)
            job->disconnect(this);
        recordOutcome(ticket, AuditOutcome::Unknown, job);
        if (job)
            job->cancel();
    }
}

bool WriteGuard::takeFromBatch(quint64 batch, const QString &operation)
{
    if (batch == 0)
        return false;
    const auto it = m_batches.find(batch);
    if (it == m_batches.end() || it->operation != operation || it->remaining <= 0)
        return false;
    if (--it->remaining == 0)
        m_batches.erase(it);
    return true;
}

void WriteGuard::confirmBatch(const QString &title, const QString &operation, int count,
                              QObject *context, std::function<void(quint64)> proceed,
                              std::function<void(const QString &)> refused)
{
    const QPointer<QObject> ctx(context);
    const QString target = tr("%n change(s)", nullptr, count);
    auto refuse = [this, ctx, title, target, refused](const QString &reason) {
        emit writeRefused(title, target, reason);
        if (refused && ctx)
            refused(reason);
    };
    if (count <= 0 || !writeActionFor(operation)) {
        refuse(tr("Not sent: %1 is not a known kind of change.").arg(operation));
        return;
    }
    if (const auto why = refusalNow()) {
        refuse(*why);
        return;
    }
    auto open = [this, operation, count] {
        quint64 id = 0;
        while (id == 0 || m_batches.contains(id))
            id = QRandomGenerator::system()->generate64();
        m_batches.insert(id, Batch{operation, count});
        return id;
    };
    if (!m_production) {
        // Nothing to ask: each write is confirmed (and recorded) on its own as usual.
        if (ctx)
            proceed(0);
        return;
    }
    if (!m_confirmer) {
        refuse(tr("Changes in Production need a typed confirmation, and none can be asked."));
        return;
    }
    const WriteConfirmationRequest request{title, target, m_environmentLabel, confirmationPhrase()};
    const QPointer<WriteGuard> self(this);
    m_confirmer->confirm(
        request,
        [self, ctx, title, target, operation, count, open, proceed = std::move(proceed),
         refuse](bool confirmed) {
            if (!self)
                return;
            if (!confirmed) {
                refuse(tr("Not confirmed."));
                return;
            }
            if (const auto why = self->refusalNow()) {
                refuse(*why);
                return;
            }
            // The one answer stands for every write of the batch, so it is on the record itself.
            AuditRecord record;
            record.action = AuditAction::BatchConfirm;
            record.outcome = AuditOutcome::Succeeded;
            record.details =
                QJsonObject{{u"operation"_s, operation}, {u"count"_s, count}, {u"title"_s, title}};
            if (self->m_trail) {
                const auto stored = self->m_trail->append(record);
                if (!stored) {
                    refuse(tr("Not sent: the confirmation could not be recorded in the audit "
                              "trail (%1).")
                               .arg(stored.errorMessage()));
                    return;
                }
            }
            emit self->writeConfirmed(title, target);
            const quint64 id = open();
            if (ctx)
                proceed(id);
            else
                self->endBatch(id);
        });
}

void WriteGuard::requestWrite(const QString &action, const QString &target, QObject *context,
                              std::function<void()> proceed,
                              std::function<void(const QString &reason)> refused)
{
    QPointer<QObject> guard(context);
    auto refuse = [=, this](const QString &reason) {
        emit writeRefused(action, target, reason);
        if (refused && guard)
            refused(reason);
    };
    if (m_readOnly) {
        refuse(m_readOnlyReason.isEmpty() ? tr("The console is read-only right now.")
                                          : m_readOnlyReason);
        return;
    }
    if (!m_production) {
        emit writeConfirmed(action, target);
        if (guard)
            proceed();
        return;
    }
    if (!m_confirmer) {
        refuse(tr("Changes in Production need a typed confirmation, and none can be asked."));
        return;
    }
    WriteConfirmationRequest request{action, target, m_environmentLabel, confirmationPhrase()};
    QPointer<WriteGuard> self(this);
    m_confirmer->confirm(request, [=](bool confirmed) {
        if (!self)
            return;
        if (!confirmed) {
            refuse(tr("Not confirmed."));
            return;
        }
        emit self->writeConfirmed(action, target);
        if (guard)
            proceed();
    });
}

} // namespace console

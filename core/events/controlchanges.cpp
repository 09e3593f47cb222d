#include "core/events/controlchanges.h"

#include "core/current/identityfetcher.h"
#include "core/session/writeconfirmation.h"
#include "core/record/audittrail.h"
#include "paxos/api/controljobs.h"

using namespace Qt::StringLiterals;

namespace console {

ControlChanges::ControlChanges(IdentityFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
{
}

ControlChanges::~ControlChanges()
{
    // A write already sent is not taken back; only its answer goes unheard.
    if (m_job)
        m_job->disconnect(this);
}

void ControlChanges::setWriteGuard(WriteGuard *guard)
{
    m_guard = guard;
}

void ControlChanges::setAuditTrail(AuditTrail *audit)
{
    m_audit = audit;
}

void ControlChanges::record(bool create, bool ok, const QString &identityId,
                            const QJsonObject &details, const QString &requestId)
{
    if (!m_audit)
        return;
    AuditRecord record;
    record.requestId = requestId;
    record.action = create ? AuditAction::ControlCreate : AuditAction::ControlDelete;
    record.outcome = ok ? AuditOutcome::Succeeded : AuditOutcome::Failed;
    record.identityId = identityId;
    record.details = details;
    // An audit failure must not hide a write Paxos already accepted; the trail reports its
    // own errors through the store.
    (void)m_audit->append(record);
}

void ControlChanges::succeeded(const QString &identityId)
{
    emit changed(identityId);
    if (m_fetcher && m_fetcher->identityId() == identityId)
        m_fetcher->refetch(IdentityFetcher::Part::Controls);
}

void ControlChanges::create(const paxos::CreateIdentityControlRequest &request,
                            const QString &typeLabel)
{
    if (isRunning() || request.identityId.isEmpty() || !m_fetcher || !m_fetcher->connection())
        return;
    auto proceed = [this, request] {
        if (!m_fetcher || !m_fetcher->connection()) {
            emit failed(tr("The control was not added: there is no connection."));
            return;
        }
        auto *job = new paxos::CreateIdentityControlJob(m_fetcher->connection(), request, this);
        m_job = job;
        emit started(tr("Adding the control…"));
        connect(job, &paxos::Job::finished, this, [this, job, request](paxos::Job *) {
            const QJsonObject details{
                {u"type"_s, request.type},
                {u"reason_code"_s, request.reasonCode},
                {u"reason"_s, request.reason.value_or(QString())},
                {u"control_id"_s, job->isSucceeded() ? job->result().id : QString()}};
            record(true, job->isSucceeded(), request.identityId, details, job->requestId());
            if (!job->isSucceeded()) {
                emit failed(tr("The control was not added: %1").arg(job->error()->message()));
                return;
            }
            succeeded(request.identityId);
        });
        job->start();
    };
    if (m_guard)
        m_guard->requestWrite(tr("Add a %1 control").arg(typeLabel), request.identityId, this,
                              proceed, [this](const QString &why) { emit failed(why); });
    else
        proceed();
}

void ControlChanges::remove(const QString &identityId, const QString &controlId,
                            const QString &reason, const QString &typeLabel)
{
    if (isRunning() || controlId.isEmpty() || !m_fetcher || !m_fetcher->connection())
        return;
    auto proceed = [this, identityId, controlId, reason] {
        if (!m_fetcher || !m_fetcher->connection()) {
            emit failed(tr("The control was not deleted: there is no connection."));
            return;
        }
        auto *job =
            new paxos::DeleteIdentityControlJob(m_fetcher->connection(), controlId, reason, this);
        m_job = job;
        emit started(tr("Deleting the control…"));
        connect(job, &paxos::Job::finished, this,
                [this, job, identityId, controlId, reason](paxos::Job *) {
                    record(false, job->isSucceeded(), identityId,
                           {{u"control_id"_s, controlId}, {u"reason"_s, reason}}, job->requestId());
                    if (!job->isSucceeded()) {
                        emit failed(
                            tr("The control was not deleted: %1").arg(job->error()->message()));
                        return;
                    }
                    succeeded(identityId);
                });
        job->start();
    };
    if (m_guard)
        m_guard->requestWrite(tr("Delete the %1 control").arg(typeLabel), identityId, this, proceed,
                              [this](const QString &why) { emit failed(why); });
    else
        proceed();
}

} // namespace console

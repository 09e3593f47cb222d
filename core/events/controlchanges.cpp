#include "core/events/controlchanges.h"

#include "core/current/identityfetcher.h"
#include "core/writes/writeguard.h"
#include "paxos/api/controljobs.h"

using namespace Qt::StringLiterals;

namespace console {

ControlChanges::ControlChanges(IdentityFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
{
}

// A write already sent is not taken back: the gate owns it and records its outcome.
ControlChanges::~ControlChanges() = default;

void ControlChanges::setWriteGuard(WriteGuard *guard)
{
    m_guard = guard;
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
    if (!m_guard) {
        emit failed(tr("The control was not added: changes cannot be sent from here."));
        return;
    }
    auto *job = new paxos::CreateIdentityControlJob(m_fetcher->connection(), request, this);
    m_job = job;
    WriteIntent intent;
    intent.title = tr("Add a %1 control").arg(typeLabel);
    intent.target = request.identityId;
    intent.identityId = request.identityId;
    intent.details = {{u"type"_s, request.type},
                      {u"reason_code"_s, request.reasonCode},
                      {u"reason"_s, request.reason.value_or(QString())}};
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (done.isSucceeded())
            outcome.details.insert(
                u"control_id"_s,
                static_cast<const paxos::CreateIdentityControlJob &>(done).result().id);
    };
    m_guard->submit(
        job, std::move(intent), this,
        [this, identityId = request.identityId](paxos::Job *done) {
            m_job = nullptr;
            if (!done->isSucceeded()) {
                emit failed(tr("The control was not added: %1").arg(done->error()->message()));
                return;
            }
            succeeded(identityId);
        },
        [this](const QString &why) {
            m_job = nullptr;
            emit failed(tr("The control was not added: %1").arg(why));
        });
    // Still ours unless refused at once: the confirmation may be open now.
    if (m_job)
        emit started(tr("Adding the control…"));
}

void ControlChanges::remove(const QString &identityId, const QString &controlId,
                            const QString &reason, const QString &typeLabel)
{
    if (isRunning() || controlId.isEmpty() || !m_fetcher || !m_fetcher->connection())
        return;
    if (!m_guard) {
        emit failed(tr("The control was not deleted: changes cannot be sent from here."));
        return;
    }
    auto *job =
        new paxos::DeleteIdentityControlJob(m_fetcher->connection(), controlId, reason, this);
    m_job = job;
    WriteIntent intent;
    intent.title = tr("Delete the %1 control").arg(typeLabel);
    intent.target = identityId;
    intent.identityId = identityId;
    intent.details = {{u"control_id"_s, controlId}, {u"reason"_s, reason}};
    m_guard->submit(
        job, std::move(intent), this,
        [this, identityId](paxos::Job *done) {
            m_job = nullptr;
            if (!done->isSucceeded()) {
                emit failed(tr("The control was not deleted: %1").arg(done->error()->message()));
                return;
            }
            succeeded(identityId);
        },
        [this](const QString &why) {
            m_job = nullptr;
            emit failed(tr("The control was not deleted: %1").arg(why));
        });
    if (m_job)
        emit started(tr("Deleting the control…"));
}

} // namespace console

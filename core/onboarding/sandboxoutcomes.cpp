#include "core/onboarding/sandboxoutcomes.h"

#include "core/record/audittrail.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/net/connection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console::onboarding {

SandboxOutcomes::SandboxOutcomes(paxos::Connection *connection, AuditTrail *audit, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_audit(audit)
{
}

SandboxOutcomes::~SandboxOutcomes()
{
    cancel();
}

QList<SandboxScenario> SandboxOutcomes::scenarios()
{
    return {
        {u"approve"_s, tr("Screening passes"),
         tr("ID verification, sanctions and additional screening become Approved.")},
        {u"deny"_s, tr("Sanctions hit"),
         tr("Sanctions screening is denied; the identity is Denied.")},
        {u"manual_review"_s, tr("Possible sanctions hit"),
         tr("Sanctions screening needs manual review; the identity stays Pending until a status "
            "is set.")},
        {u"pending"_s, tr("ID verification outstanding"),
         tr("ID verification becomes Pending; so does the identity.")},
        {u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s, tr("Enhanced due diligence"),
         tr("Paxos asks for proof of funds and proof of residency; approved once both are "
            "uploaded.")},
        {u"kyc_refresh_due"_s, tr("KYC refresh due"),
         tr("A 30-day KYC refresh window opens; confirm it with a KYC refresh.")},
        {u"kyc_refresh_expired"_s, tr("KYC refresh expired"),
         tr("The refresh expires: Paxos adds a sell-only control and the identity is Disabled "
            "until a KYC refresh.")},
        {u"paxos_control:DORMANT"_s, tr("Dormant"),
         tr("Paxos sets a dormancy control; the identity is Disabled.")},
        {u"paxos_control:FROZEN"_s, tr("Frozen by Paxos"),
         tr("Paxos freezes the identity for a compliance investigation.")},
    };
}

bool SandboxOutcomes::canSetStatus() const
{
    return m_connection && m_connection->environment().isValid()
        && !m_connection->environment().isProduction();
}

bool SandboxOutcomes::reachesAdminApi(const paxos::Connection *connection)
{
    return connection && paxos::SandboxAdminJob::isAvailable(connection->environment());
}

void SandboxOutcomes::setStatus(const QString &identityId, const QJsonObject &statuses)
{
    if (!canSetStatus()) {
        emit failed(
            paxos::ApiError::invalidArgument(tr("Sandbox statuses can only be set in a sandbox.")));
        return;
    }
    cancel();
    auto *job = new paxos::SetSandboxIdentityStatusJob(m_connection, identityId, statuses, this);
    m_job = job;
    connect(job, &paxos::Job::succeeded, this, [this, identityId, statuses](paxos::Job *j) {
        m_job = nullptr;
        record(identityId, {{u"statuses"_s, statuses}}, true, j->requestId());
        emit applied(identityId, {});
    });
    connect(job, &paxos::Job::failed, this,
            [this, identityId, statuses](paxos::Job *j, const paxos::ApiError &e) {
                m_job = nullptr;
                if (e.kind() != paxos::ApiError::Kind::Cancelled)
                    record(identityId, {{u"statuses"_s, statuses}}, false, j->requestId());
                emit failed(e);
            });
    job->start();
}

void SandboxOutcomes::runScenario(const QString &identityId, const QString &scenario)
{
    if (!canRunScenario()) {
        emit failed(paxos::ApiError::invalidArgument(
            tr("Scenario triggers exist only in the local sandbox.")));
        return;
    }
    const QJsonObject details{{u"scenario"_s, scenario}};
    runAdmin(
        paxos::SandboxAdminJob::scenario(m_connection, identityId, scenario, this),
        [this, identityId, details](paxos::SandboxAdminJob *job) {
            record(identityId, details, true, job->requestId());
            emit applied(identityId, job->result());
        },
        [this, identityId, details](paxos::SandboxAdminJob *job) {
            record(identityId, details, false, job->requestId());
        });
}

void SandboxOutcomes::addDemoIdentities(int count)
{
    if (!canRunScenario()) {
        emit failed(paxos::ApiError::invalidArgument(
            tr("Demo identities can only be added to the local sandbox.")));
        return;
    }
    // Not in the audit trail: this fills the local emulator, it is not an action on Paxos.
    runAdmin(paxos::SandboxAdminJob::seed(m_connection, count, this),
             [this](paxos::SandboxAdminJob *job) {
                 emit demoIdentitiesAdded(job->result().value(u"created"_s).toInt(),
                                          job->result().value(u"identities"_s).toInt());
             },
             {});
}

void SandboxOutcomes::runAdmin(paxos::SandboxAdminJob *job,
                               std::function<void(paxos::SandboxAdminJob *)> succeeded,
                               std::function<void(paxos::SandboxAdminJob *)> recordFailure)
{
    cancel();
    m_job = job;
    connect(job, &paxos::Job::succeeded, this, [this, job, succeeded] {
        m_job = nullptr; // isRunning() is false for whoever hears the outcome
        succeeded(job);
    });
    connect(job, &paxos::Job::failed, this,
            [this, job, recordFailure](paxos::Job *, const paxos::ApiError &e) {
                m_job = nullptr;
                if (recordFailure && e.kind() != paxos::ApiError::Kind::Cancelled)
                    recordFailure(job);
                emit failed(e);
            });
    job->start();
}

void SandboxOutcomes::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SandboxOutcomes::record(const QString &identityId, const QJsonObject &details, bool ok,
                             const QString &requestId)
{
    if (!m_audit)
        return;
    AuditRecord r;
    r.requestId = requestId;
    r.action = AuditAction::SandboxStatusSet;
    r.outcome = ok ? AuditOutcome::Succeeded : AuditOutcome::Failed;
    r.identityId = identityId;
    r.details = details;
    (void)m_audit->append(r);
}

} // namespace console::onboarding

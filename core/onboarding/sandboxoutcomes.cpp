#include "core/onboarding/sandboxoutcomes.h"

#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/net/connection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console::onboarding {

SandboxOutcomes::SandboxOutcomes(paxos::Connection *connection, WriteGuard *guard, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
{
}

// A change already sent is not taken back: the write gate owns it and records its outcome.
SandboxOutcomes::~SandboxOutcomes() = default;

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
    QStringList keys = statuses.keys();
    WriteIntent intent;
    intent.title = tr("Set sandbox status (%1)").arg(keys.join(u", "_s));
    intent.target = identityId;
    intent.identityId = identityId;
    intent.details = {{u"statuses"_s, statuses}};
    run(new paxos::SetSandboxIdentityStatusJob(m_connection, identityId, statuses, this),
        std::move(intent), [this, identityId](paxos::Job *) { emit applied(identityId, {}); });
}

void SandboxOutcomes::runScenario(const QString &identityId, const QString &scenario)
{
    if (!canRunScenario()) {
        emit failed(paxos::ApiError::invalidArgument(
            tr("Scenario triggers exist only in the local sandbox.")));
        return;
    }
    WriteIntent intent;
    intent.title = tr("Run the sandbox scenario %1").arg(scenario);
    intent.target = identityId;
    intent.identityId = identityId;
    intent.details = {{u"scenario"_s, scenario}};
    run(paxos::SandboxAdminJob::scenario(m_connection, identityId, scenario, this),
        std::move(intent), [this, identityId](paxos::Job *job) {
            emit applied(identityId, static_cast<paxos::SandboxAdminJob *>(job)->result());
        });
}

void SandboxOutcomes::addDemoIdentities(int count)
{
    if (!canRunScenario()) {
        emit failed(paxos::ApiError::invalidArgument(
            tr("Demo identities can only be added to the local sandbox.")));
        return;
    }
    WriteIntent intent;
    intent.title = tr("Add %n demo identities", nullptr, count);
    intent.target = tr("Local sandbox");
    intent.details = {{u"count"_s, count}};
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (done.isSucceeded())
            outcome.details.insert(
                u"created"_s,
                static_cast<const paxos::SandboxAdminJob &>(done).result().value(u"created"_s));
    };
    run(paxos::SandboxAdminJob::seed(m_connection, count, this), std::move(intent),
        [this](paxos::Job *job) {
            const QJsonObject result = static_cast<paxos::SandboxAdminJob *>(job)->result();
            emit demoIdentitiesAdded(result.value(u"created"_s).toInt(),
                                     result.value(u"identities"_s).toInt());
        });
}

void SandboxOutcomes::run(paxos::Job *job, WriteIntent intent,
                          std::function<void(paxos::Job *)> succeeded)
{
    cancel();
    if (!m_guard) {
        delete job;
        emit failed(paxos::ApiError::invalidArgument(tr("Changes cannot be sent from here.")));
        return;
    }
    m_job = job;
    m_guard->submit(
        job, std::move(intent), this,
        [this, succeeded](paxos::Job *done) {
            m_job = nullptr; // isRunning() is false for whoever hears the outcome
            if (done->isSucceeded())
                succeeded(done);
            else
                emit failed(*done->error());
        },
        [this](const QString &reason) {
            if (!m_job)
                return; // cancel() already answered
            m_job = nullptr;
            emit failed(paxos::ApiError::invalidArgument(reason));
        });
}

void SandboxOutcomes::cancel()
{
    if (!m_job)
        return;
    const bool sent = m_job->state() != paxos::Job::State::NotStarted;
    m_job->cancel();
    if (!sent) {
        // Still waiting for the confirmation: nothing went out.
        m_job = nullptr;
        emit failed(paxos::ApiError::cancelled());
    }
}

} // namespace console::onboarding

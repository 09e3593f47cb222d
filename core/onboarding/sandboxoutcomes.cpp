#include "core/onboarding/sandboxoutcomes.h"

#include "core/store/audittrail.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/connection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>

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
    if (!connection || !connection->environment().isValid()
        || connection->environment().isProduction())
        return false;
    // The admin API answers loopback peers only; a custom environment on this machine is a
    // paxos-sandbox too (Paxos has no loopback servers).
    const QString host = connection->environment().apiBase().host();
    return host == "localhost"_L1 || QHostAddress(host).isLoopback();
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
    sendAdmin(u"SandboxAdminScenario"_s,
              u"/sandbox-admin/identities/%1/scenario"_s.arg(
                  QString::fromLatin1(QUrl::toPercentEncoding(identityId))),
              {{u"scenario"_s, scenario}},
              [this, identityId, scenario](const paxos::ApiCall *call, const QString &requestId) {
                  const QJsonObject details{{u"scenario"_s, scenario}};
                  if (const auto &error = call->error()) {
                      if (error->kind() != paxos::ApiError::Kind::Cancelled)
                          record(identityId, details, false, requestId);
                      emit failed(*error);
                      return;
                  }
                  record(identityId, details, true, requestId);
                  emit applied(identityId, call->response().json);
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
    sendAdmin(u"SandboxAdminSeed"_s, u"/sandbox-admin/seed"_s, {{u"count"_s, count}},
              [this](const paxos::ApiCall *call, const QString &) {
                  if (const auto &error = call->error()) {
                      emit failed(*error);
                      return;
                  }
                  // An admin answer is not a Paxos one: the connection leaves its body as is.
                  const QJsonObject answer =
                      QJsonDocument::fromJson(call->response().body).object();
                  emit demoIdentitiesAdded(answer.value(u"created"_s).toInt(),
                                           answer.value(u"identities"_s).toInt());
              });
}

void SandboxOutcomes::sendAdmin(
    const QString &operation, const QString &path, const QJsonObject &body,
    std::function<void(const paxos::ApiCall *, const QString &requestId)> done)
{
    cancel();
    QUrl url = m_connection->environment().apiBase();
    url.setPath(path);
    paxos::ApiRequest request;
    request.operation = operation;
    request.method = "POST";
    request.absoluteUrl = url;
    request.authenticated = false;
    request.rateClass = paxos::RateClass::Unpaced;
    request.safeToRepeat = false;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    auto *call = m_connection->send(request, this);
    m_call = call;
    connect(call, &paxos::ApiCall::finished, this, [this, call, done = std::move(done)] {
        call->deleteLater();
        m_call = nullptr; // isRunning() is false for whoever hears the outcome
        done(call,
             call->response().requestId.isEmpty() ? call->sentRequestId()
                                                  : call->response().requestId);
    });
}

void SandboxOutcomes::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_call)
        m_call->cancel();
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

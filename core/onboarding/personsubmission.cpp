#include "core/onboarding/personsubmission.h"

#include "core/current/identitylookup.h"
#include "core/logging.h"
#include "core/session/writeconfirmation.h"
#include "core/record/audittrail.h"
#include "core/record/statushistory.h"
#include "paxos/api/identityjobs.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console::onboarding {

namespace {

// Top-level keys and the paths of the objects below them, for the audit record: which
// fields were sent, without their (personal) values.
bool outcomeUnknown(const paxos::ApiError &error)
{
    using K = paxos::ApiError::Kind;
    return error.kind() == K::Timeout || error.kind() == K::Network || error.kind() == K::Cancelled
        || error.kind() == K::Decode || error.httpStatus() >= 500;
}

} // namespace

QString fieldPathInDetail(const QString &detail)
{
    static const QRegularExpression path(
        uR"((?:^|[\s"'`(])((?:person_details|customer_due_diligence|tax_details|institution_details)(?:\[\d+\])?(?:\.[a-z0-9_]+(?:\[\d+\])?)*|ref_id|metadata|tax_details_not_required)\b)"_s);
    const QRegularExpressionMatch m = path.match(detail);
    return m.hasMatch() ? m.captured(1) : QString();
}

PersonSubmission::PersonSubmission(paxos::Connection *connection, WriteGuard *guard,
                                   AuditTrail *audit, QObject *parent, StatusHistory *history)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_audit(audit)
    , m_history(history)
{
}

PersonSubmission::~PersonSubmission()
{
    if (m_job)
        m_job->cancel();
}

void PersonSubmission::create(const QJsonObject &request, const QString &target)
{
    const QString refId = request.value("ref_id"_L1).toString();
    auto go = [this, request, refId] {
        m_awaitingConfirmation = false;
        auto *job = new paxos::CreateIdentityJob(m_connection, request, this);
        job->setResolveDuplicateRefId(outcomeUnknownFor(refId));
        run(job, true, QString(), job->refId(), request);
    };
    if (!m_guard) {
        go();
        return;
    }
    m_awaitingConfirmation = true;
    m_guard->requestWrite(tr("Create person identity"), target, this, go,
                          [this](const QString &reason) {
                              m_awaitingConfirmation = false;
                              emit refused(reason);
                          });
}

void PersonSubmission::update(const QString &identityId, const QJsonObject &body,
                              const QString &target)
{
    auto go = [this, identityId, body] {
        m_awaitingConfirmation = false;
        run(new paxos::UpdateIdentityJob(m_connection, identityId, body, this), false, identityId,
            QString(), body);
    };
    if (!m_guard) {
        go();
        return;
    }
    m_awaitingConfirmation = true;
    m_guard->requestWrite(body.size() == 1 && body.contains("last_kyc_refresh_date"_L1)
                              ? tr("Confirm KYC refresh")
                              : tr("Update person identity"),
                          target, this, go, [this](const QString &reason) {
                              m_awaitingConfirmation = false;
                              emit refused(reason);
                          });
}

void PersonSubmission::run(paxos::Job *job, bool isCreate, const QString &identityId,
                           const QString &refId, const QJsonObject &body)
{
    m_job = job;
    emit started();
    connect(job, &paxos::Job::succeeded, this, [this, isCreate, refId, body](paxos::Job *j) {
        paxos::Identity identity;
        bool recovered = false;
        if (auto *c = qobject_cast<paxos::CreateIdentityJob *>(j)) {
            identity = c->result();
            recovered = c->isRecovered();
        } else if (auto *u = qobject_cast<paxos::UpdateIdentityJob *>(j)) {
            identity = u->result();
        }
        if (refId == m_uncertainRefId)
            m_uncertainRefId.clear();
        record(isCreate, identity.id, body, auditOutcomeName(AuditOutcome::Succeeded), {},
               j->requestId());
        // What Paxos answered is an observed state of the identity, caused by this call.
        if (m_history && !identity.id.isEmpty()) {
            if (const auto kept =
                    m_history->record(identity.toJson(), SnapshotCause::OwnCall, j->requestId());
                !kept)
                qCWarning(lcStore) << "snapshot not kept:" << kept.errorMessage();
        }
        emit succeeded(identity, recovered);
        if (isCreate && !identity.id.isEmpty())
            lookUpIdentity(m_connection, identity.id, false, this,
                           [this](const paxos::Identity &now) { emit decided(now); });
    });
    connect(job, &paxos::Job::failed, this,
            [this, isCreate, identityId, refId, body](paxos::Job *j, const paxos::ApiError &e) {
                if (isCreate)
                    m_uncertainRefId = outcomeUnknown(e) ? refId : QString();
                const QString id = e.existingId().isEmpty() ? identityId : e.existingId();
                record(isCreate, id, body,
                       e.kind() == paxos::ApiError::Kind::Cancelled
                           ? auditOutcomeName(AuditOutcome::Cancelled)
                           : auditOutcomeName(AuditOutcome::Failed),
                       e.message(), j->requestId());
                emit failed(e);
            });
    job->start();
}

void PersonSubmission::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PersonSubmission::record(bool isCreate, const QString &identityId, const QJsonObject &body,
                              const QString &outcome, const QString &error,
                              const QString &requestId)
{
    if (!m_audit)
        return;
    AuditRecord r;
    r.requestId = requestId;
    r.action = isCreate ? AuditAction::IdentityCreate : AuditAction::IdentityUpdate;
    r.outcome = outcome == auditOutcomeName(AuditOutcome::Succeeded) ? AuditOutcome::Succeeded
        : outcome == auditOutcomeName(AuditOutcome::Cancelled)       ? AuditOutcome::Cancelled
                                                                     : AuditOutcome::Failed;
    r.identityId = identityId;
    QJsonObject details{{u"fields"_s, auditFieldPaths(body)}};
    if (body.contains("ref_id"_L1))
        details.insert(u"ref_id"_s, body.value("ref_id"_L1));
    if (!error.isEmpty())
        details.insert(u"error"_s, error);
    r.details = details;
    // An audit failure must not undo or hide a write that Paxos already accepted; the trail
    // reports its own errors through the store.
    (void)m_audit->append(r);
}

} // namespace console::onboarding

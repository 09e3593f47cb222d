#include "core/onboarding/personsubmission.h"

#include "core/current/identitylookup.h"
#include "core/logging.h"
#include "core/record/audittrail.h"
#include "core/record/statushistory.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console::onboarding {

namespace {

// An attempt that may have reached Paxos without its answer reaching us.
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
                                   QObject *parent, StatusHistory *history)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_history(history)
{
}

// A write already sent is not taken back when the dialog goes: the gate owns it and
// records its outcome.
PersonSubmission::~PersonSubmission() = default;

void PersonSubmission::create(const QJsonObject &request, const QString &target)
{
    const QString refId = request.value("ref_id"_L1).toString();
    auto *job = new paxos::CreateIdentityJob(m_connection, request, this);
    job->setResolveDuplicateRefId(outcomeUnknownFor(refId));
    run(job, tr("Create person identity"), target, true, QString(), job->refId(), request);
}

void PersonSubmission::update(const QString &identityId, const QJsonObject &body,
                              const QString &target)
{
    const bool kycRefresh = body.size() == 1 && body.contains("last_kyc_refresh_date"_L1);
    run(new paxos::UpdateIdentityJob(m_connection, identityId, body, this),
        kycRefresh ? tr("Confirm KYC refresh") : tr("Update person identity"), target, false,
        identityId, QString(), body);
}

void PersonSubmission::run(paxos::Job *job, const QString &title, const QString &target,
                           bool isCreate, const QString &identityId, const QString &refId,
                           const QJsonObject &body)
{
    if (!m_guard) {
        delete job;
        emit refused(tr("Not sent: changes cannot be sent from here."));
        return;
    }
    m_job = job;
    WriteIntent intent;
    intent.title = title;
    intent.target = target;
    intent.identityId = identityId;
    // Which fields were sent, never their (personal) values.
    intent.details = {{u"fields"_s, auditFieldPaths(body)}};
    if (body.contains("ref_id"_L1))
        intent.details.insert(u"ref_id"_s, body.value("ref_id"_L1));
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (const auto *c = qobject_cast<const paxos::CreateIdentityJob *>(&done);
            c && done.isSucceeded())
            outcome.identityId = c->result().id;
        else if (done.error() && !done.error()->existingId().isEmpty())
            outcome.identityId = done.error()->existingId();
    };
    m_guard->submit(
        job, std::move(intent), this,
        [this, isCreate, refId](paxos::Job *j) {
            m_job = nullptr;
            if (j->isSucceeded())
                handleSucceeded(j, isCreate, refId);
            else
                handleFailed(*j->error(), isCreate, refId);
        },
        [this](const QString &reason) {
            // Null when cancel() already answered for a write still awaiting confirmation.
            if (!m_job)
                return;
            m_job = nullptr;
            emit refused(reason);
        });
    // Not refused at once: sent, or waiting for the typed confirmation.
    if (m_job)
        emit started();
}

void PersonSubmission::handleSucceeded(paxos::Job *j, bool isCreate, const QString &refId)
{
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
}

void PersonSubmission::handleFailed(const paxos::ApiError &e, bool isCreate, const QString &refId)
{
    if (isCreate)
        m_uncertainRefId = outcomeUnknown(e) ? refId : QString();
    emit failed(e);
}

void PersonSubmission::cancel()
{
    if (!m_job)
        return;
    const bool sent = m_job->state() != paxos::Job::State::NotStarted;
    m_job->cancel();
    if (!sent) {
        // Still waiting for the confirmation: nothing went out, nothing was recorded.
        m_job = nullptr;
        emit refused(tr("Cancelled."));
    }
}

} // namespace console::onboarding

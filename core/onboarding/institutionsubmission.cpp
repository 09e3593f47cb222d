#include "core/onboarding/institutionsubmission.h"

#include "core/record/audittrail.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace console::onboarding {

namespace {

bool outcomeUnknown(const paxos::ApiError &error)
{
    using K = paxos::ApiError::Kind;
    return error.kind() == K::Timeout || error.kind() == K::Network || error.kind() == K::Cancelled
        || error.kind() == K::Decode || error.httpStatus() >= 500;
}

bool blank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
        || (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
}

QJsonObject changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!blank(it.value()) && before.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

QJsonObject institutionEditableShape(const QJsonObject &identity)
{
    QJsonObject out;
    QJsonObject details = identity.value("institution_details"_L1).toObject();
    for (const char *key : {"sanctions_verification_status", "document_verification_status",
                            "additional_screening_status"})
        details.remove(QLatin1StringView(key));
    if (!details.isEmpty())
        out.insert("institution_details"_L1, details);
    QJsonObject cdd = identity.value("customer_due_diligence"_L1).toObject();
    cdd.remove("created_at"_L1);
    if (!cdd.isEmpty())
        out.insert("customer_due_diligence"_L1, cdd);
    for (const char *key : {"tax_details_not_required", "ref_id", "metadata"}) {
        const QJsonValue v = identity.value(QLatin1StringView(key));
        if (!blank(v))
            out.insert(QLatin1StringView(key), v);
    }
    return out;
}

QJsonObject institutionUpdateDelta(const QJsonObject &original, const QJsonObject &edited)
{
    QJsonObject delta;
    // Objects compare whole, so a changed address is sent with all its parts.
    const QJsonObject details = changedKeys(original.value("institution_details"_L1).toObject(),
                                            edited.value("institution_details"_L1).toObject());
    if (!details.isEmpty())
        delta.insert("institution_details"_L1, details);
    const QJsonObject cdd = changedKeys(original.value("customer_due_diligence"_L1).toObject(),
                                        edited.value("customer_due_diligence"_L1).toObject());
    if (!cdd.isEmpty())
        delta.insert("customer_due_diligence"_L1, cdd);
    for (const char *key : {"ref_id", "metadata"}) {
        const QJsonValue v = edited.value(QLatin1StringView(key));
        if (!blank(v) && original.value(QLatin1StringView(key)) != v)
            delta.insert(QLatin1StringView(key), v);
    }
    const QJsonValue notRequired = edited.value("tax_details_not_required"_L1);
    if (notRequired.isBool()
        && original.value("tax_details_not_required"_L1).toBool() != notRequired.toBool())
        delta.insert("set_tax_details_not_required"_L1, notRequired);
    return delta;
}

InstitutionSubmission::InstitutionSubmission(paxos::Connection *connection, WriteGuard *guard,
                                             QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
{
}

InstitutionSubmission::~InstitutionSubmission()
{
    // The gate owns a job it sent; cancelling it is still ours to ask.
    if (m_job)
        m_job->cancel();
}

QList<paxos::ValidationIssue> InstitutionSubmission::create(const QJsonObject &request,
                                                            const QString &target)
{
    const auto issues = paxos::validateCreateIdentity(request);
    if (paxos::hasErrors(issues) || m_running)
        return issues;
    const QString refId = request.value("ref_id"_L1).toString();
    auto *job = new paxos::CreateIdentityJob(m_connection, request);
    job->setResolveDuplicateRefId(outcomeUnknownFor(refId));
    send(job, true, QString(), job->refId(), request, target);
    return issues;
}

QList<paxos::ValidationIssue> InstitutionSubmission::update(const QString &identityId,
                                                            const QJsonObject &delta,
                                                            const QString &target)
{
    const auto issues = paxos::validateUpdateIdentity(delta);
    if (paxos::hasErrors(issues) || m_running)
        return issues;
    send(new paxos::UpdateIdentityJob(m_connection, identityId, delta), false, identityId,
         QString(), delta, target);
    return issues;
}

void InstitutionSubmission::send(paxos::Job *job, bool isCreate, const QString &identityId,
                                 const QString &refId, const QJsonObject &body,
                                 const QString &target)
{
    if (!m_guard) {
        delete job;
        emit refused(tr("Not sent: no write gate."));
        return;
    }
    WriteIntent intent;
    intent.title = isCreate ? tr("Create institution identity") : tr("Update institution identity");
    intent.target = target;
    intent.identityId = identityId;
    // Which fields were sent, never their values; the ref_id ties a retry to its first try.
    intent.details = QJsonObject{{u"fields"_s, auditFieldPaths(body)}};
    if (body.contains("ref_id"_L1))
        intent.details.insert(u"ref_id"_s, body.value("ref_id"_L1));
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (const auto *c = qobject_cast<const paxos::CreateIdentityJob *>(&done);
            c && c->isSucceeded())
            outcome.identityId = c->result().id;
        else if (done.error() && !done.error()->existingId().isEmpty())
            outcome.identityId = done.error()->existingId();
    };
    m_job = job;
    m_running = true;
    emit started();
    m_guard->submit(
        job, std::move(intent), this,
        [this, isCreate, refId](paxos::Job *done) {
            m_running = false;
            m_job.clear();
            if (!done->isSucceeded()) {
                const paxos::ApiError error = done->error().value_or(paxos::ApiError());
                if (isCreate)
                    m_uncertainRefId = outcomeUnknown(error) ? refId : QString();
                emit failed(error);
                return;
            }
            paxos::Identity identity;
            bool recovered = false;
            if (auto *c = qobject_cast<paxos::CreateIdentityJob *>(done)) {
                identity = c->result();
                recovered = c->isRecovered();
            } else if (auto *u = qobject_cast<paxos::UpdateIdentityJob *>(done)) {
                identity = u->result();
            }
            if (refId == m_uncertainRefId)
                m_uncertainRefId.clear();
            emit succeeded(identity, recovered);
            if (isCreate && !identity.id.isEmpty() && m_connection) {
                // A read: it needs no gate.
                auto *get = new paxos::GetIdentityJob(m_connection, identity.id, true, true, this);
                connect(get, &paxos::Job::succeeded, this, [this](paxos::Job *j) {
                    emit decided(static_cast<paxos::GetIdentityJob *>(j)->result());
                });
                get->start();
            }
        },
        [this](const QString &reason) {
            m_running = false;
            m_job.clear();
            emit refused(reason);
        });
}

void InstitutionSubmission::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace console::onboarding

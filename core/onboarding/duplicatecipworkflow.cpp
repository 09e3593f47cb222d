#include "core/onboarding/duplicatecipworkflow.h"

#include "core/record/audittrail.h"
#include "core/record/notes.h"
#include "core/writes/writeguard.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/identityjobs.h"

using namespace Qt::StringLiterals;

namespace console::onboarding {

DuplicateCipWorkflow::DuplicateCipWorkflow(paxos::Connection *connection, WriteGuard *guard,
                                           AuditTrail *audit, Notes *notes, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_audit(audit)
    , m_notes(notes)
{
}

DuplicateCipWorkflow::~DuplicateCipWorkflow()
{
    // A read still running is dropped; an account create already sent is not taken back: the
    // write gate owns it and records its outcome.
    if (m_job && !m_job->writeTicket())
        m_job->cancel();
}

QString DuplicateCipWorkflow::accountRefIdFor(const QJsonObject &entered)
{
    const QString refId = entered.value("ref_id"_L1).toString();
    return refId.isEmpty() ? QString() : refId + u"-account"_s;
}

void DuplicateCipWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DuplicateCipWorkflow::start(const QJsonObject &entered, const QString &existingId)
{
    m_entered = entered;
    m_existingId = existingId;
    m_existing = {};
    m_account = {};
    m_error.reset();
    fetch();
}

void DuplicateCipWorkflow::fetch()
{
    if (m_job)
        m_job->cancel();
    setState(State::FetchingExisting);
    auto *job = new paxos::GetIdentityJob(m_connection, m_existingId, true, false, this);
    m_job = job;
    connect(job, &paxos::Job::succeeded, this, [this](paxos::Job *j) {
        m_existing = static_cast<paxos::GetIdentityJob *>(j)->result();
        setState(State::Comparing);
        emit existingLoaded(m_existing);
    });
    connect(job, &paxos::Job::failed, this, [this](paxos::Job *, const paxos::ApiError &e) {
        m_error = e;
        m_failedStep = Step::Fetch;
        setState(State::Failed);
        emit failed(e);
    });
    job->start();
}

void DuplicateCipWorkflow::retry()
{
    if (m_state != State::Failed)
        return;
    if (m_failedStep == Step::Fetch)
        fetch();
    else
        createAccount(m_accountType, m_accountDescription, m_createProfile);
}

void DuplicateCipWorkflow::recordDecision(const QString &decision, const QJsonObject &extra)
{
    if (!m_audit)
        return;
    AuditRecord r;
    r.action = AuditAction::DuplicateCipDecision;
    r.identityId = m_existingId;
    QJsonObject details = extra;
    details.insert(u"decision"_s, decision);
    details.insert(u"existing_identity_id"_s, m_existingId);
    const QString refId = m_entered.value("ref_id"_L1).toString();
    if (!refId.isEmpty())
        details.insert(u"refused_ref_id"_s, refId);
    r.details = details;
    const auto result = m_audit->append(r);
    if (!result.ok())
        emit recordFailed(result.errorMessage());
}

void DuplicateCipWorkflow::decline(const QString &reasonCode, const QString &reason)
{
    if (m_state != State::Comparing && m_state != State::Failed)
        return;
    m_declineReasonCode = reasonCode;
    recordDecision(u"decline"_s, {{u"reason_code"_s, reasonCode}, {u"reason"_s, reason}});
    if (m_notes && !m_existingId.isEmpty()) {
        const QString body =
            tr("Declined a new customer whose government ID matches this identity: %1").arg(reason);
        const auto note = m_notes->add(m_existingId, reasonCode, body);
        if (!note.ok())
            emit recordFailed(note.errorMessage());
    }
    setState(State::Declined);
    emit declined();
}

void DuplicateCipWorkflow::createAccount(const QString &accountType, const QString &description,
                                         bool createProfile)
{
    if (m_state != State::Comparing && m_state != State::Failed)
        return;
    m_accountType = accountType;
    m_accountDescription = description;
    m_createProfile = createProfile;

    if (!m_guard) {
        m_error = paxos::ApiError::invalidArgument(tr("Changes cannot be sent from here."));
        m_failedStep = Step::Account;
        setState(State::Failed);
        emit failed(*m_error);
        return;
    }
    paxos::CreateAccountRequest request;
    request.account.identityId = m_existingId;
    request.account.type = m_accountType;
    if (!m_accountDescription.isEmpty())
        request.account.description = m_accountDescription;
    const QString ref = accountRefIdFor(m_entered);
    if (!ref.isEmpty())
        request.account.refId = ref;
    request.createProfile = m_createProfile;
    auto *job = new paxos::CreateAccountJob(m_connection, request, this);
    m_job = job;
    setState(State::CreatingAccount);
    WriteIntent intent;
    intent.title = tr("Create account on existing identity");
    intent.target = m_existing.displayName().isEmpty() ? m_existingId : m_existing.displayName();
    intent.identityId = m_existingId;
    intent.details = {{u"type"_s, m_accountType},
                      {u"reason"_s, u"duplicate cip_id, same person"_s}};
    if (!ref.isEmpty())
        intent.details.insert(u"ref_id"_s, ref);
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (done.isSucceeded())
            outcome.details.insert(u"account_id"_s,
                                   static_cast<const paxos::CreateAccountJob &>(done).result().id);
    };
    const auto fail = [this](const paxos::ApiError &e) {
        m_error = e;
        m_failedStep = Step::Account;
        setState(State::Failed);
        emit failed(e);
    };
    m_guard->submit(
        job, std::move(intent), this,
        [this, fail](paxos::Job *j) {
            m_job = nullptr;
            if (!j->isSucceeded()) {
                fail(*j->error());
                return;
            }
            m_account = static_cast<paxos::CreateAccountJob *>(j)->result();
            recordDecision(u"same_person_new_account"_s, {{u"account_id"_s, m_account.id}});
            setState(State::AccountCreated);
            emit accountCreated(m_account);
        },
        [this, fail](const QString &reason) {
            m_job = nullptr;
            fail(paxos::ApiError::invalidArgument(reason));
        });
}

} // namespace console::onboarding

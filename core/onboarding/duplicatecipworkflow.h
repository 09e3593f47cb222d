#pragma once

#include "core/record/audittrail.h"
#include "core/record/notes.h"
#include "core/session/writeconfirmation.h"
#include "paxos/api/job.h"
#include "paxos/model/account.h"
#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console {

class AuditTrail;
class Notes;
class WriteGuard;

namespace onboarding {

// The guided answer to a Create Identity 409 "duplicate cip_id". The Paxos guide gives two
// ways out: decline the customer, or — when the existing identity is the same person — open
// another account on it instead of a second identity. The workflow fetches the existing
// identity for a side-by-side comparison and carries out and records the reviewer's choice.
//
//   FetchingExisting → Comparing → (Declined | CreatingAccount → AccountCreated)
//   any step can end in Failed (the error is kept; retry() repeats the failed step).
class DuplicateCipWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        FetchingExisting,
        Comparing,
        CreatingAccount,
        AccountCreated,
        Declined,
        Failed,
    };
    Q_ENUM(State)

    DuplicateCipWorkflow(paxos::Connection *connection, WriteGuard *guard, AuditTrail *audit,
                         Notes *notes, QObject *parent = nullptr);
    ~DuplicateCipWorkflow() override;

    // `entered`: the Create Identity request that was refused; `existingId`: meta.existing.id.
    void start(const QJsonObject &entered, const QString &existingId);
    void retry();

    // Records that the customer is declined, with a reason code (from the team's list) and
    // free text. Nothing is sent to Paxos: the refused identity was never created.
    void decline(const QString &reasonCode, const QString &reason);
    // The same person: opens an account of `accountType` on the existing identity.
    void createAccount(const QString &accountType, const QString &description, bool createProfile);

    State state() const { return m_state; }
    QString existingId() const { return m_existingId; }
    const QJsonObject &entered() const { return m_entered; }
    const paxos::Identity &existing() const { return m_existing; }
    const paxos::Account &account() const { return m_account; }
    // The reason code given with decline() (the team's list), once declined.
    QString declineReasonCode() const { return m_declineReasonCode; }
    const std::optional<paxos::ApiError> &error() const { return m_error; }

    // The request's ref_id, for the account's ref_id ("<ref_id>-account"), so a retried
    // account create is recognised by Paxos too.
    static QString accountRefIdFor(const QJsonObject &entered);

signals:
    void stateChanged(console::onboarding::DuplicateCipWorkflow::State state);
    void existingLoaded(const paxos::Identity &identity);
    void accountCreated(const paxos::Account &account);
    void declined();
    void failed(const paxos::ApiError &error);
    // The decision could not be recorded locally (the API call, if any, has happened).
    void recordFailed(const QString &message);

private:
    enum class Step { Fetch, Account };
    void setState(State state);
    void fetch();
    void recordDecision(const QString &decision, const QJsonObject &extra);

    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    QPointer<AuditTrail> m_audit;
    QPointer<Notes> m_notes;
    QPointer<paxos::Job> m_job;
    State m_state = State::Idle;
    Step m_failedStep = Step::Fetch;
    QJsonObject m_entered;
    QString m_existingId;
    paxos::Identity m_existing;
    paxos::Account m_account;
    std::optional<paxos::ApiError> m_error;
    QString m_accountType;
    QString m_declineReasonCode;
    QString m_accountDescription;
    bool m_createProfile = false;
};

} // namespace onboarding
} // namespace console

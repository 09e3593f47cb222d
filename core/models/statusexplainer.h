#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace paxos {
struct Identity;
struct Requirement;
struct IdentityControl;
struct StatusDetails;
} // namespace paxos

namespace console {

// Who has to do something next. The API only says PAXOS or CLIENT; a reviewer also needs to
// know when "client" really means "ask the customer" (a new ID document, a KYC refresh, the
// risk-awareness assessment, EDD documents). That split is our reading of the requirement
// types, not something Paxos documents.
enum class Actor { Nobody, Paxos, Us, Customer };

QString actorLabel(Actor actor);
// "Paxos", "CLIENT", "customer" → for sorting and filtering ("PAXOS", "US", "CUSTOMER", "").
QString actorKey(Actor actor);

Actor whoMustAct(const paxos::Requirement &requirement);
// Paxos-set controls can only be lifted by Paxos; client-set ones by us.
Actor whoMustAct(const paxos::IdentityControl &control);

// The requirement that blocks the identity most: a failed one before a pending one, one
// waiting on us or the customer before one waiting on Paxos; nullptr when there is none.
const paxos::Requirement *blockingRequirement(const paxos::StatusDetails &details);

// Plain words for a requirement ("The government ID could not be verified.").
QString describeRequirement(const paxos::Requirement &requirement);
// What the actor should do about it ("Ask the customer for a new ID document."), as if the
// identity were still under review.
QString nextStep(const paxos::Requirement &requirement);
// The same for an identity in `identityStatus`: on a denied identity nothing is awaited any
// more, on a frozen one only Paxos can act.
QString nextStep(const paxos::Requirement &requirement, QStringView identityStatus);
// "Sell only, set by Paxos — cannot be lifted by us" etc.
QString describeControl(const paxos::IdentityControl &control);
// One line for the status itself ("Under review: cannot transact yet.").
QString describeStatus(QStringView status);
// A short legacy sub-status meaning (id_verification_status etc.).
QString describeSubStatus(QStringView field, QStringView status);

// What the header says about an identity as a whole. The one place that decides whether
// something is being waited for: "waiting" appears only then, never on a decided identity
// with nothing open (approved, denied).
struct StatusExplanation
{
    QString headline; // "Denied: a final decision. The identity cannot be used."
    QString canStillDo; // what the reviewer can (still) do; may be empty
    bool final = false; // no further decision will come (denied)
    // Who is being waited for; Nobody: nothing is.
    Actor waitingOn = Actor::Nobody;
    // Since when. Paxos does not say when a requirement appeared: a pending identity waits
    // since it was created (its decision is what is awaited), any other one since its last
    // update (when the open requirement or the freeze appeared, at the latest).
    std::optional<QDateTime> waitingSince;
};
StatusExplanation explainStatus(const paxos::Identity &identity);
// "waiting on Paxos 2 d 3 h"; empty when nothing is waited for or since when is unknown.
QString waitingText(const StatusExplanation &explanation, const QDateTime &now);

} // namespace console

#pragma once

#include <QString>

namespace paxos {
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
// What the actor should do about it ("Ask the customer for a new ID document.").
QString nextStep(const paxos::Requirement &requirement);
// "Sell only, set by Paxos — cannot be lifted by us" etc.
QString describeControl(const paxos::IdentityControl &control);
// One line for the status itself ("Under review: cannot transact yet.").
QString describeStatus(QStringView status);
// A short legacy sub-status meaning (id_verification_status etc.).
QString describeSubStatus(QStringView field, QStringView status);

} // namespace console

#include "core/models/statusexplainer.h"

#include "core/models/format.h"
#include "paxos/model/enums.h"
#include "paxos/model/identity.h"
#include "paxos/model/statusdetails.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("console::StatusExplainer", text);
}

int priority(const paxos::Requirement &r)
{
    int p = r.isFailed() ? 0 : 10;
    const Actor actor = whoMustAct(r);
    if (actor == Actor::Paxos)
        p += 5;
    return p;
}
} // namespace

QString actorLabel(Actor actor)
{
    switch (actor) {
    case Actor::Paxos:
        return tr("Paxos");
    case Actor::Us:
        return tr("Us");
    case Actor::Customer:
        return tr("Customer");
    case Actor::Nobody:
        break;
    }
    return {};
}

QString actorKey(Actor actor)
{
    switch (actor) {
    case Actor::Paxos:
        return u"PAXOS"_s;
    case Actor::Us:
        return u"US"_s;
    case Actor::Customer:
        return u"CUSTOMER"_s;
    case Actor::Nobody:
        break;
    }
    return {};
}

Actor whoMustAct(const paxos::Requirement &requirement)
{
    if (!requirement.awaitingActionFrom) {
        // MEMBERS carries no actor: the members' own requirements say who acts.
        return Actor::Nobody;
    }
    if (*requirement.awaitingActionFrom == u"PAXOS")
        return Actor::Paxos;
    const QString &type = requirement.type;
    if (type == u"ID_VERIFICATION" || type == u"KYC_REFRESH" || type == u"RISK_AWARENESS_ASSESSMENT"
        || type == u"ENHANCED_DUE_DILIGENCE")
        return Actor::Customer;
    return Actor::Us;
}

Actor whoMustAct(const paxos::IdentityControl &control)
{
    return control.isSetByPaxos() ? Actor::Paxos : Actor::Us;
}

const paxos::Requirement *blockingRequirement(const paxos::StatusDetails &details)
{
    const paxos::Requirement *best = nullptr;
    for (const paxos::Requirement &r : details.requirements) {
        if (!best || priority(r) < priority(*best))
            best = &r;
    }
    return best;
}

QString describeRequirement(const paxos::Requirement &r)
{
    const bool failed = r.isFailed();
    const QString &t = r.type;
    if (t == u"ID_VERIFICATION")
        return failed ? tr("The government ID could not be verified.")
                      : tr("Government ID verification is not finished yet.");
    if (t == u"DOCUMENT_VERIFICATION")
        return failed ? tr("The business documents were rejected.")
                      : tr("Business documents are missing or under review.");
    if (t == u"SCREENING_CHECK")
        return failed ? tr("Screening (sanctions, PEP, adverse media) found a match.")
                      : tr("Screening (sanctions, PEP, adverse media) is running.");
    if (t == u"COMPLIANCE_CHECK")
        return failed ? tr("Paxos Compliance did not approve this identity.")
                      : tr("Paxos Compliance is reviewing this identity.");
    if (t == u"ENHANCED_DUE_DILIGENCE")
        return failed ? tr("Enhanced due diligence was not passed.")
                      : tr("Enhanced due diligence needs documents or is under review.");
    if (t == u"RISK_AWARENESS_ASSESSMENT")
        return failed ? tr("The risk-awareness assessment was not passed.")
                      : tr("The risk-awareness assessment is not complete.");
    if (t == u"KYC_REFRESH")
        return failed ? tr("The periodic KYC refresh is overdue.")
                      : tr("A periodic KYC refresh is due.");
    if (t == u"TAX_DETAILS_VERIFICATION" || t == u"TIN_VERIFICATION")
        return failed ? tr("The tax id (TIN) could not be verified.")
                      : tr("The tax id (TIN) is being verified.");
    if (t == u"MEMBERS")
        return failed ? tr("One or more members could not be verified.")
                      : tr("One or more members have open requirements.");
    // Names of earlier preview drafts that a server may still send.
    if (t == u"SANCTIONS_SCREENING")
        return failed ? tr("The sanctions check found a match.")
                      : tr("The sanctions check is running.");
    if (t == u"ADDITIONAL_SCREENING")
        return failed ? tr("PEP and adverse-media screening found a match.")
                      : tr("PEP and adverse-media screening is running.");
    if (t == u"DISABLED_MEMBERS")
        return failed ? tr("A member of this institution is disabled.")
                      : tr("A member of this institution is being disabled.");
    if (t == u"RISK_RATING")
        return failed ? tr("The risk rating did not allow approval.")
                      : tr("Paxos is rating the risk of this identity.");
    const QString label = paxos::enums::requirementType().label(t);
    return failed ? tr("%1 failed.").arg(label) : tr("%1 is pending.").arg(label);
}

QString nextStep(const paxos::Requirement &r)
{
    switch (whoMustAct(r)) {
    case Actor::Paxos:
        return tr("Waiting on Paxos; nothing to do unless it takes longer than a business day.");
    case Actor::Customer:
        if (r.type == u"KYC_REFRESH")
            return tr("Ask the customer to confirm or update their details.");
        if (r.type == u"ENHANCED_DUE_DILIGENCE")
            return tr("Ask the customer for the documents EDD needs, then upload them.");
        if (r.type == u"RISK_AWARENESS_ASSESSMENT")
            return tr("Ask the customer to complete the assessment.");
        return r.isFailed() ? tr("Ask the customer for a new ID document and resubmit.")
                            : tr("The customer has to finish verifying their identity.");
    case Actor::Us:
        if (r.type == u"DOCUMENT_VERIFICATION")
            return tr("Upload the missing business documents.");
        if (r.type == u"TAX_DETAILS_VERIFICATION" || r.type == u"TIN_VERIFICATION")
            return tr("Check the tax details and correct them.");
        return tr("Our team has to act on this.");
    case Actor::Nobody:
        break;
    }
    if (r.type == u"MEMBERS")
        return tr("Open the institution's members to see who has to act.");
    return {};
}

QString nextStep(const paxos::Requirement &r, QStringView identityStatus)
{
    if (identityStatus == u"DENIED") {
        // The decision is made: nothing is awaited from anyone any more.
        return r.isFailed() ? tr("Final: this check is why the identity was denied.")
                            : tr("No longer awaited: the identity was denied.");
    }
    if (identityStatus == u"ERROR" && whoMustAct(r) == Actor::Paxos)
        return tr("Paxos Compliance has to clear the freeze; nothing can be done here.");
    if (r.isFailed() && whoMustAct(r) == Actor::Paxos)
        return tr("Paxos is reviewing the result; the decision follows.");
    return nextStep(r);
}

QString describeControl(const paxos::IdentityControl &c)
{
    const QString type = paxos::enums::controlType().label(c.type);
    const QString by = c.isSetByPaxos() ? tr("set by Paxos") : tr("set by us");
    QString lift;
    if (c.canBeDeleted())
        lift = tr("can be lifted by us");
    else if (c.isSetByPaxos())
        lift = tr("only Paxos Support can lift it");
    else
        lift = tr("cannot be lifted");
    return tr("%1, %2; %3").arg(type, by, lift);
}

QString describeStatus(QStringView status)
{
    if (status == u"PENDING")
        return tr("Under review: cannot transact yet.");
    if (status == u"APPROVED")
        return tr("Approved: full access.");
    if (status == u"DENIED")
        return tr("Denied: the identity cannot be used.");
    if (status == u"DISABLED")
        return tr("Disabled: restricted, can only sell.");
    if (status == u"ERROR")
        return tr("Frozen for compliance reasons: cannot be used.");
    return tr("Unknown status %1.").arg(status.toString());
}

QString describeSubStatus(QStringView field, QStringView status)
{
    const bool pending = status == u"PENDING";
    const bool approved = status == u"APPROVED";
    const bool denied = status == u"DENIED";
    const bool error = status == u"ERROR";
    // Typed IdentityStatus, so DISABLED is possible, though Paxos documents no meaning for a
    // check; say what it means for the reviewer rather than pretend.
    if (status == u"DISABLED")
        return tr("Not in use while the identity is disabled");
    if (field == u"id_verification_status") {
        if (pending)
            return tr("ID verification in progress");
        if (approved)
            return tr("Identity confirmed");
        if (denied)
            return tr("Could not verify the identity");
    } else if (field == u"sanctions_verification_status") {
        if (pending)
            return tr("Sanctions check running");
        if (approved)
            return tr("No sanctions hit");
        if (denied)
            return tr("Sanctions hit: cannot proceed");
        if (error)
            return tr("Possible hit: manual review");
    } else if (field == u"additional_screening_status") {
        if (pending)
            return tr("PEP and adverse-media screening running");
        if (approved)
            return tr("Screening passed");
        if (denied)
            return tr("Screening failed");
        if (error)
            return tr("Possible hit: manual review");
    } else if (field == u"document_verification_status") {
        if (pending)
            return tr("Business documents under review");
        if (approved)
            return tr("Documents accepted");
        if (denied)
            return tr("Documents rejected");
    }
    if (error)
        return tr("Error reported; Paxos documents no meaning for it here: ask Paxos Support");
    if (pending)
        return tr("In progress");
    if (approved)
        return tr("Passed");
    if (denied)
        return tr("Failed");
    return tr("Unknown value %1").arg(status.toString());
}

StatusExplanation explainStatus(const paxos::Identity &identity)
{
    StatusExplanation e;
    const QString status = identity.effectiveStatus();
    const paxos::StatusDetails details = identity.statusDetails.value_or(paxos::StatusDetails());
    const QList<paxos::Requirement> requirements = details.allRequirements();
    paxos::StatusDetails open;
    open.requirements = requirements;
    const paxos::Requirement *blocking = blockingRequirement(open);
    const auto created = identity.createdAt && identity.createdAt->isValid()
        ? std::optional<QDateTime>(identity.createdAt->toDateTime())
        : std::nullopt;
    const auto updated = identity.updatedAt && identity.updatedAt->isValid()
        ? std::optional<QDateTime>(identity.updatedAt->toDateTime())
        : created;
    // Who an open requirement waits on; MEMBERS carries none: its members' do.
    const auto waitOn = [&](Actor fallback) {
        if (!blocking)
            return fallback;
        const Actor actor = whoMustAct(*blocking);
        return actor == Actor::Nobody ? fallback : actor;
    };

    if (status == u"PENDING") {
        e.headline = tr("Under review: cannot transact yet.");
        // The onboarding decision is what is awaited, since the identity was created.
        e.waitingOn = waitOn(Actor::Paxos);
        e.waitingSince = created;
        if (blocking)
            e.canStillDo = nextStep(*blocking, status);
        else
            e.canStillDo = tr("Paxos decides within about a business day; nothing to do "
                              "unless it takes longer.");
    } else if (status == u"APPROVED") {
        e.headline = tr("Approved: full access.");
        if (blocking) {
            // Approved, yet something is due (a KYC refresh, EDD documents).
            e.waitingOn = waitOn(Actor::Nobody);
            e.waitingSince = e.waitingOn == Actor::Nobody ? std::nullopt : updated;
            e.canStillDo = nextStep(*blocking, status);
        }
    } else if (status == u"DENIED") {
        e.final = true;
        e.headline = tr("Denied: a final decision. The identity cannot be used.");
        e.canStillDo = tr("Nothing reopens it. You can still add notes, export the evidence "
                          "pack and tell the customer; if the decision looks wrong, ask Paxos "
                          "Support.");
    } else if (status == u"DISABLED") {
        e.headline = tr("Disabled: restricted, can only sell.");
        bool liftable = false;
        for (const paxos::IdentityControl &c : details.activeControls)
            liftable = liftable || c.canBeDeleted();
        if (blocking) {
            e.waitingOn = waitOn(Actor::Nobody);
            e.waitingSince = e.waitingOn == Actor::Nobody ? std::nullopt : updated;
            e.canStillDo = nextStep(*blocking, status);
        } else if (liftable) {
            e.canStillDo = tr("We set the control that disables it: lift it on the Controls "
                              "tab to restore full access.");
        } else if (!details.activeControls.isEmpty()) {
            e.canStillDo = tr("Only Paxos Support can lift the control that disables it.");
        }
    } else if (status == u"ERROR") {
        e.headline = tr("Frozen for compliance reasons: cannot be used.");
        // Paxos Compliance holds it, since the freeze (the last update at the latest).
        e.waitingOn = Actor::Paxos;
        e.waitingSince = updated;
        e.canStillDo = blocking && whoMustAct(*blocking) != Actor::Paxos
            ? nextStep(*blocking, status)
            : tr("Paxos Compliance has to clear the freeze; ask Paxos Support if it lasts.");
    } else {
        e.headline =
            status.isEmpty() ? tr("No status reported.") : tr("Unknown status %1.").arg(status);
    }
    return e;
}

QString waitingText(const StatusExplanation &e, const QDateTime &now)
{
    if (e.waitingOn == Actor::Nobody || !e.waitingSince || !e.waitingSince->isValid())
        return {};
    const QString age = formatAge(qMax<qint64>(0, e.waitingSince->secsTo(now)));
    switch (e.waitingOn) {
    case Actor::Paxos:
        return tr("waiting on Paxos %1").arg(age);
    case Actor::Us:
        return tr("waiting on us %1").arg(age);
    case Actor::Customer:
        return tr("waiting on the customer %1").arg(age);
    case Actor::Nobody:
        break;
    }
    return {};
}

} // namespace console

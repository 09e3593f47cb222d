#include "core/models/statusexplainer.h"

#include "paxos/model/enums.h"
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
    return paxos::enums::identityStatus().label(status);
}

} // namespace console

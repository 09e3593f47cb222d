#include "sandbox/rules.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

bool anySubStatus(const RuleInput &in, QStringView value)
{
    return in.idVerification == value || in.sanctions == value || in.additionalScreening == value;
}

QJsonObject requirement(const QString &type, const QString &status, const QString &from,
                        const QString &code, const QString &description)
{
    QJsonObject r{{u"type"_s, type}, {u"status"_s, status}};
    if (!from.isEmpty())
        r.insert(u"awaiting_action_from"_s, from);
    QJsonArray errors;
    if (!code.isEmpty())
        errors.append(QJsonObject{{u"code"_s, code}, {u"description"_s, description}});
    r.insert(u"errors"_s, errors);
    return r;
}

} // namespace

const QList<DecisionRule> &decisionRules()
{
    static const QList<DecisionRule> rules{
        {"any sub-status (incl. an institution's document verification) is DENIED",
         [](const RuleInput &in) {
             return anySubStatus(in, u"DENIED") || in.documentVerification == u"DENIED";
         },
         "DENIED"},
        {"an active FROZEN control",
         [](const RuleInput &in) { return in.activeControlTypes.contains(u"FROZEN"_s); }, "ERROR"},
        {"any sub-status is PENDING or ERROR (manual review), EDD documents are missing, or "
         "an institution's documents or members are outstanding",
         [](const RuleInput &in) {
             return anySubStatus(in, u"PENDING") || anySubStatus(in, u"ERROR")
                 || (!in.institution && in.idVerification.isEmpty())
                 || !in.missingEddDocuments.isEmpty() || in.documentVerification == u"PENDING"
                 || in.documentVerification == u"ERROR" || in.membersPending || in.membersFailed;
         },
         "PENDING"},
        {"any sub-status is DISABLED",
         [](const RuleInput &in) { return anySubStatus(in, u"DISABLED"); }, "DISABLED"},
        {"an active DORMANT, SELL_ONLY or CLOSED control",
         [](const RuleInput &in) {
             return in.activeControlTypes.contains(u"DORMANT"_s)
                 || in.activeControlTypes.contains(u"SELL_ONLY"_s)
                 || in.activeControlTypes.contains(u"CLOSED"_s);
         },
         "DISABLED"},
        {"otherwise", [](const RuleInput &) { return true; }, "APPROVED"},
    };
    return rules;
}

QString decideStatus(const RuleInput &input)
{
    for (const DecisionRule &rule : decisionRules()) {
        if (rule.matches(input))
            return QString::fromLatin1(rule.status);
    }
    return u"PENDING"_s;
}

QJsonArray requirementsFor(const RuleInput &in)
{
    QJsonArray out;
    if (in.institution) {
        // No files yet: the client must upload them; with files, Paxos reviews them
        // (reference 4.4's mapping names only the "no files yet" case).
        if ((in.documentVerification == u"PENDING" || in.documentVerification == u"ERROR")
            && !in.documentsUploaded)
            out.append(requirement(u"DOCUMENT_VERIFICATION"_s, u"PENDING"_s, u"CLIENT"_s,
                                   u"document_upload_required"_s,
                                   u"Business documents are required for review."_s));
        else if (in.documentVerification == u"PENDING" || in.documentVerification == u"ERROR")
            out.append(requirement(u"DOCUMENT_VERIFICATION"_s, u"PENDING"_s, u"PAXOS"_s, {}, {}));
        else if (in.documentVerification == u"DENIED")
            out.append(requirement(u"DOCUMENT_VERIFICATION"_s, u"FAILED"_s, u"CLIENT"_s,
                                   u"document_verification_failed"_s,
                                   u"Business document verification failed."_s));
    } else if (in.idVerification == u"PENDING" || in.idVerification.isEmpty())
        out.append(requirement(u"ID_VERIFICATION"_s, u"PENDING"_s, u"PAXOS"_s,
                               u"identity_verification_required"_s,
                               u"Identity verification is required."_s));
    else if (in.idVerification == u"DENIED")
        out.append(requirement(u"ID_VERIFICATION"_s, u"FAILED"_s, u"CLIENT"_s,
                               u"identity_verification_failed"_s,
                               u"Identity verification failed."_s));
    const auto screening = {in.sanctions, in.additionalScreening};
    bool screeningFailed = false;
    bool screeningPending = false;
    for (const QString &s : screening) {
        screeningFailed = screeningFailed || s == u"DENIED";
        screeningPending = screeningPending || s == u"PENDING" || s == u"ERROR";
    }
    if (screeningFailed)
        out.append(requirement(u"SCREENING_CHECK"_s, u"FAILED"_s, u"PAXOS"_s, u"screening_failed"_s,
                               u"Screening verification failed."_s));
    else if (screeningPending)
        out.append(requirement(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s,
                               u"screening_in_progress"_s,
                               u"Screening verification is in progress."_s));
    // MEMBERS has no awaiting_action_from (reference 4.4).
    if (in.membersFailed)
        out.append(requirement(u"MEMBERS"_s, u"FAILED"_s, {}, u"member_verification_failed"_s,
                               u"One or more members could not be verified."_s));
    else if (in.membersPending)
        out.append(requirement(u"MEMBERS"_s, u"PENDING"_s, {}, u"member_verification_pending"_s,
                               u"One or more members are still being verified."_s));
    if (!in.missingEddDocuments.isEmpty())
        out.append(requirement(u"ENHANCED_DUE_DILIGENCE"_s, u"PENDING"_s, u"CLIENT"_s,
                               u"edd_documentation_required"_s,
                               u"Additional documentation is required to complete enhanced due "
                               "diligence review."_s));
    if (in.kycPhase == u"started")
        out.append(requirement(u"KYC_REFRESH"_s, u"PENDING"_s, u"CLIENT"_s, {}, {}));
    else if (in.kycPhase == u"expired")
        out.append(requirement(u"KYC_REFRESH"_s, u"FAILED"_s, u"CLIENT"_s, u"kyc_refresh_overdue"_s,
                               u"Identity verification has expired and must be renewed."_s));
    return out;
}

} // namespace sandbox

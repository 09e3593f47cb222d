#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

// What the decision rules look at.
struct RuleInput
{
    QString idVerification; // person_details.id_verification_status
    QString sanctions; // person_details.sanctions_verification_status
    QString additionalScreening; // person_details.additional_screening_status
    QStringList missingEddDocuments; // EDD open: document types not uploaded yet
    QString kycPhase; // "", "started" or "expired"
    QStringList activeControlTypes;
    // Institutions: no ID verification; business documents and members instead.
    bool institution = false;
    QString documentVerification; // institution_details.document_verification_status
    bool documentsUploaded = false; // the institution has at least one uploaded file
    bool membersPending = false; // a member identity is not decided yet
    bool membersFailed = false; // a member identity was denied
};

struct DecisionRule
{
    const char *description;
    bool (*matches)(const RuleInput &);
    const char *status;
};

// The one table from sub-statuses, EDD, KYC refresh and controls to `status`: evaluated in
// order, the first rule that matches decides. README.md prints the same table.
const QList<DecisionRule> &decisionRules();
QString decideStatus(const RuleInput &input);

// `status_details.requirements` for the same input.
QJsonArray requirementsFor(const RuleInput &input);

} // namespace sandbox

#pragma once

#include "sandbox/problem.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sandbox {

// The enum value lists the reference documents, as data (wire values, spec order).
namespace enums {
const QStringList &identityStatuses();
const QStringList &verifierTypes();
const QStringList &passthroughVerifierTypes();
const QStringList &passthroughVerificationFields();
const QStringList &cipIdTypes();
const QStringList &yearlyIncomes();
const QStringList &transferValues();
const QStringList &netWorths();
const QStringList &sourcesOfWealth();
const QStringList &sourcesOfFunds();
const QStringList &purposesOfAccount();
const QStringList &employmentStatuses();
const QStringList &industrySectors();
const QStringList &customerRegions();
const QStringList &merchantFundingSources();
const QStringList &documentTypes();
const QStringList &controlTypes();
const QStringList &controlReasonCodes();
const QStringList &accountTypes();
const QStringList &accountMemberRoles();
const QStringList &scopes();
} // namespace enums

// The person fields a re-screening looks at: a change to any of them starts a new
// sanctions/PEP screening.
bool screeningRelevantChange(const QJsonObject &before, const QJsonObject &after);

// Validation of a complete (create, or update merged onto the stored identity) person.
// The first violation is returned with a `detail` naming the field and the rule.
std::optional<ApiError> validatePersonDetails(const QJsonObject &person);
std::optional<ApiError> validateCustomerDueDiligence(const QJsonObject &cdd);
std::optional<ApiError> validateTaxDetails(const QJsonValue &taxDetails);
std::optional<ApiError> validateMetadata(const QJsonValue &metadata);
// Checks the type of an optional top-level field ("string", "bool", "object").
std::optional<ApiError> expectType(const QJsonObject &object, const QString &key,
                                   const QString &path, QJsonValue::Type type);
std::optional<ApiError> validateEnum(const QJsonObject &object, const QString &key,
                                     const QString &path, const QStringList &allowed,
                                     bool required);

ApiError badRequest(const QString &detail);

} // namespace sandbox

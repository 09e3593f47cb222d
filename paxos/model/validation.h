#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace paxos {

class EnumTable;

// One problem with a request, tied to the field it is about so a form can show it there.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    // JSON path: "person_details.address.city",
    // "person_details.passthrough_verification_fields[1]"; empty for the request as a whole.
    QString path;
    // Stable id: required, empty, type, pattern, max_length, date, date_range, date_time,
    // country, enum, passthrough, age, email, phone, us_cip_type, cip_id_format, exclusive,
    // read_only, deprecated, prohibited, recommended, tax_details, members, ownership, conflict,
    // paxos_only, file_type, file_size, role, needs_approval (the last two: institutionrules.h).
    QString rule;
    QString message; // a translated sentence for a person
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// How the required-details grid (Paxos Trust licensing) treats a person field.
enum class FieldRequirement {
    Required,
    BestEffort, // send when known (middle_name, phone_number, email, ref_id, metadata)
    NotApplicable, // accepted, not needed under Paxos Trust licensing
    RequiredForPassthrough, // required when verifier_type is PASSTHROUGH
    Optional, // not in the grid
};

// Client-side checks that mirror the documented rules of Create and Update Identity. They
// catch what Paxos documents (required fields, the name/address pattern and lengths, dates,
// ISO alpha-3 codes, enum membership, the PASSTHROUGH rules, SSN/ITIN for US residents);
// the server may still reject for reasons it does not publish. Choices where the reference
// is silent are noted in validation.cpp.
QList<ValidationIssue> validateCreateIdentity(const QJsonObject &request);
// Update is a delta: only what is sent is checked, plus rules that tie sent fields together.
QList<ValidationIssue> validateUpdateIdentity(const QJsonObject &request);

// Body of POST /v2/identity/controls: identity_id, type (SELL_ONLY, CLOSED or DORMANT;
// FROZEN is Paxos-only) and reason_code required, reason optional.
QList<ValidationIssue> validateCreateIdentityControl(const QJsonObject &request);
// Body of PUT …/documents: a file name of up to 260 characters, ending in .pdf, .jpg, .jpeg
// or .png, and at least one DocumentType.
QList<ValidationIssue> validateDocumentUpload(const QJsonObject &request);
// The file itself before it is sent: under 100 MB, PDF/JPG/PNG. Issues are at the paths
// "file_name" (file_type, max_length) and "file_size" (file_size).
QList<ValidationIssue> validateUploadFile(const QString &fileName, qint64 sizeBytes);

// Checks one field by its path (array indices allowed), e.g. as the user types. Unknown
// paths give no issues. Cross-field rules need the whole request and are not run here.
QList<ValidationIssue> validateField(const QString &path, const QJsonValue &value);

// The grid as data, for person paths like "person_details.middle_name" or
// "customer_due_diligence.source_of_wealth".
FieldRequirement fieldRequirement(QStringView path);
// A translated human name of the field ("First name"); the last path segment when unknown.
QString fieldLabel(QStringView path);
// The documented maximum length (for QLineEdit::setMaxLength), 0 when there is none.
int fieldMaxLength(QStringView path);
// Whether any issue is an error (warnings do not block sending).
bool hasErrors(const QList<ValidationIssue> &issues);

namespace validation {

// The pattern `^[0-9A-Za-z /?:().,&'+-]+$` that Paxos applies to names, addresses and ids.
bool matchesNamePattern(QStringView value);
QString namePatternMessage();

// Per-field helpers for forms. Each returns the first issue with `value`, if any.
std::optional<ValidationIssue> checkNameOrAddress(const QString &path, QStringView value,
                                                  int maxLength);
std::optional<ValidationIssue> checkDate(const QString &path, QStringView value); // YYYY-MM-DD
// A date of birth: checkDate, then a warning (rule "age") when it makes the person under 18
// or over 120 on `today`.
std::optional<ValidationIssue> checkBirthDate(const QString &path, QStringView value, QDate today);
std::optional<ValidationIssue> checkEmail(const QString &path, QStringView value);
// E.164 shape: optional leading +, 7-15 digits, grouped by spaces . - ( ) at most.
std::optional<ValidationIssue> checkPhoneNumber(const QString &path, QStringView value);
std::optional<ValidationIssue> checkDateTime(const QString &path, QStringView value); // RFC 3339
std::optional<ValidationIssue> checkCountry(const QString &path, QStringView value); // alpha-3
std::optional<ValidationIssue> checkEnum(const QString &path, QStringView value,
                                         const EnumTable &table);

} // namespace validation
} // namespace paxos

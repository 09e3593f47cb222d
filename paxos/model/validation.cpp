#include "paxos/model/validation.h"

#include "paxos/model/countries.h"
#include "paxos/model/date.h"
#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "paxos/model/timestamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// Choices where the reference is silent (see its Open questions 4 and 6):
// - Address `country` must be an alpha-3 code, for persons and institutions alike: the
//   person examples use `USA` and the reference says "send alpha-3".
// - `country_of_birth` is free text in the schema; its only example is alpha-3, so it is
//   checked like the other country fields.
// - `middle_name` has only the length limit (the schema gives it no pattern).
// - On update, an address that is sent must still be complete (the schema marks address1,
//   city, province and country required, and field-wise merging is undocumented).
// - A "US resident" is a person whose residential address country is USA.
// - Tax details: Paxos fills them from an SSN/ITIN (persons) or EIN/SSN/ITIN (institutions)
//   with cip_id_country USA; anyone else must send tax_details or tax_details_not_required.
// - A prohibited industry sector is a warning: the API accepts the value, Paxos decides.

namespace paxos {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("paxos::validation", text, nullptr, n);
}

enum class Kind {
    Name, // pattern + max length
    Text, // max length only (if any)
    Date,
    BirthDate, // a date, plus an age check
    Email,
    Phone,
    DateTime,
    Country,
    Enum,
    EnumList,
    TextList,
    Bool,
    StringMap,
    Ownership,
    Object,
    ObjectList,
    ReadOnly,
    Deprecated,
};

using TableFn = const EnumTable &(*)();

struct FieldSpec
{
    Kind kind = Kind::Text;
    const char *label = nullptr;
    int maxLength = 0;
    TableFn table = nullptr;
    FieldRequirement requirement = FieldRequirement::Optional;
};

constexpr int kNameMax = 200;
constexpr int kAddressMax = 35;

#define L(text) QT_TRANSLATE_NOOP("paxos::validation", text)

void addAddress(QHash<QString, FieldSpec> &specs, const QString &prefix, FieldRequirement req)
{
    specs.insert(prefix + "address1"_L1,
                 {Kind::Name, L("Address line 1"), kAddressMax, nullptr, req});
    specs.insert(prefix + "address2"_L1, {Kind::Name, L("Address line 2"), kAddressMax});
    specs.insert(prefix + "city"_L1, {Kind::Name, L("City"), kAddressMax, nullptr, req});
    specs.insert(prefix + "province"_L1,
                 {Kind::Name, L("State or province"), kAddressMax, nullptr, req});
    specs.insert(prefix + "zip_code"_L1, {Kind::Name, L("ZIP or postal code"), kAddressMax});
    specs.insert(prefix + "country"_L1, {Kind::Country, L("Country"), kAddressMax, nullptr, req});
}

const QHash<QString, FieldSpec> &specs()
{
    static const QHash<QString, FieldSpec> s = [] {
        using R = FieldRequirement;
        QHash<QString, FieldSpec> h;
        // Top level (create and update).
        h.insert(u"ref_id"_s, {Kind::Text, L("Reference ID"), 0, nullptr, R::BestEffort});
        h.insert(u"metadata"_s, {Kind::StringMap, L("Metadata"), 0, nullptr, R::BestEffort});
        h.insert(u"is_merchant"_s, {Kind::Bool, L("Merchant")});
        h.insert(u"tax_details_not_required"_s, {Kind::Bool, L("Tax details not required")});
        h.insert(u"set_tax_details_not_required"_s, {Kind::Bool, L("Tax details not required")});
        h.insert(u"set_user_disabled"_s, {Kind::Bool, L("Disabled by you")});
        h.insert(u"last_kyc_refresh_date"_s, {Kind::DateTime, L("Last KYC refresh")});
        h.insert(u"person_details"_s, {Kind::Object, L("Person details"), 0, nullptr, R::Required});
        h.insert(u"institution_details"_s, {Kind::Object, L("Institution details")});
        h.insert(u"institution_members"_s, {Kind::ObjectList, L("Institution members")});
        h.insert(u"tax_details"_s, {Kind::ObjectList, L("Tax details")});
        h.insert(u"customer_due_diligence"_s,
                 {Kind::Object, L("Customer due diligence"), 0, nullptr, R::Required});

        // person_details (§2.2, grid §2.7).
        const QString p = u"person_details."_s;
        h.insert(p + "verifier_type"_L1,
                 {Kind::Enum, L("Verifier type"), 0, &enums::verifierType, R::Required});
        h.insert(p + "passthrough_verifier_type"_L1,
                 {Kind::Enum, L("IDV provider"), 0, &enums::passthroughVerifierType,
                  R::RequiredForPassthrough});
        h.insert(p + "passthrough_verified_at"_L1,
                 {Kind::DateTime, L("Verified at"), 0, nullptr, R::RequiredForPassthrough});
        h.insert(p + "passthrough_verification_id"_L1,
                 {Kind::Text, L("IDV record ID"), 0, nullptr, R::RequiredForPassthrough});
        h.insert(
            p + "passthrough_verification_status"_L1,
            {Kind::Enum, L("IDV result"), 0, &enums::identityStatus, R::RequiredForPassthrough});
        h.insert(p + "passthrough_verification_fields"_L1,
                 {Kind::EnumList, L("Verified fields"), 0, &enums::passthroughVerificationField,
                  R::RequiredForPassthrough});
        h.insert(p + "first_name"_L1,
                 {Kind::Name, L("First name"), kNameMax, nullptr, R::Required});
        h.insert(p + "middle_name"_L1,
                 {Kind::Text, L("Middle name"), kNameMax, nullptr, R::BestEffort});
        h.insert(p + "last_name"_L1, {Kind::Name, L("Last name"), kNameMax, nullptr, R::Required});
        h.insert(p + "date_of_birth"_L1,
                 {Kind::BirthDate, L("Date of birth"), 0, nullptr, R::Required});
        h.insert(p + "address"_L1,
                 {Kind::Object, L("Residential address"), 0, nullptr, R::Required});
        addAddress(h, p + "address."_L1, R::Required);
        h.insert(p + "nationality"_L1, {Kind::Country, L("Nationality"), 0, nullptr, R::Required});
        h.insert(p + "cip_id"_L1,
                 {Kind::Name, L("Government ID number"), kNameMax, nullptr, R::Required});
        h.insert(p + "cip_id_type"_L1,
                 {Kind::Enum, L("Government ID type"), 0, &enums::personCipIdType, R::Required});
        h.insert(p + "cip_id_country"_L1,
                 {Kind::Country, L("Government ID country"), 0, nullptr, R::Required});
        h.insert(p + "phone_number"_L1,
                 {Kind::Phone, L("Phone number"), 0, nullptr, R::BestEffort});
        h.insert(p + "email"_L1, {Kind::Email, L("Email"), 0, nullptr, R::BestEffort});
        h.insert(p + "profession"_L1, {Kind::Text, L("Profession"), 0, nullptr, R::NotApplicable});
        h.insert(p + "country_of_birth"_L1,
                 {Kind::Country, L("Country of birth"), 0, nullptr, R::NotApplicable});
        h.insert(p + "verifier_id"_L1, {Kind::Text, L("Verifier ID")});
        h.insert(p + "govt_id"_L1, {Kind::Deprecated, L("Government ID (old name)")});
        h.insert(p + "govt_id_type"_L1, {Kind::Deprecated, L("Government ID type (old name)")});
        for (const char *ro : {"id_verification_status", "sanctions_verification_status",
                               "additional_screening_status", "id_verification_url"})
            h.insert(p + QLatin1StringView(ro), {Kind::ReadOnly, L("Verification status")});

        // customer_due_diligence (§2.5).
        const QString c = u"customer_due_diligence."_s;
        h.insert(c + "estimated_yearly_income"_L1,
                 {Kind::Enum, L("Estimated yearly income"), 0, &enums::estimatedYearlyIncome,
                  R::Required});
        h.insert(c + "expected_transfer_value"_L1,
                 {Kind::Enum, L("Expected transfer value"), 0, &enums::expectedTransferValue,
                  R::Required});
        h.insert(c + "source_of_wealth"_L1,
                 {Kind::Enum, L("Source of wealth"), 0, &enums::sourceOfWealth, R::Required});
        h.insert(c + "employment_status"_L1,
                 {Kind::Enum, L("Employment status"), 0, &enums::employmentStatus, R::Required});
        h.insert(c + "employment_industry_sector"_L1,
                 {Kind::Enum, L("Employment industry"), 0, &enums::industrySector, R::Required});
        h.insert(
            c + "estimated_net_worth"_L1,
            {Kind::Enum, L("Estimated net worth"), 0, &enums::estimatedNetWorth, R::NotApplicable});
        h.insert(c + "source_of_funds"_L1,
                 {Kind::Enum, L("Source of funds"), 0, &enums::sourceOfFunds, R::NotApplicable});
        h.insert(
            c + "purpose_of_account"_L1,
            {Kind::Enum, L("Purpose of account"), 0, &enums::purposeOfAccount, R::NotApplicable});
        h.insert(c + "aliases"_L1,
                 {Kind::TextList, L("Other names"), 0, nullptr, R::NotApplicable});
        h.insert(
            c + "customer_regions"_L1,
            {Kind::EnumList, L("Customer regions"), 0, &enums::customerRegion, R::NotApplicable});
        h.insert(c + "industry_sector"_L1,
                 {Kind::Enum, L("Industry sector"), 0, &enums::industrySector});
        h.insert(c + "merchant_funding_source"_L1,
                 {Kind::Enum, L("Merchant funding source"), 0, &enums::merchantFundingSource});
        h.insert(c + "has_underlying_trust_structure"_L1,
                 {Kind::Bool, L("Has an underlying trust structure")});
        h.insert(c + "has_nominee_shareholders"_L1, {Kind::Bool, L("Has nominee shareholders")});
        h.insert(c + "is_publicly_traded"_L1, {Kind::Bool, L("Publicly traded")});
        h.insert(c + "created_at"_L1, {Kind::ReadOnly, L("Created at")});

        // tax_details[] (§2.6).
        h.insert(u"tax_details.tax_payer_id"_s, {Kind::Name, L("Taxpayer ID"), kAddressMax});
        h.insert(u"tax_details.tax_payer_country"_s, {Kind::Country, L("Tax country")});
        h.insert(u"tax_details.tin_verification_status"_s,
                 {Kind::ReadOnly, L("TIN verification status")});

        // institution_details (Appendix A).
        const QString i = u"institution_details."_s;
        h.insert(i + "name"_L1, {Kind::Name, L("Institution name"), kNameMax});
        h.insert(i + "business_address"_L1, {Kind::Object, L("Business address")});
        addAddress(h, i + "business_address."_L1, R::Optional);
        h.insert(i + "incorporation_address"_L1, {Kind::Object, L("Incorporation address")});
        addAddress(h, i + "incorporation_address."_L1, R::Optional);
        h.insert(i + "phone_number"_L1, {Kind::Phone, L("Phone number")});
        h.insert(i + "email"_L1, {Kind::Email, L("Email")});
        h.insert(i + "institution_type"_L1,
                 {Kind::Enum, L("Institution type"), 0, &enums::institutionType});
        h.insert(i + "institution_sub_type"_L1,
                 {Kind::Enum, L("Institution sub-type"), 0, &enums::industrySector});
        h.insert(i + "cip_id"_L1, {Kind::Name, L("Registration or tax ID"), kNameMax});
        h.insert(i + "cip_id_type"_L1,
                 {Kind::Enum, L("Registration or tax ID type"), 0, &enums::institutionCipIdType});
        h.insert(i + "cip_id_country"_L1, {Kind::Country, L("Registration country")});
        h.insert(i + "govt_registration_date"_L1, {Kind::DateTime, L("Registration date")});
        h.insert(i + "regulation_status"_L1,
                 {Kind::Enum, L("Regulation status"), 0, &enums::regulationStatus});
        h.insert(i + "trading_type"_L1, {Kind::Enum, L("Trading type"), 0, &enums::tradingType});
        h.insert(i + "listed_exchange"_L1, {Kind::Text, L("Listed exchange")});
        h.insert(i + "ticker_symbol"_L1, {Kind::Text, L("Ticker symbol")});
        h.insert(i + "parent_institution_name"_L1, {Kind::Text, L("Parent institution name")});
        h.insert(i + "regulator_name"_L1, {Kind::Text, L("Regulator name")});
        h.insert(i + "regulator_jurisdiction"_L1, {Kind::Text, L("Regulator jurisdiction")});
        h.insert(i + "regulator_register_number"_L1, {Kind::Text, L("Regulator register number")});
        h.insert(i + "doing_business_as"_L1, {Kind::Text, L("Doing business as")});
        h.insert(i + "business_description"_L1, {Kind::Text, L("Business description")});
        for (const char *ro : {"sanctions_verification_status", "document_verification_status",
                               "additional_screening_status"})
            h.insert(i + QLatin1StringView(ro), {Kind::ReadOnly, L("Verification status")});

        // institution_members[].
        h.insert(u"institution_members.identity_id"_s, {Kind::Text, L("Member identity")});
        h.insert(u"institution_members.roles"_s,
                 {Kind::EnumList, L("Member roles"), 0, &enums::institutionMemberRole});
        h.insert(u"institution_members.ownership"_s, {Kind::Ownership, L("Ownership")});
        h.insert(u"institution_members.position"_s, {Kind::Text, L("Position")});
        return h;
    }();
    return s;
}

// "tax_details[1].tax_payer_id" -> "tax_details.tax_payer_id"; a trailing index is dropped.
QString normalize(QStringView path)
{
    QString out;
    out.reserve(path.size());
    bool inIndex = false;
    for (QChar ch : path) {
        if (ch == u'[')
            inIndex = true;
        else if (ch == u']')
            inIndex = false;
        else if (!inIndex)
            out += ch;
    }
    return out;
}

const FieldSpec *specFor(QStringView path)
{
    const auto &s = specs();
    const auto it = s.constFind(normalize(path));
    return it == s.cend() ? nullptr : &*it;
}

QString labelFor(QStringView path)
{
    if (const FieldSpec *spec = specFor(path); spec && spec->label)
        return tr(spec->label);
    const QString n = normalize(path);
    return n.mid(n.lastIndexOf(u'.') + 1);
}

ValidationIssue issue(const QString &path, const char *rule, const QString &message,
                      ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    return ValidationIssue{path, QString::fromLatin1(rule), message, severity};
}

class Collector
{
public:
    void add(const QString &path, const char *rule, const QString &message,
             ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
    {
        add(issue(path, rule, message, severity));
    }
    // One issue per field, errors before warnings, so a form shows the one that matters.
    void add(const ValidationIssue &issue)
    {
        for (ValidationIssue &existing : m_issues) {
            if (existing.path != issue.path)
                continue;
            if (!existing.isError() && issue.isError())
                existing = issue;
            return;
        }
        m_issues.append(issue);
    }
    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

QString join(const QString &prefix, QLatin1StringView key)
{
    return join(prefix, QString(key));
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

void requireField(Collector &c, const QJsonObject &obj, const QString &prefix,
                  QLatin1StringView key, const char *rule = "required")
{
    if (!isBlank(obj.value(key)))
        return;
    const QString path = join(prefix, key);
    if (qstrcmp(rule, "passthrough") == 0) {
        c.add(path, rule,
              tr("%1 is required when the verifier type is Passthrough.").arg(labelFor(path)));
    } else {
        c.add(path, rule, tr("%1 is required.").arg(labelFor(path)));
    }
}

void checkValue(Collector &c, const QString &path, const QJsonValue &value);

void walkObject(Collector &c, const QJsonObject &obj, const QString &prefix)
{
    for (auto it = obj.begin(); it != obj.end(); ++it)
        checkValue(c, join(prefix, it.key()), it.value());
}

void checkEnumValue(Collector &c, const QString &path, const QString &value, const EnumTable &table)
{
    if (auto problem = validation::checkEnum(path, value, table)) {
        c.add(*problem);
        return;
    }
    if (table.isProhibited(value)) {
        c.add(path, "prohibited",
              tr("Paxos does not serve businesses in this sector (%1).").arg(table.label(value)),
              ValidationIssue::Severity::Warning);
    }
}

// One entry of a list field, at "…[n]".
void checkListItem(Collector &c, const QString &itemPath, const FieldSpec &spec,
                   const QJsonValue &item)
{
    const QString label = tr(spec.label);
    if (spec.kind == Kind::ObjectList) {
        if (item.isObject())
            walkObject(c, item.toObject(), itemPath);
        else
            c.add(itemPath, "type", tr("Each entry of %1 must be an object.").arg(label));
    } else if (!item.isString()) {
        c.add(itemPath, "type", tr("Each entry of %1 must be text.").arg(label));
    } else if (spec.kind == Kind::EnumList) {
        checkEnumValue(c, itemPath, item.toString(), spec.table());
    }
}

void checkValue(Collector &c, const QString &path, const QJsonValue &value)
{
    const FieldSpec *spec = specFor(path);
    if (!spec)
        return; // unknown fields are kept and sent as they are; the server judges them
    const QString label = spec->label ? tr(spec->label) : path;
    auto typeIssue = [&](const char *text) { c.add(path, "type", tr(text).arg(label)); };
    if (value.isNull() && spec->kind != Kind::ReadOnly && spec->kind != Kind::Deprecated)
        return; // null is "not sent"; required checks report it where it matters

    switch (spec->kind) {
    case Kind::Name:
    case Kind::Text:
    case Kind::Date:
    case Kind::BirthDate:
    case Kind::Email:
    case Kind::Phone:
    case Kind::DateTime:
    case Kind::Country:
    case Kind::Enum: {
        if (!value.isString()) {
            typeIssue(L("%1 must be text."));
            return;
        }
        const QString s = value.toString();
        if (s.isEmpty()) {
            // `address2: ""` is how an update clears the second address line.
            if (!path.endsWith("address2"_L1))
                c.add(path, "empty", tr("%1 cannot be empty; leave it out instead.").arg(label));
            return;
        }
        std::optional<ValidationIssue> problem;
        if (spec->kind == Kind::Name)
            problem = validation::checkNameOrAddress(path, s, spec->maxLength);
        else if (spec->kind == Kind::Date)
            problem = validation::checkDate(path, s);
        else if (spec->kind == Kind::BirthDate)
            problem = validation::checkBirthDate(path, s, QDate::currentDate());
        else if (spec->kind == Kind::Email)
            problem = validation::checkEmail(path, s);
        else if (spec->kind == Kind::Phone)
            problem = validation::checkPhoneNumber(path, s);
        else if (spec->kind == Kind::DateTime)
            problem = validation::checkDateTime(path, s);
        else if (spec->kind == Kind::Country)
            problem = validation::checkCountry(path, s);
        else if (spec->kind == Kind::Enum)
            checkEnumValue(c, path, s, spec->table());
        else if (spec->maxLength > 0 && s.size() > spec->maxLength)
            problem = issue(path, "max_length",
                            tr("%1 can be at most %n characters.", spec->maxLength).arg(label));
        if (problem)
            c.add(*problem);
        return;
    }
    case Kind::EnumList:
    case Kind::TextList:
    case Kind::ObjectList: {
        if (!value.isArray()) {
            typeIssue(L("%1 must be a list."));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype n = 0; n < array.size(); ++n)
            checkListItem(c, path + u'[' + QString::number(n) + u']', *spec, array.at(n));
        return;
    }
    case Kind::Bool:
        if (!value.isBool())
            typeIssue(L("%1 must be true or false."));
        return;
    case Kind::StringMap: {
        if (!value.isObject()) {
            typeIssue(L("%1 must be a set of names and values."));
            return;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                c.add(path + u'.' + it.key(), "type",
                      tr("Each value of %1 must be text.").arg(label));
        }
        return;
    }
    case Kind::Ownership: {
        bool ok = false;
        const double percent = value.isString() ? value.toString().toDouble(&ok) : 0.0;
        if (!ok || percent < 0.0 || percent > 100.0) {
            c.add(path, "ownership",
                  tr("Ownership must be a percentage from 0 to 100 written as text, such as \"25\" "
                     "or \"12.5\"."));
        }
        return;
    }
    case Kind::Object:
        if (!value.isObject()) {
            typeIssue(L("%1 must be an object."));
            return;
        }
        walkObject(c, value.toObject(), path);
        return;
    case Kind::ReadOnly:
        c.add(path, "read_only", tr("%1 is set by Paxos and ignored in requests.").arg(label),
              ValidationIssue::Severity::Warning);
        return;
    case Kind::Deprecated:
        c.add(path, "deprecated",
              tr("%1 is deprecated; send cip_id and cip_id_type instead.").arg(label),
              ValidationIssue::Severity::Warning);
        return;
    }
}

QString str(const QJsonObject &obj, QLatin1StringView key)
{
    return obj.value(key).toString();
}

void requireAddress(Collector &c, const QJsonObject &parent, const QString &prefix,
                    QLatin1StringView key)
{
    const QJsonValue v = parent.value(key);
    if (!v.isObject())
        return;
    const QString path = join(prefix, key);
    for (QLatin1StringView f : {"address1"_L1, "city"_L1, "province"_L1, "country"_L1})
        requireField(c, v.toObject(), path, f);
}

// Presence rules of person fields, shared by create and update. They run before the
// field-wise checks so a blank required field reads "is required", not "cannot be empty".
void personPresenceRules(Collector &c, const QJsonObject &person)
{
    const QString p = u"person_details"_s;
    requireAddress(c, person, p, "address"_L1);
    if (str(person, "verifier_type"_L1) == "PASSTHROUGH"_L1) {
        for (QLatin1StringView f :
             {"passthrough_verifier_type"_L1, "passthrough_verified_at"_L1,
              "passthrough_verification_id"_L1, "passthrough_verification_status"_L1,
              "passthrough_verification_fields"_L1})
            requireField(c, person, p, f, "passthrough");
    }
}

// Rules tying person fields together. They run after the field-wise checks, so a value that
// is wrong in itself (a bad enum, a bad character) is reported as that.
void personCrossRules(Collector &c, const QJsonObject &person)
{
    const QString p = u"person_details"_s;
    const QJsonValue status = person.value("passthrough_verification_status"_L1);
    if (status.isString() && !status.toString().isEmpty() && status != QJsonValue("APPROVED"_L1)
        && status != QJsonValue("DENIED"_L1)) {
        c.add(p + ".passthrough_verification_status"_L1, "passthrough",
              tr("The IDV result of a passthrough verification must be Approved or Denied."));
    }

    const QString cipType = str(person, "cip_id_type"_L1);
    const QString country = person.value("address"_L1).toObject().value("country"_L1).toString();
    if (country == "USA"_L1 && !cipType.isEmpty() && cipType != "SSN"_L1 && cipType != "ITIN"_L1) {
        c.add(p + ".cip_id_type"_L1, "us_cip_type",
              tr("People with a US address must be identified by an SSN or ITIN."));
    }
    const QJsonValue cipId = person.value("cip_id"_L1);
    if ((cipType == "SSN"_L1 || cipType == "ITIN"_L1) && cipId.isString()
        && !cipId.toString().isEmpty()) {
        static const QRegularExpression ssn(u"^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$"_s);
        if (!ssn.match(cipId.toString()).hasMatch())
            c.add(p + ".cip_id"_L1, "cip_id_format",
                  tr("An SSN or ITIN is written like 123-45-6789."));
    }
}

void taxDetailItems(Collector &c, const QJsonObject &request)
{
    const QJsonArray tax = request.value("tax_details"_L1).toArray();
    for (qsizetype n = 0; n < tax.size(); ++n) {
        if (!tax.at(n).isObject())
            continue;
        const QString path = u"tax_details["_s + QString::number(n) + u']';
        requireField(c, tax.at(n).toObject(), path, "tax_payer_id"_L1);
        requireField(c, tax.at(n).toObject(), path, "tax_payer_country"_L1);
    }
}

void membersRules(Collector &c, const QJsonObject &request)
{
    const QJsonArray members = request.value("institution_members"_L1).toArray();
    for (qsizetype n = 0; n < members.size(); ++n) {
        if (!members.at(n).isObject())
            continue;
        const QString path = u"institution_members["_s + QString::number(n) + u']';
        requireField(c, members.at(n).toObject(), path, "identity_id"_L1);
        requireField(c, members.at(n).toObject(), path, "roles"_L1);
    }
}

void requireTaxDetails(Collector &c, const QJsonObject &request, bool paxosFillsThem)
{
    if (paxosFillsThem || request.value("tax_details_not_required"_L1) == QJsonValue(true))
        return;
    if (!isBlank(request.value("tax_details"_L1)))
        return;
    c.add(u"tax_details"_s, "tax_details",
          tr("Add tax details, or mark them as not required where the law does not require them."));
}

void createPerson(Collector &c, const QJsonObject &request)
{
    const QJsonObject person = request.value("person_details"_L1).toObject();
    const QString p = u"person_details"_s;
    for (QLatin1StringView f :
         {"verifier_type"_L1, "first_name"_L1, "last_name"_L1, "date_of_birth"_L1, "address"_L1,
          "nationality"_L1, "cip_id"_L1, "cip_id_type"_L1, "cip_id_country"_L1})
        requireField(c, person, p, f);
    const QJsonObject cdd = request.value("customer_due_diligence"_L1).toObject();
    for (QLatin1StringView f :
         {"estimated_yearly_income"_L1, "expected_transfer_value"_L1, "source_of_wealth"_L1,
          "employment_status"_L1, "employment_industry_sector"_L1})
        requireField(c, cdd, u"customer_due_diligence"_s, f);
    personPresenceRules(c, person);
}

void createPersonCrossRules(Collector &c, const QJsonObject &request)
{
    const QJsonObject person = request.value("person_details"_L1).toObject();
    personCrossRules(c, person);
    const QString cipType = str(person, "cip_id_type"_L1);
    requireTaxDetails(c, request,
                      (cipType == "SSN"_L1 || cipType == "ITIN"_L1)
                          && str(person, "cip_id_country"_L1) == "USA"_L1);
}

// The institution rules live in institutionrules.cpp as data; here they join the rest.
void institutionCrossRules(Collector &c, const QJsonObject &request, bool create)
{
    const QJsonObject inst = request.value("institution_details"_L1).toObject();
    const QString i = u"institution_details"_s;
    requireAddress(c, inst, i, "business_address"_L1);
    requireAddress(c, inst, i, "incorporation_address"_L1);
    for (const ValidationIssue &found : institution::check(
             request, create ? institution::Mode::Create : institution::Mode::Update))
        c.add(found);
    if (!create)
        return;
    const QString cipType = str(inst, "cip_id_type"_L1);
    requireTaxDetails(c, request,
                      (cipType == "EIN"_L1 || cipType == "SSN"_L1 || cipType == "ITIN"_L1)
                          && str(inst, "cip_id_country"_L1) == "USA"_L1);
}

bool exclusive(Collector &c, const QJsonObject &request)
{
    if (request.contains("person_details"_L1) && request.contains("institution_details"_L1)) {
        c.add(QString(), "exclusive",
              tr("An identity is either a person or an institution: send person details or "
                 "institution details, not both."));
        return false;
    }
    return true;
}

} // namespace

QList<ValidationIssue> validateCreateIdentity(const QJsonObject &request)
{
    Collector c;
    const bool oneKind = exclusive(c, request);
    const bool institution = request.value("institution_details"_L1).isObject();
    if (oneKind && institution) {
        institutionCrossRules(c, request, true);
    } else if (oneKind) {
        requireField(c, request, QString(), "person_details"_L1);
        createPerson(c, request);
    }
    if (isBlank(request.value("ref_id"_L1))) {
        c.add(u"ref_id"_s, "recommended",
              tr("Add a reference ID: it lets a create that timed out be sent again without making "
                 "a second identity."),
              ValidationIssue::Severity::Warning);
    }
    taxDetailItems(c, request);
    membersRules(c, request);
    walkObject(c, request, QString());
    if (oneKind && !institution)
        createPersonCrossRules(c, request);
    return c.take();
}

QList<ValidationIssue> validateUpdateIdentity(const QJsonObject &request)
{
    Collector c;
    if (request.isEmpty()) {
        c.add(QString(), "empty", tr("This update changes nothing."),
              ValidationIssue::Severity::Warning);
        return c.take();
    }
    const bool oneKind = exclusive(c, request);
    const QJsonObject person = request.value("person_details"_L1).toObject();
    if (oneKind && request.value("person_details"_L1).isObject())
        personPresenceRules(c, person);
    if (oneKind && request.value("institution_details"_L1).isObject())
        institutionCrossRules(c, request, false);
    taxDetailItems(c, request);
    membersRules(c, request);
    walkObject(c, request, QString());
    if (oneKind && request.value("person_details"_L1).isObject())
        personCrossRules(c, person);
    return c.take();
}

namespace {

constexpr int kDocumentNameMax = 260;
constexpr qint64 kUploadMaxBytes = 100 * 1024 * 1024;

// A required string of a small request that has no field table.
bool requireText(Collector &c, const QJsonObject &request, QLatin1StringView key, const char *label)
{
    const QJsonValue v = request.value(key);
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return true;
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        c.add(QString(key), "type", tr("%1 must be text.").arg(tr(label)));
    else
        c.add(QString(key), "required", tr("%1 is required.").arg(tr(label)));
    return false;
}

bool hasUploadExtension(const QString &fileName)
{
    for (QLatin1StringView ext : {".pdf"_L1, ".jpg"_L1, ".jpeg"_L1, ".png"_L1}) {
        if (fileName.endsWith(ext, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkUploadName(Collector &c, const QString &path, const QString &name)
{
    if (name.size() > kDocumentNameMax) {
        c.add(path, "max_length",
              tr("A file name can be at most %n characters.", kDocumentNameMax));
    } else if (!hasUploadExtension(name)) {
        c.add(path, "file_type", tr("Paxos accepts PDF, JPG and PNG files only."));
    }
}

} // namespace

QList<ValidationIssue> validateCreateIdentityControl(const QJsonObject &request)
{
    Collector c;
    requireText(c, request, "identity_id"_L1, L("Identity"));
    if (requireText(c, request, "type"_L1, L("Control type"))) {
        const QString type = str(request, "type"_L1);
        const EnumTable &table = enums::controlType();
        if (!table.isCurrent(type)) {
            c.add(
                u"type"_s, "enum",
                tr("\"%1\" is not a value Paxos accepts for %2.").arg(type, tr(L("Control type"))));
        } else if (table.entry(type)->is(PaxosOnly)) {
            c.add(u"type"_s, "paxos_only",
                  tr("Only Paxos can apply a %1 control.").arg(table.label(type)));
        }
    }
    if (requireText(c, request, "reason_code"_L1, L("Reason"))) {
        const QString code = str(request, "reason_code"_L1);
        if (!enums::controlReasonCode().isCurrent(code)) {
            c.add(u"reason_code"_s, "enum",
                  tr("\"%1\" is not a value Paxos accepts for %2.").arg(code, tr(L("Reason"))));
        }
    }
    const QJsonValue reason = request.value("reason"_L1);
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        c.add(u"reason"_s, "type", tr("%1 must be text.").arg(tr(L("Reason details"))));
    return c.take();
}

QList<ValidationIssue> validateDocumentUpload(const QJsonObject &request)
{
    Collector c;
    if (requireText(c, request, "name"_L1, L("File name")))
        checkUploadName(c, u"name"_s, str(request, "name"_L1));
    const QJsonValue types = request.value("document_types"_L1);
    if (!types.isArray() || types.toArray().isEmpty()) {
        c.add(u"document_types"_s, "required",
              tr("Choose at least one document type that the file contains."));
        return c.take();
    }
    const QJsonArray array = types.toArray();
    for (qsizetype n = 0; n < array.size(); ++n) {
        const QString path = u"document_types["_s + QString::number(n) + u']';
        const QString type = array.at(n).toString();
        if (!array.at(n).isString() || !enums::documentType().isCurrent(type)) {
            c.add(path, "enum",
                  tr("\"%1\" is not a value Paxos accepts for %2.")
                      .arg(type, tr(L("Document type"))));
        }
    }
    return c.take();
}

QList<ValidationIssue> validateUploadFile(const QString &fileName, qint64 sizeBytes)
{
    Collector c;
    checkUploadName(c, u"file_name"_s, fileName);
    if (sizeBytes >= kUploadMaxBytes)
        c.add(u"file_size"_s, "file_size", tr("Paxos accepts files smaller than 100 MB."));
    else if (sizeBytes <= 0)
        c.add(u"file_size"_s, "file_size", tr("The file is empty."));
    return c.take();
}

QList<ValidationIssue> validateField(const QString &path, const QJsonValue &value)
{
    Collector c;
    // "…_fields[1]": one entry of a list, checked as such.
    const FieldSpec *spec = specFor(path);
    if (spec && path.endsWith(u']')
        && (spec->kind == Kind::EnumList || spec->kind == Kind::TextList
            || spec->kind == Kind::ObjectList)) {
        checkListItem(c, path, *spec, value);
        return c.take();
    }
    checkValue(c, path, value);
    return c.take();
}

FieldRequirement fieldRequirement(QStringView path)
{
    const FieldSpec *spec = specFor(path);
    return spec ? spec->requirement : FieldRequirement::Optional;
}

QString fieldLabel(QStringView path)
{
    return labelFor(path);
}

int fieldMaxLength(QStringView path)
{
    const FieldSpec *spec = specFor(path);
    return spec ? spec->maxLength : 0;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &i) { return i.isError(); });
}

namespace validation {

bool matchesNamePattern(QStringView value)
{
    if (value.isEmpty())
        return false;
    static const QLatin1StringView allowed(" /?:().,&'+-");
    for (QChar ch : value) {
        const char16_t u = ch.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z')
            || (u >= u'a' && u <= u'z') || allowed.contains(ch);
        if (!ok)
            return false;
    }
    return true;
}

QString namePatternMessage()
{
    return tr("Paxos accepts only ASCII letters, digits, spaces and / ? : ( ) . , & ' + - in names "
              "and addresses.");
}

std::optional<ValidationIssue> checkNameOrAddress(const QString &path, QStringView value,
                                                  int maxLength)
{
    if (value.isEmpty())
        return issue(path, "required", tr("%1 is required.").arg(labelFor(path)));
    if (!matchesNamePattern(value)) {
        QString bad;
        for (QChar ch : value) {
            if (!matchesNamePattern(QStringView(&ch, 1)) && !bad.contains(ch))
                bad += ch;
        }
        QStringList shown;
        for (QChar ch : std::as_const(bad))
            shown.append(u"\""_s + ch + u'"');
        return issue(path, "pattern",
                     namePatternMessage() + u' '
                         + tr("Not allowed here: %1.").arg(shown.join(", "_L1)));
    }
    if (maxLength > 0 && value.size() > maxLength) {
        return issue(path, "max_length",
                     tr("%1 can be at most %n characters.", maxLength).arg(labelFor(path)));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> checkDate(const QString &path, QStringView value)
{
    const auto date = CalendarDate::parseStrict(value);
    if (!date) {
        return issue(path, "date",
                     tr("%1 must be a date written YYYY-MM-DD, for example 1960-01-31.")
                         .arg(labelFor(path)));
    }
    if (date->date() > QDate::currentDate())
        return issue(path, "date_range", tr("%1 cannot be in the future.").arg(labelFor(path)));
    return std::nullopt;
}

// Paxos documents no age limit for persons. A date of birth that makes the person a minor
// (or older than anyone alive) is almost always a typing mistake, so the console warns; it
// does not block, since Paxos, not the console, decides who may be onboarded.
std::optional<ValidationIssue> checkBirthDate(const QString &path, QStringView value, QDate today)
{
    if (auto problem = checkDate(path, value))
        return problem;
    const QDate born = CalendarDate::parseStrict(value)->date();
    int age = today.year() - born.year();
    if (today < born.addYears(age))
        --age;
    if (age < 18) {
        return issue(path, "age",
                     tr("This date of birth makes the person %n years old; check it, as accounts "
                        "are normally opened for adults.",
                        age),
                     ValidationIssue::Severity::Warning);
    }
    if (age > 120) {
        return issue(path, "age",
                     tr("This date of birth makes the person %n years old; check the year.", age),
                     ValidationIssue::Severity::Warning);
    }
    return std::nullopt;
}

// Paxos gives no format for `email`; the console asks for the shape every address has
// (one @, something before it, a dotted domain after it, no spaces), which catches the
// mistakes people make when they type one.
std::optional<ValidationIssue> checkEmail(const QString &path, QStringView value)
{
    const qsizetype at = value.indexOf(u'@');
    const QStringView local = at < 0 ? QStringView() : value.first(at);
    const QStringView domain = at < 0 ? QStringView() : value.sliced(at + 1);
    const bool spaces = std::any_of(value.begin(), value.end(), [](QChar ch) {
        return ch.isSpace() || ch.category() == QChar::Other_Control;
    });
    const bool ok = at > 0 && !spaces && !local.isEmpty() && !domain.contains(u'@')
        && domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.');
    if (!ok) {
        return issue(
            path, "email",
            tr("%1 must be an email address such as name@example.com.").arg(labelFor(path)));
    }
    return std::nullopt;
}

// Paxos gives no format for `phone_number`; its example is "+1 555 678 1234". The console
// asks for the E.164 shape as people write it: an optional leading +, then 7 to 15 digits,
// which may be grouped by spaces, dots, hyphens or parentheses. Letters and control
// characters are refused.
std::optional<ValidationIssue> checkPhoneNumber(const QString &path, QStringView value)
{
    int digits = 0;
    bool ok = true;
    for (qsizetype i = 0; i < value.size() && ok; ++i) {
        const QChar ch = value.at(i);
        if (ch >= u'0' && ch <= u'9')
            ++digits;
        else if (ch == u'+')
            ok = i == 0;
        else
            ok = ch == u' ' || ch == u'-' || ch == u'.' || ch == u'(' || ch == u')';
    }
    if (!ok || digits < 7 || digits > 15) {
        return issue(path, "phone",
                     tr("%1 must be a phone number with its country code, such as "
                        "+1 555 678 1234.")
                         .arg(labelFor(path)));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> checkDateTime(const QString &path, QStringView value)
{
    if (!Timestamp::parse(value)) {
        return issue(
            path, "date_time",
            tr("%1 must be a date and time such as 2021-06-16T09:28:14Z.").arg(labelFor(path)));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> checkCountry(const QString &path, QStringView value)
{
    const bool shape = value.size() == 3 && std::all_of(value.begin(), value.end(), [](QChar ch) {
                           return ch >= u'A' && ch <= u'Z';
                       });
    if (!shape) {
        return issue(
            path, "country",
            tr("%1 must be a three-letter ISO country code such as USA.").arg(labelFor(path)));
    }
    if (!countryByAlpha3(value)) {
        return issue(path, "country",
                     tr("\"%1\" is not an ISO 3166-1 country code.").arg(value.toString()));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> checkEnum(const QString &path, QStringView value,
                                         const EnumTable &table)
{
    if (table.isCurrent(value))
        return std::nullopt;
    return issue(
        path, "enum",
        tr("\"%1\" is not a value Paxos accepts for %2.").arg(value.toString(), labelFor(path)));
}

} // namespace validation
} // namespace paxos

#undef L

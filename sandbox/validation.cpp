#include "sandbox/validation.h"

#include "sandbox/clock.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <iterator>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace enums {

#define SANDBOX_ENUM(fn, ...)                                                                      \
    const QStringList &fn()                                                                        \
    {                                                                                              \
        static const QStringList values{__VA_ARGS__};                                              \
        return values;                                                                             \
    }

SANDBOX_ENUM(identityStatuses, u"PENDING"_s, u"ERROR"_s, u"APPROVED"_s, u"DENIED"_s, u"DISABLED"_s)
SANDBOX_ENUM(verifierTypes, u"PAXOS"_s, u"PASSTHROUGH"_s, u"MANUAL"_s)
SANDBOX_ENUM(passthroughVerifierTypes, u"JUMIO"_s, u"ALLOY"_s, u"LEXISNEXIS"_s, u"MITEK"_s,
             u"SUMSUB"_s, u"MICROBILT"_s, u"ONFIDO"_s, u"CUSTOMER"_s, u"EQUIFAX"_s,
             u"ID3_AUTHENTICATE"_s, u"FIS"_s, u"PROVE"_s, u"PERSONA"_s, u"PLAID"_s, u"DOTFILE"_s,
             u"AIPRISE"_s)
SANDBOX_ENUM(passthroughVerificationFields, u"FULL_LEGAL_NAME"_s, u"ADDRESS"_s, u"DATE_OF_BIRTH"_s,
             u"CIP_ID"_s)
SANDBOX_ENUM(cipIdTypes, u"SSN"_s, u"ID_CARD"_s, u"ITIN"_s, u"PASSPORT"_s, u"DRIVING_LICENSE"_s,
             u"VISA"_s)
SANDBOX_ENUM(yearlyIncomes, u"INCOME_0_TO_50K"_s, u"INCOME_50K_TO_100K"_s, u"INCOME_100K_TO_250K"_s,
             u"INCOME_250K_TO_500K"_s, u"INCOME_500K_TO_750K"_s, u"INCOME_750K_TO_1M"_s,
             u"INCOME_ABOVE_1M"_s)
SANDBOX_ENUM(transferValues, u"TRANSFER_VALUE_0_TO_25K"_s, u"TRANSFER_VALUE_25K_TO_50K"_s,
             u"TRANSFER_VALUE_50K_TO_100K"_s, u"TRANSFER_VALUE_100K_TO_250K"_s,
             u"TRANSFER_VALUE_250K_TO_500K"_s, u"TRANSFER_VALUE_500K_TO_750K"_s,
             u"TRANSFER_VALUE_750K_TO_1M"_s, u"TRANSFER_VALUE_1M_TO_2_5M"_s,
             u"TRANSFER_VALUE_2_5M_TO_5M"_s, u"TRANSFER_VALUE_ABOVE_5M"_s)
SANDBOX_ENUM(netWorths, u"NET_WORTH_0_TO_100K"_s, u"NET_WORTH_100K_TO_500K"_s,
             u"NET_WORTH_500K_TO_1M"_s, u"NET_WORTH_1M_TO_2_5M"_s, u"NET_WORTH_2_5M_TO_5M"_s,
             u"NET_WORTH_5M_TO_7_5M"_s, u"NET_WORTH_7_5M_TO_10M"_s, u"NET_WORTH_10M_TO_25M"_s,
             u"NET_WORTH_25M_TO_50M"_s, u"NET_WORTH_OVER_50M"_s)
SANDBOX_ENUM(sourcesOfWealth, u"INHERITANCE"_s, u"INVESTMENT_GAINS"_s,
             u"BUSINESS_OWNERSHIP_DIVIDENDS"_s, u"EMPLOYMENT_INCOME"_s, u"REAL_ESTATE"_s,
             u"OTHER_SOURCE_OF_WEALTH"_s)
SANDBOX_ENUM(sourcesOfFunds, u"SALARY_DISBURSEMENT"_s, u"INHERITANCE_DISTRIBUTION"_s,
             u"INVESTMENT_RETURNS"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s, u"PROPERTY_SALE"_s,
             u"LOAN_DISBURSEMENT"_s, u"SAVINGS_ACCOUNT_WITHDRAWAL"_s, u"GOVERNMENT_BENEFITS"_s)
SANDBOX_ENUM(purposesOfAccount, u"INVESTMENT_TRADING"_s, u"SAVINGS"_s,
             u"STABLECOIN_PURCHASE_REDEMPTION"_s)
SANDBOX_ENUM(employmentStatuses, u"CONTRACTUAL"_s, u"FULL_TIME"_s, u"PART_TIME"_s, u"RETIRED"_s,
             u"SELF_EMPLOYED"_s, u"STUDENT"_s, u"UNEMPLOYED"_s)
SANDBOX_ENUM(industrySectors, u"INVESTMENT"_s, u"HEDGE_FUND"_s, u"MONEY_SERVICE_BUSINESS"_s,
             u"STO_ISSUER"_s, u"PRECIOUS_METALS"_s, u"NON_PROFIT"_s,
             u"REGISTERED_INVESTMENT_ADVISOR"_s, u"AGRICULTURE_FORESTRY_FISHING_HUNTING"_s,
             u"MINING"_s, u"UTILITIES"_s, u"CONSTRUCTION"_s, u"MANUFACTURING"_s,
             u"WHOLESALE_TRADE"_s, u"RETAIL_TRADE"_s, u"TRANSPORTATION_WAREHOUSING"_s,
             u"INFORMATION"_s, u"FINANCE_INSURANCE"_s, u"REAL_ESTATE_RENTAL_LEASING"_s,
             u"PROFESSIONAL_SCIENTIFIC_TECHNICAL_SERVICES"_s,
             u"MANAGEMENT_OF_COMPANIES_ENTERPRISES"_s,
             u"ADMINISTRATIVE_SUPPORT_WASTE_MANAGEMENT_REMEDIATION_SERVICES"_s,
             u"EDUCATIONAL_SERVICES"_s, u"HEALTH_CARE_SOCIAL_ASSISTANCE"_s,
             u"ARTS_ENTERTAINMENT_RECREATION"_s, u"ACCOMMODATION_FOOD_SERVICES"_s,
             u"OTHER_SERVICES"_s, u"PUBLIC_ADMINISTRATION"_s, u"NOT_CLASSIFIED"_s,
             u"ADULT_ENTERTAINMENT"_s, u"AUCTIONS"_s, u"AUTOMOBILES"_s, u"BLOCKCHAIN"_s,
             u"CRYPTO"_s, u"DRUGS"_s, u"EXPORT_IMPORT"_s, u"E_COMMERCE"_s,
             u"FINANCIAL_INSTITUTION"_s, u"GAMBLING"_s, u"INSURANCE"_s, u"MARKET_MAKER"_s,
             u"SHELL_BANK"_s, u"TRAVEL_TRANSPORT"_s, u"WEAPONS"_s)
SANDBOX_ENUM(customerRegions, u"US_CANADA"_s, u"MEXICO_CENTRAL_AMERICA"_s, u"SOUTH_AMERICA"_s,
             u"EUROPE"_s, u"ASIA"_s, u"AFRICA"_s, u"OCEANIA"_s)
SANDBOX_ENUM(merchantFundingSources, u"BUSINESS_LOANS_FINANCING"_s, u"SALARY_SAVINGS"_s,
             u"INVESTMENT_GAINS"_s, u"INHERITANCE"_s, u"REAL_ESTATE_INCOME"_s,
             u"NON_PROFIT_SOURCES"_s, u"OTHER_BUSINESS_INCOME"_s)
SANDBOX_ENUM(documentTypes, u"OTHER_DOCUMENTS"_s, u"APPLICATION"_s, u"ORGANIZATIONAL_DOCUMENTS"_s,
             u"CERTIFICATE_OF_GOOD_STANDING"_s, u"TAX_IDENTIFICATION"_s, u"IDENTITY_VERIFICATION"_s,
             u"PROOF_OF_RESIDENCY"_s, u"PROOF_OF_FUNDS"_s, u"SAMPLE_INVOICE"_s,
             u"OPERATING_AGREEMENT"_s, u"TRUST_DOCUMENTS"_s, u"MONEY_SERVICE_DOCUMENTS"_s,
             u"INVESTMENT_DOCUMENTS"_s, u"CURP"_s, u"AML_DOCUMENTS"_s, u"FUND_STRUCTURE_CHART"_s,
             u"FUND_MANAGER_REGISTRATION"_s, u"MEMORANDUM_OF_ASSOCIATION"_s,
             u"ORGANIZATIONAL_CHART"_s, u"FOUNDATION_BY_LAWS"_s,
             u"APPOINTMENT_OF_GUARDIAN_EVIDENCE"_s, u"LEGAL_DOMICILE_OF_BENEFICIAL_OWNERS"_s,
             u"GOVERNING_BODY_MEMBER_NAMES"_s)
SANDBOX_ENUM(controlTypes, u"SELL_ONLY"_s, u"CLOSED"_s, u"FROZEN"_s, u"DORMANT"_s)
SANDBOX_ENUM(controlReasonCodes, u"OTHER"_s, u"END_USER_REQUEST"_s, u"INACTIVITY"_s,
             u"COMPLIANCE_KYC"_s, u"COMPLIANCE_EDD"_s, u"COMPLIANCE_SCREENING"_s,
             u"COMPLIANCE_INVESTIGATION"_s, u"ONBOARDING_INCOMPLETE"_s, u"RISK_FRAUD"_s,
             u"LEGAL_ORDER"_s, u"ADMINISTRATIVE"_s)
SANDBOX_ENUM(accountTypes, u"BROKERAGE"_s, u"TRADITIONAL_IRA"_s, u"ROTH_IRA"_s, u"SEP_IRA"_s,
             u"FINANCIAL_ADVISOR"_s)
SANDBOX_ENUM(accountMemberRoles, u"BENEFICIAL_OWNER"_s, u"AUTHORIZED_USER"_s,
             u"FINANCIAL_ADVISOR"_s)
SANDBOX_ENUM(scopes, u"identity:read_identity"_s, u"identity:write_identity"_s,
             u"identity:read_identity_control"_s, u"identity:write_identity_control"_s,
             u"events:read_event"_s, u"identity:read_account"_s, u"identity:write_account"_s,
             u"funding:read_profile"_s, u"funding:write_profile"_s)

SANDBOX_ENUM(institutionTypes, u"TRUST"_s, u"CORPORATION"_s, u"LLC"_s, u"PARTNERSHIP"_s)
SANDBOX_ENUM(institutionCipIdTypes, u"EIN"_s, u"SSN"_s, u"ITIN"_s, u"REGISTRATION_NUMBER"_s)
SANDBOX_ENUM(regulationStatuses, u"US_REGULATED"_s, u"INTL_REGULATED"_s, u"NON_REGULATED"_s)
SANDBOX_ENUM(tradingTypes, u"PRIVATE"_s, u"PUBLIC"_s, u"PUBLICLY_TRADED_SUBSIDIARY"_s)
SANDBOX_ENUM(institutionRoles, u"BENEFICIAL_OWNER"_s, u"ACCOUNT_OPENER"_s, u"TRUSTEE"_s,
             u"AUTHORIZED_USER"_s, u"GRANTOR"_s, u"MANAGEMENT_CONTROL_PERSON"_s, u"BENEFICIARY"_s)

#undef SANDBOX_ENUM

} // namespace enums

#define SANDBOX_CHECK(expr)                                                                        \
    if (auto error_ = (expr))                                                                      \
        return error_;

namespace {

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(u"^[0-9A-Za-z /?:().,&'+-]+$"_s);
    return re;
}

const QRegularExpression &alpha3Pattern()
{
    static const QRegularExpression re(u"^[A-Z]{3}$"_s);
    return re;
}

// ISO 3166-1 alpha-3, the 249 officially assigned codes (sorted). The reference asks for
// alpha-3 country codes; a code that merely has the shape (ZZZ, DDR) is not a country.
constexpr const char *kIsoAlpha3[] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
};

bool isIsoAlpha3(const QString &code)
{
    if (code.size() != 3)
        return false;
    const QByteArray latin1 = code.toLatin1();
    return std::binary_search(std::begin(kIsoAlpha3), std::end(kIsoAlpha3), latin1.constData(),
                              [](const char *a, const char *b) { return std::strcmp(a, b) < 0; });
}

// C0 controls and DEL: a NUL or CR/LF in a stored field ends up in exports, logs and
// headers downstream. No field of the API carries them.
bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

// Government id formats the reference gives: SSN and ITIN xxx-xx-xxxx, EIN xx-xxxxxxx
// (dashes optional, as people type them either way).
const QRegularExpression *cipIdFormat(const QString &cipIdType, QString *example)
{
    static const QRegularExpression ssn(u"^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$"_s);
    static const QRegularExpression ein(u"^[0-9]{2}-?[0-9]{7}$"_s);
    if (cipIdType == u"SSN" || cipIdType == u"ITIN") {
        *example = u"123-45-6789"_s;
        return &ssn;
    }
    if (cipIdType == u"EIN") {
        *example = u"12-3456789"_s;
        return &ein;
    }
    return nullptr;
}

// Checks one optional string field; `rules` lists max length and pattern.
std::optional<ApiError> checkString(const QJsonObject &object, const QString &key,
                                    const QString &path, bool required, int maxLength = 0,
                                    const QRegularExpression *pattern = nullptr,
                                    const QString &patternText = {})
{
    const QString field = path + key;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (required && value.isNull())) {
        if (required)
            return badRequest(field + u" is required"_s);
        return std::nullopt;
    }
    // An explicit null is not "absent": the client meant something, and it is not a string.
    if (!value.isString())
        return badRequest(field + u" must be a string"_s);
    const QString text = value.toString();
    if (required && text.isEmpty())
        return badRequest(field + u" is required"_s);
    if (maxLength > 0 && text.size() > maxLength)
        return badRequest(field + u" must be at most %1 characters"_s.arg(maxLength));
    if (hasControlCharacter(text))
        return badRequest(field + u" must not contain control characters"_s);
    if (pattern && !text.isEmpty() && !pattern->match(text).hasMatch())
        return badRequest(field + u" must match "_s + patternText);
    return std::nullopt;
}

// A value of only spaces matches the pattern but names nothing: refused as blank.
std::optional<ApiError> checkNotBlank(const QJsonObject &object, const QString &key,
                                      const QString &path)
{
    const QString text = object.value(key).toString();
    if (!text.isEmpty() && text.trimmed().isEmpty())
        return badRequest(path + key + u" must not be blank"_s);
    return std::nullopt;
}

std::optional<ApiError> checkName(const QJsonObject &object, const QString &key,
                                  const QString &path, bool required, int maxLength)
{
    SANDBOX_CHECK(checkString(
        object, key, path, required, maxLength, &namePattern(),
        u"^[0-9A-Za-z /?:().,&'+-]+$ (ASCII letters, digits, space and / ? : ( ) . , & ' + -)"_s));
    return checkNotBlank(object, key, path);
}

std::optional<ApiError> checkAlpha3(const QJsonObject &object, const QString &key,
                                    const QString &path, bool required)
{
    SANDBOX_CHECK(checkString(object, key, path, required, 0, &alpha3Pattern(),
                              u"^[A-Z]{3}$ (ISO 3166-1 alpha-3, e.g. USA)"_s));
    const QString code = object.value(key).toString();
    if (!code.isEmpty() && !isIsoAlpha3(code))
        return badRequest(path + key + u" must be an ISO 3166-1 alpha-3 country code (e.g. USA)"_s);
    return std::nullopt;
}

// cip_id: the name pattern, not blank, and the documented format of its type.
std::optional<ApiError> checkCipId(const QJsonObject &object, const QString &path)
{
    SANDBOX_CHECK(checkName(object, u"cip_id"_s, path, true, 200));
    const QString type = object.value(u"cip_id_type"_s).toString();
    QString example;
    const QRegularExpression *format = cipIdFormat(type, &example);
    if (format && !format->match(object.value(u"cip_id"_s).toString()).hasMatch())
        return badRequest(
            path + u"cip_id must be written like %1 for cip_id_type %2"_s.arg(example, type));
    return std::nullopt;
}

std::optional<ApiError> checkEnumArray(const QJsonObject &object, const QString &key,
                                       const QString &path, const QStringList &allowed,
                                       bool required)
{
    const QString field = path + key;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return required ? std::optional(badRequest(field + u" is required"_s)) : std::nullopt;
    if (!value.isArray())
        return badRequest(field + u" must be an array"_s);
    const QJsonArray array = value.toArray();
    if (required && array.isEmpty())
        return badRequest(field + u" must not be empty"_s);
    for (const QJsonValue &item : array) {
        if (!item.isString() || !allowed.contains(item.toString()))
            return badRequest(field + u" contains an invalid value; allowed: "_s
                              + allowed.join(u", "_s));
    }
    return std::nullopt;
}

// IdentityMailingAddress (reference 2.4), used for persons and institutions alike.
std::optional<ApiError> checkAddress(const QJsonObject &object, const QString &key,
                                     const QString &path, bool required)
{
    const QJsonValue address = object.value(key);
    if (address.isUndefined() || address.isNull()) {
        if (required)
            return badRequest(path + key + u" is required"_s);
        return std::nullopt;
    }
    if (!address.isObject())
        return badRequest(path + key + u" must be an object"_s);
    const QJsonObject a = address.toObject();
    const QString ap = path + key + u'.';
    SANDBOX_CHECK(checkName(a, u"address1"_s, ap, true, 35));
    SANDBOX_CHECK(checkName(a, u"address2"_s, ap, false, 35));
    SANDBOX_CHECK(checkName(a, u"city"_s, ap, true, 35));
    SANDBOX_CHECK(checkName(a, u"province"_s, ap, true, 35));
    SANDBOX_CHECK(checkName(a, u"zip_code"_s, ap, false, 35));
    // The schema gives country only the name pattern; the reference says "send alpha-3" and
    // every person example does, so the sandbox holds clients to it (validation.md).
    SANDBOX_CHECK(checkAlpha3(a, u"country"_s, ap, true));
    return std::nullopt;
}

} // namespace

ApiError badRequest(const QString &detail)
{
    return ApiError{ErrorKind::BadRequest, detail, {}};
}

std::optional<ApiError> expectType(const QJsonObject &object, const QString &key,
                                   const QString &path, QJsonValue::Type type)
{
    const QJsonValue value = object.value(key);
    // Absent is fine; an explicit null is a value of the wrong type ("ref_id": null would
    // otherwise create an identity without the ref_id its client retries with).
    if (value.isUndefined() || value.type() == type)
        return std::nullopt;
    const char *name = type == QJsonValue::String ? "a string"
        : type == QJsonValue::Bool                ? "a boolean"
        : type == QJsonValue::Object              ? "an object"
        : type == QJsonValue::Array               ? "an array"
                                                  : "a number";
    return badRequest(path + key + u" must be "_s + QLatin1StringView(name));
}

std::optional<ApiError> validateEnum(const QJsonObject &object, const QString &key,
                                     const QString &path, const QStringList &allowed, bool required)
{
    SANDBOX_CHECK(checkString(object, key, path, required));
    const QString value = object.value(key).toString();
    if (!value.isEmpty() && !allowed.contains(value))
        return badRequest(path + key + u" must be one of: "_s + allowed.join(u", "_s));
    return std::nullopt;
}

bool screeningRelevantChange(const QJsonObject &before, const QJsonObject &after)
{
    static const QStringList keys{u"first_name"_s,    u"middle_name"_s,    u"last_name"_s,
                                  u"date_of_birth"_s, u"address"_s,        u"cip_id"_s,
                                  u"cip_id_type"_s,   u"cip_id_country"_s, u"nationality"_s};
    for (const QString &key : keys) {
        if (before.value(key) != after.value(key))
            return true;
    }
    return false;
}

std::optional<ApiError> validatePersonDetails(const QJsonObject &person)
{
    const QString p = u"person_details."_s;
    SANDBOX_CHECK(validateEnum(person, u"verifier_type"_s, p, enums::verifierTypes(), true));
    SANDBOX_CHECK(checkName(person, u"first_name"_s, p, true, 200));
    SANDBOX_CHECK(checkString(person, u"middle_name"_s, p, false, 200));
    SANDBOX_CHECK(checkNotBlank(person, u"middle_name"_s, p));
    SANDBOX_CHECK(checkName(person, u"last_name"_s, p, true, 200));

    static const QRegularExpression datePattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    SANDBOX_CHECK(checkString(person, u"date_of_birth"_s, p, true, 0, &datePattern,
                              u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$ (YYYY-MM-DD)"_s));
    const QDate dob = QDate::fromString(person.value(u"date_of_birth"_s).toString(), Qt::ISODate);
    if (!dob.isValid())
        return badRequest(p + u"date_of_birth is not a valid calendar date"_s);
    if (dob > QDate::currentDate())
        return badRequest(p + u"date_of_birth must not be in the future"_s);

    SANDBOX_CHECK(checkAddress(person, u"address"_s, p, true));
    const QJsonObject a = person.value(u"address"_s).toObject();

    SANDBOX_CHECK(checkAlpha3(person, u"nationality"_s, p, true));
    SANDBOX_CHECK(validateEnum(person, u"cip_id_type"_s, p, enums::cipIdTypes(), true));
    SANDBOX_CHECK(checkCipId(person, p));
    SANDBOX_CHECK(checkAlpha3(person, u"cip_id_country"_s, p, true));
    const QString country = a.value(u"country"_s).toString();
    const QString cipType = person.value(u"cip_id_type"_s).toString();
    if (country == u"USA" && cipType != u"SSN" && cipType != u"ITIN")
        return badRequest(p + u"cip_id_type must be SSN or ITIN for US residents"_s);

    SANDBOX_CHECK(checkString(person, u"phone_number"_s, p, false, 200));
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+$"_s);
    SANDBOX_CHECK(checkString(person, u"email"_s, p, false, 320, &emailPattern, u"name@domain"_s));
    SANDBOX_CHECK(checkString(person, u"profession"_s, p, false, 200));
    SANDBOX_CHECK(checkString(person, u"country_of_birth"_s, p, false, 200));
    SANDBOX_CHECK(checkString(person, u"verifier_id"_s, p, false, 200));

    if (person.value(u"verifier_type"_s).toString() == u"PASSTHROUGH") {
        SANDBOX_CHECK(validateEnum(person, u"passthrough_verifier_type"_s, p,
                                   enums::passthroughVerifierTypes(), true));
        SANDBOX_CHECK(checkString(person, u"passthrough_verified_at"_s, p, true));
        if (!parseTimestamp(person.value(u"passthrough_verified_at"_s).toString()))
            return badRequest(p + u"passthrough_verified_at must be an RFC 3339 date-time"_s);
        SANDBOX_CHECK(checkString(person, u"passthrough_verification_id"_s, p, true, 200));
        SANDBOX_CHECK(validateEnum(person, u"passthrough_verification_status"_s, p,
                                   {u"APPROVED"_s, u"DENIED"_s}, true));
        SANDBOX_CHECK(checkEnumArray(person, u"passthrough_verification_fields"_s, p,
                                     enums::passthroughVerificationFields(), true));
    }
    return std::nullopt;
}

std::optional<ApiError> validateCustomerDueDiligence(const QJsonObject &cdd)
{
    const QString p = u"customer_due_diligence."_s;
    SANDBOX_CHECK(validateEnum(cdd, u"estimated_yearly_income"_s, p, enums::yearlyIncomes(), true));
    SANDBOX_CHECK(
        validateEnum(cdd, u"expected_transfer_value"_s, p, enums::transferValues(), true));
    SANDBOX_CHECK(validateEnum(cdd, u"source_of_wealth"_s, p, enums::sourcesOfWealth(), true));
    SANDBOX_CHECK(validateEnum(cdd, u"employment_status"_s, p, enums::employmentStatuses(), true));
    SANDBOX_CHECK(
        validateEnum(cdd, u"employment_industry_sector"_s, p, enums::industrySectors(), true));
    SANDBOX_CHECK(validateEnum(cdd, u"estimated_net_worth"_s, p, enums::netWorths(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"source_of_funds"_s, p, enums::sourcesOfFunds(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"purpose_of_account"_s, p, enums::purposesOfAccount(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"industry_sector"_s, p, enums::industrySectors(), false));
    SANDBOX_CHECK(
        validateEnum(cdd, u"merchant_funding_source"_s, p, enums::merchantFundingSources(), false));
    SANDBOX_CHECK(checkEnumArray(cdd, u"customer_regions"_s, p, enums::customerRegions(), false));
    const QJsonValue aliases = cdd.value(u"aliases"_s);
    if (!aliases.isUndefined() && !aliases.isNull()) {
        if (!aliases.isArray())
            return badRequest(p + u"aliases must be an array of strings"_s);
        for (const QJsonValue &alias : aliases.toArray()) {
            if (!alias.isString())
                return badRequest(p + u"aliases must be an array of strings"_s);
        }
    }
    for (const QString &key : {u"has_underlying_trust_structure"_s, u"has_nominee_shareholders"_s,
                               u"is_publicly_traded"_s})
        SANDBOX_CHECK(expectType(cdd, key, p, QJsonValue::Bool));
    return std::nullopt;
}

std::optional<ApiError> validateInstitutionDetails(const QJsonObject &institution)
{
    const QString p = u"institution_details."_s;
    SANDBOX_CHECK(checkName(institution, u"name"_s, p, true, 200));
    SANDBOX_CHECK(checkAddress(institution, u"business_address"_s, p, true));
    SANDBOX_CHECK(
        validateEnum(institution, u"institution_type"_s, p, enums::institutionTypes(), true));
    SANDBOX_CHECK(
        validateEnum(institution, u"institution_sub_type"_s, p, enums::industrySectors(), true));
    SANDBOX_CHECK(
        validateEnum(institution, u"cip_id_type"_s, p, enums::institutionCipIdTypes(), true));
    SANDBOX_CHECK(checkCipId(institution, p));
    SANDBOX_CHECK(checkAlpha3(institution, u"cip_id_country"_s, p, true));
    SANDBOX_CHECK(checkString(institution, u"govt_registration_date"_s, p, true));
    if (!parseTimestamp(institution.value(u"govt_registration_date"_s).toString()))
        return badRequest(p + u"govt_registration_date must be an RFC 3339 date-time"_s);
    SANDBOX_CHECK(checkString(institution, u"phone_number"_s, p, false, 200));
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+$"_s);
    SANDBOX_CHECK(
        checkString(institution, u"email"_s, p, false, 320, &emailPattern, u"name@domain"_s));
    for (const QString &key :
         {u"listed_exchange"_s, u"ticker_symbol"_s, u"parent_institution_name"_s,
          u"regulator_name"_s, u"regulator_jurisdiction"_s, u"regulator_register_number"_s,
          u"doing_business_as"_s, u"business_description"_s})
        SANDBOX_CHECK(checkString(institution, key, p, false, 1000));

    const QString type = institution.value(u"institution_type"_s).toString();
    const QString subType = institution.value(u"institution_sub_type"_s).toString();
    const QString cipType = institution.value(u"cip_id_type"_s).toString();
    const bool operating = type != u"TRUST";
    const bool ria = subType == u"REGISTERED_INVESTMENT_ADVISOR";
    const bool personalCip = cipType == u"SSN" || cipType == u"ITIN";
    if (type == u"TRUST" && subType != u"INVESTMENT")
        return badRequest(p + u"institution_sub_type must be INVESTMENT for a TRUST"_s);
    SANDBOX_CHECK(
        checkAddress(institution, u"incorporation_address"_s, p, operating || ria || !personalCip));
    SANDBOX_CHECK(validateEnum(institution, u"regulation_status"_s, p, enums::regulationStatuses(),
                               operating || ria));
    SANDBOX_CHECK(
        validateEnum(institution, u"trading_type"_s, p, enums::tradingTypes(), operating || ria));
    if (operating)
        SANDBOX_CHECK(checkString(institution, u"business_description"_s, p, true, 1000));
    const QString regulation = institution.value(u"regulation_status"_s).toString();
    const QString trading = institution.value(u"trading_type"_s).toString();
    if (regulation == u"US_REGULATED" || regulation == u"INTL_REGULATED") {
        for (const QString &key :
             {u"regulator_name"_s, u"regulator_jurisdiction"_s, u"regulator_register_number"_s})
            SANDBOX_CHECK(checkString(institution, key, p, true, 1000));
    }
    if (trading == u"PUBLIC" || trading == u"PUBLICLY_TRADED_SUBSIDIARY") {
        SANDBOX_CHECK(checkString(institution, u"listed_exchange"_s, p, true, 1000));
        SANDBOX_CHECK(checkString(institution, u"ticker_symbol"_s, p, true, 1000));
    }
    if (trading == u"PUBLICLY_TRADED_SUBSIDIARY") {
        SANDBOX_CHECK(checkString(institution, u"parent_institution_name"_s, p, true, 1000));
        if (regulation == u"NON_REGULATED")
            return badRequest(p
                              + u"trading_type PUBLICLY_TRADED_SUBSIDIARY is not allowed with "
                                "regulation_status NON_REGULATED"_s);
    }
    return std::nullopt;
}

std::optional<ApiError> validateInstitutionCdd(const QJsonObject &cdd, const QString &type)
{
    const QString p = u"customer_due_diligence."_s;
    const bool operating = type != u"TRUST";
    SANDBOX_CHECK(validateEnum(cdd, u"source_of_wealth"_s, p, enums::sourcesOfWealth(), operating));
    SANDBOX_CHECK(validateEnum(cdd, u"source_of_funds"_s, p, enums::sourcesOfFunds(), operating));
    SANDBOX_CHECK(validateEnum(cdd, u"industry_sector"_s, p, enums::industrySectors(), operating));
    for (const QString &key :
         {u"has_underlying_trust_structure"_s, u"has_nominee_shareholders"_s}) {
        SANDBOX_CHECK(expectType(cdd, key, p, QJsonValue::Bool));
        if (operating && !cdd.value(key).isBool())
            return badRequest(p + key + u" is required"_s);
    }
    SANDBOX_CHECK(
        validateEnum(cdd, u"estimated_yearly_income"_s, p, enums::yearlyIncomes(), false));
    SANDBOX_CHECK(
        validateEnum(cdd, u"expected_transfer_value"_s, p, enums::transferValues(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"employment_status"_s, p, enums::employmentStatuses(), false));
    SANDBOX_CHECK(
        validateEnum(cdd, u"employment_industry_sector"_s, p, enums::industrySectors(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"estimated_net_worth"_s, p, enums::netWorths(), false));
    SANDBOX_CHECK(validateEnum(cdd, u"purpose_of_account"_s, p, enums::purposesOfAccount(), false));
    SANDBOX_CHECK(
        validateEnum(cdd, u"merchant_funding_source"_s, p, enums::merchantFundingSources(), false));
    SANDBOX_CHECK(checkEnumArray(cdd, u"customer_regions"_s, p, enums::customerRegions(), false));
    SANDBOX_CHECK(expectType(cdd, u"is_publicly_traded"_s, p, QJsonValue::Bool));
    return std::nullopt;
}

bool institutionScreeningChange(const QJsonObject &before, const QJsonObject &after)
{
    static const QStringList keys{
        u"name"_s,        u"business_address"_s, u"incorporation_address"_s, u"cip_id"_s,
        u"cip_id_type"_s, u"cip_id_country"_s,   u"doing_business_as"_s};
    for (const QString &key : keys) {
        if (before.value(key) != after.value(key))
            return true;
    }
    return false;
}

std::optional<ApiError> validateTaxDetails(const QJsonValue &taxDetails)
{
    if (taxDetails.isUndefined() || taxDetails.isNull())
        return std::nullopt;
    if (!taxDetails.isArray())
        return badRequest(u"tax_details must be an array"_s);
    const QJsonArray array = taxDetails.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = u"tax_details[%1]."_s.arg(i);
        if (!array.at(i).isObject())
            return badRequest(u"tax_details[%1] must be an object"_s.arg(i));
        const QJsonObject item = array.at(i).toObject();
        SANDBOX_CHECK(checkName(item, u"tax_payer_id"_s, p, true, 35));
        SANDBOX_CHECK(checkAlpha3(item, u"tax_payer_country"_s, p, true));
    }
    return std::nullopt;
}

std::optional<ApiError> validateMetadata(const QJsonValue &metadata)
{
    if (metadata.isUndefined() || metadata.isNull())
        return std::nullopt;
    if (!metadata.isObject())
        return badRequest(u"metadata must be an object of string values"_s);
    const QJsonObject object = metadata.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return badRequest(u"metadata.%1 must be a string"_s.arg(it.key()));
    }
    return std::nullopt;
}

} // namespace sandbox

#include "paxos/model/identity.h"

#include "paxos/model/jsonutil.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void Address::visit(Self &s, F &&f)
{
    f("address1"_L1, s.address1);
    f("address2"_L1, s.address2);
    f("city"_L1, s.city);
    f("province"_L1, s.province);
    f("country"_L1, s.country);
    f("zip_code"_L1, s.zipCode);
}

Address Address::fromJson(const QJsonObject &obj)
{
    return json::decode<Address>(obj);
}

QJsonObject Address::toJson() const
{
    return json::encode(*this);
}

QString Address::singleLine() const
{
    QStringList parts;
    for (const auto *p : {&address1, &address2, &city})
        if (p->has_value() && !(*p)->isEmpty())
            parts.append(**p);
    QString region = province.value_or(QString());
    if (zipCode && !zipCode->isEmpty())
        region = region.isEmpty() ? *zipCode : region + u' ' + *zipCode;
    if (!region.isEmpty())
        parts.append(region);
    if (country && !country->isEmpty())
        parts.append(*country);
    return parts.join(", "_L1);
}

template<class Self, class F> void PersonDetails::visit(Self &s, F &&f)
{
    f("verifier_type"_L1, s.verifierType);
    f("passthrough_verifier_type"_L1, s.passthroughVerifierType);
    f("passthrough_verified_at"_L1, s.passthroughVerifiedAt);
    f("passthrough_verification_id"_L1, s.passthroughVerificationId);
    f("passthrough_verification_status"_L1, s.passthroughVerificationStatus);
    f("passthrough_verification_fields"_L1, s.passthroughVerificationFields);
    f("first_name"_L1, s.firstName);
    f("middle_name"_L1, s.middleName);
    f("last_name"_L1, s.lastName);
    f("date_of_birth"_L1, s.dateOfBirth);
    f("address"_L1, s.address);
    f("nationality"_L1, s.nationality);
    f("cip_id"_L1, s.cipId);
    f("cip_id_type"_L1, s.cipIdType);
    f("cip_id_country"_L1, s.cipIdCountry);
    f("phone_number"_L1, s.phoneNumber);
    f("email"_L1, s.email);
    f("profession"_L1, s.profession);
    f("country_of_birth"_L1, s.countryOfBirth);
    f("verifier_id"_L1, s.verifierId);
    f("govt_id"_L1, s.govtId);
    f("govt_id_type"_L1, s.govtIdType);
    f("id_verification_status"_L1, s.idVerificationStatus);
    f("sanctions_verification_status"_L1, s.sanctionsVerificationStatus);
    f("additional_screening_status"_L1, s.additionalScreeningStatus);
    f("id_verification_url"_L1, s.idVerificationUrl);
}

PersonDetails PersonDetails::fromJson(const QJsonObject &obj)
{
    return json::decode<PersonDetails>(obj);
}

QJsonObject PersonDetails::toJson() const
{
    return json::encode(*this);
}

QString PersonDetails::fullName() const
{
    QStringList parts;
    for (const auto *p : {&firstName, &middleName, &lastName})
        if (p->has_value() && !(*p)->trimmed().isEmpty())
            parts.append((*p)->trimmed());
    return parts.join(u' ');
}

template<class Self, class F> void CustomerDueDiligence::visit(Self &s, F &&f)
{
    f("estimated_yearly_income"_L1, s.estimatedYearlyIncome);
    f("expected_transfer_value"_L1, s.expectedTransferValue);
    f("source_of_wealth"_L1, s.sourceOfWealth);
    f("employment_status"_L1, s.employmentStatus);
    f("employment_industry_sector"_L1, s.employmentIndustrySector);
    f("estimated_net_worth"_L1, s.estimatedNetWorth);
    f("source_of_funds"_L1, s.sourceOfFunds);
    f("purpose_of_account"_L1, s.purposeOfAccount);
    f("aliases"_L1, s.aliases);
    f("industry_sector"_L1, s.industrySector);
    f("has_underlying_trust_structure"_L1, s.hasUnderlyingTrustStructure);
    f("has_nominee_shareholders"_L1, s.hasNomineeShareholders);
    f("is_publicly_traded"_L1, s.isPubliclyTraded);
    f("merchant_funding_source"_L1, s.merchantFundingSource);
    f("customer_regions"_L1, s.customerRegions);
    f("created_at"_L1, s.createdAt);
}

CustomerDueDiligence CustomerDueDiligence::fromJson(const QJsonObject &obj)
{
    return json::decode<CustomerDueDiligence>(obj);
}

QJsonObject CustomerDueDiligence::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void TaxDetail::visit(Self &s, F &&f)
{
    f("tax_payer_id"_L1, s.taxPayerId);
    f("tax_payer_country"_L1, s.taxPayerCountry);
    f("tin_verification_status"_L1, s.tinVerificationStatus);
}

TaxDetail TaxDetail::fromJson(const QJsonObject &obj)
{
    return json::decode<TaxDetail>(obj);
}

QJsonObject TaxDetail::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void InstitutionDetails::visit(Self &s, F &&f)
{
    f("name"_L1, s.name);
    f("business_address"_L1, s.businessAddress);
    f("incorporation_address"_L1, s.incorporationAddress);
    f("phone_number"_L1, s.phoneNumber);
    f("email"_L1, s.email);
    f("institution_type"_L1, s.institutionType);
    f("institution_sub_type"_L1, s.institutionSubType);
    f("cip_id"_L1, s.cipId);
    f("cip_id_type"_L1, s.cipIdType);
    f("cip_id_country"_L1, s.cipIdCountry);
    f("govt_registration_date"_L1, s.govtRegistrationDate);
    f("regulation_status"_L1, s.regulationStatus);
    f("trading_type"_L1, s.tradingType);
    f("listed_exchange"_L1, s.listedExchange);
    f("ticker_symbol"_L1, s.tickerSymbol);
    f("parent_institution_name"_L1, s.parentInstitutionName);
    f("regulator_name"_L1, s.regulatorName);
    f("regulator_jurisdiction"_L1, s.regulatorJurisdiction);
    f("regulator_register_number"_L1, s.regulatorRegisterNumber);
    f("doing_business_as"_L1, s.doingBusinessAs);
    f("business_description"_L1, s.businessDescription);
    f("sanctions_verification_status"_L1, s.sanctionsVerificationStatus);
    f("document_verification_status"_L1, s.documentVerificationStatus);
    f("additional_screening_status"_L1, s.additionalScreeningStatus);
}

InstitutionDetails InstitutionDetails::fromJson(const QJsonObject &obj)
{
    return json::decode<InstitutionDetails>(obj);
}

QJsonObject InstitutionDetails::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void InstitutionMember::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("roles"_L1, s.roles);
    f("ownership"_L1, s.ownership);
    f("position"_L1, s.position);
    f("name"_L1, s.name);
    f("summary_status"_L1, s.summaryStatus);
    f("status"_L1, s.status);
}

InstitutionMember InstitutionMember::fromJson(const QJsonObject &obj)
{
    return json::decode<InstitutionMember>(obj);
}

QJsonObject InstitutionMember::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void Identity::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("type"_L1, s.type);
    f("status"_L1, s.status);
    f("summary_status"_L1, s.summaryStatus);
    f("status_details"_L1, s.statusDetails);
    f("ref_id"_L1, s.refId);
    f("metadata"_L1, s.metadata);
    f("person_details"_L1, s.personDetails);
    f("institution_details"_L1, s.institutionDetails);
    f("institution_members"_L1, s.institutionMembers);
    f("tax_details"_L1, s.taxDetails);
    f("tax_details_not_required"_L1, s.taxDetailsNotRequired);
    f("summary_tin_verification_status"_L1, s.summaryTinVerificationStatus);
    f("customer_due_diligence"_L1, s.customerDueDiligence);
    f("is_merchant"_L1, s.isMerchant);
    f("last_kyc_refresh_date"_L1, s.lastKycRefreshDate);
    f("user_disabled"_L1, s.userDisabled);
    f("admin_disabled"_L1, s.adminDisabled);
    f("created_at"_L1, s.createdAt);
    f("updated_at"_L1, s.updatedAt);
}

Identity Identity::fromJson(const QJsonObject &obj)
{
    return json::decode<Identity>(obj);
}

QJsonObject Identity::toJson() const
{
    return json::encode(*this);
}

QString Identity::effectiveStatus() const
{
    if (status && !status->isEmpty())
        return *status;
    return summaryStatus.value_or(QString());
}

bool Identity::isPerson() const
{
    if (type)
        return *type == "PERSON"_L1;
    return personDetails.has_value();
}

bool Identity::isInstitution() const
{
    if (type)
        return *type == "INSTITUTION"_L1;
    return institutionDetails.has_value();
}

QString Identity::displayName() const
{
    if (personDetails)
        return personDetails->fullName();
    if (institutionDetails)
        return institutionDetails->name.value_or(QString());
    return {};
}

QMap<QString, QString> Identity::metadataMap() const
{
    QMap<QString, QString> out;
    if (!metadata)
        return out;
    for (auto it = metadata->begin(); it != metadata->end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

template<class Self, class F> void SandboxSetIdentityStatusRequest::visit(Self &s, F &&f)
{
    f("id_verification_status"_L1, s.idVerificationStatus);
    f("sanctions_verification_status"_L1, s.sanctionsVerificationStatus);
    f("document_verification_status"_L1, s.documentVerificationStatus);
    f("additional_screening_status"_L1, s.additionalScreeningStatus);
}

SandboxSetIdentityStatusRequest SandboxSetIdentityStatusRequest::fromJson(const QJsonObject &obj)
{
    auto r = json::decode<SandboxSetIdentityStatusRequest>(obj);
    r.userDisabled = json::optBool(obj.value("user_disabled"_L1).toObject(), "disabled"_L1);
    r.adminDisabled = json::optBool(obj.value("admin_disabled"_L1).toObject(), "disabled"_L1);
    return r;
}

QJsonObject SandboxSetIdentityStatusRequest::toJson() const
{
    QJsonObject obj = json::encode(*this);
    auto writeFlag = [&obj](QLatin1StringView key, const std::optional<bool> &flag) {
        QJsonObject inner = obj.value(key).toObject();
        json::put(inner, "disabled"_L1, flag);
        if (!inner.isEmpty() || obj.value(key).isObject())
            obj.insert(key, inner);
    };
    writeFlag("user_disabled"_L1, userDisabled);
    writeFlag("admin_disabled"_L1, adminDisabled);
    return obj;
}

template<class Self, class F> void AddInstitutionMembersRequest::visit(Self &s, F &&f)
{
    f("institution_id"_L1, s.institutionId);
    f("members"_L1, s.members);
}

AddInstitutionMembersRequest AddInstitutionMembersRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<AddInstitutionMembersRequest>(obj);
}

QJsonObject AddInstitutionMembersRequest::toJson() const
{
    return json::encode(*this);
}

} // namespace paxos

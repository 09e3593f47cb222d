#pragma once

#include "paxos/model/date.h"
#include "paxos/model/statusdetails.h"
#include "paxos/model/timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The Identity object and its parts (reference §2, §4, Appendix A). Every DTO keeps the
// object it was decoded from in `raw`; toJson() writes the known fields over a copy of it,
// so fields this code does not know survive a decode/encode round trip. Enum fields hold
// wire strings (see paxos/model/enums.h), so unknown values survive too.

namespace paxos {

// IdentityMailingAddress: residential, business and incorporation addresses.
struct Address
{
    std::optional<QString> address1;
    std::optional<QString> address2; // "" clears it on update
    std::optional<QString> city;
    std::optional<QString> province;
    std::optional<QString> country;
    std::optional<QString> zipCode;
    QJsonObject raw;

    static Address fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    // One line for lists: "123 Main St, New York, NY 10001, USA".
    QString singleLine() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct PersonDetails
{
    std::optional<QString> verifierType;
    std::optional<QString> passthroughVerifierType;
    std::optional<Timestamp> passthroughVerifiedAt;
    std::optional<QString> passthroughVerificationId;
    std::optional<QString> passthroughVerificationStatus;
    std::optional<QStringList> passthroughVerificationFields;
    std::optional<QString> firstName;
    std::optional<QString> middleName;
    std::optional<QString> lastName;
    std::optional<CalendarDate> dateOfBirth;
    std::optional<Address> address;
    std::optional<QString> nationality;
    std::optional<QString> cipId;
    std::optional<QString> cipIdType;
    std::optional<QString> cipIdCountry;
    std::optional<QString> phoneNumber;
    std::optional<QString> email;
    std::optional<QString> profession;
    std::optional<QString> countryOfBirth;
    std::optional<QString> verifierId;
    // Deprecated echoes of cip_id / cip_id_type: read, never to be sent.
    std::optional<QString> govtId;
    std::optional<QString> govtIdType;
    // Read-only sub-statuses (IdentityStatus wire values) and the IDV link.
    std::optional<QString> idVerificationStatus;
    std::optional<QString> sanctionsVerificationStatus;
    std::optional<QString> additionalScreeningStatus;
    std::optional<QString> idVerificationUrl;
    QJsonObject raw;

    static PersonDetails fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    // "First Middle Last", skipping empty parts.
    QString fullName() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct CustomerDueDiligence
{
    std::optional<QString> estimatedYearlyIncome;
    std::optional<QString> expectedTransferValue;
    std::optional<QString> sourceOfWealth;
    std::optional<QString> employmentStatus;
    std::optional<QString> employmentIndustrySector;
    std::optional<QString> estimatedNetWorth;
    std::optional<QString> sourceOfFunds;
    std::optional<QString> purposeOfAccount;
    std::optional<QStringList> aliases;
    std::optional<QString> industrySector;
    std::optional<bool> hasUnderlyingTrustStructure;
    std::optional<bool> hasNomineeShareholders;
    std::optional<bool> isPubliclyTraded;
    std::optional<QString> merchantFundingSource;
    std::optional<QStringList> customerRegions;
    std::optional<Timestamp> createdAt; // response only
    QJsonObject raw;

    static CustomerDueDiligence fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct TaxDetail
{
    std::optional<QString> taxPayerId;
    std::optional<QString> taxPayerCountry;
    std::optional<QString> tinVerificationStatus; // response only
    QJsonObject raw;

    static TaxDetail fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct InstitutionDetails
{
    std::optional<QString> name;
    std::optional<Address> businessAddress;
    std::optional<Address> incorporationAddress;
    std::optional<QString> phoneNumber;
    std::optional<QString> email;
    std::optional<QString> institutionType;
    std::optional<QString> institutionSubType;
    std::optional<QString> cipId;
    std::optional<QString> cipIdType;
    std::optional<QString> cipIdCountry;
    std::optional<Timestamp> govtRegistrationDate;
    std::optional<QString> regulationStatus;
    std::optional<QString> tradingType;
    std::optional<QString> listedExchange;
    std::optional<QString> tickerSymbol;
    std::optional<QString> parentInstitutionName;
    std::optional<QString> regulatorName;
    std::optional<QString> regulatorJurisdiction;
    std::optional<QString> regulatorRegisterNumber;
    std::optional<QString> doingBusinessAs;
    std::optional<QString> businessDescription;
    // Read-only sub-statuses.
    std::optional<QString> sanctionsVerificationStatus;
    std::optional<QString> documentVerificationStatus;
    std::optional<QString> additionalScreeningStatus;
    QJsonObject raw;

    static InstitutionDetails fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct InstitutionMember
{
    QString id; // membership id, server-generated
    QString identityId;
    QStringList roles; // enums::institutionMemberRole()
    std::optional<QString> ownership; // decimal string, "5" = 5 %
    std::optional<QString> position;
    std::optional<QString> name; // read-only
    std::optional<QString> summaryStatus; // deprecated
    std::optional<QString> status;
    QJsonObject raw;

    static InstitutionMember fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    QString effectiveStatus() const { return status.value_or(summaryStatus.value_or(QString())); }

    template<class Self, class F> static void visit(Self &self, F &&f);
};

struct Identity
{
    QString id;
    std::optional<QString> type; // PERSON | INSTITUTION
    std::optional<QString> status;
    std::optional<QString> summaryStatus; // deprecated alias of status, still returned
    std::optional<StatusDetails> statusDetails;
    std::optional<QString> refId;
    std::optional<QJsonObject> metadata; // string -> string
    std::optional<PersonDetails> personDetails;
    std::optional<InstitutionDetails> institutionDetails;
    QList<InstitutionMember> institutionMembers;
    QList<TaxDetail> taxDetails;
    std::optional<bool> taxDetailsNotRequired;
    std::optional<QString> summaryTinVerificationStatus;
    std::optional<CustomerDueDiligence> customerDueDiligence;
    std::optional<bool> isMerchant;
    std::optional<Timestamp> lastKycRefreshDate;
    std::optional<bool> userDisabled; // deprecated: see statusDetails->activeControls
    std::optional<bool> adminDisabled; // deprecated
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;
    QJsonObject raw;

    static Identity fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    // `status`, falling back to the deprecated `summary_status` (servers of before 2026 send
    // only the latter).
    QString effectiveStatus() const;
    bool isPerson() const;
    bool isInstitution() const;
    // Person: full name; institution: its name; otherwise empty.
    QString displayName() const;
    // The metadata map's string values.
    QMap<QString, QString> metadataMap() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of PUT /v2/identity/identities/{id}/sandbox-status (Sandbox only). Statuses are
// IdentityStatus wire values; the two flags go on the wire as {"disabled": bool}.
struct SandboxSetIdentityStatusRequest
{
    std::optional<QString> idVerificationStatus;
    std::optional<QString> sanctionsVerificationStatus;
    std::optional<QString> documentVerificationStatus;
    std::optional<QString> additionalScreeningStatus;
    std::optional<bool> userDisabled;
    std::optional<bool> adminDisabled;
    QJsonObject raw;

    static SandboxSetIdentityStatusRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of POST /v2/identity/institution-members; the answer has the same shape, with each
// member's new membership id.
struct AddInstitutionMembersRequest
{
    QString institutionId;
    QList<InstitutionMember> members;
    QJsonObject raw;

    static AddInstitutionMembersRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos

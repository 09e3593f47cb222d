#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace paxos {

// Extra facts about an enum value that forms and validation need.
enum EnumFlag : unsigned {
    NoEnumFlags = 0,
    // Paxos lists the value but will not serve such a business (industry sectors).
    Prohibited = 1u << 0,
    // A spelling seen in older docs, previews or event payloads: recognised and labelled
    // when it arrives, never offered in a form nor accepted by client-side validation.
    Legacy = 1u << 1,
    // Only Paxos sets it (e.g. the FROZEN control); clients cannot create it.
    PaxosOnly = 1u << 2,
};

struct EnumEntry
{
    QString wire;
    const char *label; // English; translated at lookup in context "paxos::enums"
    int order;
    unsigned flags = NoEnumFlags;

    bool is(EnumFlag flag) const { return (flags & flag) != 0; }
};

// One Paxos enum: its wire values, human labels and display order. DTOs keep enum fields as
// wire strings, so a value this table does not know is never lost; it is shown as it is and
// sorted after the known ones.
class EnumTable
{
public:
    struct Def
    {
        const char *wire;
        const char *label;
        unsigned flags = NoEnumFlags;
    };
    static constexpr int kUnknownOrder = 1 << 20;

    // Entries are given in display order; order = position.
    EnumTable(const char *name, std::initializer_list<Def> defs);

    QString name() const { return m_name; }
    const QList<EnumEntry> &entries() const { return m_entries; }
    const EnumEntry *entry(QStringView wire) const;

    // Known at all, legacy spellings included (for display).
    bool contains(QStringView wire) const { return entry(wire) != nullptr; }
    // Known and current: what a request may send.
    bool isCurrent(QStringView wire) const;
    bool isProhibited(QStringView wire) const;

    // Translated label; an unknown value comes back as it is.
    QString label(QStringView wire) const;
    // Position for sorting; unknown values after every known one.
    int order(QStringView wire) const;
    // Current wire values in display order (what a combo box offers).
    QStringList wires() const;
    // Every known wire value, legacy spellings included.
    QStringList allWires() const;

private:
    QString m_name;
    QList<EnumEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

namespace enums {

const EnumTable &identityStatus();
const EnumTable &identityType();
const EnumTable &verifierType();
const EnumTable &passthroughVerifierType();
const EnumTable &passthroughVerificationField();
const EnumTable &cipIdType(); // union of the person and institution lists
const EnumTable &personCipIdType();
const EnumTable &institutionCipIdType();
const EnumTable &estimatedYearlyIncome();
const EnumTable &expectedTransferValue();
const EnumTable &estimatedNetWorth();
const EnumTable &sourceOfWealth();
const EnumTable &sourceOfFunds();
const EnumTable &purposeOfAccount();
const EnumTable &employmentStatus();
const EnumTable &
industrySector(); // employment_industry_sector, industry_sector, institution_sub_type
const EnumTable &merchantFundingSource();
const EnumTable &customerRegion();
const EnumTable &tinVerificationStatus();
const EnumTable &requirementType();
const EnumTable &requirementStatus();
const EnumTable &awaitingActionFrom();
const EnumTable &requirementErrorCode();
const EnumTable &controlType();
const EnumTable &controlSetBy();
const EnumTable &controlReasonCode();
const EnumTable &documentType();
const EnumTable &webhookDocumentType();
const EnumTable &eventType();
const EnumTable &eventObjectType();
const EnumTable &accountType();
const EnumTable &accountMemberRole();
const EnumTable &institutionType();
const EnumTable &institutionMemberRole();
const EnumTable &regulationStatus();
const EnumTable &tradingType();

// Every table above, for tests, the CLI's "enums" listing and translation tooling.
QList<const EnumTable *> allTables();
const EnumTable *tableByName(QStringView name);

// The two document vocabularies: `DocumentType` (what uploads are tagged with and what List
// Events shows in required_documents) and the webhook spec's list (DRIVERS_LICENSE, …).
// Returns the DocumentType to upload for a required-document value of either vocabulary
// (itself for a DocumentType); empty when the value is unknown to both.
QString documentTypeForRequired(QStringView requiredDocument);
// The webhook-vocabulary values that a DocumentType covers (empty when none does).
QStringList webhookDocumentTypesFor(QStringView documentType);

} // namespace enums
} // namespace paxos

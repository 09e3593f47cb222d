#include "paxos/model/enums.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using paxos::EnumTable;
namespace enums = paxos::enums;

Q_DECLARE_METATYPE(const EnumTable *)

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void tables_data();
    void tables();
    void everyTableIsWellFormed_data();
    void everyTableIsWellFormed();
    void unknownValuesAreKept();
    void industrySector();
    void legacySpellings();
    void cipIdTypes();
    void documentVocabularies_data();
    void documentVocabularies();
    void tableByName();
};

void TestEnums::tables_data()
{
    QTest::addColumn<const EnumTable *>("table");
    QTest::addColumn<QStringList>("wires"); // every current value the reference lists
    QTest::addColumn<QString>("sampleWire");
    QTest::addColumn<QString>("sampleLabel");

    auto row = [](const char *name, const EnumTable &t, const QString &list, const QString &wire,
                  const QString &label) {
        QTest::newRow(name) << &t << list.split(u' ') << wire << label;
    };
    row("identityStatus", enums::identityStatus(), u"PENDING APPROVED DENIED DISABLED ERROR"_s,
        u"APPROVED"_s, u"Approved"_s);
    row("identityType", enums::identityType(), u"PERSON INSTITUTION"_s, u"PERSON"_s, u"Person"_s);
    row("verifierType", enums::verifierType(), u"PASSTHROUGH PAXOS MANUAL"_s, u"MANUAL"_s,
        u"Manual"_s);
    row("passthroughVerifierType", enums::passthroughVerifierType(),
        u"JUMIO ALLOY LEXISNEXIS MITEK SUMSUB MICROBILT ONFIDO CUSTOMER EQUIFAX ID3_AUTHENTICATE FIS PROVE PERSONA PLAID DOTFILE AIPRISE"_s,
        u"LEXISNEXIS"_s, u"LexisNexis"_s);
    row("passthroughVerificationField", enums::passthroughVerificationField(),
        u"FULL_LEGAL_NAME ADDRESS DATE_OF_BIRTH CIP_ID"_s, u"DATE_OF_BIRTH"_s, u"Date of birth"_s);
    row("cipIdType", enums::cipIdType(),
        u"SSN ITIN ID_CARD PASSPORT DRIVING_LICENSE VISA EIN REGISTRATION_NUMBER"_s, u"PASSPORT"_s,
        u"Passport"_s);
    row("estimatedYearlyIncome", enums::estimatedYearlyIncome(),
        u"INCOME_0_TO_50K INCOME_50K_TO_100K INCOME_100K_TO_250K INCOME_250K_TO_500K INCOME_500K_TO_750K INCOME_750K_TO_1M INCOME_ABOVE_1M"_s,
        u"INCOME_50K_TO_100K"_s, u"$50K to $100K"_s);
    row("expectedTransferValue", enums::expectedTransferValue(),
        u"TRANSFER_VALUE_0_TO_25K TRANSFER_VALUE_25K_TO_50K TRANSFER_VALUE_50K_TO_100K TRANSFER_VALUE_100K_TO_250K TRANSFER_VALUE_250K_TO_500K TRANSFER_VALUE_500K_TO_750K TRANSFER_VALUE_750K_TO_1M TRANSFER_VALUE_1M_TO_2_5M TRANSFER_VALUE_2_5M_TO_5M TRANSFER_VALUE_ABOVE_5M"_s,
        u"TRANSFER_VALUE_1M_TO_2_5M"_s, u"$1M to $2.5M"_s);
    row("estimatedNetWorth", enums::estimatedNetWorth(),
        u"NET_WORTH_0_TO_100K NET_WORTH_100K_TO_500K NET_WORTH_500K_TO_1M NET_WORTH_1M_TO_2_5M NET_WORTH_2_5M_TO_5M NET_WORTH_5M_TO_7_5M NET_WORTH_7_5M_TO_10M NET_WORTH_10M_TO_25M NET_WORTH_25M_TO_50M NET_WORTH_OVER_50M"_s,
        u"NET_WORTH_OVER_50M"_s, u"Over $50M"_s);
    row("sourceOfWealth", enums::sourceOfWealth(),
        u"EMPLOYMENT_INCOME INVESTMENT_GAINS BUSINESS_OWNERSHIP_DIVIDENDS INHERITANCE REAL_ESTATE OTHER_SOURCE_OF_WEALTH"_s,
        u"EMPLOYMENT_INCOME"_s, u"Employment income"_s);
    row("sourceOfFunds", enums::sourceOfFunds(),
        u"SALARY_DISBURSEMENT INHERITANCE_DISTRIBUTION INVESTMENT_RETURNS BUSINESS_DIVIDENDS_PROFITS PROPERTY_SALE LOAN_DISBURSEMENT SAVINGS_ACCOUNT_WITHDRAWAL GOVERNMENT_BENEFITS"_s,
        u"GOVERNMENT_BENEFITS"_s, u"Government benefits"_s);
    row("purposeOfAccount", enums::purposeOfAccount(),
        u"INVESTMENT_TRADING SAVINGS STABLECOIN_PURCHASE_REDEMPTION"_s, u"SAVINGS"_s, u"Savings"_s);
    row("employmentStatus", enums::employmentStatus(),
        u"FULL_TIME PART_TIME SELF_EMPLOYED CONTRACTUAL STUDENT RETIRED UNEMPLOYED"_s,
        u"FULL_TIME"_s, u"Employed full-time"_s);
    row("merchantFundingSource", enums::merchantFundingSource(),
        u"BUSINESS_LOANS_FINANCING SALARY_SAVINGS INVESTMENT_GAINS INHERITANCE REAL_ESTATE_INCOME NON_PROFIT_SOURCES OTHER_BUSINESS_INCOME"_s,
        u"NON_PROFIT_SOURCES"_s, u"Non-profit sources"_s);
    row("customerRegion", enums::customerRegion(),
        u"US_CANADA MEXICO_CENTRAL_AMERICA SOUTH_AMERICA EUROPE ASIA AFRICA OCEANIA"_s,
        u"US_CANADA"_s, u"US & Canada"_s);
    row("tinVerificationStatus", enums::tinVerificationStatus(),
        u"TIN_VERIFICATION_PENDING TIN_VERIFICATION_VALID TIN_VERIFICATION_ERROR"_s,
        u"TIN_VERIFICATION_VALID"_s, u"TIN valid"_s);
    row("requirementType", enums::requirementType(),
        u"ID_VERIFICATION DOCUMENT_VERIFICATION SCREENING_CHECK COMPLIANCE_CHECK ENHANCED_DUE_DILIGENCE RISK_AWARENESS_ASSESSMENT KYC_REFRESH TAX_DETAILS_VERIFICATION MEMBERS"_s,
        u"KYC_REFRESH"_s, u"KYC refresh"_s);
    row("requirementStatus", enums::requirementStatus(), u"PENDING FAILED"_s, u"FAILED"_s,
        u"Failed"_s);
    row("awaitingActionFrom", enums::awaitingActionFrom(), u"CLIENT PAXOS"_s, u"PAXOS"_s,
        u"Paxos"_s);
    row("requirementErrorCode", enums::requirementErrorCode(),
        u"identity_verification_required identity_verification_failed document_upload_required document_verification_failed screening_in_progress screening_failed assessment_failed kyc_refresh_overdue member_verification_pending member_verification_failed edd_documentation_required compliance_review_required compliance_review_failed tin_not_found"_s,
        u"tin_not_found"_s, u"TIN not found"_s);
    row("controlType", enums::controlType(), u"SELL_ONLY DORMANT CLOSED FROZEN"_s, u"SELL_ONLY"_s,
        u"Sell only"_s);
    row("controlSetBy", enums::controlSetBy(), u"SET_BY_CLIENT SET_BY_PAXOS"_s, u"SET_BY_PAXOS"_s,
        u"Paxos"_s);
    row("controlReasonCode", enums::controlReasonCode(),
        u"END_USER_REQUEST INACTIVITY COMPLIANCE_KYC COMPLIANCE_EDD COMPLIANCE_SCREENING COMPLIANCE_INVESTIGATION ONBOARDING_INCOMPLETE RISK_FRAUD LEGAL_ORDER ADMINISTRATIVE OTHER"_s,
        u"INACTIVITY"_s, u"Inactivity"_s);
    row("documentType", enums::documentType(),
        u"IDENTITY_VERIFICATION PROOF_OF_RESIDENCY PROOF_OF_FUNDS TAX_IDENTIFICATION APPLICATION ORGANIZATIONAL_DOCUMENTS CERTIFICATE_OF_GOOD_STANDING SAMPLE_INVOICE OPERATING_AGREEMENT TRUST_DOCUMENTS MONEY_SERVICE_DOCUMENTS INVESTMENT_DOCUMENTS CURP AML_DOCUMENTS FUND_STRUCTURE_CHART FUND_MANAGER_REGISTRATION MEMORANDUM_OF_ASSOCIATION ORGANIZATIONAL_CHART FOUNDATION_BY_LAWS APPOINTMENT_OF_GUARDIAN_EVIDENCE LEGAL_DOMICILE_OF_BENEFICIAL_OWNERS GOVERNING_BODY_MEMBER_NAMES OTHER_DOCUMENTS"_s,
        u"PROOF_OF_RESIDENCY"_s, u"Proof of residency"_s);
    row("webhookDocumentType", enums::webhookDocumentType(),
        u"GOVERNMENT_ID PASSPORT DRIVERS_LICENSE NATIONAL_ID PROOF_OF_ADDRESS UTILITY_BILL BANK_STATEMENT"_s,
        u"UTILITY_BILL"_s, u"Utility bill"_s);
    row("eventType", enums::eventType(),
        u"identity.approved identity.denied identity.disabled identity.documents_required identity.kyc_refresh.started identity.kyc_refresh.completed identity.kyc_refresh.expired identity.control.created identity.control.deleted"_s,
        u"identity.control.created"_s, u"Control applied"_s);
    row("eventObjectType", enums::eventObjectType(),
        u"identity_summary_status_change identity_documents_required identity_kyc_refresh identity_control"_s,
        u"identity_kyc_refresh"_s, u"KYC refresh"_s);
    row("accountType", enums::accountType(),
        u"BROKERAGE TRADITIONAL_IRA ROTH_IRA SEP_IRA FINANCIAL_ADVISOR"_s, u"ROTH_IRA"_s,
        u"Roth IRA"_s);
    row("accountMemberRole", enums::accountMemberRole(),
        u"BENEFICIAL_OWNER AUTHORIZED_USER FINANCIAL_ADVISOR"_s, u"AUTHORIZED_USER"_s,
        u"Authorized user"_s);
    row("institutionType", enums::institutionType(), u"CORPORATION LLC PARTNERSHIP TRUST"_s,
        u"TRUST"_s, u"Trust"_s);
    row("institutionMemberRole", enums::institutionMemberRole(),
        u"BENEFICIAL_OWNER MANAGEMENT_CONTROL_PERSON ACCOUNT_OPENER AUTHORIZED_USER TRUSTEE GRANTOR BENEFICIARY"_s,
        u"GRANTOR"_s, u"Grantor"_s);
    row("regulationStatus", enums::regulationStatus(),
        u"US_REGULATED INTL_REGULATED NON_REGULATED"_s, u"NON_REGULATED"_s, u"Not regulated"_s);
    row("tradingType", enums::tradingType(), u"PRIVATE PUBLIC PUBLICLY_TRADED_SUBSIDIARY"_s,
        u"PUBLIC"_s, u"Publicly traded"_s);
}

void TestEnums::tables()
{
    QFETCH(const EnumTable *, table);
    QFETCH(QStringList, wires);
    QCOMPARE(table->wires(), wires);
    for (const QString &w : wires) {
        QVERIFY2(table->contains(w), qPrintable(w));
        QVERIFY2(table->isCurrent(w), qPrintable(w));
    }
    QFETCH(QString, sampleWire);
    QTEST(table->label(sampleWire), "sampleLabel");
}

void TestEnums::everyTableIsWellFormed_data()
{
    QTest::addColumn<const EnumTable *>("table");
    for (const EnumTable *t : enums::allTables())
        QTest::newRow(qPrintable(t->name())) << t;
}

void TestEnums::everyTableIsWellFormed()
{
    QFETCH(const EnumTable *, table);
    QVERIFY(!table->entries().isEmpty());
    QSet<QString> seen;
    int lastOrder = -1;
    for (const auto &e : table->entries()) {
        QVERIFY2(!seen.contains(e.wire), qPrintable(e.wire));
        seen.insert(e.wire);
        QVERIFY(e.label && *e.label);
        QCOMPARE(table->label(e.wire), QString::fromUtf8(e.label)); // no translator installed
        QVERIFY(e.order > lastOrder);
        lastOrder = e.order;
        QCOMPARE(table->order(e.wire), e.order);
        QCOMPARE(table->entry(e.wire), &e);
    }
    QCOMPARE(table->allWires().size(), table->entries().size());
}

void TestEnums::unknownValuesAreKept()
{
    const EnumTable &t = enums::identityStatus();
    QVERIFY(!t.contains(u"ON_HOLD"));
    QCOMPARE(t.label(u"ON_HOLD"), u"ON_HOLD"_s);
    QCOMPARE(t.label(u""), QString());
    QVERIFY(t.order(u"ON_HOLD") > t.order(u"ERROR"));
    QCOMPARE(t.order(u"ON_HOLD"), EnumTable::kUnknownOrder);
    QVERIFY(!t.contains(u"approved")); // wire values are case-sensitive
}

void TestEnums::industrySector()
{
    const EnumTable &t = enums::industrySector();
    QCOMPARE(t.wires().size(), 43);
    QCOMPARE(t.label(u"ADMINISTRATIVE_SUPPORT_WASTE_MANAGEMENT_REMEDIATION_SERVICES"),
             u"Administrative & support services"_s);
    QCOMPARE(t.label(u"ARTS_ENTERTAINMENT_RECREATION"), u"Arts, entertainment & recreation"_s);
    QStringList prohibited;
    for (const auto &e : t.entries()) {
        if (e.is(paxos::Prohibited))
            prohibited.append(e.wire);
    }
    QCOMPARE(prohibited,
             QStringList({u"ADULT_ENTERTAINMENT"_s, u"DRUGS"_s, u"SHELL_BANK"_s, u"WEAPONS"_s,
                          u"RANSOMWARE"_s}));
    QVERIFY(t.isProhibited(u"WEAPONS"));
    QVERIFY(!t.isProhibited(u"CRYPTO"));
    // Removed from the enum: still labelled when it arrives, never offered.
    QVERIFY(t.contains(u"RANSOMWARE"));
    QVERIFY(!t.isCurrent(u"RANSOMWARE"));
    QVERIFY(!t.wires().contains(u"RANSOMWARE"_s));
}

void TestEnums::legacySpellings()
{
    QCOMPARE(enums::controlSetBy().label(u"PAXOS"), u"Paxos"_s);
    QVERIFY(!enums::controlSetBy().isCurrent(u"PAXOS"));
    QVERIFY(enums::controlReasonCode().contains(u"COMPLIANCE_INCOMPLETE"));
    QVERIFY(!enums::controlReasonCode().isCurrent(u"END_USER_REQUESTED"));
    QVERIFY(enums::eventObjectType().contains(u"identity_required_documents"));
    QVERIFY(enums::requirementType().contains(u"TIN_VERIFICATION"));
    QVERIFY(enums::controlType().entry(u"FROZEN")->is(paxos::PaxosOnly));
}

void TestEnums::cipIdTypes()
{
    QCOMPARE(enums::personCipIdType().wires(),
             QStringList({u"SSN"_s, u"ITIN"_s, u"ID_CARD"_s, u"PASSPORT"_s, u"DRIVING_LICENSE"_s,
                          u"VISA"_s}));
    QCOMPARE(enums::institutionCipIdType().wires(),
             QStringList({u"EIN"_s, u"REGISTRATION_NUMBER"_s, u"SSN"_s, u"ITIN"_s}));
    QVERIFY(!enums::personCipIdType().contains(u"EIN"));
}

void TestEnums::documentVocabularies_data()
{
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("upload");
    QTest::newRow("document type itself") << u"PROOF_OF_FUNDS"_s << u"PROOF_OF_FUNDS"_s;
    QTest::newRow("tax identification") << u"TAX_IDENTIFICATION"_s << u"TAX_IDENTIFICATION"_s;
    QTest::newRow("passport") << u"PASSPORT"_s << u"IDENTITY_VERIFICATION"_s;
    QTest::newRow("drivers license") << u"DRIVERS_LICENSE"_s << u"IDENTITY_VERIFICATION"_s;
    QTest::newRow("national id") << u"NATIONAL_ID"_s << u"IDENTITY_VERIFICATION"_s;
    QTest::newRow("government id") << u"GOVERNMENT_ID"_s << u"IDENTITY_VERIFICATION"_s;
    QTest::newRow("proof of address") << u"PROOF_OF_ADDRESS"_s << u"PROOF_OF_RESIDENCY"_s;
    QTest::newRow("utility bill") << u"UTILITY_BILL"_s << u"PROOF_OF_RESIDENCY"_s;
    QTest::newRow("bank statement") << u"BANK_STATEMENT"_s << u"PROOF_OF_FUNDS"_s;
    QTest::newRow("unknown") << u"SELFIE"_s << QString();
}

void TestEnums::documentVocabularies()
{
    QFETCH(QString, required);
    QFETCH(QString, upload);
    QCOMPARE(enums::documentTypeForRequired(required), upload);
    if (enums::webhookDocumentType().contains(required))
        QVERIFY(enums::webhookDocumentTypesFor(upload).contains(required));
    // Every webhook value maps somewhere.
    for (const QString &w : enums::webhookDocumentType().wires())
        QVERIFY(enums::documentType().contains(enums::documentTypeForRequired(w)));
}

void TestEnums::tableByName()
{
    QCOMPARE(enums::tableByName(u"DocumentType"), &enums::documentType());
    QCOMPARE(enums::tableByName(u"nope"), nullptr);
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"

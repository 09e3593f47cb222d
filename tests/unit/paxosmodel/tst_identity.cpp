#include "modelfixture.h"
#include "paxos/model/control.h"
#include "paxos/model/enums.h"
#include "paxos/model/identity.h"
#include "paxos/model/page.h"
#include "paxos/model/statusdetails.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void personCreateResponse();
    void institutionCreateResponse();
    void statusDetailsPreview();
    void effectiveStatus_data();
    void effectiveStatus();
    void editsAreWrittenAndUnknownFieldsKept();
    void clearingAFieldRemovesIt();
    void undecodableValuesSurvive();
    void listEnvelope();
    void controls();
    void supersededPreviewShapes();
    void createControlRequest();
    void helpers();
    void sandboxStatusRequest();
    void institutionMembers();
};

void TestIdentity::personCreateResponse()
{
    const Identity id = Identity::fromJson(
        fixture(u"identity/create_response_create_person_identity_with_passthrough.json"_s));
    QCOMPARE(id.id, u"36ae1728-c54a-4046-86df-8a413e0ab9b3"_s);
    QCOMPARE(id.type, u"PERSON"_s);
    QVERIFY(!id.status);
    QCOMPARE(id.effectiveStatus(), u"PENDING"_s);
    QVERIFY(id.isPerson());
    QCOMPARE(id.createdAt->toString(), u"2022-02-15T05:46:50.957068Z"_s);
    QCOMPARE(id.createdAt->nanosecond(), 957068000);
    QVERIFY(id.personDetails);
    const PersonDetails &p = *id.personDetails;
    QCOMPARE(p.firstName, u"John"_s);
    QCOMPARE(p.dateOfBirth->date(), QDate(1980, 1, 1));
    QVERIFY(p.dateOfBirth->wasDateTime());
    QCOMPARE(p.idVerificationStatus, u"APPROVED"_s);
    QCOMPARE(p.sanctionsVerificationStatus, u"PENDING"_s);
    QCOMPARE(p.additionalScreeningStatus, u"PENDING"_s);
    QCOMPARE(p.govtId, u"111-11-1234"_s);
    QCOMPARE(p.address->city, u"New York"_s);
    QCOMPARE(p.address->singleLine(), u"1 Example St, New York, NY 10001, USA"_s);
    // Paxos's example has a stray quote in this key: it is not ours, but it is kept.
    QVERIFY(!p.passthroughVerifierType);
    QCOMPARE(p.raw.value("passthrough_verifier_type'"_L1).toString(), u"JUMIO"_s);
    QCOMPARE(id.taxDetails.size(), 1);
    QCOMPARE(id.taxDetails.first().taxPayerId, u"111-11-1234"_s);
    QCOMPARE(id.displayName(), u"John Doe"_s);
}

void TestIdentity::institutionCreateResponse()
{
    const Identity id = Identity::fromJson(
        fixture(u"identity/create_response_create_institutional_identity.json"_s));
    QVERIFY(id.isInstitution());
    QVERIFY(!id.isPerson());
    QVERIFY(id.institutionDetails);
    const InstitutionDetails &d = *id.institutionDetails;
    QCOMPARE(d.name, u"Institution A"_s);
    QCOMPARE(d.cipIdType, u"EIN"_s);
    QCOMPARE(d.govtRegistrationDate->toString(), u"2021-04-14T00:00:00Z"_s);
    QCOMPARE(d.businessAddress->zipCode, u"10001"_s);
    QCOMPARE(d.documentVerificationStatus, u"PENDING"_s);
    QCOMPARE(id.institutionMembers.size(), 3);
    QCOMPARE(id.institutionMembers.at(1).roles, QStringList{u"TRUSTEE"_s});
    QCOMPARE(id.displayName(), u"Institution A"_s);
}

void TestIdentity::statusDetailsPreview()
{
    const Identity id =
        Identity::fromJson(fixture(u"identity/status_details_person_pending.json"_s));
    QCOMPARE(id.effectiveStatus(), u"DISABLED"_s);
    QCOMPARE(id.personDetails->dateOfBirth->date(), QDate(1990, 5, 15));
    QVERIFY(!id.personDetails->dateOfBirth->wasDateTime());
    QVERIFY(id.statusDetails);
    const StatusDetails &sd = *id.statusDetails;
    QCOMPARE(sd.activeControls.size(), 1);
    const IdentityControl &c = sd.activeControls.first();
    QCOMPARE(c.type, u"SELL_ONLY"_s);
    QVERIFY(c.isSetByPaxos());
    QVERIFY(!c.canBeDeleted());
    QCOMPARE(c.reasonCode, u"COMPLIANCE_KYC"_s);
    QCOMPARE(sd.requirements.size(), 2);
    QCOMPARE(sd.requirements.at(1).type, u"KYC_REFRESH"_s);
    QVERIFY(sd.requirements.at(1).isFailed());
    QCOMPARE(sd.requirements.at(1).errors.first().code, u"kyc_refresh_overdue"_s);
    QVERIFY(sd.hasFailedRequirement());
    QCOMPARE(sd.awaitingClient().size(), 1);

    const Identity inst =
        Identity::fromJson(fixture(u"identity/status_details_institution_pending.json"_s));
    QVERIFY(inst.statusDetails->activeControls.isEmpty());
    const Requirement &members = inst.statusDetails->requirements.first();
    QCOMPARE(members.type, u"MEMBERS"_s);
    QVERIFY(!members.awaitingActionFrom); // absent on MEMBERS
    QCOMPARE(inst.institutionMembers.first().ownership, u"51"_s);
    QCOMPARE(inst.institutionMembers.first().effectiveStatus(), u"DENIED"_s);
    // An unknown role is kept as it came.
    QCOMPARE(inst.institutionMembers.at(1).roles, QStringList{u"CONTROL_PERSON"_s});
}

void TestIdentity::effectiveStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << R"({"status":"APPROVED","summary_status":"APPROVED"})"_ba
                          << u"APPROVED"_s;
    QTest::newRow("status only") << R"({"status":"DENIED"})"_ba << u"DENIED"_s;
    QTest::newRow("summary only") << R"({"summary_status":"PENDING"})"_ba << u"PENDING"_s;
    QTest::newRow("empty status") << R"({"status":"","summary_status":"ERROR"})"_ba << u"ERROR"_s;
    QTest::newRow("unknown value") << R"({"status":"ON_HOLD"})"_ba << u"ON_HOLD"_s;
    QTest::newRow("neither") << R"({})"_ba << QString();
}

void TestIdentity::effectiveStatus()
{
    QFETCH(QByteArray, body);
    QTEST(Identity::fromJson(QJsonDocument::fromJson(body).object()).effectiveStatus(), "expected");
}

void TestIdentity::editsAreWrittenAndUnknownFieldsKept()
{
    Identity id = Identity::fromJson(
        fixture(u"identity/create_response_create_person_identity_with_passthrough.json"_s));
    id.personDetails->address->address2 = u""_s; // "" clears address2 on update
    id.personDetails->firstName = u"Johnny"_s;
    id.metadata = QJsonObject{{u"crm"_s, u"42"_s}};
    id.taxDetails.append(TaxDetail{u"123.456.789-09"_s, u"BRA"_s, std::nullopt, {}});
    const QJsonObject out = id.toJson();
    const QJsonObject person = out.value("person_details"_L1).toObject();
    QCOMPARE(person.value("first_name"_L1).toString(), u"Johnny"_s);
    QCOMPARE(person.value("address"_L1).toObject().value("address2"_L1).toString(), u""_s);
    QVERIFY(person.value("address"_L1).toObject().contains("address2"_L1));
    QCOMPARE(person.value("passthrough_verifier_type'"_L1).toString(), u"JUMIO"_s);
    QCOMPARE(out.value("metadata"_L1).toObject().value("crm"_L1).toString(), u"42"_s);
    QCOMPARE(out.value("tax_details"_L1).toArray().size(), 2);
    QCOMPARE(out.value("tax_details"_L1)
                 .toArray()
                 .at(1)
                 .toObject()
                 .value("tax_payer_country"_L1)
                 .toString(),
             u"BRA"_s);
}

void TestIdentity::clearingAFieldRemovesIt()
{
    Identity id = Identity::fromJson(
        fixture(u"identity/create_response_create_person_identity_with_passthrough.json"_s));
    id.personDetails->govtId.reset();
    id.refId.reset();
    id.taxDetails.clear();
    id.updatedAt.reset();
    const QJsonObject out = id.toJson();
    QVERIFY(!out.contains("ref_id"_L1));
    QVERIFY(!out.contains("updated_at"_L1));
    QVERIFY(!out.value("person_details"_L1).toObject().contains("govt_id"_L1));
    QCOMPARE(out.value("tax_details"_L1).toArray().size(), 0); // an empty list replaces the list

    // A fresh object writes only what is set.
    PersonDetails p;
    p.firstName = u"Billy"_s;
    p.dateOfBirth = CalendarDate::fromDate(QDate(1960, 1, 1));
    const QJsonObject fresh = p.toJson();
    QCOMPARE(fresh,
             QJsonObject({{u"first_name"_s, u"Billy"_s}, {u"date_of_birth"_s, u"1960-01-01"_s}}));
    QCOMPARE(Identity().toJson(), QJsonObject());
}

void TestIdentity::undecodableValuesSurvive()
{
    const QJsonObject in = QJsonDocument::fromJson(R"({
        "id": "x", "created_at": "yesterday", "is_merchant": "yes", "user_disabled": null,
        "tax_details": [{"tax_payer_id": "1"}, "junk", {"tax_payer_id": 2}],
        "person_details": {"date_of_birth": "01/01/1960", "address": "not an object",
                           "passthrough_verification_fields": ["CIP_ID", 7]},
        "institution_members": {"not": "a list"},
        "metadata": {"n": 1}
    })"_ba)
                               .object();
    const Identity id = Identity::fromJson(in);
    QVERIFY(!id.createdAt);
    QVERIFY(!id.isMerchant);
    QVERIFY(!id.personDetails->dateOfBirth);
    QVERIFY(!id.personDetails->address);
    QCOMPARE(id.personDetails->passthroughVerificationFields, QStringList{u"CIP_ID"_s});
    QCOMPARE(id.taxDetails.size(), 2);
    QVERIFY(id.metadataMap().isEmpty());
    QCOMPARE(id.toJson(), in);
}

void TestIdentity::listEnvelope()
{
    const auto page =
        ListPage<Identity>::fromJson(fixture(u"identity_list/list_identities.json"_s));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().effectiveStatus(), u"PENDING"_s);
    QVERIFY(page.hasMore());
}

void TestIdentity::controls()
{
    const auto page =
        ListPage<IdentityControl>::fromJson(fixture(u"control_list/list_controls.json"_s));
    QVERIFY(!page.hasMore()); // "" means end
    QCOMPARE(page.items.first().id, u"ctrl-001"_s);
    QVERIFY(page.items.first().isActive());

    const IdentityControl deleted = IdentityControl::fromJson(
        QJsonDocument::fromJson(
            R"({"id":"c","type":"DORMANT","set_by":"CLIENT","is_overridable":true,"deleted_at":"2026-04-11T08:00:00.5Z"})"_ba)
            .object());
    QVERIFY(!deleted.isActive());
    QVERIFY(!deleted.canBeDeleted());
    QVERIFY(!deleted.isSetByPaxos());

    const IdentityControl mine = IdentityControl::fromJson(
        QJsonDocument::fromJson(
            R"({"id":"c","type":"DORMANT","set_by":"SET_BY_CLIENT","is_overridable":true})"_ba)
            .object());
    QVERIFY(mine.canBeDeleted());
}

void TestIdentity::supersededPreviewShapes()
{
    const QJsonObject in = QJsonDocument::fromJson(R"({
        "pending_requirements": [{"type": "SANCTIONS_SCREENING", "message": "Screening", "metadata": {}}],
        "failed_requirements": [{"type": "ID_VERIFICATION", "message": "IDV failed"}],
        "active_controls": [{"id": "c1", "type": "SELL_ONLY", "controlled_by": "PAXOS"}]
    })"_ba)
                               .object();
    const StatusDetails sd = StatusDetails::fromJson(in);
    QVERIFY(sd.requirements.isEmpty());
    const auto all = sd.allRequirements();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).type, u"ID_VERIFICATION"_s);
    QVERIFY(all.at(0).isFailed());
    QCOMPARE(all.at(0).errors.first().description, u"IDV failed"_s);
    QCOMPARE(all.at(1).status, u"PENDING"_s);
    QVERIFY(enums::requirementType().contains(all.at(1).type));
    QVERIFY(sd.hasFailedRequirement());
    QVERIFY(sd.activeControls.first().isSetByPaxos());
    QCOMPARE(sd.toJson(), in);

    // The current shape wins when present.
    const StatusDetails current =
        StatusDetails::fromJson(fixture(u"status_details/members_and_edd.json"_s));
    QCOMPARE(current.allRequirements().size(), 2);
    QCOMPARE(current.allRequirements().first().type, u"MEMBERS"_s);
}

void TestIdentity::createControlRequest()
{
    CreateIdentityControlRequest r;
    r.identityId = u"{identity_id}"_s;
    r.type = u"DORMANT"_s;
    r.reasonCode = u"INACTIVITY"_s;
    r.reason = u"No activity for 180 days"_s;
    QCOMPARE(r.toJson(), fixture(u"control_request/create_dormant.json"_s));
    r.reason.reset();
    QVERIFY(!r.toJson().contains("reason"_L1));
}

void TestIdentity::helpers()
{
    PersonDetails p;
    p.firstName = u"Billy"_s;
    p.middleName = u" "_s;
    p.lastName = u"Duncan"_s;
    QCOMPARE(p.fullName(), u"Billy Duncan"_s);
    Address a;
    a.address1 = u"123 Main St"_s;
    a.country = u"USA"_s;
    QCOMPARE(a.singleLine(), u"123 Main St, USA"_s);
    Identity id;
    id.metadata = QJsonObject{{u"a"_s, u"1"_s}, {u"b"_s, 2}};
    QCOMPARE(id.metadataMap(), (QMap<QString, QString>{{u"a"_s, u"1"_s}}));
    QVERIFY(!id.isPerson());
    id.personDetails = p;
    QVERIFY(id.isPerson());
}

void TestIdentity::sandboxStatusRequest()
{
    const auto r = SandboxSetIdentityStatusRequest::fromJson(
        fixture(u"sandbox_status_request/reference_example.json"_s));
    QCOMPARE(r.idVerificationStatus, u"APPROVED"_s);
    QCOMPARE(r.sanctionsVerificationStatus, u"APPROVED"_s);
    QVERIFY(!r.userDisabled);

    SandboxSetIdentityStatusRequest fresh;
    fresh.adminDisabled = true;
    fresh.additionalScreeningStatus = u"DENIED"_s;
    const QJsonObject out = fresh.toJson();
    QCOMPARE(out,
             QJsonObject({{u"admin_disabled"_s, QJsonObject{{u"disabled"_s, true}}},
                          {u"additional_screening_status"_s, u"DENIED"_s}}));
    const auto back = SandboxSetIdentityStatusRequest::fromJson(out);
    QCOMPARE(back.adminDisabled, true);
    QVERIFY(!back.userDisabled);
}

void TestIdentity::institutionMembers()
{
    const auto added =
        AddInstitutionMembersRequest::fromJson(fixture(u"institution_members/add_response.json"_s));
    QCOMPARE(added.institutionId, u"2908fa8b-427a-4089-b2cf-17654c604623"_s);
    QCOMPARE(added.members.size(), 2);
    QCOMPARE(added.members.at(1).id, u"a0a0d270-0dd1-40b7-85ce-de713c47bcec"_s);
    QCOMPARE(added.members.at(1).roles, QStringList{u"TRUSTEE"_s});
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"

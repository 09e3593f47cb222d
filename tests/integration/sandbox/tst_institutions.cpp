#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString kIdentities = u"/v2/identity/identities"_s;

QString uniqueEin()
{
    return u"9%1-%2"_s.arg(QRandomGenerator::global()->bounded(10))
        .arg(QRandomGenerator::global()->bounded(10000000u), 7, 10, QLatin1Char('0'));
}

QJsonObject address(const QString &city, const QString &province)
{
    return {{u"address1"_s, u"1 Market St"_s},
            {u"city"_s, city},
            {u"province"_s, province},
            {u"country"_s, u"USA"_s},
            {u"zip_code"_s, u"94105"_s}};
}

QJsonObject member(const QString &identityId, const QStringList &roles)
{
    return {{u"identity_id"_s, identityId}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
}

// An LLC with everything Appendix A asks of it.
QJsonObject llc(const QJsonArray &members)
{
    return {{u"ref_id"_s, uniqueRefId(u"inst"_s)},
            {u"institution_details"_s,
             QJsonObject{{u"name"_s, u"Acme Widgets LLC"_s},
                         {u"business_address"_s, address(u"San Francisco"_s, u"CA"_s)},
                         {u"incorporation_address"_s, address(u"Dover"_s, u"DE"_s)},
                         {u"institution_type"_s, u"LLC"_s},
                         {u"institution_sub_type"_s, u"E_COMMERCE"_s},
                         {u"cip_id"_s, uniqueEin()},
                         {u"cip_id_type"_s, u"EIN"_s},
                         {u"cip_id_country"_s, u"USA"_s},
                         {u"govt_registration_date"_s, u"2015-03-01T00:00:00Z"_s},
                         {u"regulation_status"_s, u"NON_REGULATED"_s},
                         {u"trading_type"_s, u"PRIVATE"_s},
                         {u"business_description"_s, u"Online retail"_s}}},
            {u"institution_members"_s, members},
            {u"customer_due_diligence"_s,
             QJsonObject{{u"source_of_wealth"_s, u"BUSINESS_OWNERSHIP_DIVIDENDS"_s},
                         {u"source_of_funds"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s},
                         {u"industry_sector"_s, u"E_COMMERCE"_s},
                         {u"has_underlying_trust_structure"_s, false},
                         {u"has_nominee_shareholders"_s, false}}}};
}

QJsonObject firstRequirement(const Reply &identity)
{
    return identity.json.value(u"status_details"_s)
        .toObject()
        .value(u"requirements"_s)
        .toArray()
        .first()
        .toObject();
}

QJsonObject requirementOf(const Reply &identity, const QString &type)
{
    for (const QJsonValue &r :
         identity.json.value(u"status_details"_s).toObject().value(u"requirements"_s).toArray()) {
        if (r.toObject().value(u"type"_s).toString() == type)
            return r.toObject();
    }
    return {};
}

void setDetail(QJsonObject &body, const QString &key, const QJsonValue &value)
{
    QJsonObject details = body.value(u"institution_details"_s).toObject();
    if (value.isNull())
        details.remove(key);
    else
        details.insert(key, value);
    body.insert(u"institution_details"_s, details);
}

} // namespace

// Institution identities: validation by type, members (with live status), the MEMBERS and
// DOCUMENT_VERIFICATION requirements, member decisions deciding the institution, updates
// and the institution-members endpoints.
class TestInstitutions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWaitsForDocumentVerification();
    void documentedUnblock();
    void uploadedDocumentsAwaitPaxos();
    void memberDecisionDecidesTheInstitution();
    void deniedMemberFailsMembersRequirement();
    void documentVerification();
    void validation_data();
    void validation();
    void trustNeedsTrustRole();
    void updateAndConflicts();
    void membersEndpoints();

private:
    // Creates `body` and applies Paxos's documented Sandbox unblock for institutions
    // (sanctions_verification_status APPROVED), as a test that is about something else would.
    QString unblocked(const QJsonObject &body)
    {
        const QString id = m_client->post(kIdentities, body).json.value(u"id").toString();
        m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                      {{u"sanctions_verification_status"_s, u"APPROVED"_s}});
        return id;
    }
    QString person(const QJsonObject &metadata = {})
    {
        return m_client->createPerson(metadata).json.value(u"id").toString();
    }
    std::unique_ptr<ApiClient> m_client;
};

void TestInstitutions::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestInstitutions::createWaitsForDocumentVerification()
{
    const QString owner = person();
    QJsonArray members{member(owner, {u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s})};
    QJsonObject first = members.first().toObject();
    first.insert(u"ownership"_s, u"60"_s);
    first.insert(u"position"_s, u"CEO"_s);
    members[0] = first;
    const QJsonObject body = llc(members);
    const Reply created = m_client->post(kIdentities, body);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(u"type").toString(), u"INSTITUTION"_s);
    QCOMPARE(created.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonObject details = created.json.value(u"institution_details").toObject();
    QCOMPARE(details.value(u"document_verification_status").toString(), u"PENDING"_s);
    QCOMPARE(details.value(u"sanctions_verification_status").toString(), u"PENDING"_s);
    QCOMPARE(created.json.value(u"tax_details").toArray().first().toObject().value(u"tax_payer_id"),
             details.value(u"cip_id"));
    const QString id = created.json.value(u"id").toString();

    // "By default the institution will be stuck in PENDING due to waiting for document
    // verification": screening is done, the documents wait for the client.
    const Reply plain = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(plain.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonArray requirements =
        plain.json.value(u"status_details").toObject().value(u"requirements").toArray();
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().toObject().value(u"type").toString(), u"DOCUMENT_VERIFICATION"_s);
    QCOMPARE(requirements.first().toObject().value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(requirements.first().toObject().value(u"awaiting_action_from").toString(),
             u"CLIENT"_s);
    QVERIFY(!plain.json.contains(u"institution_details"));
    QVERIFY(!plain.json.contains(u"institution_members"));
    const Reply full = m_client->get(kIdentities + u'/' + id
                                     + u"?include_details=true&include_institution_members=true"_s);
    const QJsonObject m = full.json.value(u"institution_members").toArray().first().toObject();
    QVERIFY(!m.value(u"id").toString().isEmpty());
    QCOMPARE(m.value(u"identity_id").toString(), owner);
    QCOMPARE(m.value(u"name").toString(), u"Billy Duncan"_s);
    QCOMPARE(m.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(m.value(u"ownership").toString(), u"60"_s);
    QCOMPARE(m.value(u"position").toString(), u"CEO"_s);
    QCOMPARE(full.json.value(u"institution_details").toObject().value(u"name").toString(),
             u"Acme Widgets LLC"_s);
    const QJsonObject screened = full.json.value(u"institution_details").toObject();
    QCOMPARE(screened.value(u"sanctions_verification_status").toString(), u"APPROVED"_s);
    QCOMPARE(screened.value(u"document_verification_status").toString(), u"PENDING"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 0);
    const QJsonArray listed =
        m_client->get(kIdentities + u"?identity_type=INSTITUTION&limit=1000"_s)
            .json.value(u"items")
            .toArray();
    QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &v) {
        return v.toObject().value(u"id").toString() == id;
    }));
    for (const QJsonValue &item : listed)
        QCOMPARE(item.toObject().value(u"type").toString(), u"INSTITUTION"_s);
}

void TestInstitutions::documentedUnblock()
{
    // Paxos: in the Sandbox an institution is unblocked with sanctions_verification_status
    // APPROVED; documents pending do not outlast it.
    const QString id =
        m_client
            ->post(kIdentities,
                   llc({member(person(), {u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s})}))
            .json.value(u"id")
            .toString();
    const QString status = kIdentities + u'/' + id + u"/sandbox-status"_s;
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(m_client->put(status, {{u"sanctions_verification_status"_s, u"APPROVED"_s}}).status,
             200);
    Reply institution = m_client->get(kIdentities + u'/' + id + u"?include_details=true"_s);
    QCOMPARE(institution.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(institution.json.value(u"institution_details")
                 .toObject()
                 .value(u"document_verification_status")
                 .toString(),
             u"APPROVED"_s);
    QVERIFY(institution.json.value(u"status_details")
                .toObject()
                .value(u"requirements")
                .toArray()
                .isEmpty());
    const QJsonArray approved = eventsFor(*m_client, id, u"identity.approved"_s);
    QCOMPARE(approved.size(), 1);

    // The same call with the document status in it keeps that status: still waiting.
    const QString other =
        m_client->post(kIdentities, llc({member(person(), {u"BENEFICIAL_OWNER"_s})}))
            .json.value(u"id")
            .toString();
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + other + u"/sandbox-status"_s,
                       {{u"sanctions_verification_status"_s, u"APPROVED"_s},
                        {u"document_verification_status"_s, u"PENDING"_s}})
                 .status,
             200);
    QCOMPARE(m_client->get(kIdentities + u'/' + other).json.value(u"status").toString(),
             u"PENDING"_s);
    // Approving the documents alone (what Paxos Support does) approves it too.
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + other + u"/sandbox-status"_s,
                       {{u"document_verification_status"_s, u"APPROVED"_s}})
                 .status,
             200);
    QCOMPARE(m_client->get(kIdentities + u'/' + other).json.value(u"status").toString(),
             u"APPROVED"_s);

    // The unblock does not outrun the members: a member under review keeps it pending.
    const QString reviewed = person({{u"sandbox.scenario"_s, u"manual_review"_s}});
    const QString third =
        m_client->post(kIdentities, llc({member(reviewed, {u"BENEFICIAL_OWNER"_s})}))
            .json.value(u"id")
            .toString();
    m_client->put(kIdentities + u'/' + third + u"/sandbox-status"_s,
                  {{u"sanctions_verification_status"_s, u"APPROVED"_s}});
    institution = m_client->get(kIdentities + u'/' + third);
    QCOMPARE(institution.json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(firstRequirement(institution).value(u"type").toString(), u"MEMBERS"_s);
}

void TestInstitutions::uploadedDocumentsAwaitPaxos()
{
    static const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    const QString id = m_client->post(kIdentities, llc({member(person(), {u"BENEFICIAL_OWNER"_s})}))
                           .json.value(u"id")
                           .toString();
    QCOMPARE(firstRequirement(m_client->get(kIdentities + u'/' + id))
                 .value(u"awaiting_action_from")
                 .toString(),
             u"CLIENT"_s);
    const Reply ticket =
        m_client->put(kIdentities + u'/' + id + u"/documents"_s,
                      {{u"name"_s, u"Articles.png"_s},
                       {u"document_types"_s, QJsonArray{u"ORGANIZATIONAL_DOCUMENTS"_s}}});
    QCOMPARE(ticket.status, 200);
    const QUrl url(ticket.json.value(u"upload_url").toString());
    ApiClient anonymous(url.adjusted(QUrl::RemovePath));
    QCOMPARE(anonymous.send("PUT", url.path(), png, {{"Content-Type", "image/png"}}, false).status,
             200);
    // The files are in: Paxos reviews them now.
    const Reply institution = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(institution.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonObject requirement = firstRequirement(institution);
    QCOMPARE(requirement.value(u"type").toString(), u"DOCUMENT_VERIFICATION"_s);
    QCOMPARE(requirement.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(requirement.value(u"awaiting_action_from").toString(), u"PAXOS"_s);
}

void TestInstitutions::memberDecisionDecidesTheInstitution()
{
    const QString owner = person({{u"sandbox.scenario"_s, u"manual_review"_s}});
    const QString id = m_client->post(kIdentities, llc({member(owner, {u"BENEFICIAL_OWNER"_s})}))
                           .json.value(u"id")
                           .toString();
    // Its documents are accepted; what is left is the member.
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                       {{u"document_verification_status"_s, u"APPROVED"_s}})
                 .status,
             200);
    Reply institution = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(institution.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonArray requirements =
        institution.json.value(u"status_details").toObject().value(u"requirements").toArray();
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().toObject().value(u"type").toString(), u"MEMBERS"_s);
    QCOMPARE(requirements.first().toObject().value(u"status").toString(), u"PENDING"_s);
    QVERIFY(!requirements.first().toObject().contains(u"awaiting_action_from"));
    // The member's review ends: the institution is decided with it.
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + owner + u"/sandbox-status"_s,
                       {{u"sanctions_verification_status"_s, u"APPROVED"_s}})
                 .status,
             200);
    institution = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(institution.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 1);
}

void TestInstitutions::deniedMemberFailsMembersRequirement()
{
    const QString owner = person({{u"sandbox.scenario"_s, u"deny"_s}});
    const QString id = m_client->post(kIdentities, llc({member(owner, {u"BENEFICIAL_OWNER"_s})}))
                           .json.value(u"id")
                           .toString();
    const Reply institution = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(institution.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonObject requirement = requirementOf(institution, u"MEMBERS"_s);
    QCOMPARE(requirement.value(u"type").toString(), u"MEMBERS"_s);
    QCOMPARE(requirement.value(u"status").toString(), u"FAILED"_s);
    QCOMPARE(requirement.value(u"errors").toArray().first().toObject().value(u"code").toString(),
             u"member_verification_failed"_s);
}

void TestInstitutions::documentVerification()
{
    const QString id = m_client->post(kIdentities, llc({member(person(), {u"BENEFICIAL_OWNER"_s})}))
                           .json.value(u"id")
                           .toString();
    const QString status = kIdentities + u'/' + id + u"/sandbox-status"_s;
    QCOMPARE(m_client->put(status, {{u"document_verification_status"_s, u"PENDING"_s}}).status,
             200);
    Reply institution = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(institution.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonObject requirement = firstRequirement(institution);
    QCOMPARE(requirement.value(u"type").toString(), u"DOCUMENT_VERIFICATION"_s);
    QCOMPARE(requirement.value(u"awaiting_action_from").toString(), u"CLIENT"_s);
    QCOMPARE(m_client->put(status, {{u"document_verification_status"_s, u"DENIED"_s}}).status, 200);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(), u"DENIED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.denied"_s).size(), 1);
}

void TestInstitutions::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("missing name") << u"name"_s << QJsonValue()
                                  << u"institution_details.name is required"_s;
    QTest::newRow("bad type") << u"institution_type"_s << QJsonValue(u"COOP"_s)
                              << u"institution_type must be one of"_s;
    QTest::newRow("bad sub type") << u"institution_sub_type"_s << QJsonValue(u"PIRACY"_s)
                                  << u"institution_sub_type must be one of"_s;
    QTest::newRow("bad cip type") << u"cip_id_type"_s << QJsonValue(u"PASSPORT"_s)
                                  << u"cip_id_type must be one of"_s;
    QTest::newRow("registration date") << u"govt_registration_date"_s << QJsonValue(u"2015"_s)
                                       << u"govt_registration_date must be an RFC 3339"_s;
    QTest::newRow("no incorporation address")
        << u"incorporation_address"_s << QJsonValue() << u"incorporation_address is required"_s;
    QTest::newRow("no business description")
        << u"business_description"_s << QJsonValue() << u"business_description is required"_s;
    QTest::newRow("regulated without regulator")
        << u"regulation_status"_s << QJsonValue(u"US_REGULATED"_s)
        << u"regulator_name is required"_s;
    QTest::newRow("public without ticker")
        << u"trading_type"_s << QJsonValue(u"PUBLIC"_s) << u"listed_exchange is required"_s;
    QTest::newRow("business address city")
        << u"business_address"_s << QJsonValue(QJsonObject{{u"address1"_s, u"x"_s}})
        << u"institution_details.business_address.city is required"_s;
}

void TestInstitutions::validation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, detailPart);
    QJsonObject body = llc({member(person(), {u"BENEFICIAL_OWNER"_s})});
    setDetail(body, key, value);
    const Reply reply = m_client->post(kIdentities, body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.detail().contains(detailPart), qPrintable(reply.detail()));
}

void TestInstitutions::trustNeedsTrustRole()
{
    const QString grantor = person();
    QJsonObject body = llc({member(grantor, {u"BENEFICIAL_OWNER"_s})});
    setDetail(body, u"institution_type"_s, u"TRUST"_s);
    setDetail(body, u"institution_sub_type"_s, u"INVESTMENT"_s);
    QVERIFY(
        m_client->post(kIdentities, body).detail().contains(u"GRANTOR, TRUSTEE or BENEFICIARY"));
    body.insert(u"institution_members"_s, QJsonArray{member(grantor, {u"GRANTOR"_s})});
    QCOMPARE(m_client->post(kIdentities, body).status, 200);
    setDetail(body, u"institution_sub_type"_s, u"CRYPTO"_s);
    QVERIFY(m_client->post(kIdentities, body).detail().contains(u"must be INVESTMENT for a TRUST"));

    // Other body errors.
    QJsonObject bad =
        llc({QJsonObject{{u"identity_id"_s, u"6f1c3a43-0000-4000-8000-000000000000"_s},
                         {u"roles"_s, QJsonArray{u"TRUSTEE"_s}}}});
    QVERIFY(
        m_client->post(kIdentities, bad).detail().contains(u"must be an existing person identity"));
    bad = llc({member(grantor, {u"KING"_s})});
    QVERIFY(m_client->post(kIdentities, bad).detail().contains(u"roles must be one of"));
    QJsonObject withOwnership = member(grantor, {u"BENEFICIAL_OWNER"_s});
    withOwnership.insert(u"ownership"_s, 150);
    QVERIFY(m_client->post(kIdentities, llc({withOwnership}))
                .detail()
                .contains(u"ownership must be a decimal string"));
    bad = llc({member(grantor, {u"BENEFICIAL_OWNER"_s})});
    bad.insert(u"person_details"_s, QJsonObject{});
    QVERIFY(m_client->post(kIdentities, bad).detail().contains(u"not both"));
    QJsonObject cdd = bad.value(u"customer_due_diligence"_s).toObject();
    cdd.remove(u"source_of_funds"_s);
    bad.remove(u"person_details"_s);
    bad.insert(u"customer_due_diligence"_s, cdd);
    QVERIFY(m_client->post(kIdentities, bad).detail().contains(u"source_of_funds is required"));
}

void TestInstitutions::updateAndConflicts()
{
    const QString owner = person();
    const QJsonObject body = llc({member(owner, {u"BENEFICIAL_OWNER"_s})});
    const QString id = unblocked(body);
    const Reply renamed = m_client->put(
        kIdentities + u'/' + id,
        {{u"institution_details"_s,
          QJsonObject{{u"name"_s, u"Acme Widgets Holdings LLC"_s},
                      {u"incorporation_address"_s, QJsonObject{{u"city"_s, u"Wilmington"_s}}}}}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json.value(u"status").toString(), u"PENDING"_s); // re-screened
    const QJsonObject details = renamed.json.value(u"institution_details").toObject();
    QCOMPARE(details.value(u"incorporation_address").toObject().value(u"city").toString(),
             u"Wilmington"_s);
    QCOMPARE(details.value(u"incorporation_address").toObject().value(u"province").toString(),
             u"DE"_s);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(),
             u"APPROVED"_s);
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + id,
                       {{u"person_details"_s, QJsonObject{{u"first_name"_s, u"X"_s}}}})
                 .status,
             400);
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + id,
                       {{u"institution_details"_s, QJsonObject{{u"trading_type"_s, u"PUBLIC"_s}}}})
                 .status,
             400);
    // The EIN triple is unique like any cip id.
    QJsonObject copy = llc({member(owner, {u"BENEFICIAL_OWNER"_s})});
    setDetail(copy, u"cip_id"_s, body.value(u"institution_details"_s).toObject().value(u"cip_id"));
    const Reply conflict = m_client->post(kIdentities, copy);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json.value(u"meta")
                 .toObject()
                 .value(u"existing")
                 .toObject()
                 .value(u"id")
                 .toString(),
             id);
}

void TestInstitutions::membersEndpoints()
{
    const QString owner = person();
    const QString id = unblocked(llc({member(owner, {u"BENEFICIAL_OWNER"_s})}));
    const QString pending = person({{u"sandbox.scenario"_s, u"pending"_s}});
    const Reply added =
        m_client->post(u"/v2/identity/institution-members"_s,
                       {{u"institution_id"_s, id},
                        {u"members"_s, QJsonArray{member(pending, {u"AUTHORIZED_USER"_s})}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json.value(u"institution_id").toString(), id);
    const QString memberId =
        added.json.value(u"members").toArray().first().toObject().value(u"id").toString();
    QVERIFY(!memberId.isEmpty());
    // A pending member makes the institution pending again.
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(m_client->del(u"/v2/identity/institution-members/"_s + memberId).status, 200);
    const Reply after =
        m_client->get(kIdentities + u'/' + id + u"?include_institution_members=true"_s);
    QCOMPARE(after.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(after.json.value(u"institution_members").toArray().size(), 1);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 2);

    QCOMPARE(m_client->del(u"/v2/identity/institution-members/"_s + memberId).status, 404);
    QCOMPARE(m_client
                 ->post(u"/v2/identity/institution-members"_s,
                        {{u"institution_id"_s, owner},
                         {u"members"_s, QJsonArray{member(pending, {u"AUTHORIZED_USER"_s})}}})
                 .status,
             404);
    const Reply badRole = m_client->post(
        u"/v2/identity/institution-members"_s,
        {{u"institution_id"_s, id}, {u"members"_s, QJsonArray{member(pending, {u"OWNER"_s})}}});
    QCOMPARE(badRole.status, 400);
    QVERIFY(badRole.detail().startsWith(u"members[0].roles"));
    QCOMPARE(
        m_client->post(u"/v2/identity/institution-members"_s, {{u"institution_id"_s, id}}).status,
        400);
}

QTEST_GUILESS_MAIN(TestInstitutions)
#include "tst_institutions.moc"

#include "modelfixture.h"
#include "paxos/model/account.h"
#include "paxos/model/document.h"
#include "paxos/model/enums.h"
#include "paxos/model/event.h"
#include "paxos/model/page.h"
#include "testsupport/testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

class TestEvent : public QObject
{
    Q_OBJECT

private slots:
    void listEvents();
    void objectKinds();
    void unknownEventType();
    void ordering();
    void webhookParse_data();
    void webhookParse();
    void webhookRejects_data();
    void webhookRejects();
    void documents();
    void uploadTicket();
    void accounts();
};

void TestEvent::listEvents()
{
    const auto page =
        ListPage<Event>::fromJson(fixture(u"event_list/list_events.json"_s), "events"_L1);
    QCOMPARE(page.items.size(), 2);
    const Event &approved = page.items.at(0);
    const Event &docs = page.items.at(1);
    QCOMPARE(approved.createdAt->toString(), u"2023-08-25T14:25:41.648489333Z"_s);
    QCOMPARE(approved.createdAt->nanosecond(), 648489333);
    QCOMPARE(approved.undeliveredWebhooks, 0);
    QVERIFY(!approved.isTest);
    QCOMPARE(approved.identityId(), u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s);
    const auto change = approved.summaryStatusChange();
    QVERIFY(change);
    QCOMPARE(change->oldSummaryStatus, u"PENDING"_s);
    QCOMPARE(change->newSummaryStatus, u"APPROVED"_s);
    QVERIFY(!approved.documentsRequired());
    // The List Events example spells the object type identity_required_documents.
    const auto required = docs.documentsRequired();
    QVERIFY(required);
    QCOMPARE(required->requiredDocuments,
             QStringList({u"TAX_IDENTIFICATION"_s, u"PROOF_OF_RESIDENCY"_s, u"PROOF_OF_FUNDS"_s}));
    QVERIFY(*docs.createdAt < *approved.createdAt);
}

void TestEvent::objectKinds()
{
    const auto change = IdentitySummaryStatusChange::fromJson(
        fixture(u"event_object/identity_summary_status_change.json"_s));
    QCOMPARE(change.newSummaryStatus, u"DISABLED"_s);
    QVERIFY(change.statusDetails);
    QCOMPARE(change.statusDetails->activeControls.first().reason, u"KYC refresh expired"_s);

    const auto kyc =
        IdentityKycRefresh::fromJson(fixture(u"event_object/identity_kyc_refresh.json"_s));
    QCOMPARE(kyc.lastKycRefreshDate->toString(), u"2024-07-15T10:30:00Z"_s);
    QVERIFY(*kyc.lastKycRefreshDate < *kyc.nextKycRefreshDate);

    const auto control =
        IdentityControlEventObject::fromJson(fixture(u"event_object/identity_control.json"_s));
    QCOMPARE(control.controlType, u"DORMANT"_s);
    QCOMPARE(control.isOverridable, false);
    QCOMPARE(enums::controlSetBy().label(control.setBy), u"Paxos"_s);

    Event e;
    e.objectType = u"identity_control"_s;
    e.object = control.raw;
    QCOMPARE(e.control()->controlId, u"87654321-5555-4444-3333-210987654321"_s);
    QVERIFY(!e.kycRefresh());
    e.objectType = u"identity_kyc_refresh"_s;
    e.object = kyc.raw;
    QVERIFY(e.kycRefresh());
}

void TestEvent::unknownEventType()
{
    const QJsonObject in =
        QJsonDocument::fromJson(
            R"({"id":"e1","type":"identity.merged","object_type":"identity_merge","object":{"identity_id":"i","into":"j"},"created_at":"2026-01-01T00:00:00.1Z","is_test":true})"_ba)
            .object();
    const Event e = Event::fromJson(in);
    QVERIFY(!enums::eventType().contains(e.type));
    QCOMPARE(enums::eventType().label(e.type), u"identity.merged"_s);
    QVERIFY(!e.summaryStatusChange() && !e.documentsRequired() && !e.kycRefresh() && !e.control());
    QCOMPARE(e.identityId(), u"i"_s);
    QCOMPARE(e.isTest, true);
    QCOMPARE(e.toJson(), in);
}

void TestEvent::ordering()
{
    auto make = [](const char *id, const char *created) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.createdAt = Timestamp::parse(QString::fromLatin1(created));
        return e;
    };
    QList<Event> events = {make("c", "2023-08-25T14:25:41.648489333Z"),
                           make("b", "2023-08-25T14:25:41.648489333Z"),
                           make("a", "2023-08-25T14:25:41.648489334Z"),
                           make("z", "2023-08-24T18:29:41.648489493Z"), Event()};
    std::sort(events.begin(), events.end(), eventBefore);
    QStringList ids;
    for (const Event &e : events)
        ids.append(e.id);
    QCOMPARE(ids, QStringList({QString(), u"z"_s, u"b"_s, u"c"_s, u"a"_s}));
}

void TestEvent::webhookParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("isTest");
    for (const char *f : {"identity_approved", "identity_denied", "identity_disabled",
                          "identity_documents_required", "identity_kyc_refresh_started",
                          "identity_kyc_refresh_completed", "identity_kyc_refresh_expired"}) {
        QString type = QString::fromLatin1(f).replace(u'_', u'.');
        type.replace(u"documents.required"_s, u"documents_required"_s);
        type.replace(u"kyc.refresh"_s, u"kyc_refresh"_s);
        QTest::newRow(f) << u"webhook/"_s + QString::fromLatin1(f) + u".json"_s << type << false;
    }
    QTest::newRow("live") << u"webhook/live_with_is_test.json"_s << u"identity.approved"_s << false;
}

void TestEvent::webhookParse()
{
    QFETCH(QString, file);
    QString error;
    const auto n =
        WebhookNotification::parse(testsupport::readTestData(u"model/"_s + file), &error);
    QVERIFY2(n, qPrintable(error));
    QCOMPARE(n->id, u"bd019f1c-89a7-4372-9d21-eaad9280dc41"_s);
    QTEST(n->type, "type");
    QVERIFY(enums::eventType().contains(n->type));
    QCOMPARE(n->source, u"com.paxos"_s);
    QCOMPARE(n->object, u"event"_s);
    QCOMPARE(n->time->toString(), u"2025-01-07T14:30:02Z"_s);
    QTEST(n->isTest.value_or(false), "isTest");
}

void TestEvent::webhookRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << "id=1&type=x"_ba;
    QTest::newRow("array") << R"([{"id":"1","type":"identity.approved"}])"_ba;
    QTest::newRow("no id") << R"({"type":"identity.approved","object":"event"})"_ba;
    QTest::newRow("empty id") << R"({"id":"","type":"identity.approved"})"_ba;
    QTest::newRow("numeric id") << R"({"id":5,"type":"identity.approved"})"_ba;
    QTest::newRow("no type") << R"({"id":"1","object":"event"})"_ba;
    QTest::newRow("not an event")
        << R"({"id":"1","type":"identity.approved","object":"transfer"})"_ba;
    QTest::newRow("full event instead")
        << R"({"id":"1","type":"identity.approved","object":{"identity_id":"x"}})"_ba;
}

void TestEvent::webhookRejects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!WebhookNotification::parse(body, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.endsWith(u'.'));
}

void TestEvent::documents()
{
    const DocumentList list =
        DocumentList::fromJson(fixture(u"document_list/list_with_pending.json"_s));
    QCOMPARE(list.documents.size(), 1);
    const Document &d = list.documents.first();
    QCOMPARE(d.fileId, u"e1959b03-8c3d-4bdd-9437-403ccf8772f5"_s);
    QCOMPARE(d.documentTypes, QStringList({u"OTHER_DOCUMENTS"_s, u"APPLICATION"_s}));
    QCOMPARE(d.createdAt->nanosecond(), 170481000);
    QVERIFY(!d.isArchived());
    QCOMPARE(list.pendingDocuments, QStringList{u"PROOF_OF_FUNDS"_s});

    DocumentList more = list;
    Document old = d;
    old.name = u"old.png"_s;
    old.createdAt = Timestamp::parse(u"2023-07-01T00:00:00Z");
    old.archivedAt = Timestamp::parse(u"2023-07-07T23:03:19Z");
    Document newer = d;
    newer.name = u"newer.png"_s;
    newer.createdAt = Timestamp::parse(u"2023-07-07T23:03:19.170482Z");
    more.documents = {old, d, newer};
    const auto current = more.current();
    QCOMPARE(current.size(), 2);
    QCOMPARE(current.first().name, u"newer.png"_s);

    DocumentUploadRequest r;
    r.name = u"Proof_of_residence.jpg"_s;
    r.documentTypes = {u"PROOF_OF_RESIDENCY"_s};
    QCOMPARE(r.toJson(), fixture(u"document_upload_request/create_document_upload.json"_s));
}

void TestEvent::uploadTicket()
{
    const auto t = DocumentUploadTicket::fromJson(
        fixture(u"document_upload_ticket/create_document_upload.json"_s));
    QCOMPARE(t.fileId, u"f190b163-208f-4d73-8deb-4fb8b24add00"_s);
    QCOMPARE(t.name, u"Proof_of_residence.jpg"_s);
    QVERIFY(t.url().isValid());
    QCOMPARE(t.url().scheme(), u"https"_s);
}

void TestEvent::accounts()
{
    const Account created = Account::fromJson(fixture(u"account/create_account_response.json"_s));
    QCOMPARE(created.description, u"Individual account for John Doe"_s);
    QCOMPARE(created.adminDisabled, false);
    QCOMPARE(created.metadata->value("custom_field"_L1).toString(), u"custom_value"_s);

    const Account updated = Account::fromJson(fixture(u"account/update_account_response.json"_s));
    QCOMPARE(updated.members.size(), 3);
    QCOMPARE(updated.members.first().roles, QStringList{u"FINANCIAL_ADVISOR"_s});
    QCOMPARE(updated.createdAt->toString(), u"2014-02-20T04:22:22.222221Z"_s);

    const auto req = CreateAccountRequest::fromJson(
        fixture(u"create_account_request/appendix_b_create_account.json"_s));
    QCOMPARE(req.createProfile, true);
    QCOMPARE(req.account.type, u"BROKERAGE"_s);
    QCOMPARE(req.account.members.first().identityId, u"{other_identity_id}"_s);

    const auto disable =
        UpdateAccountRequest::fromJson(fixture(u"update_account_request/disable_account.json"_s));
    QCOMPARE(disable.setUserDisabled, true);
    QCOMPARE(disable.account.id, u"82c338f4-3cb7-4d9b-be2a-4b077c82ee3a"_s);
    const auto members =
        AddAccountMembersRequest::fromJson(fixture(u"account_members/add_response.json"_s));
    QCOMPARE(members.members.first().id, u"01516495-031a-4c6c-b277-5734ea9cb99c"_s);

    CreateAccountRequest fresh;
    fresh.account.identityId = u"i"_s;
    fresh.account.type = u"BROKERAGE"_s;
    fresh.createProfile = true;
    QCOMPARE(
        fresh.toJson(),
        QJsonObject({{u"create_profile"_s, true},
                     {u"account"_s,
                      QJsonObject({{u"identity_id"_s, u"i"_s}, {u"type"_s, u"BROKERAGE"_s}})}}));
}

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"

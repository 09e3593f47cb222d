#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {
const QString kControls = u"/v2/identity/controls"_s;
const QString kAccounts = u"/v2/identity/accounts"_s;
} // namespace

// Identity controls (create/list/delete, status effects, events) and accounts.
class TestControlsAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dormantControlDisablesAndDeleteRestores();
    void controlErrors_data();
    void controlErrors();
    void deleteErrors();
    void listPagesAndIncludesDeleted();
    void scopes();
    void accountLifecycle();
    void accountErrors();
    void accountMembers();
    void duplicateCipGetsAnAccountOnTheExistingIdentity();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestControlsAccounts::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestControlsAccounts::dormantControlDisablesAndDeleteRestores()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const Reply created = m_client->post(kControls,
                                         {{u"identity_id"_s, id},
                                          {u"type"_s, u"DORMANT"_s},
                                          {u"reason_code"_s, u"INACTIVITY"_s},
                                          {u"reason"_s, u"No activity for 180 days"_s}});
    QCOMPARE(created.status, 200);
    const QJsonObject control = created.json;
    QCOMPARE(control.value(u"type").toString(), u"DORMANT"_s);
    QCOMPARE(control.value(u"set_by").toString(), u"SET_BY_CLIENT"_s);
    QCOMPARE(control.value(u"is_overridable").toBool(), true);
    QCOMPARE(control.value(u"reason").toString(), u"No activity for 180 days"_s);
    QVERIFY(!control.contains(u"deleted_at"));
    const QString controlId = control.value(u"id").toString();

    Reply identity = m_client->get(u"/v2/identity/identities/"_s + id);
    QCOMPARE(identity.json.value(u"status").toString(), u"DISABLED"_s);
    const QJsonArray active =
        identity.json.value(u"status_details").toObject().value(u"active_controls").toArray();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.first().toObject().value(u"id").toString(), controlId);

    QCOMPARE(m_client
                 ->post(kControls,
                        {{u"identity_id"_s, id},
                         {u"type"_s, u"DORMANT"_s},
                         {u"reason_code"_s, u"INACTIVITY"_s}})
                 .status,
             409);

    const Reply deleted =
        m_client->del(kControls + u"?control_id="_s + controlId + u"&reason=back"_s);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject());
    identity = m_client->get(u"/v2/identity/identities/"_s + id);
    QCOMPARE(identity.json.value(u"status").toString(), u"APPROVED"_s);

    QStringList types;
    for (const QJsonValue &event : eventsFor(*m_client, id))
        types << event.toObject().value(u"type").toString();
    QCOMPARE(
        types,
        (QStringList{u"identity.approved"_s, u"identity.control.created"_s, u"identity.disabled"_s,
                     u"identity.control.deleted"_s, u"identity.approved"_s}));
    const QJsonObject controlEvent =
        eventsFor(*m_client, id, u"identity.control.created"_s).first().toObject();
    QCOMPARE(controlEvent.value(u"object_type").toString(), u"identity_control"_s);
    const QJsonObject object = controlEvent.value(u"object").toObject();
    QCOMPARE(object.value(u"control_id").toString(), controlId);
    QCOMPARE(object.value(u"control_type").toString(), u"DORMANT"_s);
    QCOMPARE(object.value(u"reason_code").toString(), u"INACTIVITY"_s);
}

void TestControlsAccounts::controlErrors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("frozen") << u"FROZEN"_s << u"OTHER"_s << 400 << u"only be set by Paxos"_s;
    QTest::newRow("unknown type") << u"ASLEEP"_s << u"OTHER"_s << 400 << u"type must be one of"_s;
    QTest::newRow("unknown reason")
        << u"CLOSED"_s << u"BORED"_s << 400 << u"reason_code must be one of"_s;
    QTest::newRow("missing reason")
        << u"CLOSED"_s << QString() << 400 << u"reason_code is required"_s;
    QTest::newRow("stale spelling accepted")
        << u"SELL_ONLY"_s << u"END_USER_REQUESTED"_s << 200 << QString();
}

void TestControlsAccounts::controlErrors()
{
    QFETCH(QString, type);
    QFETCH(QString, reasonCode);
    QFETCH(int, status);
    QFETCH(QString, detailPart);
    const QString id = m_client->createPerson().json.value(u"id").toString();
    QJsonObject body{{u"identity_id"_s, id}, {u"type"_s, type}};
    if (!reasonCode.isEmpty())
        body.insert(u"reason_code"_s, reasonCode);
    const Reply reply = m_client->post(kControls, body);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json.value(u"reason_code").toString(), u"END_USER_REQUEST"_s);
    else
        QVERIFY2(reply.detail().contains(detailPart), qPrintable(reply.detail()));
}

void TestControlsAccounts::deleteErrors()
{
    QCOMPARE(m_client->del(kControls).detail(), u"control_id is required"_s);
    QCOMPARE(m_client->del(kControls + u"?control_id=nope"_s).status, 404);
    QCOMPARE(m_client
                 ->post(kControls,
                        {{u"identity_id"_s, u"6f1c3a43-0000-4000-8000-000000000000"_s},
                         {u"type"_s, u"CLOSED"_s},
                         {u"reason_code"_s, u"OTHER"_s}})
                 .status,
             404);
    // A Paxos-set control cannot be removed by the client.
    const Reply frozen =
        m_client->createPerson({{u"sandbox.scenario"_s, u"paxos_control:FROZEN"_s}});
    const QString id = frozen.json.value(u"id").toString();
    const Reply controls = m_client->get(kControls + u"?identity_id="_s + id);
    const QJsonObject paxos = controls.json.value(u"items").toArray().first().toObject();
    QCOMPARE(paxos.value(u"set_by").toString(), u"SET_BY_PAXOS"_s);
    QCOMPARE(paxos.value(u"is_overridable").toBool(), false);
    const Reply refused =
        m_client->del(kControls + u"?control_id="_s + paxos.value(u"id").toString());
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.detail().contains(u"not overridable"));
    // Deleting twice.
    const QString control =
        m_client
            ->post(
                kControls,
                {{u"identity_id"_s, id}, {u"type"_s, u"CLOSED"_s}, {u"reason_code"_s, u"OTHER"_s}})
            .json.value(u"id")
            .toString();
    QCOMPARE(m_client->del(kControls + u"?control_id="_s + control).status, 200);
    QCOMPARE(m_client->del(kControls + u"?control_id="_s + control).status, 400);
}

void TestControlsAccounts::listPagesAndIncludesDeleted()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    QStringList ids;
    for (const QString &type : {u"SELL_ONLY"_s, u"CLOSED"_s, u"DORMANT"_s})
        ids << m_client
                   ->post(
                       kControls,
                       {{u"identity_id"_s, id}, {u"type"_s, type}, {u"reason_code"_s, u"OTHER"_s}})
                   .json.value(u"id")
                   .toString();
    // The Dormancy guide's older delete: a JSON body.
    QCOMPARE(
        m_client
            ->send("DELETE", kControls, QJsonDocument(QJsonObject{{u"id"_s, ids.at(1)}}).toJson())
            .status,
        200);
    const Reply active = m_client->get(kControls + u"?identity_id="_s + id);
    QCOMPARE(active.json.value(u"items").toArray().size(), 2);
    QCOMPARE(active.json.value(u"next_page_cursor").toString(), QString());
    const Reply first =
        m_client->get(kControls + u"?include_deleted=true&limit=2&identity_id="_s + id);
    QCOMPARE(first.json.value(u"items").toArray().size(), 2);
    const QString cursor = first.json.value(u"next_page_cursor").toString();
    QVERIFY(!cursor.isEmpty());
    const Reply second = m_client->get(kControls + u"?include_deleted=true&limit=2&identity_id="_s
                                       + id + u"&page_cursor="_s + cursor);
    const QJsonObject deleted = second.json.value(u"items").toArray().first().toObject();
    QCOMPARE(deleted.value(u"id").toString(), ids.at(2));
    QVERIFY(first.json.value(u"items").toArray().at(1).toObject().contains(u"deleted_at"));
    QCOMPARE(m_client->get(kControls).detail(), u"identity_id is required"_s);
    QCOMPARE(
        m_client->get(kControls + u"?identity_id=6f1c3a43-0000-4000-8000-000000000000"_s).status,
        404);
}

void TestControlsAccounts::scopes()
{
    ApiClient reader(m_client->base());
    QVERIFY(!reader.authenticate(u"identity:read_identity_control"_s).isEmpty());
    const QString id = m_client->createPerson().json.value(u"id").toString();
    QCOMPARE(reader.get(kControls + u"?identity_id="_s + id).status, 200);
    const Reply denied = reader.post(
        kControls,
        {{u"identity_id"_s, id}, {u"type"_s, u"CLOSED"_s}, {u"reason_code"_s, u"OTHER"_s}});
    QCOMPARE(denied.status, 403);
    QVERIFY(denied.detail().contains(u"identity:write_identity_control"));
    QCOMPARE(reader.get(kAccounts).status, 403);
}

void TestControlsAccounts::accountLifecycle()
{
    const QString owner = m_client->createPerson().json.value(u"id").toString();
    const QString member = m_client->createPerson().json.value(u"id").toString();
    const QString ref = uniqueRefId(u"acct"_s);
    const Reply created = m_client->post(
        kAccounts,
        {{u"create_profile"_s, true},
         {u"account"_s,
          QJsonObject{
              {u"identity_id"_s, owner},
              {u"ref_id"_s, ref},
              {u"type"_s, u"BROKERAGE"_s},
              {u"description"_s, u"Brokerage account for Billy Duncan"_s},
              {u"metadata"_s, QJsonObject{{u"k"_s, u"v"_s}}},
              {u"members"_s,
               QJsonArray{QJsonObject{{u"identity_id"_s, member},
                                      {u"roles"_s, QJsonArray{u"BENEFICIAL_OWNER"_s}}}}}}}});
    QCOMPARE(created.status, 200);
    const QJsonObject account = created.json;
    const QString accountId = account.value(u"id").toString();
    QCOMPARE(account.value(u"identity_id").toString(), owner);
    QCOMPARE(account.value(u"ref_id").toString(), ref);
    QVERIFY(!account.value(u"profile_id").toString().isEmpty());
    QCOMPARE(account.value(u"summary_status").toString(), u"APPROVED"_s);
    QCOMPARE(account.value(u"members").toArray().size(), 1);
    QVERIFY(
        !account.value(u"members").toArray().first().toObject().value(u"id").toString().isEmpty());

    QCOMPARE(m_client->get(kAccounts + u'/' + accountId).json, account);
    const Reply listed = m_client->get(kAccounts + u"?identity_id="_s + owner);
    QCOMPARE(listed.json.value(u"items").toArray().size(), 1);

    const Reply duplicate = m_client->post(
        kAccounts, {{u"account"_s, QJsonObject{{u"identity_id"_s, owner}, {u"ref_id"_s, ref}}}});
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.json.value(u"meta")
                 .toObject()
                 .value(u"existing")
                 .toObject()
                 .value(u"id")
                 .toString(),
             accountId);

    const Reply updated = m_client->put(
        kAccounts,
        {{u"account"_s, QJsonObject{{u"id"_s, accountId}, {u"description"_s, u"renamed"_s}}},
         {u"set_user_disabled"_s, true}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(u"description").toString(), u"renamed"_s);
    QCOMPARE(updated.json.value(u"user_disabled").toBool(), true);
    QCOMPARE(updated.json.value(u"ref_id").toString(), ref);

    // Pagination.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_client->post(kAccounts, {{u"account"_s, QJsonObject{{u"identity_id"_s, owner}}}})
                     .status,
                 200);
    const Reply page = m_client->get(kAccounts + u"?limit=2&order=ASC&identity_id="_s + owner);
    QCOMPARE(page.json.value(u"items").toArray().first().toObject().value(u"id").toString(),
             accountId);
    const Reply next =
        m_client->get(kAccounts + u"?limit=2&order=ASC&identity_id="_s + owner + u"&page_cursor="_s
                      + page.json.value(u"next_page_cursor").toString());
    QCOMPARE(next.json.value(u"items").toArray().size(), 1);
    QVERIFY(!next.json.contains(u"next_page_cursor"));
}

void TestControlsAccounts::accountErrors()
{
    const QString owner = m_client->createPerson().json.value(u"id").toString();
    QCOMPARE(m_client->post(kAccounts, {{u"create_profile"_s, true}}).detail(),
             u"account is required"_s);
    QCOMPARE(
        m_client->post(kAccounts, {{u"account"_s, QJsonObject{{u"ref_id"_s, u"x"_s}}}}).detail(),
        u"account.identity_id is required"_s);
    QCOMPARE(
        m_client
            ->post(kAccounts,
                   {{u"account"_s,
                     QJsonObject{{u"identity_id"_s, u"6f1c3a43-0000-4000-8000-000000000000"_s}}}})
            .status,
        404);
    QCOMPARE(m_client
                 ->post(kAccounts,
                        {{u"account"_s,
                          QJsonObject{{u"identity_id"_s, owner}, {u"type"_s, u"CHECKING"_s}}}})
                 .status,
             400);
    QCOMPARE(
        m_client
            ->post(kAccounts,
                   {{u"account"_s,
                     QJsonObject{{u"identity_id"_s, owner},
                                 {u"members"_s,
                                  QJsonArray{QJsonObject{{u"identity_id"_s, owner},
                                                         {u"roles"_s, QJsonArray{u"KING"_s}}}}}}}})
            .status,
        400);
    QCOMPARE(m_client->get(kAccounts + u"/nope"_s).status, 404);
    QCOMPARE(m_client->put(kAccounts, {{u"account"_s, QJsonObject{{u"id"_s, u"nope"_s}}}}).status,
             404);
    QCOMPARE(m_client->get(kAccounts + u"?page_cursor=zz"_s).status, 400);
}

void TestControlsAccounts::accountMembers()
{
    const QString owner = m_client->createPerson().json.value(u"id").toString();
    const QString advisor = m_client->createPerson().json.value(u"id").toString();
    const QString accountId =
        m_client->post(kAccounts, {{u"account"_s, QJsonObject{{u"identity_id"_s, owner}}}})
            .json.value(u"id")
            .toString();
    const Reply added = m_client->post(
        u"/v2/identity/account-members"_s,
        {{u"account_id"_s, accountId},
         {u"members"_s,
          QJsonArray{QJsonObject{{u"identity_id"_s, advisor},
                                 {u"roles"_s, QJsonArray{u"FINANCIAL_ADVISOR"_s}}}}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json.value(u"account_id").toString(), accountId);
    const QString memberId =
        added.json.value(u"members").toArray().first().toObject().value(u"id").toString();
    QVERIFY(!memberId.isEmpty());
    QCOMPARE(m_client->get(kAccounts + u'/' + accountId).json.value(u"members").toArray().size(),
             1);
    const Reply withId =
        m_client->post(u"/v2/identity/account-members"_s,
                       {{u"account_id"_s, accountId},
                        {u"members"_s,
                         QJsonArray{QJsonObject{{u"id"_s, u"x"_s},
                                                {u"identity_id"_s, advisor},
                                                {u"roles"_s, QJsonArray{u"AUTHORIZED_USER"_s}}}}}});
    QCOMPARE(withId.status, 400);
    QVERIFY(withId.detail().startsWith(u"members[0].id"));
    QCOMPARE(m_client
                 ->post(u"/v2/identity/account-members"_s,
                        {{u"account_id"_s, accountId}, {u"members"_s, QJsonArray()}})
                 .status,
             400);
    QCOMPARE(m_client
                 ->post(u"/v2/identity/account-members"_s,
                        {{u"account_id"_s, u"nope"_s},
                         {u"members"_s,
                          QJsonArray{QJsonObject{{u"identity_id"_s, advisor},
                                                 {u"roles"_s, QJsonArray{u"AUTHORIZED_USER"_s}}}}}})
                 .status,
             404);
    QCOMPARE(m_client->del(u"/v2/identity/account-members/"_s + memberId).status, 200);
    QCOMPARE(m_client->get(kAccounts + u'/' + accountId).json.value(u"members").toArray().size(),
             0);
    QCOMPARE(m_client->del(u"/v2/identity/account-members/"_s + memberId).status, 404);
}

void TestControlsAccounts::duplicateCipGetsAnAccountOnTheExistingIdentity()
{
    QJsonObject sent;
    const QString existing = m_client->createPerson({}, &sent).json.value(u"id").toString();
    const QString ssn = sent.value(u"person_details").toObject().value(u"cip_id").toString();
    const Reply conflict =
        m_client->post(u"/v2/identity/identities"_s, examplePerson(uniqueRefId(), ssn));
    QCOMPARE(conflict.status, 409);
    const QString target = conflict.json.value(u"meta")
                               .toObject()
                               .value(u"existing")
                               .toObject()
                               .value(u"id")
                               .toString();
    QCOMPARE(target, existing);
    // The documented answer: another account on the existing identity.
    const Reply account = m_client->post(
        kAccounts,
        {{u"account"_s,
          QJsonObject{{u"identity_id"_s, target}, {u"ref_id"_s, uniqueRefId(u"dup"_s)}}}});
    QCOMPARE(account.status, 200);
    QCOMPARE(account.json.value(u"identity_id").toString(), existing);
}

QTEST_GUILESS_MAIN(TestControlsAccounts)
#include "tst_controlsaccounts.moc"

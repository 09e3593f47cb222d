#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {
const QString kAccounts = u"/v2/identity/accounts"_s;

QJsonObject member(const QString &identityId, const QString &role)
{
    return {{u"identity_id"_s, identityId}, {u"roles"_s, QJsonArray{role}}};
}
} // namespace

// The account errors Paxos documents, answered 400 with the field named, and the profile
// that create_profile makes, readable as the institution guide's next step reads it.
class TestSandboxAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRefusesForbiddenFields_data();
    void createRefusesForbiddenFields();
    void updateChangesOnlyAdvisorsAndAuthorizedUsers();
    void addMembersNeedsMembers();
    void profileOfCreateProfileIsReadable();

private:
    std::unique_ptr<ApiClient> m_client;
    QString m_owner;
};

void TestSandboxAccountRules::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
    m_owner = m_client->createPerson().json.value(u"id").toString();
    QVERIFY(!m_owner.isEmpty());
}

void TestSandboxAccountRules::createRefusesForbiddenFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    // The institution guide's own example sends `name`; the Create Account reference forbids
    // every field it does not list.
    QTest::newRow("name") << u"name"_s << QJsonValue(u"Institution Brokerage Account"_s);
    QTest::newRow("id") << u"id"_s << QJsonValue(u"6f1c3a43-0000-4000-8000-000000000001"_s);
}

void TestSandboxAccountRules::createRefusesForbiddenFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject account{{u"identity_id"_s, m_owner}, {u"type"_s, u"BROKERAGE"_s}};
    account.insert(field, value);
    const Reply refused = m_client->post(kAccounts, {{u"account"_s, account}});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.isProblem());
    QVERIFY2(refused.detail().startsWith(u"account."_s + field + u' '),
             qPrintable(refused.detail()));
    account.remove(field);
    QCOMPARE(m_client->post(kAccounts, {{u"account"_s, account}}).status, 200);
}

void TestSandboxAccountRules::updateChangesOnlyAdvisorsAndAuthorizedUsers()
{
    const QString jane = m_client->createPerson().json.value(u"id").toString();
    const QString adam = m_client->createPerson().json.value(u"id").toString();
    const QString bob = m_client->createPerson().json.value(u"id").toString();
    const Reply created = m_client->post(
        kAccounts,
        {{u"account"_s,
          QJsonObject{{u"identity_id"_s, m_owner},
                      {u"members"_s, QJsonArray{member(jane, u"BENEFICIAL_OWNER"_s)}}}}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(u"id").toString();
    const auto update = [&](const QJsonArray &members) {
        return m_client->put(kAccounts,
                             {{u"account"_s, QJsonObject{{u"id"_s, id}, {u"members"_s, members}}}});
    };

    const Reply addOwner =
        update({member(jane, u"BENEFICIAL_OWNER"_s), member(bob, u"BENEFICIAL_OWNER"_s)});
    QCOMPARE(addOwner.status, 400);
    QVERIFY2(addOwner.detail().startsWith(u"account.members[1].roles"_s),
             qPrintable(addOwner.detail()));
    const Reply dropOwner = update({member(adam, u"FINANCIAL_ADVISOR"_s)});
    QCOMPARE(dropOwner.status, 400);
    QVERIFY2(dropOwner.detail().startsWith(u"account.members"_s), qPrintable(dropOwner.detail()));
    QCOMPARE(update({}).status, 400); // an empty list would drop the beneficial owner
    QCOMPARE(m_client->get(kAccounts + u'/' + id).json.value(u"members").toArray().size(), 1);

    const Reply addAdvisor =
        update({member(jane, u"BENEFICIAL_OWNER"_s), member(adam, u"FINANCIAL_ADVISOR"_s),
                member(bob, u"AUTHORIZED_USER"_s)});
    QCOMPARE(addAdvisor.status, 200);
    QCOMPARE(addAdvisor.json.value(u"members").toArray().size(), 3);
    QCOMPARE(update({member(jane, u"BENEFICIAL_OWNER"_s)}).status, 200);
}

void TestSandboxAccountRules::addMembersNeedsMembers()
{
    const QString id =
        m_client->post(kAccounts, {{u"account"_s, QJsonObject{{u"identity_id"_s, m_owner}}}})
            .json.value(u"id")
            .toString();
    const Reply empty = m_client->post(u"/v2/identity/account-members"_s,
                                       {{u"account_id"_s, id}, {u"members"_s, QJsonArray()}});
    QCOMPARE(empty.status, 400);
    QVERIFY(empty.detail().startsWith(u"members"_s));
}

void TestSandboxAccountRules::profileOfCreateProfileIsReadable()
{
    const QString ref = uniqueRefId(u"acct"_s);
    const Reply created = m_client->post(
        kAccounts,
        {{u"create_profile"_s, true},
         {u"account"_s, QJsonObject{{u"identity_id"_s, m_owner}, {u"ref_id"_s, ref}}}});
    QCOMPARE(created.status, 200);
    const QString accountId = created.json.value(u"id").toString();
    const QString profileId = created.json.value(u"profile_id").toString();
    QVERIFY(!profileId.isEmpty());

    const Reply profile = m_client->get(u"/v2/profiles/"_s + profileId);
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json.value(u"id").toString(), profileId);
    QCOMPARE(profile.json.value(u"type").toString(), u"NORMAL"_s);
    QCOMPARE(profile.json.value(u"nickname").toString(), ref);
    QCOMPARE(profile.json.value(u"account_id").toString(), accountId);

    // The guide's step: GET /v2/profiles?account_id={account_id}.
    const Reply listed = m_client->get(u"/v2/profiles?account_id="_s + accountId);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(u"items").toArray(), QJsonArray{profile.json});

    QCOMPARE(m_client->get(u"/v2/profiles/6f1c3a43-0000-4000-8000-00000000dead"_s).status, 404);
    // An account without a profile has none.
    const QString bare =
        m_client->post(kAccounts, {{u"account"_s, QJsonObject{{u"identity_id"_s, m_owner}}}})
            .json.value(u"id")
            .toString();
    QCOMPARE(m_client->get(u"/v2/profiles?account_id="_s + bare).json.value(u"items").toArray(),
             QJsonArray());

    ApiClient reader(testsupport::sharedSandboxUrl());
    QVERIFY(!reader.authenticate(u"identity:read_account"_s).isEmpty());
    QCOMPARE(reader.get(u"/v2/profiles/"_s + profileId).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxAccountRules)
#include "tst_accountrules.moc"

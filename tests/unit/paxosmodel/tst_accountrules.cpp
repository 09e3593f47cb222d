#include "paxos/model/accountrules.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

namespace {

QJsonObject member(const QString &identityId, const QStringList &roles)
{
    return {{u"identity_id"_s, identityId}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
}

QStringList paths(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const ValidationIssue &issue : issues)
        out << issue.path + u':' + issue.rule;
    return out;
}

QList<AccountMember> currentMembers()
{
    AccountMember owner;
    owner.id = u"m1"_s;
    owner.identityId = u"jane"_s;
    owner.roles = {u"BENEFICIAL_OWNER"_s};
    AccountMember advisor;
    advisor.id = u"m2"_s;
    advisor.identityId = u"adam"_s;
    advisor.roles = {u"FINANCIAL_ADVISOR"_s};
    return {owner, advisor};
}

} // namespace

// The documented account rules (Create/Update Account, Add Account Members).
class TestAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void createAcceptsTheReferenceExample();
    void createRefuses_data();
    void createRefuses();
    void updateMembersMayChangeOnlyAdvisorsAndAuthorizedUsers_data();
    void updateMembersMayChangeOnlyAdvisorsAndAuthorizedUsers();
    void updateWithoutCurrentChecksShapeOnly();
    void addMembersNeedsANonEmptyList();
    void membersForUpdateDropIds();
};

void TestAccountRules::createAcceptsTheReferenceExample()
{
    // Appendix B's example body.
    const QJsonObject request{
        {u"create_profile"_s, true},
        {u"account"_s,
         QJsonObject{{u"identity_id"_s, u"82c338f4"_s},
                     {u"ref_id"_s, u"acct-1"_s},
                     {u"type"_s, u"BROKERAGE"_s},
                     {u"description"_s, u"Brokerage account for Billy Duncan"_s},
                     {u"metadata"_s, QJsonObject{{u"k"_s, u"v"_s}}},
                     {u"members"_s, QJsonArray{member(u"0f5d"_s, {u"BENEFICIAL_OWNER"_s})}}}}};
    QCOMPARE(paths(validateCreateAccount(request)), QStringList());
}

void TestAccountRules::createRefuses_data()
{
    QTest::addColumn<QJsonObject>("account");
    QTest::addColumn<QJsonValue>("createProfile");
    QTest::addColumn<QString>("expected");
    const QJsonObject base{{u"identity_id"_s, u"owner"_s}};
    auto with = [&base](const QString &key, const QJsonValue &value) {
        QJsonObject o = base;
        o.insert(key, value);
        return o;
    };
    QTest::newRow("name (the guide's example sends it)")
        << with(u"name"_s, u"Institution Brokerage Account"_s) << QJsonValue()
        << u"account.name:prohibited"_s;
    QTest::newRow("id") << with(u"id"_s, u"abc"_s) << QJsonValue() << u"account.id:prohibited"_s;
    QTest::newRow("profile_id") << with(u"profile_id"_s, u"p"_s) << QJsonValue()
                                << u"account.profile_id:prohibited"_s;
    QTest::newRow("no identity") << QJsonObject{{u"description"_s, u"x"_s}} << QJsonValue()
                                 << u"account.identity_id:required"_s;
    QTest::newRow("unknown type") << with(u"type"_s, u"CRYPTO_BROKERAGE"_s) << QJsonValue()
                                  << u"account.type:enum"_s;
    QTest::newRow("member without roles") << with(u"members"_s, QJsonArray{member(u"x"_s, {})})
                                          << QJsonValue() << u"account.members[0].roles:required"_s;
    QTest::newRow("member with an unknown role")
        << with(u"members"_s, QJsonArray{member(u"x"_s, {u"TRUSTEE"_s})}) << QJsonValue()
        << u"account.members[0].roles:enum"_s;
    QJsonObject withId = member(u"x"_s, {u"AUTHORIZED_USER"_s});
    withId.insert(u"id"_s, u"mine"_s);
    QTest::newRow("member id") << with(u"members"_s, QJsonArray{withId}) << QJsonValue()
                               << u"account.members[0].id:read_only"_s;
    QTest::newRow("create_profile not a bool")
        << base << QJsonValue(u"yes"_s) << u"create_profile:type"_s;
}

void TestAccountRules::createRefuses()
{
    QFETCH(QJsonObject, account);
    QFETCH(QJsonValue, createProfile);
    QFETCH(QString, expected);
    QJsonObject request{{u"account"_s, account}};
    if (!createProfile.isUndefined() && !createProfile.isNull())
        request.insert(u"create_profile"_s, createProfile);
    const auto issues = validateCreateAccount(request);
    QCOMPARE(paths(issues), QStringList{expected});
    QVERIFY(!issues.first().message.isEmpty());
    QVERIFY(hasErrors(issues));
}

void TestAccountRules::updateMembersMayChangeOnlyAdvisorsAndAuthorizedUsers_data()
{
    QTest::addColumn<QJsonArray>("members");
    QTest::addColumn<QStringList>("expected");
    const QJsonObject jane = member(u"jane"_s, {u"BENEFICIAL_OWNER"_s});
    const QJsonObject adam = member(u"adam"_s, {u"FINANCIAL_ADVISOR"_s});
    QTest::newRow("unchanged") << QJsonArray{jane, adam} << QStringList();
    QTest::newRow("add an authorized user")
        << QJsonArray{jane, adam, member(u"amy"_s, {u"AUTHORIZED_USER"_s})} << QStringList();
    QTest::newRow("remove the advisor") << QJsonArray{jane} << QStringList();
    QTest::newRow("add a beneficial owner")
        << QJsonArray{jane, adam, member(u"bob"_s, {u"BENEFICIAL_OWNER"_s})}
        << QStringList{u"account.members[2].roles:members"_s};
    QTest::newRow("give the advisor ownership")
        << QJsonArray{jane, member(u"adam"_s, {u"FINANCIAL_ADVISOR"_s, u"BENEFICIAL_OWNER"_s})}
        << QStringList{u"account.members[1].roles:members"_s};
    QTest::newRow("drop the beneficial owner")
        << QJsonArray{adam} << QStringList{u"account.members:members"_s};
    QTest::newRow("empty list drops the beneficial owner")
        << QJsonArray{} << QStringList{u"account.members:members"_s};
}

void TestAccountRules::updateMembersMayChangeOnlyAdvisorsAndAuthorizedUsers()
{
    QFETCH(QJsonArray, members);
    QFETCH(QStringList, expected);
    const QJsonObject request{
        {u"account"_s, QJsonObject{{u"id"_s, u"acct"_s}, {u"members"_s, members}}}};
    const QList<AccountMember> current = currentMembers();
    QCOMPARE(paths(validateUpdateAccount(request, &current)), expected);
}

void TestAccountRules::updateWithoutCurrentChecksShapeOnly()
{
    const QJsonObject ok{
        {u"account"_s,
         QJsonObject{{u"id"_s, u"acct"_s},
                     {u"members"_s, QJsonArray{member(u"bob"_s, {u"BENEFICIAL_OWNER"_s})}}}}};
    QCOMPARE(paths(validateUpdateAccount(ok)), QStringList());
    QCOMPARE(paths(validateUpdateAccount(QJsonObject{{u"account"_s, QJsonObject{}}})),
             QStringList{u"account.id:required"_s});
    QCOMPARE(paths(validateUpdateAccount(
                 {{u"account"_s, QJsonObject{{u"id"_s, u"a"_s}}}, {u"set_user_disabled"_s, 1}})),
             QStringList{u"set_user_disabled:type"_s});
}

void TestAccountRules::addMembersNeedsANonEmptyList()
{
    QCOMPARE(
        paths(validateAddAccountMembers({{u"account_id"_s, u"a"_s}, {u"members"_s, QJsonArray{}}})),
        QStringList{u"members:empty"_s});
    QCOMPARE(paths(validateAddAccountMembers({{u"account_id"_s, u"a"_s}})),
             QStringList{u"members:empty"_s});
    QCOMPARE(paths(validateAddAccountMembers(
                 {{u"members"_s, QJsonArray{member(u"x"_s, {u"AUTHORIZED_USER"_s})}}})),
             QStringList{u"account_id:required"_s});
    QCOMPARE(paths(validateAddAccountMembers(
                 {{u"account_id"_s, u"a"_s},
                  {u"members"_s, QJsonArray{member(u"x"_s, {u"AUTHORIZED_USER"_s})}}})),
             QStringList());
}

void TestAccountRules::membersForUpdateDropIds()
{
    const QJsonArray out = membersForUpdate(currentMembers());
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).toObject(), member(u"jane"_s, {u"BENEFICIAL_OWNER"_s}));
    QVERIFY(!out.at(1).toObject().contains(u"id"_s));
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"

// paxosctl's account commands end to end against the shared paxos-sandbox: create with
// members and a profile, the profile read, update (members, description, disabling), add and
// remove members; the account rules refusing before anything is sent.
#include "paxosctlprocess.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using clitest::Run;

class TestPaxosctlAccounts : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;

    Run paxosctl(const QStringList &args, const QByteArray &input = {})
    {
        return clitest::runPaxosctl(QStringList{u"--env"_s, m_url.toString()} + args, input,
                                    clitest::cleanEnvironment());
    }
    QString person()
    {
        const Run r =
            paxosctl({u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     QJsonDocument(clitest::examplePerson(clitest::uniqueSsn())).toJson());
        return r.json().value(u"id"_s).toString();
    }
    QJsonArray membersOf(const QString &accountId)
    {
        return paxosctl({u"accounts"_s, u"get"_s, accountId, u"--format"_s, u"json"_s})
            .json()
            .value(u"members"_s)
            .toArray();
    }

private slots:
    void initTestCase()
    {
        m_url = testsupport::sharedSandboxUrl();
        QVERIFY(m_url.isValid());
        QVERIFY(m_dir.isValid());
    }

    void createUpdateAndMembers()
    {
        const QString owner = person();
        const QString joint = person();
        const QString advisor = person();
        QVERIFY(!owner.isEmpty() && !joint.isEmpty() && !advisor.isEmpty());

        const Run created =
            paxosctl({u"accounts"_s, u"create"_s, u"--identity"_s, owner, u"--type"_s,
                      u"BROKERAGE"_s, u"--create-profile"_s, u"--member"_s,
                      joint + u":BENEFICIAL_OWNER"_s, u"--format"_s, u"json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = created.json().value(u"id"_s).toString();
        const QString profileId = created.json().value(u"profile_id"_s).toString();
        QVERIFY(!profileId.isEmpty());
        QCOMPARE(membersOf(id).size(), 1);

        // The guide's next step: the profile create_profile made.
        const Run profile =
            paxosctl({u"accounts"_s, u"profile"_s, profileId, u"--format"_s, u"json"_s});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
        QCOMPARE(profile.json().value(u"id"_s).toString(), profileId);
        QCOMPARE(profile.json().value(u"type"_s).toString(), u"NORMAL"_s);

        // Update: a beneficial owner cannot be added or dropped, an advisor can.
        const Run addOwner =
            paxosctl({u"accounts"_s, u"update"_s, id, u"--member"_s, joint + u":BENEFICIAL_OWNER"_s,
                      u"--member"_s, advisor + u":BENEFICIAL_OWNER"_s, u"--verbose"_s});
        QCOMPARE(addOwner.exitCode, 2);
        QVERIFY2(addOwner.err.contains(u"account.members[1].roles"_s), qPrintable(addOwner.err));
        QVERIFY2(!addOwner.err.contains(u"> PUT"_s), qPrintable(addOwner.err));
        const Run dropOwner = paxosctl({u"accounts"_s, u"update"_s, id, u"--no-members"_s});
        QCOMPARE(dropOwner.exitCode, 2);
        QCOMPARE(membersOf(id).size(), 1);
        // Without the client's checks the sandbox refuses it too, naming the field.
        const Run unchecked =
            paxosctl({u"accounts"_s, u"update"_s, id, u"--no-members"_s, u"--no-validate"_s});
        QVERIFY(unchecked.exitCode != 0);
        QVERIFY2(unchecked.err.contains(u"account.members"_s), qPrintable(unchecked.err));

        const Run updated =
            paxosctl({u"accounts"_s, u"update"_s, id, u"--member"_s, joint + u":BENEFICIAL_OWNER"_s,
                      u"--member"_s, advisor + u":FINANCIAL_ADVISOR"_s, u"--description"_s,
                      u"Joint brokerage"_s, u"--disable"_s, u"--format"_s, u"json"_s});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        QCOMPARE(updated.json().value(u"description"_s).toString(), u"Joint brokerage"_s);
        QCOMPARE(updated.json().value(u"user_disabled"_s).toBool(), true);
        QCOMPARE(membersOf(id).size(), 2);

        // Add Account Members needs members; then one joins and is removed.
        const Run none = paxosctl({u"accounts"_s, u"add-members"_s, id});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"members"_s), qPrintable(none.err));
        const Run added = paxosctl({u"accounts"_s, u"add-members"_s, id, u"--member"_s,
                                    owner + u":AUTHORIZED_USER"_s, u"--format"_s, u"json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString memberId =
            added.json().value(u"members"_s).toArray().first().toObject().value(u"id"_s).toString();
        QVERIFY(!memberId.isEmpty());
        QCOMPARE(membersOf(id).size(), 3);
        const Run removed = paxosctl({u"accounts"_s, u"remove-member"_s, memberId});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(membersOf(id).size(), 2);
    }

    void createRefusesForbiddenFields()
    {
        const QString owner = person();
        const QString path = m_dir.filePath(u"account.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // The institution guide's example body: `name` is not a Create Account field.
        file.write(QJsonDocument(QJsonObject{{u"create_profile"_s, true},
                                             {u"account"_s,
                                              QJsonObject{{u"identity_id"_s, owner},
                                                          {u"name"_s,
                                                           u"Institution Brokerage "
                                                           "Account"_s}}}})
                       .toJson());
        file.close();
        const Run r = paxosctl({u"accounts"_s, u"create"_s, u"--file"_s, path, u"--verbose"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"account.name"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"> POST"_s), qPrintable(r.err));
        const Run sent =
            paxosctl({u"accounts"_s, u"create"_s, u"--file"_s, path, u"--no-validate"_s});
        QVERIFY(sent.exitCode != 0);
        QVERIFY2(sent.err.contains(u"account.name"_s), qPrintable(sent.err));
    }
};

QTEST_GUILESS_MAIN(TestPaxosctlAccounts)
#include "tst_paxosctlaccounts.moc"

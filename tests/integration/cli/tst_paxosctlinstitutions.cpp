// paxosctl's institutions commands end to end against the shared paxos-sandbox: create from
// the guide's example and from a file, the institution rules refusing before anything is
// sent, members added and removed afterwards.
#include "paxos/model/institutionexample.h"
#include "paxosctlprocess.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using clitest::Run;

class TestPaxosctlInstitutions : public QObject
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
    QJsonArray membersOf(const QString &id)
    {
        return paxosctl({u"identities"_s, u"get"_s, id, u"--include-institution-members"_s,
                         u"--format"_s, u"json"_s})
            .json()
            .value(u"institution_members"_s)
            .toArray();
    }

private slots:
    void initTestCase()
    {
        m_url = testsupport::sharedSandboxUrl();
        QVERIFY(m_url.isValid());
        QVERIFY(m_dir.isValid());
    }

    void createAndMembers()
    {
        const QString owner = person();
        const QString user = person();
        QVERIFY(!owner.isEmpty() && !user.isEmpty());

        const Run created =
            paxosctl({u"institutions"_s, u"create"_s, u"--example"_s, u"--member"_s,
                      owner + u":BENEFICIAL_OWNER,MANAGEMENT_CONTROL_PERSON:60:CEO"_s,
                      u"--format"_s, u"json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = created.json().value(u"id"_s).toString();
        QCOMPARE(created.json().value(u"type"_s).toString(), u"INSTITUTION"_s);
        // Paxos: PENDING until its documents are verified.
        QCOMPARE(paxosctl({u"identities"_s, u"get"_s, id, u"--format"_s, u"json"_s})
                     .json()
                     .value(u"status"_s)
                     .toString(),
                 u"PENDING"_s);
        QJsonArray members = membersOf(id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().toObject().value(u"ownership"_s).toString(), u"60"_s);
        QCOMPARE(members.first().toObject().value(u"position"_s).toString(), u"CEO"_s);

        // An unknown role is refused before anything is sent.
        const Run bad =
            paxosctl({u"institutions"_s, u"add-members"_s, id, u"--member"_s, user + u":OWNER"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"members[0].roles[0]"_s), qPrintable(bad.err));
        QCOMPARE(membersOf(id).size(), 1);

        // A trust role on a corporation is a warning: sent, and said.
        const Run added =
            paxosctl({u"institutions"_s, u"add-members"_s, id, u"--member"_s,
                      user + u":AUTHORIZED_USER,GRANTOR"_s, u"--format"_s, u"json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.err.contains(u"warning: members[0].roles[1]"_s), qPrintable(added.err));
        const QString memberId =
            added.json().value(u"members"_s).toArray().first().toObject().value(u"id"_s).toString();
        QVERIFY(!memberId.isEmpty());
        QCOMPARE(membersOf(id).size(), 2);

        const Run removed =
            paxosctl({u"institutions"_s, u"remove-member"_s, memberId, u"--institution"_s, id});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        members = membersOf(id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().toObject().value(u"identity_id"_s).toString(), owner);

        // Members join institutions only.
        const Run notInstitution = paxosctl({u"institutions"_s, u"add-members"_s, owner,
                                             u"--member"_s, user + u":AUTHORIZED_USER"_s});
        QCOMPARE(notInstitution.exitCode, 2);
        QVERIFY(notInstitution.err.contains(u"is not an institution"_s));
    }

    void rulesRefuseBeforeSending_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("expected");
        QJsonObject trust = paxos::examples::sandboxExampleInstitution(
            u"r"_s,
            QJsonArray{QJsonObject{{u"identity_id"_s, u"x"_s},
                                   {u"roles"_s, QJsonArray{u"ACCOUNT_OPENER"_s}}}});
        QJsonObject details = trust.value(u"institution_details"_s).toObject();
        details.insert(u"institution_type"_s, u"TRUST"_s);
        details.insert(u"institution_sub_type"_s, u"INVESTMENT"_s);
        trust.insert(u"institution_details"_s, details);
        QTest::newRow("trust without a trust role")
            << trust << u"grantor, trustee or beneficiary"_s;
        QJsonObject subsidiary = paxos::examples::sandboxExampleInstitution(u"r"_s, {});
        details = subsidiary.value(u"institution_details"_s).toObject();
        details.insert(u"regulation_status"_s, u"NON_REGULATED"_s);
        details.insert(u"trading_type"_s, u"PUBLICLY_TRADED_SUBSIDIARY"_s);
        subsidiary.insert(u"institution_details"_s, details);
        QTest::newRow("non-regulated subsidiary")
            << subsidiary << u"institution_details.trading_type"_s;
        QTest::newRow("a person") << clitest::examplePerson(clitest::uniqueSsn())
                                  << u"identities create"_s;
    }

    void rulesRefuseBeforeSending()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"institution.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(body).toJson());
        file.close();
        const Run r = paxosctl({u"institutions"_s, u"create"_s, u"--file"_s, path, u"--verbose"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"> POST"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPaxosctlInstitutions)
#include "tst_paxosctlinstitutions.moc"

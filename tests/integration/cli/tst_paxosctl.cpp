#include "paxos/model/examples.h"
#include "paxosctlprocess.h"
#include "support/sandboxprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using clitest::Run;
using clitest::uniqueSsn;

class TestPaxosctl : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const { return clitest::cleanEnvironment(); }

    Run paxosctl(const QStringList &args, const QByteArray &input = {},
                 std::optional<QProcessEnvironment> env = std::nullopt, const QString &envUrl = {})
    {
        return clitest::runPaxosctl(
            QStringList{u"--env"_s, envUrl.isEmpty() ? m_url.toString() : envUrl} + args, input,
            env.value_or(environment()));
    }

    QString writeFile(const QString &name, const QJsonObject &obj)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(obj).toJson());
        return path;
    }

    QString createPerson(const QString &scenario = {})
    {
        const Run r =
            paxosctl({u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     QJsonDocument(clitest::examplePerson(uniqueSsn(), scenario)).toJson());
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().value(u"id"_s).toString();
    }

private slots:
    void initTestCase()
    {
        m_url = testsupport::sharedSandboxUrl();
        QVERIFY(m_url.isValid());
        QVERIFY(m_dir.isValid());
    }

    // The guide end to end: token, create the person, see it APPROVED, and the duplicate
    // cip_id answer with the existing id.
    void guideFlow()
    {
        const Run token = paxosctl({u"token"_s, u"--format"_s, u"json"_s});
        QCOMPARE(token.exitCode, 0);
        QVERIFY(!token.json().value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(token.json().value(u"token_type"_s).toString(), u"bearer"_s);
        QVERIFY(token.json().value(u"expires_in"_s).toInt() > 0);
        QVERIFY(token.json().value(u"scope"_s).toString().contains(u"identity:write_identity"_s));

        const QString cipId = uniqueSsn();
        const QString file = writeFile(u"person.json"_s, clitest::examplePerson(cipId));
        const Run created = paxosctl({u"identities"_s, u"create"_s, u"--file"_s, file});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        const QRegularExpression idLine(u"^ID\\s+([0-9a-f-]{36})$"_s,
                                        QRegularExpression::MultilineOption);
        const auto match = idLine.match(created.out);
        QVERIFY2(match.hasMatch(), qPrintable(created.out));
        const QString id = match.captured(1);
        QVERIFY(created.out.contains(u"Billy Duncan"_s));
        // Masked by default.
        QVERIFY(created.out.contains(u"***-**-"_s + cipId.right(4)));
        QVERIFY(!created.out.contains(cipId));

        const Run got = paxosctl({u"identities"_s, u"get"_s, id});
        QCOMPARE(got.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^Status\\s+Approved$"_s, QRegularExpression::MultilineOption)
                     .match(got.out)
                     .hasMatch(),
                 qPrintable(got.out));
        const Run gotJson = paxosctl({u"identities"_s, u"get"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(gotJson.json().value(u"status"_s).toString(), u"APPROVED"_s);
        // json prints what the API sent, its personal data masked like the table's.
        QCOMPARE(gotJson.json().value(u"person_details"_s).toObject().value(u"cip_id"_s).toString(),
                 u"***-**-"_s + cipId.right(4));

        // Same person again, new ref_id: Paxos refuses the duplicate cip_id.
        const Run duplicate = paxosctl({u"identities"_s, u"create"_s, u"--file"_s, file});
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.out.isEmpty());
        QVERIFY2(duplicate.err.contains(u"existing id: "_s + id), qPrintable(duplicate.err));
        QVERIFY(duplicate.err.contains(u"title: Already Exists"_s));
        QVERIFY(duplicate.err.contains(
            u"type: https://developer.paxos.com/docs/v2/problems/already-exists"_s));
        QVERIFY(duplicate.err.contains(u"detail: "_s));

        const Run duplicateJson =
            paxosctl({u"identities"_s, u"create"_s, u"--file"_s, file, u"--format"_s, u"json"_s});
        QCOMPARE(duplicateJson.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(duplicateJson.err.toUtf8())
                                      .object()
                                      .value(u"error"_s)
                                      .toObject();
        QCOMPARE(error.value(u"existing_id"_s).toString(), id);
        QCOMPARE(error.value(u"status"_s).toInt(), 409);
    }

    // --example sends the guide's person as it is: whoever created it first in this
    // sandbox, a second create is the duplicate and names the same identity.
    void exampleOption()
    {
        const Run first =
            paxosctl({u"identities"_s, u"create"_s, u"--example"_s, u"--format"_s, u"json"_s});
        QVERIFY2(first.exitCode == 0 || first.exitCode == 1, qPrintable(first.err));
        QString id;
        if (first.exitCode == 0) {
            id = first.json().value(u"id"_s).toString();
            QCOMPARE(first.json().value(u"type"_s).toString(), u"PERSON"_s);
        } else {
            id = QJsonDocument::fromJson(first.err.toUtf8())
                     .object()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"existing_id"_s)
                     .toString();
        }
        QVERIFY(!id.isEmpty());
        const Run second = paxosctl({u"identities"_s, u"create"_s, u"--example"_s});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"existing id: "_s + id), qPrintable(second.err));
    }

    void sandboxStatusApprovesAPendingIdentity()
    {
        const QString id = createPerson(u"pending"_s);
        QVERIFY(!id.isEmpty());
        const Run pending = paxosctl({u"identities"_s, u"get"_s, id, u"--format"_s, u"csv"_s});
        QCOMPARE(pending.exitCode, 0);
        QVERIFY2(pending.out.contains(u",PENDING,"_s), qPrintable(pending.out));

        const Run approved = paxosctl(
            {u"identities"_s, u"sandbox-status"_s, id, u"--id-verification"_s, u"APPROVED"_s});
        QCOMPARE(approved.exitCode, 0);
        QVERIFY(QRegularExpression(u"^Status\\s+Approved$"_s, QRegularExpression::MultilineOption)
                    .match(approved.out)
                    .hasMatch());

        const Run bad = paxosctl(
            {u"identities"_s, u"sandbox-status"_s, id, u"--id-verification"_s, u"MAYBE"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
    }

    // paxos-sandbox's demo controls: a scenario on an existing identity, and seeding.
    void scenarioOnAnExistingIdentity()
    {
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());
        const Run edd = paxosctl({u"identities"_s, u"scenario"_s, id, u"edd:PROOF_OF_FUNDS"_s});
        QCOMPARE(edd.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^Status\\s+Pending$"_s, QRegularExpression::MultilineOption)
                     .match(edd.out)
                     .hasMatch(),
                 qPrintable(edd.out));
        // The sandbox's own refusal comes back as an API problem.
        const Run unknown = paxosctl({u"identities"_s, u"scenario"_s, id, u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"unknown scenario"_s), qPrintable(unknown.err));
        // Only a paxos-sandbox on this computer has the admin API: refused before anything.
        const Run elsewhere =
            paxosctl({u"identities"_s, u"scenario"_s, id, u"deny"_s, u"--verbose"_s}, {},
                     std::nullopt, u"sandbox"_s);
        QCOMPARE(elsewhere.exitCode, 2);
        QVERIFY(elsewhere.out.isEmpty());
        QVERIFY2(elsewhere.err.contains(u"exists only on a paxos-sandbox"_s),
                 qPrintable(elsewhere.err));
        QVERIFY(!elsewhere.err.contains(u"> POST"_s));
    }

    void seedAddsDemoIdentities()
    {
        // A private sandbox: the shared one's identities stay as the other tests made them.
        testsupport::SandboxProcess sandbox({u"--seed-identities"_s, u"2"_s});
        QVERIFY(sandbox.start());
        const QString url = sandbox.url().toString();
        const Run seeded =
            paxosctl({u"sandbox"_s, u"seed"_s, u"--count"_s, u"25"_s, u"--format"_s, u"json"_s}, {},
                     std::nullopt, url);
        QCOMPARE(seeded.exitCode, 0);
        QCOMPARE(seeded.json().value(u"created"_s).toInt(), 25);
        QCOMPARE(seeded.json().value(u"identities"_s).toInt(), 27);
        const Run table = paxosctl({u"sandbox"_s, u"seed"_s}, {}, std::nullopt, url);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(QRegularExpression(u"^Identities in the sandbox\\s+67$"_s,
                                    QRegularExpression::MultilineOption)
                     .match(table.out)
                     .hasMatch(),
                 qPrintable(table.out));
        const Run listed =
            paxosctl({u"identities"_s, u"list"_s, u"--all"_s, u"--format"_s, u"csv"_s}, {},
                     std::nullopt, url);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count(u"\r\n"_s), 1 + 67); // header and one line each
        const Run tooMany =
            paxosctl({u"sandbox"_s, u"seed"_s, u"--count"_s, u"0"_s}, {}, std::nullopt, url);
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY(tooMany.out.isEmpty());
    }

    void createFromStandardInputAndUpdate()
    {
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());
        const QByteArray delta = R"({"person_details":{"email":"changed@example.org"}})";
        const Run updated = paxosctl({u"identities"_s, u"update"_s, id}, delta);
        QCOMPARE(updated.exitCode, 0);
        QVERIFY2(updated.out.contains(u"changed@example.org"_s), qPrintable(updated.err));
    }

    void revealShowsPii()
    {
        const QString cipId = uniqueSsn();
        const Run created = paxosctl({u"identities"_s, u"create"_s, u"--reveal"_s},
                                     QJsonDocument(clitest::examplePerson(cipId)).toJson());
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(cipId));
        QVERIFY(created.out.contains(u"1960-01-01"_s));
    }

    // cip_id and the date of birth are masked in every format unless --reveal, whichever
    // command prints the identity.
    void piiIsMaskedInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << u"table"_s;
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("json") << u"json"_s;
    }

    void piiIsMaskedInEveryFormat()
    {
        QFETCH(QString, format);
        const QString cipId = uniqueSsn();
        const Run created = paxosctl({u"identities"_s, u"create"_s, u"--format"_s, format},
                                     QJsonDocument(clitest::examplePerson(cipId)).toJson());
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(!created.out.contains(cipId), qPrintable(created.out));
        QVERIFY(!created.out.contains(u"1960-01-01"_s));
        QVERIFY2(created.out.contains(u"***-**-"_s + cipId.right(4)), qPrintable(created.out));
        const QRegularExpression uuid(
            u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
        const QString id = uuid.match(created.out).captured();
        QVERIFY(!id.isEmpty());

        const QList<QStringList> reads = {
            {u"identities"_s, u"get"_s, id},
            {u"identities"_s, u"list"_s, u"--include-details"_s, u"--limit"_s, u"1000"_s},
            {u"identities"_s, u"sandbox-status"_s, id, u"--sanctions"_s, u"APPROVED"_s}};
        for (const QStringList &command : reads) {
            const Run masked = paxosctl(command + QStringList{u"--format"_s, format});
            QCOMPARE(masked.exitCode, 0);
            QVERIFY2(masked.out.contains(cipId.right(4)), qPrintable(command.join(u' ')));
            QVERIFY2(!masked.out.contains(cipId), qPrintable(command.join(u' ')));
            QVERIFY2(!masked.out.contains(u"1960-01-01"_s), qPrintable(command.join(u' ')));
            const Run revealed =
                paxosctl(command + QStringList{u"--format"_s, format, u"--reveal"_s});
            QCOMPARE(revealed.exitCode, 0);
            QVERIFY2(revealed.out.contains(cipId), qPrintable(command.join(u' ')));
        }
    }

    // csv cells that a spreadsheet would run as a formula start with an apostrophe, as in
    // the console's exports; json keeps the text as sent.
    void csvNeutralisesFormulas()
    {
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());
        const QString formula = u"=HYPERLINK(\"http://evil.example\",\"open\")"_s;
        const Run account =
            paxosctl({u"accounts"_s, u"create"_s, u"--identity"_s, id, u"--type"_s, u"BROKERAGE"_s,
                      u"--description"_s, formula, u"--format"_s, u"csv"_s});
        QCOMPARE(account.exitCode, 0);
        const QString cell = u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\""_s;
        QVERIFY2(account.out.contains(u",BROKERAGE,"_s + cell + u','), qPrintable(account.out));
        const Run control =
            paxosctl({u"controls"_s, u"create"_s, u"--identity"_s, id, u"--type"_s, u"DORMANT"_s,
                      u"--reason-code"_s, u"INACTIVITY"_s, u"--reason"_s, u"@SUM(1+1)"_s});
        QCOMPARE(control.exitCode, 0);

        const Run accounts = paxosctl(
            {u"accounts"_s, u"list"_s, u"--identity"_s, id, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(accounts.exitCode, 0);
        QVERIFY2(accounts.out.contains(u",BROKERAGE,"_s + cell + u','), qPrintable(accounts.out));
        const Run controls = paxosctl({u"controls"_s, u"list"_s, id, u"--format"_s, u"csv"_s});
        QCOMPARE(controls.exitCode, 0);
        QVERIFY2(controls.out.contains(u",INACTIVITY,'@SUM(1+1),"_s), qPrintable(controls.out));
        for (const QString &line : controls.out.split(u"\r\n"_s))
            QVERIFY2(!line.contains(u",@"_s), qPrintable(line));

        const Run json = paxosctl(
            {u"accounts"_s, u"list"_s, u"--identity"_s, id, u"--all"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.json()
                     .value(u"items"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"description"_s)
                     .toString(),
                 formula);
    }

    void listFollowsEveryPage()
    {
        QVERIFY(!createPerson().isEmpty());
        QVERIFY(!createPerson().isEmpty());
        const Run all = paxosctl({u"identities"_s, u"list"_s, u"--all"_s, u"--limit"_s, u"1"_s,
                                  u"--format"_s, u"json"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.json().value(u"items"_s).toArray().size() >= 2);

        const Run one = paxosctl({u"identities"_s, u"list"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out.count(u'\n'), 3); // header, rule, one row
        QVERIFY2(one.err.contains(u"--page-cursor"_s), qPrintable(one.err));

        const Run csv = paxosctl({u"identities"_s, u"list"_s, u"--limit"_s, u"2"_s,
                                  u"--include-details"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"id,type,status,name,ref_id,cip_id,created_at\r\n"_s));
        QCOMPARE(csv.out.count(u"\r\n"_s), 3);
    }

    void controlsRoundTrip()
    {
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());
        const Run created =
            paxosctl({u"controls"_s, u"create"_s, u"--identity"_s, id, u"--type"_s, u"DORMANT"_s,
                      u"--reason-code"_s, u"INACTIVITY"_s, u"--format"_s, u"json"_s});
        QCOMPARE(created.exitCode, 0);
        const QString controlId = created.json().value(u"id"_s).toString();
        QVERIFY(!controlId.isEmpty());

        const Run listed = paxosctl({u"controls"_s, u"list"_s, id});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(controlId));
        QVERIFY(listed.out.contains(u"Dormant"_s));

        const Run status = paxosctl({u"identities"_s, u"get"_s, id});
        QVERIFY(status.out.contains(u"Active controls       Dormant"_s));

        const Run deleted = paxosctl({u"controls"_s, u"delete"_s, controlId});
        QCOMPARE(deleted.exitCode, 0);
        const Run after = paxosctl({u"controls"_s, u"list"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(after.json().value(u"items"_s).toArray().size(), 0);

        const Run frozen = paxosctl({u"controls"_s, u"create"_s, u"--identity"_s, id, u"--type"_s,
                                     u"FROZEN"_s, u"--reason-code"_s, u"INACTIVITY"_s});
        QCOMPARE(frozen.exitCode, 2);
    }

    void documentsAndAccounts()
    {
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());
        const QString pdf = m_dir.filePath(u"proof.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% test\n");
        }
        const Run uploaded = paxosctl({u"documents"_s, u"upload"_s, id, pdf, u"--type"_s,
                                       u"PROOF_OF_RESIDENCY"_s, u"--format"_s, u"json"_s});
        QCOMPARE(uploaded.exitCode, 0);
        QCOMPARE(uploaded.json().value(u"name"_s).toString(), u"proof.pdf"_s);
        QVERIFY(!uploaded.json().contains(u"upload_url"_s));
        const Run docs = paxosctl({u"documents"_s, u"list"_s, id, u"--format"_s, u"csv"_s});
        QCOMPARE(docs.exitCode, 0);
        QVERIFY2(docs.out.contains(u",proof.pdf,PROOF_OF_RESIDENCY,"_s), qPrintable(docs.out));

        const Run account =
            paxosctl({u"accounts"_s, u"create"_s, u"--identity"_s, id, u"--type"_s, u"BROKERAGE"_s,
                      u"--description"_s, u"cli test"_s, u"--format"_s, u"json"_s});
        QCOMPARE(account.exitCode, 0);
        const QString accountId = account.json().value(u"id"_s).toString();
        QVERIFY(!accountId.isEmpty());
        const Run got = paxosctl({u"accounts"_s, u"get"_s, accountId});
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains(u"cli test"_s));
        const Run listed = paxosctl(
            {u"accounts"_s, u"list"_s, u"--identity"_s, id, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(accountId + u',' + id + u",BROKERAGE,cli test,"_s));
    }

    void eventsListGetAndFollow()
    {
        const QString since =
            QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        const QString id = createPerson();
        QVERIFY(!id.isEmpty());

        const Run follow = paxosctl({u"events"_s, u"follow"_s, u"--since"_s, since, u"--identity"_s,
                                     id, u"--until-type"_s, u"identity.approved"_s, u"--interval"_s,
                                     u"200"_s, u"--format"_s, u"json"_s});
        QCOMPARE(follow.exitCode, 0);
        const QStringList lines = follow.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
        QCOMPARE(event.value(u"type"_s).toString(), u"identity.approved"_s);
        QCOMPARE(event.value(u"object"_s).toObject().value(u"identity_id"_s).toString(), id);

        const QString eventId = event.value(u"id"_s).toString();
        const Run got = paxosctl({u"events"_s, u"get"_s, eventId});
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains(u"Pending -> Approved"_s));

        const Run listed =
            paxosctl({u"events"_s, u"list"_s, u"--type"_s, u"identity.approved"_s,
                      u"--created-at.gt"_s, since, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(eventId + u",identity.approved,"_s + id));

        const Run max = paxosctl({u"events"_s, u"follow"_s, u"--from-start"_s, u"--max"_s, u"1"_s});
        QCOMPARE(max.exitCode, 0);
        QCOMPARE(max.out.count(u'\n'), 2); // header + one event
    }

    void interruptCancelsCleanly()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PAXOSCTL_BIN),
                      {u"--env"_s, m_url.toString(), u"events"_s, u"follow"_s});
        QVERIFY(process.waitForStarted(10000));
        // The header is printed once the follower runs, after SIGINT is handled.
        QTRY_VERIFY_WITH_TIMEOUT(process.bytesAvailable() > 0 || process.waitForReadyRead(100),
                                 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"interrupted"_s));
    }

    void verboseAndCurlAreRedacted()
    {
        const Run r = paxosctl({u"--verbose"_s, u"--curl"_s, u"token"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QString token = r.json().value(u"access_token"_s).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(r.err.contains(u"curl --location"_s));
        QVERIFY(r.err.contains(u"{paxos_secret}"_s));
        QVERIFY(r.err.contains(u"> POST "_s));
        QVERIFY(r.err.contains(u"< 200"_s));
        QVERIFY(!r.err.contains(u"demo-secret"_s));
        QVERIFY(!r.err.contains(token));

        const QString cipId = uniqueSsn();
        const Run create = paxosctl({u"--verbose"_s, u"identities"_s, u"create"_s},
                                    QJsonDocument(clitest::examplePerson(cipId)).toJson());
        QCOMPARE(create.exitCode, 0);
        QVERIFY(create.err.contains(u"Bearer {access_token}"_s));
        QVERIFY(!create.err.contains(cipId));
        QVERIFY(!create.err.contains(u"1960-01-01"_s));
    }

    void usageErrorsSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray();
        QTest::newRow("bad format")
            << QStringList{u"--format"_s, u"xml"_s, u"token"_s} << QByteArray();
        QTest::newRow("missing argument") << QStringList{u"identities"_s, u"get"_s} << QByteArray();
        QTest::newRow("not json") << QStringList{u"identities"_s, u"create"_s}
                                  << QByteArray("{not json");
        QTest::newRow("json array")
            << QStringList{u"identities"_s, u"create"_s} << QByteArray("[]");
        QTest::newRow("invalid person")
            << QStringList{u"identities"_s, u"create"_s}
            << QByteArray(R"({"person_details":{"first_name":"Bad<Name>"}})");
        QTest::newRow("missing file")
            << QStringList{u"identities"_s, u"create"_s, u"--file"_s, u"/nonexistent.json"_s}
            << QByteArray();
        QTest::newRow("bad limit")
            << QStringList{u"identities"_s, u"list"_s, u"--limit"_s, u"0"_s} << QByteArray();
        QTest::newRow("bad time") << QStringList{u"events"_s, u"list"_s, u"--created-at.gt"_s,
                                                 u"yesterday"_s}
                                  << QByteArray();
        QTest::newRow("upload without type")
            << QStringList{u"documents"_s, u"upload"_s, u"id"_s, u"/nonexistent.pdf"_s}
            << QByteArray();
    }

    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = paxosctl(args + QStringList{u"--verbose"_s}, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(u"paxosctl: "_s));
        QVERIFY2(!r.err.contains(u"> POST"_s) && !r.err.contains(u"> GET"_s), qPrintable(r.err));
    }

    void helpNeedsNoServer()
    {
        const Run r = paxosctl({u"identities"_s, u"create"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: paxosctl [GLOBAL OPTIONS] identities create"_s));
        QVERIFY(r.err.isEmpty());
    }

    void apiProblemsExitOne()
    {
        const Run r =
            paxosctl({u"identities"_s, u"get"_s, u"00000000-0000-4000-8000-000000000000"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"status: 404"_s), qPrintable(r.err));
    }

    void networkAndAuthenticationExitThree()
    {
        // A loopback port nobody listens on.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        const Run refused =
            paxosctl({u"token"_s}, {}, std::nullopt, u"http://127.0.0.1:%1"_s.arg(port));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.isEmpty());

        QProcessEnvironment env = environment();
        env.insert(u"PAXOS_CLIENT_ID"_s, u"demo"_s);
        env.insert(u"PAXOS_CLIENT_SECRET"_s, u"wrong-secret"_s);
        const Run rejected = paxosctl({u"identities"_s, u"list"_s}, {}, env);
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY(!rejected.err.contains(u"wrong-secret"_s));

        // Paxos's own servers need credentials; nothing is sent without them.
        const Run none = paxosctl({u"token"_s}, {}, std::nullopt, u"sandbox"_s);
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.err.contains(u"PAXOS_CLIENT_ID"_s));

        // A client id without a secret: the keychain is asked under the documented key (the
        // test session has none, so it says how to give the secret instead).
        QProcessEnvironment noKeychain = environment();
        noKeychain.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        noKeychain.insert(u"PAXOS_CLIENT_ID"_s, u"client-123"_s);
        const Run noSecret = paxosctl({u"token"_s}, {}, noKeychain, u"sandbox"_s);
        QCOMPARE(noSecret.exitCode, 3);
        QVERIFY2(noSecret.err.contains(u"client-secret/sandbox/client-123"_s),
                 qPrintable(noSecret.err));
        QVERIFY(noSecret.err.contains(u"PAXOS_CLIENT_SECRET"_s));
    }

    void productionWritesNeedConfirmation()
    {
        const Run r = paxosctl({u"identities"_s, u"create"_s, u"--example"_s}, {}, std::nullopt,
                               u"production"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--yes"_s));
    }
};

QTEST_GUILESS_MAIN(TestPaxosctl)
#include "tst_paxosctl.moc"

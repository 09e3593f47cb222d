#include "support/storebackends.h"
#include "core/record/audittrail.h"
#include "core/settings/settings.h"
#include "paxos/model/examples.h"
#include "paxosctlprocess.h"
#include "support/sandboxprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using clitest::Run;
using clitest::uniqueSsn;

namespace {

// The guide's person with a cip_id of its own, as paxosctl's standard input.
QByteArray person(const QString &cipId)
{
    return QJsonDocument(clitest::examplePerson(cipId)).toJson();
}

// Every entry of the audit trail in a store file, oldest first, read the way the console
// reads it. Without `withIntents`, the intent entries the write gate appends before each change
// are left out, after checking that every outcome names its intent (intent_seq, same action):
// a mismatch returns nothing, which fails the test that asked.
QList<console::AuditEntry> entriesIn(const QString &path, bool withIntents = false)
{
    console::Store store;
    if (!store.open(console::StoreConfig::sqlite(path)))
        return {};
    console::AuditTrail trail(&store);
    console::AuditFilter filter;
    filter.order = console::AuditFilter::Order::OldestFirst;
    filter.limit = 100000;
    const auto list = trail.list(filter);
    if (!list)
        return {};
    if (withIntents)
        return list.value();
    QHash<qint64, console::AuditEntry> intents;
    QList<console::AuditEntry> outcomes;
    for (const auto &e : list.value()) {
        if (e.outcome == u"intent") {
            intents.insert(e.seq, e);
            continue;
        }
        const qint64 intentSeq = e.details().value(u"intent_seq"_s).toInteger();
        if (intentSeq > 0 && intents.value(intentSeq).action != e.action) {
            qWarning("entry %lld names intent %lld, which is not its intent", e.seq, intentSeq);
            return {};
        }
        outcomes.append(e);
    }
    return outcomes;
}

// Everything a SQLite store file holds on disk (the file and its write-ahead log).
QByteArray storeBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

// paxosctl writes the console's audit trail: the real binary against paxos-sandbox, real
// SQLite store files, read back with the console's own AuditTrail.
class TestPaxosctlAudit : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const { return clitest::cleanEnvironment(); }

    Run paxosctl(const QStringList &args, const QByteArray &input = {},
                 std::optional<QProcessEnvironment> env = std::nullopt, const QUrl &url = {})
    {
        return clitest::runPaxosctl(
            QStringList{u"--env"_s, (url.isEmpty() ? m_url : url).toString()} + args, input,
            env.value_or(environment()));
    }

    QString storePath(const QString &name) const { return m_dir.filePath(name); }

    // Creates a person recorded in `store`; returns its id.
    QString create(const QString &store, const QString &cipId)
    {
        const Run r =
            paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     person(cipId));
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

    // The guide's create, then the same cip_id again: one succeeded and one failed entry,
    // the failed one naming the identity that holds the cip_id.
    void createAndDuplicateAreRecorded()
    {
        const QString store = storePath(u"guide.sqlite"_s);
        const QString cipId = uniqueSsn();
        const Run created = paxosctl({u"--store"_s, store, u"--operator"_s, u"Ada Reviewer"_s,
                                      u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                                     person(cipId));
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        const QString id = created.json().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        const auto afterCreate = entriesIn(store);
        QCOMPARE(afterCreate.size(), 1);
        // A copy: the list is read again below, and the comparisons still need this entry.
        const console::AuditEntry first = afterCreate.constFirst();
        QCOMPARE(first.action, console::auditActionName(console::AuditAction::IdentityCreate));
        QCOMPARE(first.identityId, id);
        QCOMPARE(first.outcome, u"succeeded"_s);
        QCOMPARE(first.operatorName, u"Ada Reviewer"_s);
        QVERIFY(!first.osUser.isEmpty());
        // --env URL: the console's name for a server of one's own.
        QCOMPARE(first.environment, u"Custom: 127.0.0.1"_s);
        // The X-Request-Id paxosctl sent, which paxos-sandbox answers with.
        QVERIFY2(!QUuid::fromString(first.requestId).isNull(), qPrintable(first.requestId));
        QVERIFY(first.details().value(u"fields"_s).toArray().contains(u"person_details.cip_id"_s));
        QVERIFY(!first.details().value(u"ref_id"_s).toString().isEmpty());
        QVERIFY(!first.detailsJson.contains(cipId));

        // The operator from the environment this time.
        QProcessEnvironment env = environment();
        env.insert(u"PAXOSCTL_OPERATOR"_s, u"env operator"_s);
        const Run duplicate =
            paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s}, person(cipId), env);
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains(u"existing id: "_s + id), qPrintable(duplicate.err));

        const auto entries = entriesIn(store);
        QCOMPARE(entries.size(), 2);
        const console::AuditEntry &refused = entries.at(1);
        QCOMPARE(refused.seq, 4); // after the intent of the refused create (seq 3)
        QCOMPARE(refused.action, console::auditActionName(console::AuditAction::IdentityCreate));
        QCOMPARE(refused.outcome, u"failed"_s);
        QCOMPARE(refused.identityId, id);
        QCOMPARE(refused.details().value(u"existing_identity_id"_s).toString(), id);
        QVERIFY(!refused.details().value(u"error"_s).toString().isEmpty());
        QCOMPARE(refused.operatorName, u"env operator"_s);
        const auto all = entriesIn(store, true);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).outcome, u"intent"_s);
        QCOMPARE(all.at(2).outcome, u"intent"_s);
        QCOMPARE(all.at(2).prevHash, first.hash);
        QCOMPARE(refused.prevHash, all.at(2).hash);
        // Each call has its own id.
        QVERIFY(!refused.requestId.isEmpty());
        QVERIFY(refused.requestId != first.requestId);

        // audit list reads the same entries back.
        const Run listed = paxosctl({u"--store"_s, store, u"audit"_s, u"list"_s, u"--identity"_s,
                                     id, u"--format"_s, u"json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray json = listed.json().value(u"entries"_s).toArray();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(u"outcome"_s).toString(), u"failed"_s); // newest
        QCOMPARE(json.at(1).toObject().value(u"seq"_s).toInteger(), 2);
        const Run table = paxosctl(
            {u"--store"_s, store, u"audit"_s, u"list"_s, u"--action"_s, u"identity.create"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"Ada Reviewer"_s), qPrintable(table.out));
        const Run badAction =
            paxosctl({u"--store"_s, store, u"audit"_s, u"list"_s, u"--action"_s, u"nope"_s});
        QCOMPARE(badAction.exitCode, 2);
    }

    // --reveal in a run that records: the write, then the reveal of what it printed, as the
    // console records a reveal. Without --reveal nothing is revealed and nothing recorded.
    void revealIsRecorded()
    {
        const QString store = storePath(u"reveal.sqlite"_s);
        const QString cipId = uniqueSsn();
        const Run masked =
            paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     person(cipId));
        QCOMPARE(masked.exitCode, 0);
        QVERIFY(!masked.out.contains(cipId));
        const QString id = masked.json().value(u"id"_s).toString();
        QCOMPARE(entriesIn(store).size(), 1);

        const Run revealed = paxosctl({u"--store"_s, store, u"--reveal"_s, u"identities"_s,
                                       u"sandbox-status"_s, id, u"--sanctions"_s, u"APPROVED"_s});
        QCOMPARE(revealed.exitCode, 0);
        QVERIFY2(revealed.out.contains(cipId), qPrintable(revealed.out));
        QVERIFY(revealed.out.contains(u"1960-01-01"_s));
        const auto entries = entriesIn(store);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).action,
                 console::auditActionName(console::AuditAction::SandboxStatusSet));
        const console::AuditEntry reveal = entries.at(2);
        QCOMPARE(reveal.action, u"pii.reveal"_s);
        QCOMPARE(reveal.action, console::auditActionName(console::AuditAction::PiiReveal));
        QCOMPARE(reveal.identityId, id);
        // The example person's tax details carry government ids too.
        QCOMPARE(reveal.details().value(u"fields"_s).toArray(),
                 (QJsonArray{u"cip_id"_s, u"date_of_birth"_s, u"govt_id"_s, u"tax_payer_id"_s}));
        QCOMPARE(reveal.details().value(u"command"_s).toString(), u"identities sandbox-status"_s);
        QCOMPARE(reveal.prevHash, entries.at(1).hash);
        QVERIFY(!reveal.detailsJson.contains(cipId));

        // A create with --reveal: the create first, then the reveal of the identity shown.
        const QString second = uniqueSsn();
        const Run created = paxosctl({u"--store"_s, store, u"--reveal"_s, u"identities"_s,
                                      u"create"_s, u"--format"_s, u"csv"_s},
                                     person(second));
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(second));
        const auto after = entriesIn(store);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.at(3).action,
                 console::auditActionName(console::AuditAction::IdentityCreate));
        QCOMPARE(after.at(4).action, u"pii.reveal"_s);
        QCOMPARE(after.at(4).identityId, after.at(3).identityId);

        // Output without personal data reveals nothing and records no reveal.
        const Run control = paxosctl({u"--store"_s, store, u"--reveal"_s, u"controls"_s,
                                      u"create"_s, u"--identity"_s, id, u"--type"_s, u"DORMANT"_s,
                                      u"--reason-code"_s, u"INACTIVITY"_s});
        QCOMPARE(control.exitCode, 0);
        QCOMPARE(entriesIn(store).size(), 6);
        QCOMPARE(entriesIn(store).constLast().action, u"control.create"_s);
    }

    // No record, no reveal: when the pii.reveal entry cannot be written the write's result
    // is printed masked, with a warning.
    void unrecordedRevealStaysMasked()
    {
        const QString store = storePath(u"no-reveal.sqlite"_s);
        QVERIFY(!create(store, uniqueSsn()).isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"no-reveal"_s);
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_reveals BEFORE INSERT ON audit_trail "
                            "WHEN NEW.action = 'pii.reveal' "
                            "BEGIN SELECT RAISE(ABORT, 'reveals refused here'); END"_s),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"no-reveal"_s);

        const QString cipId = uniqueSsn();
        const Run r = paxosctl({u"--store"_s, store, u"--reveal"_s, u"identities"_s, u"create"_s,
                                u"--format"_s, u"json"_s},
                               person(cipId));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().value(u"id"_s).toString().isEmpty());
        QVERIFY2(!r.out.contains(cipId), qPrintable(r.out));
        QVERIFY(r.out.contains(u"***-**-"_s + cipId.right(4)));
        QVERIFY2(r.err.contains(u"reveals refused here"_s), qPrintable(r.err));
        const auto entries = entriesIn(store);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constLast().action,
                 console::auditActionName(console::AuditAction::IdentityCreate));
    }

    void controlsAndUpdatesAreRecorded()
    {
        const QString store = storePath(u"controls.sqlite"_s);
        const QString id = create(store, uniqueSsn());
        QVERIFY(!id.isEmpty());

        const Run control =
            paxosctl({u"--store"_s, store, u"controls"_s, u"create"_s, u"--identity"_s, id,
                      u"--type"_s, u"DORMANT"_s, u"--reason-code"_s, u"INACTIVITY"_s, u"--reason"_s,
                      u"no login for a year"_s, u"--format"_s, u"json"_s});
        QCOMPARE(control.exitCode, 0);
        const QString controlId = control.json().value(u"id"_s).toString();
        QVERIFY(!controlId.isEmpty());
        const Run deleted = paxosctl({u"--store"_s, store, u"controls"_s, u"delete"_s, controlId,
                                      u"--identity"_s, id, u"--reason"_s, u"customer back"_s});
        QCOMPARE(deleted.exitCode, 0);
        const Run again = paxosctl({u"--store"_s, store, u"controls"_s, u"delete"_s, controlId});
        QCOMPARE(again.exitCode, 1);
        const Run status = paxosctl({u"--store"_s, store, u"identities"_s, u"sandbox-status"_s, id,
                                     u"--sanctions"_s, u"APPROVED"_s});
        QCOMPARE(status.exitCode, 0);
        const Run updated = paxosctl({u"--store"_s, store, u"identities"_s, u"update"_s, id},
                                     R"({"person_details":{"email":"new@example.org"}})");
        QCOMPARE(updated.exitCode, 0);
        const Run account =
            paxosctl({u"--store"_s, store, u"accounts"_s, u"create"_s, u"--identity"_s, id,
                      u"--type"_s, u"BROKERAGE"_s, u"--format"_s, u"json"_s});
        QCOMPARE(account.exitCode, 0);

        const auto entries = entriesIn(store);
        QCOMPARE(entries.size(), 7);
        const console::AuditEntry &created = entries.at(1);
        QCOMPARE(created.action, u"control.create"_s);
        QCOMPARE(created.identityId, id);
        QCOMPARE(created.outcome, u"succeeded"_s);
        QCOMPARE(created.details().value(u"control_id"_s).toString(), controlId);
        QCOMPARE(created.details().value(u"type"_s).toString(), u"DORMANT"_s);
        QCOMPARE(created.details().value(u"reason_code"_s).toString(), u"INACTIVITY"_s);
        const console::AuditEntry &removed = entries.at(2);
        QCOMPARE(removed.action, u"control.delete"_s);
        QCOMPARE(removed.identityId, id);
        QCOMPARE(removed.outcome, u"succeeded"_s);
        QCOMPARE(removed.details().value(u"control_id"_s).toString(), controlId);
        QCOMPARE(removed.details().value(u"reason"_s).toString(), u"customer back"_s);
        // The second delete was refused: recorded as failed, without an identity.
        const console::AuditEntry &refused = entries.at(3);
        QCOMPARE(refused.action, u"control.delete"_s);
        QCOMPARE(refused.outcome, u"failed"_s);
        QCOMPARE(refused.identityId, QString());
        QCOMPARE(entries.at(4).action,
                 console::auditActionName(console::AuditAction::SandboxStatusSet));
        QCOMPARE(entries.at(4)
                     .details()
                     .value(u"statuses"_s)
                     .toObject()
                     .value(u"sanctions_verification_status"_s),
                 u"APPROVED"_s);
        QCOMPARE(entries.at(5).action,
                 console::auditActionName(console::AuditAction::IdentityUpdate));
        QCOMPARE(entries.at(5).details().value(u"fields"_s).toArray(),
                 QJsonArray{u"person_details.email"_s});
        QCOMPARE(entries.at(6).action,
                 console::auditActionName(console::AuditAction::AccountCreate));
        QCOMPARE(entries.at(6).identityId, id);
        QCOMPARE(entries.at(6).details().value(u"account_id"_s).toString(),
                 account.json().value(u"id"_s).toString());
    }

    void documentUploadIsRecordedWithItsHash()
    {
        const QString store = storePath(u"documents.sqlite"_s);
        const QString id = create(store, uniqueSsn());
        QVERIFY(!id.isEmpty());
        const QString pdf = m_dir.filePath(u"passport.pdf"_s);
        const QByteArray content = "%PDF-1.4\n% a passport scan stand-in\n%%EOF\n";
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run uploaded = paxosctl({u"--store"_s, store, u"documents"_s, u"upload"_s, id, pdf,
                                       u"--type"_s, u"IDENTITY_VERIFICATION"_s});
        QCOMPARE(uploaded.exitCode, 0);
        const auto entries = entriesIn(store);
        QCOMPARE(entries.size(), 2);
        const console::AuditEntry &e = entries.at(1);
        QCOMPARE(e.action, console::auditActionName(console::AuditAction::DocumentUpload));
        QCOMPARE(e.identityId, id);
        QCOMPARE(e.details().value(u"sha256"_s).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(e.details().value(u"size_bytes"_s).toInteger(), content.size());
        QVERIFY(!e.details().value(u"file_id"_s).toString().isEmpty());
    }

    // verify passes, then a row edited behind the triggers' back is named by its seq.
    void verifyFindsAnEditedRow()
    {
        const QString store = storePath(u"verify.sqlite"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!create(store, uniqueSsn()).isEmpty());
        const Run intact = paxosctl({u"--store"_s, store, u"audit"_s, u"verify"_s});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.out, u"chain intact: 6 entries\n"_s); // intent + outcome each

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"DROP TRIGGER audit_trail_no_update"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"UPDATE audit_trail SET outcome = 'failed' WHERE seq = 2"_s));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);

        const Run broken = paxosctl({u"--store"_s, store, u"audit"_s, u"verify"_s});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.startsWith(u"chain broken at seq 2: "_s), qPrintable(broken.out));
        const Run json =
            paxosctl({u"--store"_s, store, u"audit"_s, u"verify"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"intact"_s).toBool(true), false);
        QCOMPARE(json.json().value(u"first_broken_seq"_s).toInteger(), 2);
    }

    // A store that cannot be opened stops the write before anything is sent. A private
    // sandbox, so that "no identity was created" can be counted.
    void unopenableStoreRefusesTheWrite_data()
    {
        QTest::addColumn<QString>("store");
        QFile blocker(m_dir.filePath(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        QTest::newRow("parent is a file") << blocker.fileName() + u"/sub/store.sqlite"_s;
        QTest::newRow("a directory") << m_dir.path();
        QTest::newRow("bad postgresql url") << u"postgresql://nohost"_s;
        QTest::newRow("postgresql without a server") << u"postgresql://cc@127.0.0.1:1/record"_s;
    }

    void unopenableStoreRefusesTheWrite()
    {
        QFETCH(QString, store);
        testsupport::SandboxProcess sandbox({u"--in-memory"_s});
        QVERIFY(sandbox.start());
        QProcessEnvironment env = environment();
        env.insert(u"PAXOSCTL_STORE_PASSWORD"_s, u"not-used-for-sqlite"_s);
        const Run r = paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s},
                               person(uniqueSsn()), env, sandbox.url());
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        if (r.exitCode == 1)
            QVERIFY2(r.err.contains(u"--store none"_s), qPrintable(r.err));
        const Run list = paxosctl({u"identities"_s, u"list"_s, u"--format"_s, u"json"_s}, {},
                                  std::nullopt, sandbox.url());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value(u"items"_s).toArray().size(), 0);
    }

    // The store opened but the intent cannot be appended: nothing is sent (a change the
    // record cannot show does not happen), and the message says why.
    void failedRecordingRefusesTheWrite()
    {
        const QString store = storePath(u"refusing.sqlite"_s);
        QVERIFY(!create(store, uniqueSsn()).isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"block"_s);
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_appends BEFORE INSERT ON audit_trail "
                            "BEGIN SELECT RAISE(ABORT, 'no room for more'); END"_s),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"block"_s);

        const QString ssn = uniqueSsn();
        const Run r =
            paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     person(ssn));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"identities create was not sent"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"could not be recorded"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"no room for more"_s), qPrintable(r.err));
        QCOMPARE(entriesIn(store).size(), 1);
        // Not sent: the same person can still be created (no duplicate cip_id).
        QVERIFY(!create(storePath(u"refusing-after.sqlite"_s), ssn).isEmpty());
    }

    // --store none wins over PAXOSCTL_STORE and records nothing; reads never open a store.
    void storeNoneAndReadsRecordNothing()
    {
        const QString store = storePath(u"none.sqlite"_s);
        QProcessEnvironment env = environment();
        env.insert(u"PAXOSCTL_STORE"_s, store);
        const Run created = paxosctl(
            {u"--store"_s, u"none"_s, u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
            person(uniqueSsn()), env);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(!QFile::exists(store));
        const Run read = paxosctl(
            {u"identities"_s, u"get"_s, created.json().value(u"id"_s).toString()}, {}, env);
        QCOMPARE(read.exitCode, 0);
        QVERIFY(!QFile::exists(store));
        const Run audit = paxosctl({u"--store"_s, u"none"_s, u"audit"_s, u"verify"_s});
        QCOMPARE(audit.exitCode, 2);

        // PAXOSCTL_STORE alone is used.
        QVERIFY(!paxosctl({u"identities"_s, u"create"_s}, person(uniqueSsn()), env).exitCode);
        QCOMPARE(entriesIn(store).size(), 1);
    }

    // No --store: the console's own store, found through the console's settings, and created
    // when the console has not run yet.
    void defaultIsTheConsolesStore()
    {
        const QString home = m_dir.filePath(u"home"_s);
        QProcessEnvironment env = environment();
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        const QString consoleData = home + u"/data/compliance-console/compliance-console"_s;
        const QString defaultStore = consoleData + u"/console.sqlite"_s;
        QVERIFY(!paxosctl({u"identities"_s, u"create"_s}, person(uniqueSsn()), env).exitCode);
        QCOMPARE(entriesIn(defaultStore).size(), 1);

        // The console's "Record store…" setting moves it.
        const QString chosen = m_dir.filePath(u"chosen/record.sqlite"_s);
        {
            console::Settings settings(
                home + u"/config/compliance-console/compliance-console/settings.ini"_s,
                consoleData + u"/local-settings.ini"_s);
            QVERIFY(settings.setValue(console::SettingKey::StoreSqlitePath, chosen));
        }
        QVERIFY(!paxosctl({u"identities"_s, u"create"_s}, person(uniqueSsn()), env).exitCode);
        QCOMPARE(entriesIn(chosen).size(), 1);
        QCOMPARE(entriesIn(defaultStore).size(), 1);
        // Without --operator or PAXOSCTL_OPERATOR, the name chosen in the console signs.
        QCOMPARE(entriesIn(chosen).first().operatorName, entriesIn(chosen).first().osUser);
        {
            console::Settings settings(
                home + u"/config/compliance-console/compliance-console/settings.ini"_s,
                consoleData + u"/local-settings.ini"_s);
            QVERIFY(settings.setValue(console::SettingKey::OperatorName, u"Grace Console"_s));
        }
        QVERIFY(!paxosctl({u"identities"_s, u"create"_s}, person(uniqueSsn()), env).exitCode);
        QCOMPARE(entriesIn(chosen).size(), 2);
        QCOMPARE(entriesIn(chosen).last().operatorName, u"Grace Console"_s);
    }

    // The console and paxosctl appending to one file keep one chain.
    void consoleAndPaxosctlShareOneChain()
    {
        const QString store = storePath(u"shared.sqlite"_s);
        QVERIFY(!create(store, uniqueSsn()).isEmpty());
        {
            console::Store console;
            QVERIFY(console.open(console::StoreConfig::sqlite(store)));
            console.setOperator(console::Operator::fromEnvironment(u"console user"_s));
            console::AuditTrail trail(&console);
            trail.setEnvironment(u"Local sandbox"_s);
            console::AuditRecord note;
            note.action = console::AuditAction::NoteAdd;
            note.identityId = u"some-identity"_s;
            QVERIFY(trail.append(note));
        }
        QVERIFY(!create(store, uniqueSsn()).isEmpty());

        QCOMPARE(entriesIn(store).size(), 3);
        // One chain: intent and outcome of a create, the console's note, another create.
        const auto entries = entriesIn(store, true);
        QCOMPARE(entries.size(), 5);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).seq, i + 1);
            if (i > 0)
                QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
        }
        QCOMPARE(entries.at(2).operatorName, u"console user"_s);
        {
            console::Store console;
            QVERIFY(console.open(console::StoreConfig::sqlite(store)));
            const auto verified = console::AuditTrail(&console).verify();
            QVERIFY(verified);
            QVERIFY(verified->intact);
            QCOMPARE(verified->entriesChecked, 5);
        }
        const Run verify = paxosctl({u"--store"_s, store, u"audit"_s, u"verify"_s});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.out, u"chain intact: 5 entries\n"_s);

        // The CSV export is the console's, and is itself recorded.
        const QString csv = m_dir.filePath(u"trail.csv"_s);
        const Run exported = paxosctl({u"--store"_s, store, u"audit"_s, u"export"_s, csv});
        QCOMPARE(exported.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header + 5 entries
        QVERIFY(lines.at(0).startsWith("seq,"));
        QCOMPARE(entriesIn(store).constLast().action,
                 console::auditActionName(console::AuditAction::Export));
    }

    // A shared PostgreSQL store (the postgres fixture): the URL names it, the password comes
    // from PAXOSCTL_STORE_PASSWORD, and the console reads the same chain.
    void postgresStore()
    {
        CC_FRESH_STORE(fresh, console::StoreBackend::PostgreSql)
        const console::StoreConfig config = fresh->config();
        const QString url = u"postgresql://%1@%2:%3/%4"_s.arg(config.user, config.host)
                                .arg(config.port)
                                .arg(config.database);
        QProcessEnvironment env = environment();
        env.insert(u"PAXOSCTL_STORE_PASSWORD"_s, config.password);
        const Run created = paxosctl({u"--store"_s, url, u"--operator"_s, u"pg user"_s,
                                      u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                                     person(uniqueSsn()), env);
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        const Run verify = paxosctl({u"--store"_s, url, u"audit"_s, u"verify"_s}, {}, env);
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.out, u"chain intact: 2 entries\n"_s); // the intent and the outcome

        console::Store store;
        QVERIFY(store.open(config));
        console::AuditFilter filter; // newest first
        const auto entries = console::AuditTrail(&store).list(filter);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->constLast().outcome, u"intent"_s);
        QCOMPARE(entries->constFirst().outcome, u"succeeded"_s);
        QCOMPARE(entries->constFirst().identityId, created.json().value(u"id"_s).toString());
        QCOMPARE(entries->constFirst().operatorName, u"pg user"_s);

        // Without the password (no keychain entry either) the write is refused, unsent.
        const Run refused =
            paxosctl({u"--store"_s, url, u"identities"_s, u"create"_s}, person(uniqueSsn()));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"PAXOSCTL_STORE_PASSWORD"_s), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(config.password));
    }

    // The client secret and tokens never reach the store.
    void noSecretInTheStore()
    {
        const QString secret =
            u"s3cret-%1-for-the-store-test"_s.arg(QRandomGenerator::global()->generate());
        testsupport::SandboxProcess sandbox(
            {u"--in-memory"_s, u"--client"_s, u"store-test:"_s + secret});
        QVERIFY(sandbox.start());
        QProcessEnvironment env = environment();
        env.insert(u"PAXOS_CLIENT_ID"_s, u"store-test"_s);
        env.insert(u"PAXOS_CLIENT_SECRET"_s, secret);
        const QString store = storePath(u"secrets.sqlite"_s);
        // One of the tokens this client was given (each run asks for its own).
        const Run token = paxosctl({u"token"_s, u"--format"_s, u"json"_s}, {}, env, sandbox.url());
        QCOMPARE(token.exitCode, 0);
        const QString accessToken = token.json().value(u"access_token"_s).toString();
        QVERIFY(!accessToken.isEmpty());
        const Run created =
            paxosctl({u"--store"_s, store, u"identities"_s, u"create"_s, u"--format"_s, u"json"_s},
                     person(uniqueSsn()), env, sandbox.url());
        QCOMPARE(created.exitCode, 0);
        const Run control =
            paxosctl({u"--store"_s, store, u"controls"_s, u"create"_s, u"--identity"_s,
                      created.json().value(u"id"_s).toString(), u"--type"_s, u"DORMANT"_s,
                      u"--reason-code"_s, u"INACTIVITY"_s},
                     {}, env, sandbox.url());
        QCOMPARE(control.exitCode, 0);
        QCOMPARE(entriesIn(store).size(), 2);
        const QByteArray bytes = storeBytes(store);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(accessToken.toUtf8()));
        QVERIFY(!bytes.contains("Bearer"));
        QVERIFY(!bytes.contains("access_token"));
    }
};

QTEST_GUILESS_MAIN(TestPaxosctlAudit)
#include "tst_paxosctlaudit.moc"

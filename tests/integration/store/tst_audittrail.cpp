#include "core/record/auditcsvexport.h"
#include "core/record/audittrail.h"
#include "support/storebackends.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

AuditRecord record(AuditAction action, const QString &identity, const QJsonObject &details = {})
{
    AuditRecord r;
    r.action = action;
    r.identityId = identity;
    r.requestId = u"req-"_s + identity;
    r.details = details;
    return r;
}

// What someone with direct database access would do first: switch off the append-only guard.
void dropAppendOnlyGuard(Store &store)
{
    if (store.backend() == StoreBackend::PostgreSql) {
        QVERIFY(
            store.run(u"ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only"_s).ok());
    } else {
        QVERIFY(store.run(u"DROP TRIGGER audit_trail_no_update"_s).ok());
        QVERIFY(store.run(u"DROP TRIGGER audit_trail_no_delete"_s).ok());
    }
}

// Everything a tamperer with full database access does to make a changed record verify:
// the guards go, and the chain is rebuilt so that every link and the head match again.
void dropAllGuards(Store &store)
{
    if (store.backend() == StoreBackend::PostgreSql) {
        QVERIFY(store.run(u"ALTER TABLE audit_trail DISABLE TRIGGER USER"_s).ok());
        QVERIFY(store.run(u"ALTER TABLE audit_chain_head DISABLE TRIGGER USER"_s).ok());
    } else {
        QVERIFY(store.run(u"DROP TRIGGER audit_trail_no_update"_s).ok());
        QVERIFY(store.run(u"DROP TRIGGER audit_trail_no_delete"_s).ok());
        QVERIFY(store.run(u"DROP TRIGGER audit_chain_head_kept"_s).ok());
    }
}

void setHead(Store &store, qint64 seq, const QString &hash)
{
    QVERIFY(store.run(u"UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1"_s, {seq, hash})
                .ok());
}

// Edits entry 2 and recomputes every hash from there on, and the head: a chain that links.
void rewriteAndRehash(Store &store, AuditTrail &trail)
{
    AuditFilter all;
    all.order = AuditFilter::Order::OldestFirst;
    QList<AuditEntry> entries = trail.list(all).value();
    QString prev = AuditTrail::genesisHash();
    for (AuditEntry &e : entries) {
        if (e.seq == 2)
            e.detailsJson = u"{\"field\":\"rewritten\"}"_s;
        e.prevHash = prev;
        e.hash = AuditTrail::computeHash(e);
        prev = e.hash;
        QVERIFY(store
                    .run(u"UPDATE audit_trail SET details = ?, prev_hash = ?, hash = ? "
                         "WHERE seq = ?"_s,
                         {e.detailsJson, e.prevHash, e.hash, e.seq})
                    .ok());
    }
    setHead(store, entries.constLast().seq, prev);
}

void appendFive(AuditTrail &trail)
{
    for (int i = 1; i <= 5; ++i) {
        auto r = trail.append(
            record(AuditAction::IdentityUpdate, u"id-%1"_s.arg(i), QJsonObject{{u"field"_s, i}}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value().seq, qint64(i));
    }
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void appendListFilter_data() { storetest::addBackendRows(); }
    void appendListFilter()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada Reviewer"_s, u"ada"_s});
        qint64 clock = 1'700'000'000'000;
        store.setClock([&] { return clock; });
        AuditTrail trail(&store);
        trail.setEnvironment(u"Local sandbox"_s);
        QSignalSpy changed(&store, &Store::changed);

        QVERIFY(trail.append(record(AuditAction::IdentityCreate, u"a"_s)).ok());
        clock += 1000;
        auto reveal = record(AuditAction::PiiReveal, u"b"_s);
        reveal.outcome = AuditOutcome::Succeeded;
        QVERIFY(trail.append(reveal).ok());
        clock += 1000;
        auto failed = record(AuditAction::ControlCreate, u"a"_s);
        failed.outcome = AuditOutcome::Failed;
        failed.environment = u"Paxos Sandbox"_s;
        const auto third = trail.append(failed);
        QVERIFY(third.ok());
        QCOMPARE(changed.size(), 3);

        QCOMPARE(third.value().operatorName, u"Ada Reviewer"_s);
        QCOMPARE(third.value().osUser, u"ada"_s);
        QCOMPARE(third.value().environment, u"Paxos Sandbox"_s);
        QCOMPARE(third.value().outcome, u"failed"_s);
        QCOMPARE(third.value().requestId, u"req-a"_s);
        QCOMPARE(third.value().at().toMSecsSinceEpoch(), clock);

        auto all = trail.list({});
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().first().seq, 3); // newest first
        QCOMPARE(all.value().first().environment, u"Paxos Sandbox"_s);
        QCOMPARE(all.value().last().environment, u"Local sandbox"_s);

        AuditFilter byIdentity;
        byIdentity.identityId = u"a"_s;
        QCOMPARE(trail.list(byIdentity).value().size(), 2);
        QCOMPARE(trail.count(byIdentity).value(), 2);

        AuditFilter byAction;
        byAction.action = auditActionName(AuditAction::PiiReveal);
        QCOMPARE(trail.list(byAction).value().size(), 1);
        QCOMPARE(trail.list(byAction).value().first().identityId, u"b"_s);

        AuditFilter byTime;
        byTime.from = QDateTime::fromMSecsSinceEpoch(1'700'000'001'000, Qt::UTC);
        byTime.to = QDateTime::fromMSecsSinceEpoch(1'700'000'002'000, Qt::UTC);
        QCOMPARE(trail.count(byTime).value(), 1);

        AuditFilter page;
        page.limit = 2;
        const auto first = trail.list(page).value();
        QCOMPARE(first.size(), 2);
        page.beforeSeq = first.last().seq;
        const auto second = trail.list(page).value();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().seq, 1);

        AuditFilter byOutcome;
        byOutcome.outcome = auditOutcomeName(AuditOutcome::Failed);
        QCOMPARE(trail.count(byOutcome).value(), 1);
        QCOMPARE(auditActionLabel(u"pii.reveal"_s), u"Reveal personal data"_s);
        QCOMPARE(auditActionLabel(u"from.the.future"_s), u"from.the.future"_s);
    }

    void detailsAreRedacted_data() { storetest::addBackendRows(); }
    void detailsAreRedacted()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        const QJsonObject details{
            {u"client_secret"_s, u"s3cr3t-value"_s},
            {u"authorization"_s, u"Bearer abc.def.ghi"_s},
            {u"person_details"_s,
             QJsonObject{{u"cip_id"_s, u"073-05-1120"_s}, {u"first_name"_s, u"Jane"_s}}},
        };
        const auto written = trail.append(record(AuditAction::IdentityCreate, u"x"_s, details));
        QVERIFY(written.ok());
        const QString stored = trail.list({}).value().first().detailsJson;
        QVERIFY(!stored.contains(u"s3cr3t"_s));
        QVERIFY(!stored.contains(u"abc.def.ghi"_s));
        QVERIFY(!stored.contains(u"073-05-1120"_s));
        QVERIFY(stored.contains(u"***-**-1120"_s));
        QVERIFY(stored.contains(u"Jane"_s));
    }

    void intactChainVerifies_data() { storetest::addBackendRows(); }
    void intactChainVerifies()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        const auto empty = trail.verify();
        QVERIFY(empty.ok() && empty.value().intact);
        QCOMPARE(empty.value().entriesChecked, 0);
        appendFive(trail);
        const auto v = trail.verify();
        QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
        QVERIFY(v.value().intact);
        QCOMPARE(v.value().entriesChecked, 5);
        QCOMPARE(v.value().firstBrokenSeq, 0);
        const auto entries = trail.list({}).value();
        QCOMPARE(entries.last().prevHash, AuditTrail::genesisHash());
        QCOMPARE(entries.at(0).prevHash, entries.at(1).hash);
    }

    void appendOnlyIsEnforced_data() { storetest::addBackendRows(); }
    void appendOnlyIsEnforced()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        appendFive(trail);
        QVERIFY(!store.run(u"UPDATE audit_trail SET outcome = 'succeeded' WHERE seq = 2"_s).ok());
        QVERIFY(!store.run(u"DELETE FROM audit_trail WHERE seq = 2"_s).ok());
        QCOMPARE(trail.count({}).value(), 5);
    }

    // How a tamperer changes the record, and which link verify() must report first.
    void tamperingIsDetected_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBroken");
        const std::pair<const char *, StoreBackend> backends[] = {
            {"sqlite", StoreBackend::Sqlite}, {"postgresql", StoreBackend::PostgreSql}};
        for (const auto &[name, b] : backends) {
            QTest::addRow("%s: edited details", name)
                << b << u"UPDATE audit_trail SET details = '{\"field\":99}' WHERE seq = 3"_s
                << qint64(3);
            QTest::addRow("%s: edited operator", name)
                << b << u"UPDATE audit_trail SET operator_name = 'Mallory' WHERE seq = 2"_s
                << qint64(2);
            QTest::addRow("%s: row removed", name)
                << b << u"DELETE FROM audit_trail WHERE seq = 2"_s << qint64(2);
            QTest::addRow("%s: tail cut off", name)
                << b << u"DELETE FROM audit_trail WHERE seq >= 4"_s << qint64(4);
            QTest::addRow("%s: edited and rehashed", name) << b << u"rehash"_s << qint64(4);
        }
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBroken);
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        appendFive(trail);
        dropAppendOnlyGuard(store);
        if (tamper == "rehash"_L1) {
            // Change entry 3 and give it a correct hash of its own: entry 4 no longer links.
            AuditFilter f;
            f.afterSeq = 2;
            f.limit = 1;
            f.order = AuditFilter::Order::OldestFirst;
            AuditEntry e = trail.list(f).value().first();
            QCOMPARE(e.seq, 3);
            e.detailsJson = u"{\"field\":42}"_s;
            e.hash = AuditTrail::computeHash(e);
            QVERIFY(store
                        .run(u"UPDATE audit_trail SET details = ?, hash = ? WHERE seq = 3"_s,
                             {e.detailsJson, e.hash})
                        .ok());
        } else {
            QVERIFY(store.run(tamper).ok());
        }
        const auto v = trail.verify();
        QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
        QVERIFY(!v.value().intact);
        QCOMPARE(v.value().firstBrokenSeq, firstBroken);
        QVERIFY(!v.value().problem.isEmpty());
    }

    void truncateAndHeadDeleteAreRefused_data() { storetest::addBackendRows(); }
    void truncateAndHeadDeleteAreRefused()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        appendFive(trail);
        if (store.backend() == StoreBackend::PostgreSql) {
            QVERIFY(!store.run(u"TRUNCATE audit_trail"_s).ok());
            QVERIFY(!store.run(u"TRUNCATE audit_chain_head"_s).ok());
        }
        QVERIFY(!store.run(u"DELETE FROM audit_chain_head"_s).ok());
        QCOMPARE(trail.count({}).value(), 5);
        QVERIFY(trail.verify().value().intact);
    }

    // Rewrites that leave a chain which links perfectly, head included: only what a console
    // remembers from outside the database tells them apart. Every console that saw the
    // record notices; one that never saw it cannot (the limit the README states).
    void rewritesThatLinkAreDetected_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBroken");
        const std::pair<const char *, StoreBackend> backends[] = {
            {"sqlite", StoreBackend::Sqlite}, {"postgresql", StoreBackend::PostgreSql}};
        for (const auto &[name, b] : backends) {
            QTest::addRow("%s: wiped, head reset", name) << b << u"wipe"_s << qint64(1);
            QTest::addRow("%s: every hash recomputed", name) << b << u"rehash"_s << qint64(5);
            QTest::addRow("%s: tail cut, head moved back", name) << b << u"cut"_s << qint64(4);
            QTest::addRow("%s: wiped, then refilled past the old end", name)
                << b << u"refill"_s << qint64(5);
        }
    }
    void rewritesThatLinkAreDetected()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBroken);
        CC_OPEN_STORE(store, fresh);
        QTemporaryDir checkpoints;
        // This console appends; a second one only verifies; a third never saw the record.
        StoreConfig secondConfig = fresh->config();
        secondConfig.auditCheckpointFile = checkpoints.filePath(u"second.json"_s);
        StoreConfig strangerConfig = fresh->config();
        strangerConfig.auditCheckpointFile = checkpoints.filePath(u"stranger.json"_s);
        Store second;
        QVERIFY(second.open(secondConfig).ok());
        AuditTrail trail(&store);
        appendFive(trail);
        QVERIFY(AuditTrail(&second).verify().value().intact);

        dropAllGuards(store);
        if (tamper == "wipe"_L1 || tamper == "refill"_L1) {
            if (store.backend() == StoreBackend::PostgreSql)
                QVERIFY(store.run(u"TRUNCATE audit_trail"_s).ok());
            else
                QVERIFY(store.run(u"DELETE FROM audit_trail"_s).ok());
            setHead(store, 0, AuditTrail::genesisHash());
        } else if (tamper == "rehash"_L1) {
            rewriteAndRehash(store, trail);
        } else if (tamper == "cut"_L1) {
            QVERIFY(store.run(u"DELETE FROM audit_trail WHERE seq >= 4"_s).ok());
            AuditFilter third;
            third.afterSeq = 2;
            third.limit = 1;
            third.order = AuditFilter::Order::OldestFirst;
            setHead(store, 3, trail.list(third).value().first().hash);
        }
        if (tamper == "refill"_L1) {
            // Appending to the rewritten record must not make it the new reference.
            for (int i = 0; i < 7; ++i)
                QVERIFY(trail.append(record(AuditAction::Export, u"again"_s)).ok());
        }

        Store stranger;
        QVERIFY(stranger.open(strangerConfig).ok());
        const auto unseen = AuditTrail(&stranger).verify();
        QVERIFY2(unseen.ok(), qPrintable(unseen.errorMessage()));
        QVERIFY2(unseen.value().intact, qPrintable(unseen.value().problem));

        for (Store *console : {&store, &second}) {
            const auto v = AuditTrail(console).verify();
            QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
            QVERIFY(!v.value().intact);
            QCOMPARE(v.value().firstBrokenSeq, firstBroken);
            QVERIFY(!v.value().problem.isEmpty());
            // And it stays broken: a failed verify does not move the checkpoint.
            QVERIFY(!AuditTrail(console).verify().value().intact);
        }
    }

    // Another console appends while this one verifies: no false "broken chain".
    void verifyDuringAppends_data() { storetest::addBackendRows(); }
    void verifyDuringAppends()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        AuditTrail trail(&store);
        AuditTrail otherTrail(&other);
        appendFive(trail);

        AuditChainCheck check(&store);
        QVERIFY(check.begin().ok());
        QVERIFY(otherTrail.append(record(AuditAction::Export, u"during"_s)).ok());
        for (;;) {
            const auto done = check.step(2);
            QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
            QVERIFY(otherTrail.append(record(AuditAction::Export, u"during"_s)).ok());
            if (done.value())
                break;
        }
        QVERIFY2(check.result().intact, qPrintable(check.result().problem));
        QCOMPARE(check.result().entriesChecked, 5);

        AuditVerifier verifier(&store);
        verifier.setPageSize(1);
        connect(&verifier, &AuditVerifier::progress, &verifier,
                [&] { QVERIFY(otherTrail.append(record(AuditAction::Export, u"during"_s)).ok()); });
        QSignalSpy finished(&verifier, &AuditVerifier::finished);
        verifier.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).toBool());
        const auto result = finished.first().at(1).value<AuditVerification>();
        QVERIFY2(result.intact, qPrintable(result.problem));
        QVERIFY(result.entriesChecked >= 5);
    }

    void verifierRunsInSteps_data() { storetest::addBackendRows(); }
    void verifierRunsInSteps()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        QVERIFY(store
                    .transaction([&]() -> StoreStatus {
                        for (int i = 0; i < 25; ++i) {
                            if (auto r = trail.append(record(AuditAction::Export, u"i"_s)); !r)
                                return r.error();
                        }
                        return storeOk();
                    })
                    .ok());
        AuditVerifier verifier(&store);
        verifier.setPageSize(10);
        QSignalSpy progress(&verifier, &AuditVerifier::progress);
        QSignalSpy finished(&verifier, &AuditVerifier::finished);
        verifier.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(0).toBool());
        const auto intact = finished.first().at(1).value<AuditVerification>();
        QVERIFY(intact.intact);
        QCOMPARE(intact.entriesChecked, 25);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 25);
        QCOMPARE(progress.last().at(1).toLongLong(), 25);

        dropAppendOnlyGuard(store);
        QVERIFY(store.run(u"UPDATE audit_trail SET request_id = 'x' WHERE seq = 17"_s).ok());
        finished.clear();
        verifier.start();
        QVERIFY(finished.wait(10000));
        const auto broken = finished.first().at(1).value<AuditVerification>();
        QVERIFY(!broken.intact);
        QCOMPARE(broken.firstBrokenSeq, 17);

        finished.clear();
        verifier.setPageSize(1);
        connect(&verifier, &AuditVerifier::progress, &verifier, [&] { verifier.cancel(); });
        verifier.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(2).toString().isEmpty());
    }

    void twoConsolesShareOneChain_data() { storetest::addBackendRows(); }
    void twoConsolesShareOneChain()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        store.setOperator({u"one"_s, u"u1"_s});
        other.setOperator({u"two"_s, u"u2"_s});
        AuditTrail a(&store);
        AuditTrail b(&other);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(a.append(record(AuditAction::IdentityUpdate, u"a%1"_s.arg(i))).ok());
            QVERIFY(b.append(record(AuditAction::IdentityUpdate, u"b%1"_s.arg(i))).ok());
        }
        const auto v = b.verify();
        QVERIFY(v.ok());
        QVERIFY(v.value().intact);
        QCOMPARE(v.value().entriesChecked, 20);
        AuditFilter byTwo;
        byTwo.operatorName = u"two"_s;
        QCOMPARE(a.count(byTwo).value(), 10);
    }

    void exportCsv_data() { storetest::addBackendRows(); }
    void exportCsv()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        QVERIFY(store
                    .transaction([&]() -> StoreStatus {
                        for (int i = 0; i < 120; ++i) {
                            auto r =
                                trail.append(record(AuditAction::Export, u"i%1"_s.arg(i),
                                                    QJsonObject{{u"note"_s, u"=1+1, \"q\""_s}}));
                            if (!r)
                                return r.error();
                        }
                        return storeOk();
                    })
                    .ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        AuditCsvExport exporter(&trail, {}, path);
        exporter.setPageSize(50);
        QSignalSpy progress(&exporter, &AuditCsvExport::progress);
        QSignalSpy finished(&exporter, &AuditCsvExport::finished);
        exporter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 120);
        QCOMPARE(progress.last().at(1).toLongLong(), 120);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 121);
        QVERIFY(lines.first().startsWith("seq,time_utc,operator"));
        QVERIFY(lines.at(1).startsWith("1,"));
        QVERIFY(lines.last().startsWith("120,"));
        // JSON with commas and quotes is one quoted cell.
        QVERIFY(lines.at(1).contains("\"{\"\"note\"\":\"\"=1+1, \\\"\"q\\\"\"\"\"}\""));
    }

    void exportCanBeCancelled()
    {
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        AuditTrail trail(&store);
        for (int i = 0; i < 30; ++i)
            QVERIFY(trail.append(record(AuditAction::Export, u"i"_s)).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        AuditCsvExport exporter(&trail, {}, path);
        exporter.setPageSize(5);
        QSignalSpy finished(&exporter, &AuditCsvExport::finished);
        connect(&exporter, &AuditCsvExport::progress, &exporter, [&](qint64 written) {
            if (written >= 10)
                exporter.cancel();
        });
        exporter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // Measures what a user waits for: one append (its own transaction), and verifying a
    // trail of some thousands of entries. Prints the numbers; fails only when far off.
    void appendAndVerifyTimings_data() { storetest::addBackendRows(); }
    void appendAndVerifyTimings()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        QElapsedTimer timer;
        timer.start();
        constexpr int kSingles = 200;
        for (int i = 0; i < kSingles; ++i)
            QVERIFY(trail.append(record(AuditAction::IdentityUpdate, u"id"_s)).ok());
        const double perAppendMs = double(timer.nsecsElapsed()) / 1e6 / kSingles;
        QVERIFY(store
                    .transaction([&]() -> StoreStatus {
                        for (int i = 0; i < 4800; ++i) {
                            if (auto r = trail.append(record(AuditAction::Export, u"id"_s)); !r)
                                return r.error();
                        }
                        return storeOk();
                    })
                    .ok());
        timer.restart();
        const auto v = trail.verify();
        const qint64 verifyMs = timer.elapsed();
        QVERIFY(v.ok() && v.value().intact);
        QCOMPARE(v.value().entriesChecked, 5000);
        qInfo("append: %.2f ms each; verify 5000 entries: %lld ms", perAppendMs, verifyMs);
        QVERIFY(perAppendMs < 50);
        QVERIFY(verifyMs < 5000);
    }

    void csvCellsAreSafe()
    {
        QCOMPARE(AuditCsvExport::csvCell(u"plain"_s), u"plain"_s);
        QCOMPARE(AuditCsvExport::csvCell(u"=HYPERLINK()"_s), u"'=HYPERLINK()"_s);
        QCOMPARE(AuditCsvExport::csvCell(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(AuditCsvExport::csvCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"

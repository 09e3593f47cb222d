#include "core/models/csvexporter.h"
#include "core/record/audittrail.h"
#include "core/record/notes.h"
#include "core/team/casetaking.h"
#include "support/storebackends.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

QList<AuditEntry> entriesOf(AuditTrail &trail, AuditAction action)
{
    AuditFilter f;
    f.action = auditActionName(action);
    f.order = AuditFilter::Order::OldestFirst;
    return trail.list(f).value();
}

// Makes every append fail, the way a record that cannot be written does.
void breakTheTrail(Store &store)
{
    QVERIFY(store.run(u"ALTER TABLE audit_chain_head RENAME TO audit_chain_head_away"_s).ok());
}

} // namespace

// The actions the README promises are audited besides the writes: reason-code edits, the
// queue's CSV export and taking an identity (Take, Next case). Each leaves an entry; none
// happens when its entry cannot be written.
class TestRecordedActions : public QObject
{
    Q_OBJECT
private slots:
    void reasonCodeEditsAreRecorded_data() { storetest::addBackendRows(); }
    void reasonCodeEditsAreRecorded()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        ReasonCodes codes(&store);
        AuditTrail trail(&store);
        QVERIFY(codes.add(u"PHONE_CALL"_s, u"Phone call"_s).ok());
        QVERIFY(codes.rename(u"PHONE_CALL"_s, u"Called the customer"_s).ok());
        QVERIFY(codes.setRetired(u"PHONE_CALL"_s, true).ok());
        QVERIFY(codes.setRetired(u"PHONE_CALL"_s, false).ok());
        QVERIFY(codes.reorder({u"PHONE_CALL"_s}).ok());
        // A refused edit changes nothing and records nothing.
        QVERIFY(!codes.rename(u"NO_SUCH_CODE"_s, u"x"_s).ok());

        const auto entries = entriesOf(trail, AuditAction::ReasonCodeChange);
        QCOMPARE(entries.size(), 5);
        QStringList changes;
        for (const auto &e : entries) {
            changes.append(e.details().value(u"change"_s).toString());
            QCOMPARE(e.operatorName, u"Ada"_s);
            QCOMPARE(e.details().value(u"code"_s).toString().isEmpty(),
                     changes.constLast() == "reorder"_L1);
        }
        QCOMPARE(changes,
                 (QStringList{u"add"_s, u"rename"_s, u"retire"_s, u"restore"_s, u"reorder"_s}));
        QCOMPARE(entries.at(1).details().value(u"from"_s).toString(), u"Phone call"_s);
        QCOMPARE(entries.at(1).details().value(u"to"_s).toString(), u"Called the customer"_s);
        QCOMPARE(entries.at(4).details().value(u"order"_s).toArray().first().toString(),
                 u"PHONE_CALL"_s);
        QCOMPARE(auditActionLabel(u"reason_code.change"_s), u"Change reason codes"_s);
        QVERIFY(trail.verify().value().intact);
    }

    void reasonCodeEditWithoutRecordIsNotMade_data() { storetest::addBackendRows(); }
    void reasonCodeEditWithoutRecordIsNotMade()
    {
        CC_OPEN_STORE(store, fresh);
        ReasonCodes codes(&store);
        breakTheTrail(store);
        QVERIFY(!codes.add(u"UNRECORDED"_s, u"Unrecorded"_s).ok());
        QVERIFY(!codes.find(u"UNRECORDED"_s).value().has_value());
        QVERIFY(!codes.rename(u"OTHER"_s, u"Renamed"_s).ok());
        QCOMPARE(codes.find(u"OTHER"_s).value()->label, u"Other"_s);
    }

    void queueExportIsRecorded_data() { storetest::addBackendRows(); }
    void queueExportIsRecorded()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        trail.setEnvironment(u"Local sandbox"_s);
        QStringListModel model({u"Jane"_s, u"=cmd"_s, u"John"_s});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"queue.csv"_s);

        CsvExporter exporter;
        exporter.recordIn(&trail, u"identity_queue_csv"_s);
        exporter.setRowsPerChunk(2);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        QVERIFY(exporter.start(&model, {0}, path));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(exporter.errorString()));
        QVERIFY(QFile::exists(path));

        const auto entries = entriesOf(trail, AuditAction::Export);
        QCOMPARE(entries.size(), 1);
        const QJsonObject d = entries.first().details();
        QCOMPARE(d.value(u"what"_s).toString(), u"identity_queue_csv"_s);
        QCOMPARE(d.value(u"file"_s).toString(), u"queue.csv"_s);
        QCOMPARE(d.value(u"rows"_s).toInteger(), 3);
        QCOMPARE(d.value(u"columns"_s).toArray().first().toString(),
                 model.headerData(0, Qt::Horizontal).toString());
        QCOMPARE(entries.first().environment, u"Local sandbox"_s);
        QCOMPARE(entries.first().outcome, u"succeeded"_s);
    }

    void queueExportWithoutRecordIsNotSaved_data() { storetest::addBackendRows(); }
    void queueExportWithoutRecordIsNotSaved()
    {
        CC_OPEN_STORE(store, fresh);
        AuditTrail trail(&store);
        QStringListModel model({u"Jane"_s});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"queue.csv"_s);

        // No trail at all: refused before anything is written.
        CsvExporter withoutTrail;
        withoutTrail.recordIn(nullptr, u"identity_queue_csv"_s);
        QVERIFY(!withoutTrail.start(&model, {0}, path));
        QVERIFY(!withoutTrail.errorString().isEmpty());
        QVERIFY(!QFile::exists(path));

        // A trail that cannot be written: the file is not saved.
        breakTheTrail(store);
        CsvExporter exporter;
        exporter.recordIn(&trail, u"identity_queue_csv"_s);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        QVERIFY(exporter.start(&model, {0}, path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(exporter.errorString().contains(u"audit trail"_s));
        QVERIFY(!QFile::exists(path));
    }

    // Every take (the team line's Take, Next case) goes through CaseTaking: one entry per take,
    // saying who and from where; a refused take changes nothing and records nothing.
    void takeIsRecorded_data() { storetest::addBackendRows(); }
    void takeIsRecorded()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        other.setOperator({u"Bo"_s, u"bo"_s});
        AuditTrail trail(&store);
        AuditTrail boTrail(&other);
        Assignments ada(&store);
        Assignments bo(&other);
        const CaseTaking adaTakes(&store, &ada, nullptr, &trail);
        const CaseTaking boTakes(&other, &bo, nullptr, &boTrail);

        QVERIFY(adaTakes.take(u"id-1"_s, QString::fromLatin1(CaseTaking::kViaTeamPanel))->taken);
        const auto refused = boTakes.take(u"id-1"_s, QString::fromLatin1(CaseTaking::kViaNextCase));
        QVERIFY(refused.ok());
        QVERIFY(!refused->taken);
        QCOMPARE(refused->heldBy, u"Ada"_s);
        const auto next = boTakes.takeNext({u"id-1"_s, u"id-2"_s});
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next->identityId, u"id-2"_s);

        const auto entries = entriesOf(trail, AuditAction::AssignmentChange);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).identityId, u"id-1"_s);
        QCOMPARE(entries.at(0).operatorName, u"Ada"_s);
        QCOMPARE(entries.at(0).details().value(u"change"_s).toString(), u"take"_s);
        QCOMPARE(entries.at(0).details().value(u"via"_s).toString(), u"team_panel"_s);
        QCOMPARE(entries.at(1).identityId, u"id-2"_s);
        QCOMPARE(entries.at(1).operatorName, u"Bo"_s);
        QCOMPARE(entries.at(1).details().value(u"assignee"_s).toString(), u"Bo"_s);
        QCOMPARE(entries.at(1).details().value(u"via"_s).toString(), u"next_case"_s);
        QCOMPARE(entries.at(1).outcome, u"succeeded"_s);
        QVERIFY(trail.verify().value().intact);
    }

    void takeWithoutRecordIsNotMade_data() { storetest::addBackendRows(); }
    void takeWithoutRecordIsNotMade()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        AuditTrail trail(&store);
        Assignments assignments(&store);
        breakTheTrail(store);
        const CaseTaking taking(&store, &assignments, nullptr, &trail);
        const auto taken = taking.take(u"id-1"_s, QString::fromLatin1(CaseTaking::kViaTeamPanel));
        QVERIFY(!taken.ok());
        QVERIFY(taken.errorMessage().contains(u"audit trail"_s));
        QVERIFY(!assignments.assignmentOf(u"id-1"_s).value().has_value());
        QVERIFY(!taking.takeNext({u"id-2"_s}).ok());
        QVERIFY(!assignments.assignmentOf(u"id-2"_s).value().has_value());
        // Without a trail at all, nothing is taken either.
        const CaseTaking blind(&store, &assignments, nullptr, nullptr);
        QVERIFY(!blind.take(u"id-3"_s, QString::fromLatin1(CaseTaking::kViaNextCase)).ok());
        QVERIFY(!assignments.assignmentOf(u"id-3"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestRecordedActions)
#include "tst_recordedactions.moc"

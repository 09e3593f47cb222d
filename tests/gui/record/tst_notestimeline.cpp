#include "core/record/audittrail.h"
#include "core/record/statushistory.h"
#include "recordtest.h"
#include "ui/record/notespanel.h"
#include "ui/record/reasoncodeeditor.h"
#include "ui/record/timelinewidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace console;
using console::ui::NotesPanel;
using console::ui::ReasonCodeEditor;
using console::ui::TimelineWidget;
using recordtest::find;

namespace {
const QString kId = u"5f6e1c2a-0b1d-4c39-9a53-7d1f3c0e8b21"_s;

QJsonObject identity(const QString &status, const QString &sanctions)
{
    return QJsonObject{{u"id"_s, kId},
                       {u"status"_s, status},
                       {u"person_details"_s,
                        QJsonObject{{u"first_name"_s, u"Jane"_s},
                                    {u"cip_id"_s, u"073-05-1120"_s},
                                    {u"sanctions_verification_status"_s, sanctions}}}};
}
} // namespace

class TestNotesTimeline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditTrail> m_trail;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = recordtest::openStore(*m_dir);
        QVERIFY(m_store);
        m_trail = std::make_unique<AuditTrail>(m_store.get());
    }

    void cleanup()
    {
        m_trail.reset();
        m_store.reset();
        m_dir.reset();
    }

    void addedNoteShowsInNotesAndTimeline()
    {
        QWidget host;
        console::Notes notesService(m_store.get());
        console::ReasonCodes codes(m_store.get());
        auto *notes = new NotesPanel(m_store.get(), &notesService, &codes, m_trail.get(), &host);
        auto *timeline = new TimelineWidget(m_store.get(), &host);
        notes->setIdentityId(kId);
        timeline->setIdentityId(kId);
        host.show();
        QCOMPARE(notes->noteCount(), 0);
        QVERIFY(timeline->entries().isEmpty());

        auto *add = find<QPushButton>(notes, u"noteAdd"_s);
        QVERIFY(!add->isEnabled()); // nothing typed yet
        auto *reason = find<QComboBox>(notes, u"noteReason"_s);
        QVERIFY(reason->count() > 0);
        reason->setCurrentIndex(reason->count() - 1);
        const QString code = reason->currentData().toString();
        auto *body = find<QPlainTextEdit>(notes, u"noteBody"_s);
        body->setFocus();
        QTest::keyClicks(body, u"Passport photo matches the selfie."_s);
        QVERIFY(add->isEnabled());
        QSignalSpy added(notes, &NotesPanel::noteAdded);
        // Ctrl+Enter adds, like the button.
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(added.size(), 1);
        QVERIFY(body->toPlainText().isEmpty());
        QCOMPARE(notes->noteCount(), 1);
        QVERIFY(find<QListWidget>(notes, u"notesList"_s)
                    ->item(0)
                    ->text()
                    .contains(u"Passport photo matches the selfie."_s));

        // The timeline follows the store and shows the note with its author.
        QTRY_COMPARE(timeline->entries().size(), 1);
        const TimelineEntry entry = timeline->entries().first();
        QCOMPARE(entry.kind, TimelineKind::Note);
        QCOMPARE(entry.actor, u"Ada"_s);
        auto *tree = find<QTreeWidget>(timeline, u"timelineTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(1).contains(u"Passport photo"_s));

        // Adding the note is in the audit trail.
        AuditFilter f;
        f.action = auditActionName(AuditAction::NoteAdd);
        const auto audited = m_trail->list(f);
        QVERIFY(audited.ok());
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().identityId, kId);
        QCOMPARE(audited->first().details().value("reason_code"_L1).toString(), code);
    }

    void statusChangeOpensItsSnapshotDiff()
    {
        auto now = std::make_shared<qint64>(1'767'225'600'000); // 2026-01-01
        m_store->setClock([now] { return *now; });
        StatusHistory history(m_store.get());
        QVERIFY(history.record(identity(u"PENDING"_s, u"PENDING"_s), SnapshotCause::Refresh).ok());
        *now += 60'000;
        QVERIFY(
            history
                .record(identity(u"APPROVED"_s, u"APPROVED"_s), SnapshotCause::OwnCall, u"req-9"_s)
                .ok());
        TimelineWidget timeline(m_store.get());
        timeline.setIdentityId(kId);
        timeline.show();
        QVERIFY(!timeline.entries().isEmpty());
        // Newest first: the status change to APPROVED.
        const int row = 0;
        QCOMPARE(timeline.entries().at(row).kind, TimelineKind::StatusChange);
        QVERIFY(timeline.entries().at(row).title.contains(u"APPROVED"_s));

        QDialog *dialog = timeline.openDetails(row);
        QVERIFY(dialog);
        auto *diff = find<QPlainTextEdit>(dialog, u"timelineEntryDiff"_s);
        QVERIFY(diff);
        const QString text = diff->toPlainText();
        QVERIFY2(text.contains(u"status: PENDING → APPROVED"_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"person_details/sanctions_verification_status: PENDING → APPROVED"_s),
            qPrintable(text));
        // Unchanged fields are not listed, and PII never reaches the screen.
        QVERIFY(!text.contains(u"first_name"_s));
        auto *json = find<QPlainTextEdit>(dialog, u"timelineEntryJson"_s);
        QVERIFY(json->toPlainText().contains(u"\"cause_ref\": \"req-9\""_s));
        QVERIFY(!json->toPlainText().contains(u"073-05-1120"_s));
        dialog->close();
    }

    void snapshotDiffMasksPii()
    {
        QJsonObject before = identity(u"PENDING"_s, u"PENDING"_s);
        QJsonObject after = before;
        QJsonObject person = after.value("person_details"_L1).toObject();
        person.insert(u"cip_id"_s, u"111-22-3333"_s);
        after.insert(u"person_details"_s, person);
        const QStringList diff = TimelineWidget::snapshotDiff(before, after);
        for (const QString &line : diff) {
            QVERIFY2(!line.contains(u"073-05-1120"_s) && !line.contains(u"111-22-3333"_s),
                     qPrintable(line));
        }
    }

    void kindFilterNarrowsTheList()
    {
        StatusHistory history(m_store.get());
        QVERIFY(history.record(identity(u"PENDING"_s, u"PENDING"_s), SnapshotCause::Refresh).ok());
        Notes notes(m_store.get());
        const auto codes = ReasonCodes(m_store.get()).list();
        QVERIFY(codes.ok() && !codes->isEmpty());
        QVERIFY(notes.add(kId, codes->first().code, u"checked"_s).ok());
        TimelineWidget timeline(m_store.get());
        timeline.setIdentityId(kId);
        auto *tree = find<QTreeWidget>(&timeline, u"timelineTree"_s);
        const int all = tree->topLevelItemCount();
        QVERIFY(all >= 2);
        find<QComboBox>(&timeline, u"timelineKindFilter"_s)->setCurrentIndex(5); // Notes
        QCOMPARE(tree->topLevelItemCount(), 1);
    }

    void reasonCodeEditorFeedsTheCombo()
    {
        ReasonCodes codes(m_store.get());
        console::Notes notesService(m_store.get());
        NotesPanel notes(m_store.get(), &notesService, &codes, m_trail.get());
        notes.setIdentityId(kId);
        auto *reason = find<QComboBox>(&notes, u"noteReason"_s);
        const int before = reason->count();
        ReasonCodeEditor editor(&codes);
        QVERIFY(!editor.addCode(u"bad code!"_s, u"Nope"_s));
        QVERIFY(!editor.errorText().isEmpty());
        QVERIFY(editor.addCode(u"source_of_funds"_s, u"Source of funds"_s));
        QVERIFY(editor.codesShown().contains(u"SOURCE_OF_FUNDS"_s));
        QTRY_COMPARE(reason->count(), before + 1);
        QVERIFY(reason->findData(u"SOURCE_OF_FUNDS"_s) >= 0);

        // Retiring keeps it in the editor but takes it out of the choices.
        find<QListWidget>(&editor, u"reasonCodeList"_s)
            ->setCurrentRow(int(editor.codesShown().indexOf(u"SOURCE_OF_FUNDS"_s)));
        QVERIFY(editor.toggleRetiredCurrent());
        QVERIFY(editor.codesShown().contains(u"SOURCE_OF_FUNDS"_s));
        QTRY_COMPARE(reason->count(), before);
    }

    // A note the record cannot take is kept: in the form, when the reviewer comes back to the
    // identity, and counted for the window's question at Quit.
    void unsavedNoteIsKeptAndOfferedAgain()
    {
        ReasonCodes codes(m_store.get());
        console::Notes notesService(m_store.get());
        NotesPanel notes(m_store.get(), &notesService, &codes, m_trail.get());
        notes.setIdentityId(kId);
        auto *body = find<QPlainTextEdit>(&notes, u"noteBody"_s);
        QVERIFY(body);
        body->setPlainText(u"Customer called about the EDD documents."_s);
        QCOMPARE(notes.unsavedCount(), 1); // typed, not added yet

        m_store->close(); // the record goes out of reach
        QVERIFY(!notes.addNote());
        QVERIFY2(notes.errorText().contains(u"kept"_s), qPrintable(notes.errorText()));
        QVERIFY2(!notes.errorText().contains(u": ."_s), qPrintable(notes.errorText()));
        QCOMPARE(body->toPlainText(), u"Customer called about the EDD documents."_s);

        // Moving on does not drop it; coming back offers it again.
        notes.setIdentityId(u"another-identity"_s);
        QVERIFY(body->toPlainText().isEmpty());
        QCOMPARE(notes.unsavedCount(), 1);
        QVERIFY(notes.unsavedText().contains(u"Customer called about the EDD documents."_s));
        notes.setIdentityId(kId);
        QCOMPARE(body->toPlainText(), u"Customer called about the EDD documents."_s);
        QVERIFY(notes.errorText().contains(u"not saved yet"_s));
        QCOMPARE(notes.unsavedCount(), 1);
    }
};

QTEST_MAIN(TestNotesTimeline)
#include "tst_notestimeline.moc"

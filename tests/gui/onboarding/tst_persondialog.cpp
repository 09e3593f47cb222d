#include "core/onboarding/draftautosaver.h"
#include "core/record/audittrail.h"
#include "core/record/draftcipher.h"
#include "core/record/drafts.h"
#include "core/record/notes.h"
#include "core/record/store.h"
#include "core/settings/settings.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"
#include "paxos/model/examples.h"
#include "paxos/model/validation.h"
#include "paxos/net/connection.h"
#include "support/sandboxprocess.h"
#include "ui/onboarding/draftsdialog.h"
#include "ui/onboarding/duplicatecipiddialog.h"
#include "ui/onboarding/persondialog.h"
#include "ui/onboarding/personform.h"
#include "ui/onboarding/sandboxoutcomespanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace console;
using namespace console::ui;

// Drives the person dialog against a private paxos-sandbox (fresh state, so the guide's
// example person is new to it).
class TestPersonDialog : public QObject
{
    Q_OBJECT

    testsupport::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    paxos::Connection m_connection;
    Store m_store;
    std::unique_ptr<AuditTrail> m_audit;
    WriteGuard m_gate; // records into m_audit; a local sandbox asks no confirmation
    std::unique_ptr<Drafts> m_drafts;
    std::unique_ptr<Notes> m_notes;
    QString m_exampleId;

    OnboardingServices services()
    {
        OnboardingServices s;
        s.connection = &m_connection;
        s.audit = m_audit.get();
        s.writeGuard = &m_gate;
        s.drafts = m_drafts.get();
        s.notes = m_notes.get();
        return s;
    }

    // With CC_SCREENSHOT_DIR set (scripts/screenshots.sh), the walk-through is saved as PNGs.
    static void snap(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        // Let pending relayouts (rows shown or hidden by the last edit) settle first, as the
        // event loop would before painting; nested layouts need a pass per level.
        for (int pass = 0; pass < 4; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(widget->grab().save(dir + u'/' + QLatin1StringView(name) + u".png"_s));
    }

    QLabel *banner(QWidget *dialog) { return dialog->findChild<QLabel *>(u"banner"_s); }
    QPushButton *submitButton(QWidget *d) { return d->findChild<QPushButton *>(u"submitButton"_s); }

    // Creates the example person with a new ref_id and, optionally, another cip_id.
    paxos::Identity fetch(const QString &id)
    {
        auto *job = new paxos::GetIdentityJob(&m_connection, id, true);
        job->setAutoDelete(false);
        QSignalSpy done(job, &paxos::Job::finished);
        job->start();
        if (!done.wait(20000))
            return {};
        const paxos::Identity identity = job->result();
        delete job;
        return identity;
    }

    void createExample(PersonDialog &dialog)
    {
        dialog.fillSandboxExample();
        QVERIFY(submitButton(&dialog)->isEnabled());
        QTest::mouseClick(submitButton(&dialog), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection.setEnvironment(paxos::Environment::localSandbox(m_sandbox.url()));
        m_connection.setCredentials(u"demo"_s, u"demo-secret"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(StoreConfig::sqlite(m_dir.filePath(u"console.sqlite"_s))).ok());
        m_store.setOperator({u"Tester"_s, u"tester"_s});
        m_audit = std::make_unique<AuditTrail>(&m_store);
        m_gate.setAuditTrail(m_audit.get());
        m_drafts = std::make_unique<Drafts>(&m_store);
        m_drafts->setKey(DraftCipher::generateKey());
        m_notes = std::make_unique<Notes>(&m_store);
    }

    void createsTheGuidePersonAndShowsApproved()
    {
        PersonDialog dialog(services());
        dialog.show();
        QSignalSpy created(&dialog, &PersonDialog::identityCreated);
        snap(&dialog, "onboarding-1-new-person");
        dialog.fillSandboxExample();
        snap(&dialog, "onboarding-2-sandbox-example");
        QTest::mouseClick(submitButton(&dialog), Qt::LeftButton);
        QVERIFY(created.wait(20000));
        m_exampleId = created.first().first().value<paxos::Identity>().id;
        QVERIFY(!m_exampleId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(banner(&dialog)->text().contains(u"Approved"_s), 20000);
        QVERIFY(!submitButton(&dialog)->isEnabled());
        snap(&dialog, "onboarding-3-approved");
        // Sent, so no draft is left behind.
        QVERIFY(m_drafts->list()->isEmpty());
        QCOMPARE(fetch(m_exampleId).effectiveStatus(), u"APPROVED"_s);
    }

    void validationBlocksSubmit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::newRow("name pattern") << u"person_details.first_name"_s << u"Zo@e"_s;
        QTest::newRow("last name required") << u"person_details.last_name"_s << QString();
        QTest::newRow("date of birth") << u"person_details.date_of_birth"_s << u"1960-13-01"_s;
        QTest::newRow("address pattern") << u"person_details.address.address1"_s << u"#12 Main"_s;
        QTest::newRow("city required") << u"person_details.address.city"_s << QString();
        QTest::newRow("cip_id pattern") << u"person_details.cip_id"_s << u"073_05_1120"_s;
        QTest::newRow("verified at")
            << u"person_details.passthrough_verified_at"_s << u"yesterday"_s;
        QTest::newRow("verification id")
            << u"person_details.passthrough_verification_id"_s << QString();
    }

    void validationBlocksSubmit()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        {
            PersonDialog dialog(services());
            dialog.show();
            dialog.fillSandboxExample();
            QVERIFY(submitButton(&dialog)->isEnabled());
            auto *edit = qobject_cast<QLineEdit *>(dialog.form()->fieldWidget(path));
            QVERIFY(edit);
            edit->setFocus();
            edit->selectAll();
            if (value.isEmpty())
                QTest::keyClick(edit, Qt::Key_Delete);
            else
                QTest::keyClicks(edit, value);
            QVERIFY(!submitButton(&dialog)->isEnabled());
            // The sentence under the field is the domain rule's own.
            QString expected;
            for (const paxos::ValidationIssue &issue : dialog.form()->issues())
                if (issue.path == path && issue.isError())
                    expected = issue.message;
            QVERIFY2(!expected.isEmpty(), qPrintable(path));
            QVERIFY(dialog.form()->issueTextFor(path).contains(expected));
            const QString blocked = dialog.findChild<QLabel *>(u"blockedLabel"_s)->text();
            QVERIFY(blocked.contains(expected));
            if (QByteArrayView(QTest::currentDataTag()) == "name pattern")
                snap(&dialog, "onboarding-validation");
            // Enter does not send an invalid form.
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            dialog.reject();
        }
        // Esc kept the draft: exactly one per form.
        QCOMPARE(m_drafts->list()->size(), 1);
        const auto left = m_drafts->list();
        for (const DraftInfo &d : left.value())
            QVERIFY(m_drafts->discard(d.draftId).ok());
    }

    void duplicateCipIdDecline()
    {
        QVERIFY(!m_exampleId.isEmpty());
        PersonDialog dialog(services());
        dialog.show();
        createExample(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<DuplicateCipIdDialog *>(), 20000);
        auto *dup = dialog.findChild<DuplicateCipIdDialog *>();
        using S = onboarding::DuplicateCipWorkflow::State;
        QTRY_COMPARE_WITH_TIMEOUT(dup->workflow()->state(), S::Comparing, 20000);
        QCOMPARE(dup->workflow()->existingId(), m_exampleId);
        // The existing identity's government id and date of birth are someone else's record:
        // shown once that look is in the audit trail.
        AuditFilter reveals;
        reveals.action = auditActionName(AuditAction::PiiReveal);
        reveals.identityId = m_exampleId;
        const auto looked = m_audit->list(reveals);
        QVERIFY(looked.ok());
        QVERIFY(
            std::any_of(looked.value().cbegin(), looked.value().cend(), [](const AuditEntry &e) {
                return e.details().value("where"_L1).toString() == u"duplicate_cip"_s;
            }));
        snap(dup, "onboarding-4-duplicate-cip-id");
        auto *act = dup->findChild<QPushButton *>(u"actButton"_s);
        QVERIFY(!act->isEnabled()); // a reason is needed
        QTest::keyClicks(dup->findChild<QPlainTextEdit *>(u"reasonEdit"_s),
                         u"Different person, same SSN"_s);
        QVERIFY(act->isEnabled());
        QSignalSpy declined(dup, &DuplicateCipIdDialog::declined);
        QTest::mouseClick(act, Qt::LeftButton);
        QCOMPARE(declined.size(), 1);
        AuditFilter filter;
        filter.identityId = m_exampleId;
        const auto entries = m_audit->list(filter);
        QVERIFY(entries.ok());
        bool found = false;
        for (const AuditEntry &e : entries.value())
            found |= e.action == auditActionName(AuditAction::DuplicateCipDecision)
                && e.detailsJson.contains(u"decline"_s);
        QVERIFY(found);
        QCOMPARE(m_notes->forIdentity(m_exampleId)->size(), 1);
    }

    void duplicateCipIdSamePersonNewAccount()
    {
        PersonDialog dialog(services());
        dialog.show();
        createExample(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<DuplicateCipIdDialog *>(), 20000);
        auto *dup = dialog.findChild<DuplicateCipIdDialog *>();
        using S = onboarding::DuplicateCipWorkflow::State;
        QTRY_COMPARE_WITH_TIMEOUT(dup->workflow()->state(), S::Comparing, 20000);
        dup->findChild<QRadioButton *>(u"accountRadio"_s)->click();
        QSignalSpy account(dup, &DuplicateCipIdDialog::accountCreated);
        QTest::mouseClick(dup->findChild<QPushButton *>(u"actButton"_s), Qt::LeftButton);
        QVERIFY(account.wait(20000));
        QCOMPARE(dup->workflow()->state(), S::AccountCreated);
        QCOMPARE(dup->workflow()->account().identityId, m_exampleId);
    }

    void updateSendsOnlyChangedFields()
    {
        const paxos::Identity identity = fetch(m_exampleId);
        QVERIFY(identity.personDetails);
        PersonDialog dialog(services(), identity);
        dialog.show();
        QVERIFY(!submitButton(&dialog)->isEnabled()); // nothing changed yet
        auto *email =
            qobject_cast<QLineEdit *>(dialog.form()->fieldWidget(u"person_details.email"_s));
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"billy@example.org"_s);
        QCOMPARE(dialog.pendingBody(),
                 (QJsonObject{
                     {u"person_details"_s, QJsonObject{{u"email"_s, u"billy@example.org"_s}}}}));
        snap(&dialog, "onboarding-5-update-changes");
        QVERIFY(dialog.pendingCurl().contains(u"--request \"PUT\""_s)
                || dialog.pendingCurl().contains(u"PUT"_s));
        QSignalSpy updated(&dialog, &PersonDialog::identityUpdated);
        QTest::keyClick(email, Qt::Key_Return); // Enter sends a valid form
        QVERIFY(updated.wait(20000));
        QCOMPARE(fetch(m_exampleId).personDetails->email.value_or(QString()),
                 u"billy@example.org"_s);
    }

    void draftSurvivesDestroyingTheWindow()
    {
        auto *dialog = new PersonDialog(services());
        dialog->show();
        auto *first =
            qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(u"person_details.first_name"_s));
        first->setFocus();
        QTest::keyClicks(first, u"Zelda"_s);
        // The last save happens while the dialog is whole, not from ~QWidget deleting its
        // children (where reporting it into the dialog was undefined behaviour).
        auto *saver = dialog->findChild<console::onboarding::DraftAutosaver *>();
        QVERIFY(saver);
        int saves = 0;
        bool whole = false;
        connect(saver, &console::onboarding::DraftAutosaver::saved, saver, [&] {
            ++saves;
            whole = qobject_cast<PersonDialog *>(saver->parent()) != nullptr;
        });
        delete dialog; // mid-edit, before the autosave delay
        QCOMPARE(saves, 1);
        QVERIFY(whole);
        const auto drafts = m_drafts->list();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        const auto draft = m_drafts->load(drafts->first().draftId);
        QVERIFY(draft.ok());
        QCOMPARE(
            draft->form.value("person_details"_L1).toObject().value("first_name"_L1).toString(),
            u"Zelda"_s);

        PersonDialog resumed(services());
        resumed.resumeDraft(draft->info.draftId, draft->form);
        QCOMPARE(
            qobject_cast<QLineEdit *>(resumed.form()->fieldWidget(u"person_details.first_name"_s))
                ->text(),
            u"Zelda"_s);
        QCOMPARE(resumed.draftId(), draft->info.draftId);
    }

    void draftsAreListedAndDiscarded()
    {
        // Offered at start only while a draft has not been listed yet in its present version.
        QTemporaryDir settingsDir;
        auto settings = console::Settings::createForTesting(settingsDir.path());
        const QList<console::DraftInfo> listed = m_drafts->list().value();
        QCOMPARE(listed.size(), 1);
        QVERIFY(DraftsDialog::hasUnseen(listed, settings.get()));
        {
            DraftsDialog first(m_drafts.get());
            first.setSettings(settings.get());
        }
        QVERIFY(!DraftsDialog::hasUnseen(listed, settings.get()));
        console::DraftInfo edited = listed.first();
        edited.updatedAtMs += 1000; // edited since it was listed: new to the user
        QVERIFY(DraftsDialog::hasUnseen({edited}, settings.get()));
        QVERIFY(!DraftsDialog::hasUnseen({}, settings.get()));

        DraftsDialog dialog(m_drafts.get());
        QCOMPARE(dialog.draftCount(), 1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"discardDraftButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.draftCount(), 0);
        QVERIFY(m_drafts->list()->isEmpty());
    }

    void sandboxOutcomesWalkBranches()
    {
        SandboxOutcomesPanel panel(services());
        panel.show();
        panel.setIdentityId(m_exampleId);
        QVERIFY2(panel.outcomes()->canRunScenario(),
                 qPrintable(m_connection.environment().apiBase().toString()));
        auto *scenario = panel.findChild<QComboBox *>(u"scenarioCombo"_s);
        scenario->setCurrentIndex(scenario->findData(u"deny"_s));
        QSignalSpy changed(&panel, &SandboxOutcomesPanel::identityChanged);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"runScenarioButton"_s), Qt::LeftButton);
        QVERIFY2(changed.wait(20000),
                 qPrintable(panel.findChild<QLabel *>(u"statusLabel"_s)->text()));
        QCOMPARE(fetch(m_exampleId).effectiveStatus(), u"DENIED"_s);

        auto *sanctions = panel.findChild<QComboBox *>(u"sanctionsCombo"_s);
        sanctions->setCurrentIndex(sanctions->findData(u"APPROVED"_s));
        QTest::mouseClick(panel.findChild<QPushButton *>(u"applyStatusesButton"_s), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QCOMPARE(fetch(m_exampleId).personDetails->sanctionsVerificationStatus.value_or(QString()),
                 u"APPROVED"_s);
    }
};

QTEST_MAIN(TestPersonDialog)
#include "tst_persondialog.moc"

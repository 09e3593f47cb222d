// The institution guide's flow in the real window, against the embedded local sandbox:
// members (one created on the way with the person form, one found among existing persons),
// the institution from the Identity menu with the rules checked as it is filled, its
// business documents from the Documents tab, the documented sandbox unblock from the Sandbox
// outcomes dialog, approval; then Edit on the institution opens the institution form, where
// a member is removed. Every step goes through the widgets a user would use.
//
// With CC_SCREENSHOT_DIR set, the filled institution form is saved there at 1366×768
// (docs/institution-form.png is made this way).
#include "app/application.h"
#include "core/accounts/identityaccounts.h"
#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/onboarding/draftautosaver.h"
#include "core/record/audittrail.h"
#include "core/record/drafts.h"
#include "core/services.h"
#include "core/session/session.h"
#include "support/consoleharness.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountsintegration.h"
#include "ui/accounts/accountspanel.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/onboarding/draftsdialog.h"
#include "ui/onboarding/institutiondialog.h"
#include "ui/onboarding/institutionform.h"
#include "ui/onboarding/institutionintegration.h"
#include "ui/onboarding/institutionmemberpicker.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/onboarding/persondialog.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using console::ui::InstitutionDialog;
using console::ui::InstitutionForm;

namespace {
constexpr int kTimeout = 20000;
const QByteArray kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
} // namespace

class TestInstitutionWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(3);
        m_app = m_console.app();
    }
    void cleanupTestCase() { m_console.stop(); }

    void draftIsKeptWhileTypingAndReopensInTheInstitutionForm();
    void guideFlowEndToEnd();

private:
    QString currentStatus() const
    {
        return m_app->window()
            ->queueView()
            ->currentIndex()
            .siblingAtColumn(console::IdentityTableModel::StatusColumn)
            .data(console::WireValueRole)
            .toString();
    }

    // The institution form's drafts in the store (this environment's, this operator's).
    QList<console::DraftInfo> institutionDrafts() const
    {
        QList<console::DraftInfo> out;
        const auto list = m_app->services().drafts->list();
        if (list.ok())
            for (const auto &info : list.value())
                if (console::onboarding::draftkinds::isInstitution(info.kind))
                    out.append(info);
        return out;
    }

    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
};

void TestInstitutionWindow::draftIsKeptWhileTypingAndReopensInTheInstitutionForm()
{
    // Drafts are sealed with a key read from the keychain at start.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->services().drafts->hasKey(), kTimeout);
    QVERIFY(institutionDrafts().isEmpty());
    m_app->window()->findChild<QAction *>(u"newInstitutionAction"_s)->trigger();
    QPointer<InstitutionDialog> dialog = m_app->window()->findChild<InstitutionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(institutionDrafts().isEmpty()); // an untouched form leaves none

    // Typed, and written while the form is still open: a crash now loses nothing.
    auto *saver = dialog->findChild<console::onboarding::DraftAutosaver *>();
    QVERIFY(saver);
    QSignalSpy saved(saver, &console::onboarding::DraftAutosaver::saved);
    auto *name = qobject_cast<QLineEdit *>(dialog->form()->field(u"institution_details.name"_s));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, u"Draftwell Holdings"_s);
    auto *type =
        qobject_cast<QComboBox *>(dialog->form()->field(u"institution_details.institution_type"_s));
    type->setCurrentIndex(type->findData(u"CORPORATION"_s));
    emit type->activated(type->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !saver->hasPendingChange(), kTimeout);
    QVERIFY(dialog->isVisible());
    QCOMPARE(institutionDrafts().size(), 1);
    const console::DraftInfo info = institutionDrafts().first();
    QCOMPARE(info.kind, QString(console::onboarding::draftkinds::createInstitution));
    QCOMPARE(info.label, u"Draftwell Holdings"_s);
    QCOMPARE(info.draftId, dialog->draftId());
    const auto stored = m_app->services().drafts->load(info.draftId);
    QVERIFY(stored.ok());
    const QJsonObject details = stored->form.value(u"institution_details"_s).toObject();
    QCOMPARE(details.value(u"name"_s).toString(), u"Draftwell Holdings"_s);
    QCOMPARE(details.value(u"institution_type"_s).toString(), u"CORPORATION"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"draftLabel"_s)->text().contains(u"Draft saved"_s));

    // Closed without sending: the draft stays, one per form.
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(institutionDrafts().size(), 1);

    // Identity → Drafts… lists it as the institution form's, and Continue reopens it there.
    m_app->onboarding()->openDrafts();
    console::ui::DraftsDialog *drafts = nullptr;
    QTRY_VERIFY((drafts = m_app->window()->findChild<console::ui::DraftsDialog *>()) != nullptr
                && drafts->isVisible());
    auto *list = drafts->findChild<QTreeWidget *>(u"draftList"_s);
    QTreeWidgetItem *listed = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0).contains(u"Draftwell"_s))
            listed = list->topLevelItem(i);
    QVERIFY(listed);
    QCOMPARE(listed->text(1), u"New institution"_s);
    list->setCurrentItem(listed);
    QTest::mouseClick(drafts->findChild<QPushButton *>(u"openDraftButton"_s), Qt::LeftButton);
    QTRY_VERIFY((dialog = m_app->window()->findChild<InstitutionDialog *>()) != nullptr
                && dialog->isVisible());
    QCOMPARE(
        qobject_cast<QLineEdit *>(dialog->form()->field(u"institution_details.name"_s))->text(),
        u"Draftwell Holdings"_s);
    QCOMPARE(dialog->form()
                 ->request()
                 .value(u"institution_details"_s)
                 .toObject()
                 .value(u"institution_type"_s)
                 .toString(),
             u"CORPORATION"_s);
    QCOMPARE(dialog->draftId(), info.draftId); // continues the same draft
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(institutionDrafts().size(), 1);
    QVERIFY(m_app->services().drafts->discard(info.draftId).ok());
}

void TestInstitutionWindow::guideFlowEndToEnd()
{
    // The menu entry, through the window's extension point.
    auto *newInstitution = m_app->window()->findChild<QAction *>(u"newInstitutionAction"_s);
    QVERIFY(newInstitution);
    QVERIFY(m_app->window()
                ->menu(console::ui::MainWindow::Menu::Identity)
                ->actions()
                .contains(newInstitution));
    newInstitution->trigger();
    auto *dialog = m_app->window()->findChild<InstitutionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    InstitutionForm *form = dialog->form();
    auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
    QVERIFY(!submit->isEnabled()); // nothing filled yet

    // The rules as one types: a trust takes INVESTMENT only and needs no business
    // description; a corporation needs one, and the regulation table adds fields.
    auto *type = qobject_cast<QComboBox *>(form->field(u"institution_details.institution_type"_s));
    type->setCurrentIndex(type->findData(u"TRUST"_s));
    emit type->activated(type->currentIndex());
    auto *subType =
        qobject_cast<QComboBox *>(form->field(u"institution_details.institution_sub_type"_s));
    QCOMPARE(subType->count(), 2); // "Choose" and INVESTMENT
    QCOMPARE(subType->currentData().toString(), u"INVESTMENT"_s);
    QVERIFY(!form->isMarkedRequired(u"institution_details.business_description"_s));
    type->setCurrentIndex(type->findData(u"CORPORATION"_s));
    emit type->activated(type->currentIndex());
    QVERIFY(subType->count() > 40);
    QVERIFY(form->isMarkedRequired(u"institution_details.business_description"_s));
    QVERIFY(!form->isMarkedRequired(u"institution_details.ticker_symbol"_s));
    auto *trading = qobject_cast<QComboBox *>(form->field(u"institution_details.trading_type"_s));
    trading->setCurrentIndex(trading->findData(u"PUBLIC"_s));
    emit trading->activated(trading->currentIndex());
    QVERIFY(form->isMarkedRequired(u"institution_details.ticker_symbol"_s));
    QVERIFY(form->issueTextFor(u"institution_details.ticker_symbol"_s).isEmpty()); // not touched

    // ➊ Members. One created on the way with the person form (the guide's person)…
    QTest::mouseClick(form->newPersonButton(), Qt::LeftButton);
    auto *personDialog = dialog->findChild<console::ui::PersonDialog *>();
    QVERIFY(personDialog);
    QTRY_VERIFY(personDialog->isVisible());
    QTest::mouseClick(personDialog->findChild<QPushButton *>(u"exampleButton"_s), Qt::LeftButton);
    auto *personSubmit = personDialog->findChild<QPushButton *>(u"submitButton"_s);
    QTRY_VERIFY(personSubmit->isEnabled());
    QTest::mouseClick(personSubmit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(form->memberCount(), 1, kTimeout);
    personDialog->close();
    // …with the roles of the guide and the ownership a beneficial owner needs.
    form->selectMember(0);
    for (const char *role : {"BENEFICIAL_OWNER", "AUTHORIZED_USER"}) {
        auto *check = form->findChild<QCheckBox *>(u"role_"_s + QLatin1StringView(role));
        QVERIFY(check && check->isVisible());
        check->setChecked(true);
    }
    QVERIFY(!form->findChild<QCheckBox *>(u"role_TRUSTEE"_s)->isVisible()); // not a trust
    form->revealAllIssues();
    QVERIFY2(form->issueTextFor(u"institution_members"_s).contains(u"25%"_s),
             qPrintable(form->issueTextFor(u"institution_members"_s)));
    auto *ownership = form->findChild<QLineEdit *>(u"memberOwnership"_s);
    QTest::keyClicks(ownership, u"60"_s);

    // …and one existing person, found by ref_id.
    QTest::mouseClick(form->addExistingButton(), Qt::LeftButton);
    auto *picker = dialog->findChild<console::ui::InstitutionMemberPicker *>();
    QVERIFY(picker);
    QSignalSpy searched(picker, &console::ui::InstitutionMemberPicker::searched);
    picker->search(u"seed-"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->results().isEmpty() && searched.count() > 0, kTimeout);
    for (const paxos::Identity &p : picker->results())
        QVERIFY(p.refId.value_or(QString()).startsWith(u"seed-"_s));
    picker->choose(0);
    const QString controlId = picker->chosen().id;
    picker->setRoles({u"MANAGEMENT_CONTROL_PERSON"_s});
    picker->accept();
    QTRY_COMPARE(form->memberCount(), 2);

    // ➋ The institution: the sandbox example keeps the members chosen.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exampleButton"_s), Qt::LeftButton);
    const QJsonObject body = dialog->pendingBody();
    QCOMPARE(body.value(u"institution_details"_s).toObject().value(u"name"_s).toString(),
             u"Foogle"_s);
    const QJsonArray members = body.value(u"institution_members"_s).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value(u"ownership"_s).toString(), u"60"_s);
    QCOMPARE(members.at(1).toObject().value(u"identity_id"_s).toString(), controlId);
    QVERIFY2(!form->hasErrors(), qPrintable(form->blockingSummary()));
    const QString preview = dialog->findChild<QPlainTextEdit *>(u"jsonPreview"_s)->toPlainText();
    QCOMPARE(QJsonDocument::fromJson(preview.toUtf8()).object(), body);
    QVERIFY(dialog->pendingCurl().contains(u"/identity/identities"_s));
    QVERIFY(dialog->pendingCurl().contains(u"Bearer {access_token}"_s));

    if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->resize(1366, 768);
        dialog->layout()->activate();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"institution-form.png"_s)));
    }

    QTRY_VERIFY(submit->isEnabled());
    QSignalSpy created(dialog, &InstitutionDialog::identityCreated);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(created.wait(kTimeout));
    const auto institution = created.first().first().value<paxos::Identity>();
    QVERIFY(institution.isInstitution());
    // Selected in the queue, and, as Paxos documents, waiting for document verification.
    auto *view = m_app->window()->queueView();
    QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data(console::IdentityIdRole).toString(),
                              institution.id, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->bannerText().contains(u"business documents"_s), kTimeout);
    QCOMPARE(currentStatus(), u"PENDING"_s);
    // The create went through the write gate: intent and outcome.
    console::AuditFilter creates;
    creates.action = console::auditActionName(console::AuditAction::IdentityCreate);
    creates.identityId = institution.id;
    const auto audited = m_app->auditTrail()->list(creates);
    QVERIFY(audited.ok());
    QCOMPARE(audited.value().size(), 1); // the outcome carries the new id
    // Sent: the form's draft is gone.
    QVERIFY(institutionDrafts().isEmpty());
    dialog->close();

    // ➌ Documents: the business documents, uploaded from the Documents tab (the banner and
    // the review tab send the user there), with the file a user would pick.
    QTemporaryDir files;
    const QString path = files.filePath(u"articles.png"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPng);
    }
    auto *tabs = m_app->window()->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s);
    auto *documentsPage =
        m_app->window()->detailPane()->findChild<QScrollArea *>(u"eddChecklistScroll"_s);
    QVERIFY(tabs && documentsPage);
    m_app->window()->showDetailPage(tabs->indexOf(documentsPage));
    auto *edd = documentsPage->findChild<console::ui::EddChecklistWidget *>();
    QVERIFY(edd);
    QTRY_COMPARE_WITH_TIMEOUT(edd->identityId(), institution.id, kTimeout);
    edd->setFileChooser(
        [path](QWidget *, const std::function<void(QString)> &done) { done(path); });
    QPushButton *upload = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (upload = edd->findChild<QPushButton *>(u"eddUpload_ORGANIZATIONAL_DOCUMENTS"_s))
            && upload->isVisible() && upload->isEnabled(),
        kTimeout);
    QSignalSpy uploaded(edd, &console::ui::EddChecklistWidget::uploaded);
    QTest::mouseClick(upload, Qt::LeftButton);
    QVERIFY(uploaded.wait(kTimeout));
    QCOMPARE(uploaded.first().first().toString(), institution.id);
    QTRY_COMPARE_WITH_TIMEOUT(edd->filesList()->topLevelItemCount(), 1, kTimeout);
    // The documents are in: the review is Paxos's now, as the detail pane reads it.
    const console::Services &s = m_app->services();
    QSignalSpy loaded(s.current, &console::CurrentIdentity::loaded);
    s.current->open(institution.id);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
    const auto reviewed = loaded.last().first().value<paxos::Identity>();
    QCOMPARE(reviewed.effectiveStatus(), u"PENDING"_s);
    QVERIFY(reviewed.statusDetails);
    bool awaitingPaxos = false;
    for (const auto &r : reviewed.statusDetails->requirements)
        awaitingPaxos = awaitingPaxos
            || (r.type == u"DOCUMENT_VERIFICATION"
                && r.awaitingActionFrom.value_or(QString()) == u"PAXOS");
    QVERIFY(awaitingPaxos);

    // ➍ Approval: the Sandbox's documented unblock for institutions, from Identity ›
    // Sandbox outcomes… on the selected institution.
    auto *outcomesAction = m_app->window()->findChild<QAction *>(u"sandboxOutcomesAction"_s);
    QVERIFY(outcomesAction);
    QTRY_VERIFY_WITH_TIMEOUT(outcomesAction->isEnabled(), kTimeout);
    outcomesAction->trigger();
    QDialog *outcomesDialog = nullptr;
    QTRY_VERIFY((outcomesDialog = m_app->window()->findChild<QDialog *>(u"sandboxOutcomesDialog"_s))
                && outcomesDialog->isVisible());
    QVERIFY(outcomesDialog->windowTitle().contains(institution.id));
    auto *sanctions = outcomesDialog->findChild<QComboBox *>(u"sanctionsCombo"_s);
    QVERIFY(sanctions);
    sanctions->setCurrentIndex(sanctions->findData(u"APPROVED"_s));
    QTest::mouseClick(outcomesDialog->findChild<QPushButton *>(u"applyStatusesButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentStatus(), u"APPROVED"_s, kTimeout);
    outcomesDialog->reject();

    // Edit on an institution opens the institution form, never the person form.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->onboarding()->editIdentityAction()->isEnabled(), kTimeout);
    m_app->onboarding()->editIdentityAction()->trigger();
    InstitutionDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_app->window()->findChild<InstitutionDialog *>()) && edit->isVisible());
    QVERIFY(!m_app->window()->findChild<console::ui::PersonDialog *>());
    QVERIFY(edit->isEditing());
    QCOMPARE(edit->form()->memberCount(), 2);
    // Remove the management control person there: Remove Institution Member, through the gate.
    QSignalSpy changed(edit, &InstitutionDialog::membersChanged);
    edit->form()->selectMember(1);
    QTest::mouseClick(edit->form()->removeMemberButton(), Qt::LeftButton);
    QVERIFY(changed.wait(kTimeout));
    QCOMPARE(edit->form()->memberCount(), 1);
    console::AuditFilter removals;
    removals.action = console::auditActionName(console::AuditAction::InstitutionMemberRemove);
    removals.identityId = institution.id;
    QVERIFY(!m_app->auditTrail()->list(removals).value().isEmpty());
    edit->close();

    // ➎ The guide's next step: an account with its profile for the institution, opened from
    // its Accounts tab, and the profile as Get Profile answers it.
    console::ui::AccountsIntegration *accountsFeature = m_app->accounts();
    console::IdentityAccounts *accounts = accountsFeature->accounts();
    m_app->window()->showDetailPage(accountsFeature->pageIndex());
    QTRY_COMPARE_WITH_TIMEOUT(accounts->identityId(), institution.id, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading(), kTimeout);
    console::ui::AccountsPanel *panel = accountsFeature->panel();
    auto *newAccount = panel->findChild<QPushButton *>(u"newAccountButton"_s);
    QTRY_VERIFY(newAccount->isEnabled());
    QTest::mouseClick(newAccount, Qt::LeftButton);
    console::ui::AccountDialog *accountDialog = panel->dialog();
    QVERIFY(accountDialog);
    QTRY_VERIFY(accountDialog->isVisible());
    QTest::keyClicks(accountDialog->findChild<QLineEdit *>(u"accountDescription"_s),
                     u"Institution Brokerage Account"_s);
    QTest::mouseClick(accountDialog->findChild<QCheckBox *>(u"createProfile"_s), Qt::LeftButton);
    auto *open = accountDialog->findChild<QPushButton *>(u"submitButton"_s);
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 1, kTimeout);
    const paxos::Account account = accounts->accounts().first();
    QCOMPARE(account.identityId, institution.id);
    QVERIFY(!account.profileId.value_or(QString()).isEmpty());
    console::AuditFilter accountCreates;
    accountCreates.action = u"account.create"_s;
    accountCreates.identityId = institution.id;
    QVERIFY(!m_app->auditTrail()->list(accountCreates).value().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(panel->tree()->topLevelItemCount(), 1, kTimeout);
    panel->tree()->setCurrentItem(panel->tree()->topLevelItem(0));
    auto *details = panel->findChild<QTextBrowser *>(u"accountDetails"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(u"Profile nickname"_s),
                              qPrintable(details->toPlainText()), kTimeout);
    QVERIFY(details->toPlainText().contains(*account.profileId));
}

QTEST_MAIN(TestInstitutionWindow)
#include "tst_institutionwindow.moc"

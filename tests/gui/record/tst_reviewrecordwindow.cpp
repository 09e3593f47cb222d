#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/settings/settings.h"
#include "support/keptdir.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/queuetableview.h"
#include "ui/record/audittrailtablemodel.h"
#include "ui/record/audittrailview.h"
#include "ui/record/evidenceexportdialog.h"
#include "ui/record/notespanel.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/record/teampanel.h"
#include "ui/record/timelinewidget.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using console::ui::MainWindow;
using console::ui::ReviewRecordController;

namespace {
constexpr int kTimeout = 20000;
} // namespace

// The review record inside the real window, on the embedded sandbox and the app's own store.
// With RECORD_SCREENSHOT_DIR set, the window is saved there at each step for a look.
class TestReviewRecordWindow : public QObject
{
    Q_OBJECT

private:
    // Kept after the run for the leak sweep.
    testsupport::KeptDir m_dir;
    console::MemoryCredentialStore m_credentials;
    std::unique_ptr<console::app::Application> m_app;
    MainWindow *m_window = nullptr;
    ReviewRecordController *m_record = nullptr;

    void shot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("RECORD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            (widget ? widget : m_window)->grab().save(dir + u'/' + name + u".png"_s);
    }

    QTabWidget *tabs() const
    {
        return m_window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s);
    }
    // The tab a page sits in (each page is inside its tab's scroll area).
    void showPage(QWidget *page) const
    {
        for (int i = 0; i < tabs()->count(); ++i) {
            if (tabs()->widget(i)->isAncestorOf(page))
                tabs()->setCurrentIndex(i);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        console::app::Application::Options options;
        options.dataDir = m_dir.path();
        options.inMemorySandbox = true;
        options.seedIdentities = 6;
        options.ephemeralUi = true;
        options.credentials = &m_credentials;
        options.windowSize = QSize(1500, 900);
        m_app = std::make_unique<console::app::Application>(options);
        QString error;
        QVERIFY2(m_app->start(&error), qPrintable(error));
        m_window = m_app->window();
        m_record = m_app->reviewRecord();
        QVERIFY(m_record);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->identities()->rowCount() > 0, kTimeout);
        auto *table = m_window->queueView();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->identity().has_value(), kTimeout);
    }

    void cleanupTestCase() { m_app.reset(); }

    void tabsAndToolsAreThere()
    {
        QStringList titles;
        for (int i = 0; i < tabs()->count(); ++i)
            titles.append(tabs()->tabText(i));
        QVERIFY2(titles.contains(u"Timeline"_s) && titles.contains(u"Notes"_s),
                 qPrintable(titles.join(u", "_s)));
        QMenu *tools = m_window->menuBar()->findChild<QMenu *>(u"toolsMenu"_s);
        QVERIFY(tools);
        QStringList actions;
        for (QAction *a : tools->actions())
            actions.append(a->objectName());
        for (const QString &name : {u"actionAuditTrail"_s, u"actionExportEvidence"_s,
                                    u"actionTake"_s, u"actionMyIdentities"_s})
            QVERIFY2(actions.contains(name), qPrintable(name));
    }

    void loadedIdentityIsInTheTimeline()
    {
        const QString id = m_window->detailPane()->identityId();
        QCOMPARE(m_record->timeline()->identityId(), id);
        showPage(m_record->timeline());
        QTRY_VERIFY_WITH_TIMEOUT(!m_record->timeline()->entries().isEmpty(), kTimeout);
        bool firstSeen = false;
        for (const console::TimelineEntry &e : m_record->timeline()->entries())
            firstSeen = firstSeen || e.kind == console::TimelineKind::StatusChange;
        QVERIFY(firstSeen);
        shot(u"timeline"_s);
    }

    void noteThenTakeThenMyIdentities()
    {
        showPage(m_record->notes());
        auto *body = m_record->notes()->findChild<QPlainTextEdit *>(u"noteBody"_s);
        body->setPlainText(u"Sanctions hit is a different person: other date of birth."_s);
        QVERIFY(m_record->notes()->addNote());
        QTRY_VERIFY(std::any_of(
            m_record->timeline()->entries().cbegin(), m_record->timeline()->entries().cend(),
            [](const console::TimelineEntry &e) { return e.kind == console::TimelineKind::Note; }));
        m_record->team()->takeAction()->trigger();
        QVERIFY(m_record->team()->assigneeText().startsWith(u"Assigned to you"_s));
        shot(u"notes"_s);

        const int all = m_window->proxy()->rowCount();
        QVERIFY(all > 1);
        m_record->myIdentities()->action()->trigger();
        QTRY_COMPARE(m_window->proxy()->rowCount(), 1);
        QCOMPARE(m_window->proxy()->index(0, 0).data(console::IdentityIdRole).toString(),
                 m_window->detailPane()->identityId());
        m_record->myIdentities()->action()->trigger();
        QTRY_COMPARE(m_window->proxy()->rowCount(), all);
    }

    void auditTrailDockListsWhatWasDone()
    {
        m_window->findChild<QAction *>(u"actionAuditTrail"_s)->trigger();
        auto *view = m_record->auditTrailView();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QStringList actions;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            actions.append(view->model()->entry(r).action);
        QVERIFY(actions.contains(console::auditActionName(console::AuditAction::NoteAdd)));
        QVERIFY(actions.contains(console::auditActionName(console::AuditAction::AssignmentChange)));
        shot(u"audittrail"_s);
        view->parentWidget()->hide();
    }

    void evidencePackFromTheToolsMenu()
    {
        const QString base = m_dir.filePath(u"pack.pdf"_s);
        m_record->setSavePathChooser([base](QWidget *, const console::ui::SaveRequest &,
                                            console::ui::SavePathAnswer a) { a(base); });
        m_window->findChild<QAction *>(u"actionExportEvidence"_s)->trigger();
        console::ui::EvidenceExportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_window->findChild<console::ui::EvidenceExportDialog *>()) != nullptr,
            kTimeout);
        shot(u"evidencedialog"_s, dialog);
        dialog->choosePath();
        QCOMPARE(dialog->pdfPath(), base);
        QSignalSpy finished(dialog, &console::ui::EvidenceExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(base));
        QVERIFY(QFile::exists(m_dir.filePath(u"pack.json"_s)));
        shot(u"evidencedone"_s, dialog);
        dialog->close();
    }

    void recordStoreDialogOpens()
    {
        m_window->findChild<QAction *>(u"actionStoreSettings"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"storeSettingsDialog"_s)) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QWidget *>(u"storeSettingsPage"_s));
        shot(u"storesettings"_s, dialog);
        dialog->reject();
    }

    void operatorNameFromTheRecordDialogSignsWhatFollows()
    {
        m_window->findChild<QAction *>(u"actionStoreSettings"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"storeSettingsDialog"_s)) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(u"operatorEdit"_s);
        QVERIFY(name);
        // Empty means the computer account, which the field offers as its placeholder.
        QVERIFY(!name->placeholderText().isEmpty());
        name->setText(u"  Ada   Lovelace "_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_app->settings()->get<QString>(console::SettingKey::OperatorName),
                 u"Ada Lovelace"_s);
        // Only the name changed: it applies at once, no restart is offered.
        QVERIFY(!m_window->findChild<QMessageBox *>(u"restartQuestion"_s));
        QCOMPARE(m_window->lastNotification(), u"Record settings saved."_s);

        showPage(m_record->notes());
        m_record->notes()
            ->findChild<QPlainTextEdit *>(u"noteBody"_s)
            ->setPlainText(u"Signed with the chosen name."_s);
        QVERIFY(m_record->notes()->addNote());
        console::AuditFilter newest;
        newest.limit = 1;
        const auto entries = m_app->auditTrail()->list(newest);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().operatorName, u"Ada Lovelace"_s);
        QVERIFY(!entries.value().first().osUser.isEmpty());
    }

    // A new record location applies at the next start; the console offers that start now.
    // "Later" keeps this session on the record it has; "Restart Now" ends the session and
    // tells main() to start the console again.
    void newLocationOffersARestart()
    {
        const QString path = m_dir.filePath(u"elsewhere.sqlite"_s);
        const auto saveWithPath = [this](const QString &file) {
            m_window->findChild<QAction *>(u"actionStoreSettings"_s)->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"storeSettingsDialog"_s))
                        != nullptr);
            dialog->findChild<QLineEdit *>(u"sqlitePathEdit"_s)->setText(file);
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        };
        saveWithPath(path);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"restartQuestion"_s)) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
        QSignalSpy finished(m_app.get(), &console::app::Application::finished);
        box->findChild<QPushButton *>(u"restartLaterButton"_s)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"restartQuestion"_s));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!m_app->relaunchRequested());
        QVERIFY(m_window->lastNotification().contains(u"next start"_s));
        // This session still records where it started.
        QVERIFY(!QFile::exists(path));

        saveWithPath(path + u"2"_s);
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"restartQuestion"_s)) != nullptr);
        box->findChild<QPushButton *>(u"restartNowButton"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(m_app->relaunchRequested());
    }
};

QTEST_MAIN(TestReviewRecordWindow)
#include "tst_reviewrecordwindow.moc"

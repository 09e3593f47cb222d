// The Accounts tab in the real window, against the embedded local sandbox: an account is
// opened for the current identity with a beneficial owner and a profile, then updated to
// add an authorized user, and a member is removed; the form keeps to Paxos's account rules
// and every write is in the audit trail as intent and outcome.
#include "app/application.h"
#include "core/accounts/identityaccounts.h"
#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "support/consoleharness.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountsintegration.h"
#include "ui/accounts/accountspanel.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/onboarding/personsearchbox.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
}

class TestAccountsTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(3, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        m_app = m_console.app();
        auto *model = m_app->window()->queueView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, kTimeout);
        for (int row = 0; row < 3; ++row)
            m_ids << model->index(row, 0).data(console::IdentityIdRole).toString();
        m_feature = m_app->accounts();
        QVERIFY(m_feature);
    }

    void cleanupTestCase() { m_console.stop(); }

    void createAndUpdateAnAccount()
    {
        console::IdentityAccounts *accounts = m_feature->accounts();
        console::ui::AccountsPanel *panel = m_feature->panel();
        // With the tab hidden, settling on an identity reads no accounts; showing it does.
        m_app->window()->showDetailPage(0);
        m_app->currentIdentity()->open(m_ids.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->currentIdentity()->identity()
                                     && m_app->currentIdentity()->identity()->id == m_ids.at(0),
                                 kTimeout);
        QVERIFY(accounts->identityId().isEmpty());
        m_app->window()->showDetailPage(m_feature->pageIndex());
        QTRY_COMPARE_WITH_TIMEOUT(accounts->identityId(), m_ids.at(0), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading(), kTimeout);
        QTRY_VERIFY(panel->isVisible());

        // Create: the form, filled in, with the owner fixed to the identity shown.
        auto *newButton = panel->findChild<QPushButton *>(u"newAccountButton"_s);
        QTRY_VERIFY(newButton->isEnabled());
        QTest::mouseClick(newButton, Qt::LeftButton);
        console::ui::AccountDialog *dialog = panel->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isUpdate());
        auto *type = dialog->findChild<QComboBox *>(u"accountType"_s);
        type->setCurrentIndex(type->findData(u"BROKERAGE"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountDescription"_s),
                         u"Joint brokerage"_s);
        const QString ref = u"acct-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountRefId"_s), ref);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"createProfile"_s), Qt::LeftButton);
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        auto *issues = dialog->findChild<QLabel *>(u"issuesLabel"_s);
        QVERIFY(submit->isEnabled());

        // The rules as you type: a member without a role cannot be sent.
        dialog->addMemberRow(m_ids.at(1), {});
        QVERIFY(!submit->isEnabled());
        QVERIFY(!issues->text().isEmpty());
        auto *table = dialog->findChild<QTableWidget *>(u"accountMembers"_s);
        table->item(0, 1)->setCheckState(Qt::Checked); // Beneficial owner
        QVERIFY2(submit->isEnabled(), qPrintable(issues->text()));
        QCOMPARE(dialog->request()
                     .value(u"account"_s)
                     .toObject()
                     .value(u"members"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"roles"_s)
                     .toArray(),
                 QJsonArray{u"BENEFICIAL_OWNER"_s});
        QCOMPARE(dialog->request().value(u"create_profile"_s).toBool(), true);
        QTest::mouseClick(submit, Qt::LeftButton);

        // The new account, with its member, in the tab; the dialog closed.
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->dialog() == nullptr, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->tree()->topLevelItemCount(), 1, kTimeout);
        const paxos::Account created = accounts->accounts().first();
        QCOMPARE(created.refId.value_or(QString()), ref);
        QCOMPARE(created.type.value_or(QString()), u"BROKERAGE"_s);
        QVERIFY(!created.profileId.value_or(QString()).isEmpty());
        QCOMPARE(created.members.size(), 1);
        QCOMPARE(panel->tree()->topLevelItem(0)->childCount(), 1);
        // Its profile, as Get Profile answers it (through the session's connection), read-only
        // in the details: id, nickname (the sandbox gives the account's ref_id), type.
        panel->tree()->setCurrentItem(panel->tree()->topLevelItem(0));
        auto *details = panel->findChild<QTextBrowser *>(u"accountDetails"_s);
        QVERIFY(details);
        QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(u"Profile nickname"_s),
                                  qPrintable(details->toPlainText()), kTimeout);
        QVERIFY(details->toPlainText().contains(*created.profileId));
        QVERIFY(details->toPlainText().contains(ref));
        QVERIFY(details->toPlainText().contains(u"Normal"_s));
        QCOMPARE(panel->tree()->topLevelItem(0)->text(0), u"Joint brokerage"_s);
        expectRecorded(u"account.create"_s, m_ids.at(0), created.id);

        // Update: the beneficial owner cannot be changed, an authorized user can be added.
        panel->tree()->setCurrentItem(panel->tree()->topLevelItem(0));
        auto *edit = panel->findChild<QPushButton *>(u"editAccountButton"_s);
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        dialog = panel->dialog();
        QVERIFY(dialog && dialog->isUpdate());
        QTRY_VERIFY(dialog->isVisible());
        table = dialog->findChild<QTableWidget *>(u"accountMembers"_s);
        submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        issues = dialog->findChild<QLabel *>(u"issuesLabel"_s);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!(table->item(0, 1)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!submit->isEnabled()); // nothing changed yet
        // "Add member…" finds the person by name, as the institution form's picker does.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberButton"_s), Qt::LeftButton);
        QDialog *picker = nullptr;
        QTRY_VERIFY((picker = dialog->memberPicker()) && picker->isVisible());
        auto *search = picker->findChild<console::ui::PersonSearchBox *>();
        QVERIFY(search);
        const QString name = m_app->window()
                                 ->queueView()
                                 ->model()
                                 ->index(2, console::IdentityTableModel::NameColumn)
                                 .data()
                                 .toString();
        QVERIFY(!name.isEmpty());
        QTest::keyClicks(search->queryEdit(), name);
        const auto rowOf = [&](const QString &id) {
            const auto results = search->results();
            for (int r = 0; r < results.size(); ++r) {
                if (results.at(r).id == id)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_ids.at(2)) >= 0, kTimeout);
        search->choose(rowOf(m_ids.at(2)));
        saveScreenshot(u"accounts-member-picker.png"_s, picker);
        auto *pick = picker->findChild<QPushButton *>(u"accountMemberPickerOk"_s);
        QTRY_VERIFY(pick->isEnabled());
        QTest::mouseClick(pick, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY2(table->item(1, 0)->text().contains(name), qPrintable(table->item(1, 0)->text()));
        QVERIFY(!(table->item(1, 1)->flags() & Qt::ItemIsUserCheckable));
        // Even set behind the form's back, a new beneficial owner is refused by the rules.
        table->item(1, 1)->setCheckState(Qt::Checked);
        QVERIFY(!submit->isEnabled());
        QVERIFY(issues->text().contains(u"Beneficial owner"_s));
        table->item(1, 1)->setCheckState(Qt::Unchecked);
        table->item(1, 2)->setCheckState(Qt::Checked); // Authorized user
        QVERIFY2(submit->isEnabled(), qPrintable(issues->text()));
        QVERIFY(QJsonDocument(dialog->request()).toJson().contains(m_ids.at(2).toUtf8()));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->dialog() == nullptr, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().value(0).members.size(), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->tree()->topLevelItem(0)->childCount(), 2, kTimeout);
        expectRecorded(u"account.update"_s, m_ids.at(0), created.id);
        // For the README (scripts/screenshots.sh sets CC_SCREENSHOT_DIR), at 1366x768.
        saveScreenshot(u"accounts-tab.png"_s);
        // At 1366x768 (Events dock open) the tab takes the page at its height: the account's
        // details, its profile among them, are on screen without scrolling the pane, though
        // the page's preferred height is twice the tab's.
        {
            auto *area =
                m_app->window()->detailPane()->findChild<QScrollArea *>(u"accountsPanelScroll"_s);
            QVERIFY(area && area->isVisible());
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const int room = area->viewport()->height();
            QVERIFY2(
                panel->height() <= room,
                qPrintable(u"the Accounts page is %1 px tall in a %2 px tab"_s.arg(panel->height())
                               .arg(room)));
            QCOMPARE(area->verticalScrollBar()->maximum(), 0);
            auto *shownDetails = panel->findChild<QTextBrowser *>(u"accountDetails"_s);
            const QRect at(shownDetails->mapTo(area->viewport(), QPoint(0, 0)),
                           shownDetails->size());
            QVERIFY2(area->viewport()->rect().contains(at),
                     qPrintable(u"details at y %1 (%2 px), tab %3 px"_s.arg(at.y())
                                    .arg(at.height())
                                    .arg(room)));
            QVERIFY(shownDetails->toPlainText().contains(u"Profile"_s));
        }

        // Remove the authorized user from the tree.
        QTreeWidgetItem *user = nullptr;
        for (int i = 0; i < panel->tree()->topLevelItem(0)->childCount(); ++i) {
            QTreeWidgetItem *child = panel->tree()->topLevelItem(0)->child(i);
            if (child->toolTip(0) == m_ids.at(2))
                user = child;
        }
        QVERIFY(user);
        panel->tree()->setCurrentItem(user);
        auto *remove = panel->findChild<QPushButton *>(u"removeAccountMemberButton"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = panel->findChild<QMessageBox *>(u"removeAccountMemberQuestion"_s)));
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().value(0).members.size(), 1, kTimeout);
        QCOMPARE(accounts->accounts().value(0).members.first().identityId, m_ids.at(1));
    }

private:
    void saveScreenshot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY((widget ? widget : m_app->window())->grab().save(QDir(dir).filePath(name)));
    }
    // An intent and a succeeded outcome of `action` for the account.
    void expectRecorded(const QString &action, const QString &identityId, const QString &accountId)
    {
        console::AuditFilter filter;
        filter.action = action;
        filter.identityId = identityId;
        const auto entries = m_app->auditTrail()->list(filter);
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QStringList outcomes;
        bool named = false;
        for (const console::AuditEntry &entry : entries.value()) {
            outcomes << entry.outcome;
            if (entry.outcome == u"succeeded"_s)
                named = named || entry.details().value(u"account_id"_s).toString() == accountId;
        }
        QVERIFY2(outcomes.contains(u"intent"_s), qPrintable(outcomes.join(u',')));
        QVERIFY2(outcomes.contains(u"succeeded"_s), qPrintable(outcomes.join(u',')));
        QVERIFY(named);
    }

    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
    console::ui::AccountsIntegration *m_feature = nullptr;
    QStringList m_ids;
};

QTEST_MAIN(TestAccountsTab)
#include "tst_accountstab.moc"

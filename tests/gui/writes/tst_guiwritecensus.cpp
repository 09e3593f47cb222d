// The write census, from the window: every change the console can make is driven through its
// own widgets against a loopback server the console takes for Production (api.paxos.com
// mapped to an in-process paxos-sandbox). Declined, nothing reaches the server and nothing is
// recorded; confirmed, each write leaves an intent entry before it and an outcome entry after
// it. The local sandbox's own actions (statuses, scenarios, demo identities) are driven there,
// the only place they exist, and leave intent and outcome too.
//
// The list of writes is not this file's: it is core/writes' registry. Every registered
// operation whose job the console's sources build must have been driven here, so a new write
// the console learns (a new job type, a new dialog) fails this test until it is driven, and a
// write that skips the gate fails at the connection ("did not pass the write gate") and so
// leaves no intent.
#include "core/accounts/identityaccounts.h"
#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/session/session.h"
#include "core/writes/writeregistry.h"
#include "paxos/model/institutionexample.h"
#include "support/consoleharness.h"
#include "support/eventsenv.h"
#include "support/loopbacknetwork.h"
#include "testsupport/testdata.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountsintegration.h"
#include "ui/accounts/accountspanel.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/detail/institutionreviewintegration.h"
#include "ui/detail/institutionreviewpanel.h"
#include "ui/events/controlspanel.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/onboarding/duplicatecipiddialog.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/onboarding/persondialog.h"
#include "ui/onboarding/personform.h"
#include "ui/onboarding/personsearchbox.h"
#include "ui/onboarding/sandboxoutcomespanel.h"
#include "ui/session/connectiondialog.h"
#include "ui/session/typedconfirmation.h"
#include "ui/shell/environmentbanner.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using console::AuditEntry;
using console::ui::EnvironmentBanner;

namespace {

constexpr int kTimeout = 20000;

// Finds the person by id in the dialog's person search and chooses it.
void pickPerson(QWidget *dialog, const QString &identityId)
{
    auto *search = dialog->findChild<console::ui::PersonSearchBox *>();
    QVERIFY(search);
    search->search(identityId);
    QTRY_VERIFY_WITH_TIMEOUT(search->chosen().id == identityId, kTimeout);
}

// Loopback, and a count of every change that left the console (anything but a GET, the token
// request aside), wherever it went: Paxos's API or an upload URL.
class CountingNetwork : public LoopbackNetwork
{
public:
    int writesSent = 0;
    QStringList sent; // "POST /v2/…", for the failure message

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        // A custom operation names its verb: a GET sent that way is a read too.
        const QByteArray verb =
            request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().toUpper();
        const bool read = op == GetOperation || op == HeadOperation
            || (op == CustomOperation && (verb == "GET" || verb == "HEAD"));
        if (!read && !request.url().path().endsWith(u"/oauth2/token"_s)) {
            ++writesSent;
            sent.append(QString::number(int(op)) + u' ' + request.url().path());
        }
        return LoopbackNetwork::createRequest(op, request, outgoingData);
    }
};

template<class T> T *visibleChild(QObject *parent, const QString &name = {})
{
    const auto all = parent->findChildren<T *>(name);
    for (T *w : all) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

// The operations of the registry whose job the console's own sources (app/, ui/, core/ but
// the gate itself) build: what the window can send.
std::set<QString> operationsTheConsoleBuilds()
{
    QString text;
    for (const QString &folder : {u"app"_s, u"ui"_s, u"core"_s}) {
        QDirIterator it(QStringLiteral(CC_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s, u"*.h"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/core/writes/"_s))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll());
        }
    }
    std::set<QString> out;
    for (const auto &w : console::writeOperations()) {
        QString token = QString(w.jobClass);
        // One job class, two operations: the factory names which.
        if (w.operation == "SandboxAdminSeed"_L1)
            token += u"::seed"_s;
        else if (w.operation == "SandboxAdminScenario"_L1)
            token += u"::scenario"_s;
        const QRegularExpression use(u"\\b"_s + QRegularExpression::escape(token) + u"\\b"_s);
        if (use.match(text).hasMatch())
            out.insert(QString(w.operation));
    }
    return out;
}

} // namespace

class TestGuiWriteCensus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // "Production": a paxos-sandbox reached only as api.paxos.com / oauth.paxos.com.
        sandbox::ServerOptions production;
        production.port = 0;
        production.inMemory = true;
        production.clients = {{u"prod-client"_s, u"prod-secret"_s, {}}};
        m_production = std::make_unique<sandbox::Server>(production);
        QString error;
        QVERIFY2(m_production->start(&error), qPrintable(error));
        m_network.mapHost(u"oauth.paxos.com"_s, m_production->url());
        m_network.mapHost(u"api.paxos.com"_s, m_production->url());
        // Set-up only (an identity that needs enhanced due diligence): straight to the server.
        m_setup.setEnvironment(paxos::Environment::localSandbox(m_production->url()));
        m_setup.setCredentials(u"prod-client"_s, u"prod-secret"_s);

        m_console.start(3, QSize(1600, 1000), &m_network);
        if (QTest::currentTestFailed())
            return;
        m_window = m_console.window();
        connectTo(u"env_production"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::Production,
                                  kTimeout);
        QVERIFY(m_console.app()->session()->writeGuard()->isProduction());
        QCOMPARE(m_console.app()->session()->environment().apiBase().host(), u"api.paxos.com"_s);
    }

    void cleanupTestCase()
    {
        m_console.stop();
        if (m_production)
            m_production->stop();
        QVERIFY2(m_network.refusedHosts().isEmpty(),
                 qPrintable(m_network.refusedHosts().join(u", "_s)));
    }

    void createPerson()
    {
        auto *dialog = openPersonDialog(m_console.app()->onboarding()->newPersonAction());
        QVERIFY(dialog);
        // Production offers no example button; the same person, typed in.
        QVERIFY(!dialog->findChild<QPushButton *>(u"exampleButton"_s));
        dialog->fillSandboxExample();
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        drive(
            u"CreateIdentity"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); },
            [&] { return bannerText(dialog).contains(u"Not confirmed"_s); });
        QSignalSpy created(dialog, &console::ui::PersonDialog::identityCreated);
        const AuditEntry outcome =
            drive(u"CreateIdentity"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); });
        QVERIFY(!outcome.identityId.isEmpty());
        m_personId = outcome.identityId;
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), kTimeout);
        dialog->close();
    }

    void updatePersonAndConfirmKycRefresh()
    {
        QVERIFY(!m_personId.isEmpty());
        openCurrent(m_personId);
        QAction *edit = m_console.app()->onboarding()->editIdentityAction();
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), kTimeout);
        auto *dialog = openPersonDialog(edit);
        QVERIFY(dialog);
        auto *email =
            qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(u"person_details.email"_s));
        QVERIFY(email);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"census@example.org"_s);
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        drive(
            u"UpdateIdentity"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); },
            [&] { return bannerText(dialog).contains(u"Not confirmed"_s); });
        QSignalSpy updated(dialog, &console::ui::PersonDialog::identityUpdated);
        drive(u"UpdateIdentity"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); });
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), kTimeout);
        dialog->close();

        dialog = openPersonDialog(edit);
        QVERIFY(dialog);
        auto *kyc = dialog->findChild<QPushButton *>(u"kycRefreshButton"_s);
        QVERIFY(kyc);
        QTRY_VERIFY(kyc->isEnabled());
        drive(
            u"UpdateIdentity"_s, [&] { QTest::mouseClick(kyc, Qt::LeftButton); },
            [&] { return bannerText(dialog).contains(u"Not confirmed"_s); });
        const AuditEntry outcome =
            drive(u"UpdateIdentity"_s, [&] { QTest::mouseClick(kyc, Qt::LeftButton); });
        QCOMPARE(outcome.details().value(u"fields"_s).toArray().size(), 1);
        dialog->close();
    }

    void addAndRemoveControl()
    {
        QVERIFY(!m_personId.isEmpty());
        openCurrent(m_personId);
        auto *panel = m_window->findChild<console::ui::ControlsPanel *>();
        QVERIFY(panel);
        showDetailPage(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->identityId(), m_personId, kTimeout);
        auto *type = panel->findChild<QComboBox *>(u"controlType"_s);
        type->setCurrentIndex(type->findData(u"DORMANT"_s));
        panel->findChild<QLineEdit *>(u"controlReason"_s)->setText(u"No activity"_s);
        auto *create = panel->findChild<QPushButton *>(u"createControlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kTimeout);
        auto *message = panel->findChild<QLabel *>(u"controlsMessage"_s);
        // The panel asks first (naming the effect on the customer); yes hands it to the gate.
        const auto yes = [panel] {
            // The question now open (an answered one may still await its deletion).
            const auto open = [panel]() -> QMessageBox * {
                const auto boxes = panel->findChildren<QMessageBox *>(u"controlConfirmation"_s);
                for (QMessageBox *b : boxes) {
                    if (b->isVisible())
                        return b;
                }
                return nullptr;
            };
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = open()));
            box->findChild<QPushButton *>(u"confirmControlButton"_s)->click();
        };
        drive(
            u"CreateIdentityControl"_s,
            [&] {
                QTest::mouseClick(create, Qt::LeftButton);
                yes();
            },
            [&] { return message && message->text().contains(u"Not confirmed"_s); });
        const AuditEntry added = drive(u"CreateIdentityControl"_s, [&] {
            QTest::mouseClick(create, Qt::LeftButton);
            yes();
        });
        QVERIFY(!added.details().value(u"control_id"_s).toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 1, kTimeout);

        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        panel->findChild<QLineEdit *>(u"deleteControlReason"_s)->setText(u"Active again"_s);
        auto *remove = panel->findChild<QPushButton *>(u"deleteControlButton"_s);
        QTRY_VERIFY(remove->isEnabled());
        drive(
            u"DeleteIdentityControl"_s,
            [&] {
                QTest::mouseClick(remove, Qt::LeftButton);
                yes();
            },
            [&] { return message && message->text().contains(u"Not confirmed"_s); });
        QTRY_VERIFY(remove->isEnabled());
        drive(u"DeleteIdentityControl"_s, [&] {
            QTest::mouseClick(remove, Qt::LeftButton);
            yes();
        });
        QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 0, kTimeout);
    }

    // The headline: the EDD upload, both steps, is a Production write like any other.
    void uploadEddDocument()
    {
        const QString id = eventstest::createIdentity(
            &m_setup, {{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS"_s}});
        QVERIFY(!id.isEmpty());
        openCurrent(id);
        auto *edd = m_window->findChild<console::ui::EddChecklistWidget *>();
        QVERIFY(edd);
        showDetailPage(edd);
        const QString file = testsupport::testDataPath(u"events/proof-of-funds.pdf"_s);
        edd->setFileChooser([file](QWidget *, std::function<void(QString)> done) { done(file); });
        QPushButton *upload = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (upload = edd->findChild<QPushButton *>(u"eddUpload_PROOF_OF_FUNDS"_s))
                && upload->isEnabled(),
            kTimeout);
        auto *message = edd->findChild<QLabel *>(u"eddMessage"_s);
        drive(
            u"UploadDocument"_s, [&] { QTest::mouseClick(upload, Qt::LeftButton); },
            [&] { return !message->isHidden() && message->text().contains(u"Not confirmed"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(
            (upload = edd->findChild<QPushButton *>(u"eddUpload_PROOF_OF_FUNDS"_s))
                && upload->isEnabled(),
            kTimeout);
        const AuditEntry outcome =
            drive(u"UploadDocument"_s, [&] { QTest::mouseClick(upload, Qt::LeftButton); });
        QVERIFY(!outcome.details().value(u"file_id"_s).toString().isEmpty());
        QCOMPARE(outcome.identityId, id);
        // Both steps went out under the one confirmation: the announce and the bytes.
        QVERIFY(outcome.details().value(u"request_ids"_s).toArray().size() >= 2
                || !outcome.requestId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"uploaded"_s), kTimeout);
    }

    // A second create of the same person is refused by Paxos (duplicate cip_id); the guided
    // answer opens an account on the existing identity, confirmed like any write.
    void duplicateCipOpensAnAccount()
    {
        QVERIFY(!m_personId.isEmpty());
        auto *dialog = openPersonDialog(m_console.app()->onboarding()->newPersonAction());
        QVERIFY(dialog);
        dialog->fillSandboxExample();
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        drive(
            u"CreateIdentity"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); }, {},
            u"failed"_s);
        console::ui::DuplicateCipIdDialog *dup = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dup = dialog->findChild<console::ui::DuplicateCipIdDialog *>()),
                                 kTimeout);
        using S = console::onboarding::DuplicateCipWorkflow::State;
        QTRY_COMPARE_WITH_TIMEOUT(dup->workflow()->state(), S::Comparing, kTimeout);
        QCOMPARE(dup->workflow()->existingId(), m_personId);
        dup->findChild<QRadioButton *>(u"accountRadio"_s)->click();
        auto *act = dup->findChild<QPushButton *>(u"actButton"_s);
        QTRY_VERIFY(act->isEnabled());
        drive(
            u"CreateAccount"_s, [&] { QTest::mouseClick(act, Qt::LeftButton); },
            [&] { return dup->workflow()->state() == S::Failed; });
        QVERIFY(dup->workflow()->error()->message().contains(u"Not confirmed"_s));
        QTRY_VERIFY(act->isEnabled());
        const AuditEntry outcome =
            drive(u"CreateAccount"_s, [&] { QTest::mouseClick(act, Qt::LeftButton); });
        QCOMPARE(dup->workflow()->state(), S::AccountCreated);
        QCOMPARE(outcome.details().value(u"account_id"_s).toString(),
                 dup->workflow()->account().id);
        dup->close();
        dialog->close();
    }

    // The Accounts tab: open an account, add an authorized user, remove them again.
    void accountsTab()
    {
        QVERIFY(!m_personId.isEmpty());
        const QString user = eventstest::createIdentity(&m_setup);
        QVERIFY(!user.isEmpty());
        console::ui::AccountsIntegration *feature = m_console.app()->accounts();
        QVERIFY(feature);
        console::IdentityAccounts *accounts = feature->accounts();
        console::ui::AccountsPanel *panel = feature->panel();
        openCurrent(m_personId);
        m_window->showDetailPage(feature->pageIndex());
        QTRY_COMPARE_WITH_TIMEOUT(accounts->identityId(), m_personId, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading(), kTimeout);
        const qsizetype before = accounts->accounts().size();
        QSignalSpy failed(accounts, &console::IdentityAccounts::writeFailed);
        const auto refusedInWords = [&] {
            return !failed.isEmpty() && failed.last().at(0).toString().contains(u"Not confirmed"_s);
        };

        auto *newButton = panel->findChild<QPushButton *>(u"newAccountButton"_s);
        QTRY_VERIFY(newButton->isEnabled());
        QTest::mouseClick(newButton, Qt::LeftButton);
        console::ui::AccountDialog *dialog = panel->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *type = dialog->findChild<QComboBox *>(u"accountType"_s);
        type->setCurrentIndex(type->findData(u"BROKERAGE"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountDescription"_s), u"Census"_s);
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        drive(
            u"CreateAccount"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); }, refusedInWords);
        QTRY_VERIFY(submit->isEnabled());
        drive(u"CreateAccount"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); });
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), before + 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->dialog() == nullptr, kTimeout);

        // The new account is the one without members yet... any will do: add the user.
        QTRY_VERIFY_WITH_TIMEOUT(panel->tree()->topLevelItemCount() > 0, kTimeout);
        panel->tree()->setCurrentItem(panel->tree()->topLevelItem(0));
        const QString accountId = accounts->accounts().value(0).id;
        auto *edit = panel->findChild<QPushButton *>(u"editAccountButton"_s);
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        dialog = panel->dialog();
        QVERIFY(dialog && dialog->isUpdate());
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(u"accountMembers"_s);
        const int rows = table->rowCount();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addMemberButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog->memberPicker() && dialog->memberPicker()->isVisible());
        pickPerson(dialog->memberPicker(), user);
        QTest::mouseClick(
            dialog->memberPicker()->findChild<QPushButton *>(u"accountMemberPickerOk"_s),
            Qt::LeftButton);
        QCOMPARE(table->rowCount(), rows + 1);
        table->item(rows, 2)->setCheckState(Qt::Checked); // Authorized user
        submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY2(submit->isEnabled(),
                     qPrintable(dialog->findChild<QLabel *>(u"issuesLabel"_s)->text()));
        drive(
            u"UpdateAccount"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); }, refusedInWords);
        QTRY_VERIFY(submit->isEnabled());
        drive(u"UpdateAccount"_s, [&] { QTest::mouseClick(submit, Qt::LeftButton); });
        QTRY_VERIFY_WITH_TIMEOUT(panel->dialog() == nullptr, kTimeout);

        // Add Account Members on the open account, from the tab's "Add member…": another
        // identity as an authorized user.
        const QString second = eventstest::createIdentity(&m_setup);
        QVERIFY(!second.isEmpty());
        const auto hasMember = [&](const QString &identityId) {
            for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *top = panel->tree()->topLevelItem(i);
                for (int c = 0; c < top->childCount(); ++c) {
                    if (top->child(c)->toolTip(0) == identityId)
                        return true;
                }
            }
            return false;
        };
        auto *addMember = panel->findChild<QPushButton *>(u"addAccountMemberButton"_s);
        const auto askAdd = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(addMember->isEnabled(), kTimeout);
            QTest::mouseClick(addMember, Qt::LeftButton);
            QDialog *add = nullptr;
            QTRY_VERIFY((add = visibleChild<QDialog>(panel, u"addAccountMemberDialog"_s)));
            pickPerson(add, second);
            add->findChild<QCheckBox *>(u"accountMemberRole_AUTHORIZED_USER"_s)->setChecked(true);
            QTest::mouseClick(add->findChild<QPushButton *>(u"addAccountMemberSubmit"_s),
                              Qt::LeftButton);
        };
        drive(u"AddAccountMembers"_s, askAdd, refusedInWords);
        QVERIFY(!hasMember(second));
        drive(u"AddAccountMembers"_s, askAdd);
        QTRY_VERIFY_WITH_TIMEOUT(hasMember(second), kTimeout);

        QTreeWidgetItem *member = nullptr;
        const auto findMember = [&] {
            member = nullptr;
            for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *top = panel->tree()->topLevelItem(i);
                for (int c = 0; c < top->childCount(); ++c) {
                    if (top->child(c)->text(0) == user)
                        member = top->child(c);
                }
            }
            return member != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findMember(), kTimeout);
        auto *remove = panel->findChild<QPushButton *>(u"removeAccountMemberButton"_s);
        const auto askRemove = [&] {
            findMember();
            panel->tree()->setCurrentItem(member);
            QTest::mouseClick(remove, Qt::LeftButton);
            QMessageBox *question = nullptr;
            QTRY_VERIFY(
                (question = panel->findChild<QMessageBox *>(u"removeAccountMemberQuestion"_s)));
            QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        };
        QTRY_VERIFY(remove->isEnabled() || (findMember() && member));
        drive(u"RemoveAccountMember"_s, askRemove, refusedInWords);
        QTRY_VERIFY_WITH_TIMEOUT(findMember(), kTimeout);
        drive(u"RemoveAccountMember"_s, askRemove);
        QTRY_VERIFY_WITH_TIMEOUT(!findMember(), kTimeout);
        Q_UNUSED(accountId)
    }

    // The Institution tab: add a member through its dialog, then remove it (asked first).
    void institutionMembers()
    {
        const QString owner = eventstest::createIdentity(&m_setup);
        const QString user = eventstest::createIdentity(&m_setup);
        const QString added = eventstest::createIdentity(&m_setup);
        QVERIFY(!owner.isEmpty() && !user.isEmpty() && !added.isEmpty());
        const auto member = [](const QString &id, const QStringList &roles,
                               const QString &ownership = {}) {
            QJsonObject m{{u"identity_id"_s, id}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
            if (!ownership.isEmpty())
                m.insert(u"ownership"_s, ownership);
            return m;
        };
        // Set-up, straight to the server: the guide's institution with two members.
        auto *job = new paxos::CreateIdentityJob(
            &m_setup,
            paxos::examples::sandboxExampleInstitution(
                paxos::examples::newRefId(),
                QJsonArray{
                    member(owner, {u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}, u"60"_s),
                    member(user, {u"AUTHORIZED_USER"_s})}));
        job->setAutoDelete(false);
        QSignalSpy done(job, &paxos::Job::finished);
        job->start();
        QVERIFY(done.wait(kTimeout));
        QVERIFY2(job->isSucceeded(), job->error() ? qPrintable(job->error()->message()) : "");
        const QString institutionId = job->result().id;
        delete job;

        console::ui::InstitutionReviewIntegration *feature = m_console.app()->institutionReview();
        QVERIFY(feature);
        console::ui::InstitutionReviewPanel *panel = feature->panel();
        openCurrent(institutionId);
        m_window->showDetailPage(feature->pageIndex());
        QTreeWidget *tree = panel->tree();
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 2, kTimeout);
        auto *message = panel->findChild<QLabel *>(u"institutionMessage"_s);
        const auto refusedInWords = [&] { return message->text().contains(u"Not confirmed"_s); };
        const auto memberItem = [&]() -> QTreeWidgetItem * {
            if (tree->topLevelItemCount() == 0)
                return nullptr;
            QTreeWidgetItem *top = tree->topLevelItem(0);
            for (int i = 0; i < top->childCount(); ++i) {
                if (top->child(i)->toolTip(0) == added)
                    return top->child(i);
            }
            return nullptr;
        };

        auto *add = panel->findChild<QPushButton *>(u"addInstitutionMemberButton"_s);
        const auto askAdd = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), kTimeout);
            QTest::mouseClick(add, Qt::LeftButton);
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = visibleChild<QDialog>(panel, u"addInstitutionMemberDialog"_s)));
            pickPerson(dialog, added);
            bool ticked = false;
            for (QCheckBox *check : dialog->findChildren<QCheckBox *>()) {
                if (check->property("role").toString() == u"AUTHORIZED_USER"_s) {
                    check->setChecked(true);
                    ticked = true;
                }
            }
            QVERIFY(ticked);
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        };
        drive(u"AddInstitutionMembers"_s, askAdd, refusedInWords);
        QVERIFY(!memberItem());
        drive(u"AddInstitutionMembers"_s, askAdd);
        QTRY_VERIFY_WITH_TIMEOUT(memberItem(), kTimeout);

        auto *remove = panel->findChild<QPushButton *>(u"removeInstitutionMemberButton"_s);
        const auto askRemove = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(memberItem(), kTimeout);
            tree->setCurrentItem(memberItem());
            QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), kTimeout);
            QTest::mouseClick(remove, Qt::LeftButton);
            QMessageBox *question = nullptr;
            QTRY_VERIFY((
                question = visibleChild<QMessageBox>(panel, u"removeInstitutionMemberQuestion"_s)));
            QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        };
        drive(u"RemoveInstitutionMember"_s, askRemove, refusedInWords);
        QVERIFY(memberItem());
        drive(u"RemoveInstitutionMember"_s, askRemove);
        QTRY_VERIFY_WITH_TIMEOUT(!memberItem(), kTimeout);
    }

    // Statuses, scenarios and demo identities exist only in a sandbox: Production does not
    // offer them; the local sandbox does, without a confirmation, through the same gate.
    void sandboxOutcomesInTheLocalSandbox()
    {
        auto *onboarding = m_console.app()->onboarding();
        QVERIFY(!onboarding->sandboxOutcomesAction()->isEnabled());
        QVERIFY(!onboarding->addDemoIdentitiesAction()->isEnabled());

        connectTo(u"env_local"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::LocalSandbox,
                                  kTimeout);
        auto *model = m_console.app()->identities();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), kTimeout);
        const QString id = model->index(0, 0).data(console::IdentityIdRole).toString();
        openCurrent(id);
        QTRY_VERIFY_WITH_TIMEOUT(onboarding->sandboxOutcomesAction()->isEnabled(), kTimeout);
        onboarding->sandboxOutcomesAction()->trigger();
        console::ui::SandboxOutcomesPanel *panel = nullptr;
        QTRY_VERIFY((panel = visibleChild<console::ui::SandboxOutcomesPanel>(m_window)));
        auto *status = panel->findChild<QLabel *>(u"statusLabel"_s);

        auto *scenario = panel->findChild<QComboBox *>(u"scenarioCombo"_s);
        scenario->setCurrentIndex(scenario->findData(u"approve"_s));
        auto *run = panel->findChild<QPushButton *>(u"runScenarioButton"_s);
        QTRY_VERIFY(run->isEnabled());
        drive(u"SandboxAdminScenario"_s, [&] { QTest::mouseClick(run, Qt::LeftButton); });
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Done"_s), kTimeout);

        auto *sanctions = panel->findChild<QComboBox *>(u"sanctionsCombo"_s);
        sanctions->setCurrentIndex(sanctions->findData(u"APPROVED"_s));
        auto *apply = panel->findChild<QPushButton *>(u"applyStatusesButton"_s);
        QTRY_VERIFY(apply->isEnabled());
        drive(u"SandboxSetIdentityStatus"_s, [&] { QTest::mouseClick(apply, Qt::LeftButton); });
        panel->window()->close();

        QTRY_VERIFY(onboarding->addDemoIdentitiesAction()->isEnabled());
        const AuditEntry seeded =
            drive(u"SandboxAdminSeed"_s, [&] { onboarding->addDemoIdentitiesAction()->trigger(); });
        QVERIFY(seeded.details().value(u"created"_s).toInt() > 0);
    }

    // Last: every write the console can send was driven above. A write job the console
    // builds that is not driven here (a new one, or one that stopped passing the gate and so
    // left no intent) fails.
    void everyWriteTheConsoleBuildsWasDriven()
    {
        const std::set<QString> built = operationsTheConsoleBuilds();
        QVERIFY(built.count(u"UploadDocument"_s));
        // Every one is driven: a write added later must be driven above too, never excused.
        for (const QString &op : built)
            QVERIFY2(m_driven.count(op),
                     qPrintable(u"the console builds %1 but the census did not see it pass the "
                                u"write gate"_s.arg(op)));
        for (const QString &op : m_driven)
            QVERIFY2(console::writeActionFor(op).has_value(), qPrintable(op));
    }

private:
    void connectTo(const QString &kindButton)
    {
        m_window->actions()->switchEnvironment->trigger();
        console::ui::ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<console::ui::ConnectionDialog>(m_window)));
        dialog->findChild<QRadioButton *>(kindButton)->click();
        if (kindButton != u"env_local"_s) {
            dialog->findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(u"prod-client"_s);
            dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)->setText(u"prod-secret"_s);
        }
        dialog->findChild<QPushButton *>(u"connectButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_console.app()->session()->state(),
                                  console::Session::State::Connected, kTimeout);
    }

    console::ui::PersonDialog *openPersonDialog(QAction *action)
    {
        action->trigger();
        console::ui::PersonDialog *dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<console::ui::PersonDialog>(m_window)),
                                     kTimeout);
        }();
        return dialog;
    }

    // Brings the detail tab holding `page` to the front, as the reviewer would.
    static void showDetailPage(QWidget *page)
    {
        for (QWidget *w = page; w; w = w->parentWidget()) {
            auto *tabs = qobject_cast<QTabWidget *>(w);
            if (!tabs)
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) == page || tabs->widget(i)->isAncestorOf(page))
                    tabs->setCurrentIndex(i);
            }
        }
        // Once the identity has loaded, the pane shows its tabs.
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), kTimeout);
    }

    static QString bannerText(QWidget *dialog)
    {
        auto *banner = dialog->findChild<QLabel *>(u"banner"_s);
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    void openCurrent(const QString &id)
    {
        m_console.app()->currentIdentity()->open(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->identityId(), id, kTimeout);
    }

    qint64 lastSeq() const
    {
        console::AuditFilter newest;
        newest.limit = 1;
        const auto entries = m_console.app()->auditTrail()->list(newest);
        return entries.ok() && !entries->isEmpty() ? entries->first().seq : 0;
    }

    QList<AuditEntry> entriesAfter(qint64 seq) const
    {
        console::AuditFilter filter;
        filter.afterSeq = seq;
        filter.order = console::AuditFilter::Order::OldestFirst;
        const auto entries = m_console.app()->auditTrail()->list(filter);
        return entries.ok() ? entries.value() : QList<AuditEntry>();
    }

    // Answers the typed confirmation the next write asks for (in Production).
    void answerConfirmation(bool confirm)
    {
        console::ui::TypedConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = visibleChild<console::ui::TypedConfirmationDialog>(m_window)), kTimeout);
        if (!confirm) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->phraseEdit(), console::WriteGuard::confirmationPhrase());
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
    }

    // Does `act` (a click that makes one write) and checks the gate's work. With `declined`
    // (Production only): the confirmation is declined, nothing reaches the server, nothing is
    // recorded, and `declined` says the window shows why. Without: confirmed (in Production),
    // one intent, then one outcome (`outcome`) pointing at it; returns the outcome entry.
    AuditEntry drive(const QString &operation, const std::function<void()> &act,
                     const std::function<bool()> &declined = {},
                     const QString &outcome = u"succeeded"_s)
    {
        const bool production = m_console.app()->session()->isProduction();
        const qint64 seq = lastSeq();
        const int sentBefore = m_network.writesSent;
        act();
        if (declined) {
            answerConfirmation(false);
            [&] {
                QTRY_VERIFY2_WITH_TIMEOUT(
                    declined(), qPrintable(operation + u": refusal not shown"_s), kTimeout);
                QVERIFY2(m_network.writesSent == sentBefore,
                         qPrintable(m_network.sent.mid(sentBefore).join(u", "_s)));
                for (const AuditEntry &e : entriesAfter(seq))
                    QVERIFY2(e.outcome != u"intent"_s, qPrintable(e.detailsJson));
            }();
            return {};
        }
        if (production)
            answerConfirmation(true);
        else
            [&] { QVERIFY(!visibleChild<console::ui::TypedConfirmationDialog>(m_window)); }();
        AuditEntry intent;
        AuditEntry result;
        const auto find = [&] {
            for (const AuditEntry &e : entriesAfter(seq)) {
                if (e.outcome == u"intent"_s
                    && e.details().value(u"operation"_s).toString() == operation)
                    intent = e;
                else if (intent.seq > 0
                         && e.details().value(u"intent_seq"_s).toInteger() == intent.seq)
                    result = e;
            }
            return result.seq > 0;
        };
        [&] {
            QTRY_VERIFY2_WITH_TIMEOUT(find(), qPrintable(operation + u": no intent + outcome"_s),
                                      kTimeout);
        }();
        if (result.seq == 0)
            return {};
        m_driven.insert(operation);
        [&] {
            QCOMPARE(result.action, intent.action);
            QCOMPARE(result.outcome, outcome);
            QVERIFY2(m_network.writesSent > sentBefore, qPrintable(operation));
            QCOMPARE(intent.environment, m_console.app()->session()->environmentName());
        }();
        return result;
    }

    CountingNetwork m_network;
    std::unique_ptr<sandbox::Server> m_production;
    paxos::Connection m_setup;
    testsupport::ConsoleHarness m_console;
    console::ui::MainWindow *m_window = nullptr;
    QString m_personId;
    std::set<QString> m_driven;
};

QTEST_MAIN(TestGuiWriteCensus)
#include "tst_guiwritecensus.moc"

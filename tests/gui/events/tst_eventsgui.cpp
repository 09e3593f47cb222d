#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/current/currentidentity.h"
#include "core/events/eventbackfill.h"
#include "core/events/eventprocessor.h"
#include "core/events/eventsmodel.h"
#include "core/events/eventsservice.h"
#include "core/events/followupfilter.h"
#include "core/events/followuptracker.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/session.h"
#include "core/webhook/webhookreceiver.h"
#include "paxos/api/identityjobs.h"
#include "paxos/model/examples.h"
#include "paxos/net/connection.h"
#include "support/consoleharness.h"
#include "support/eventsenv.h"
#include "testsupport/testdata.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/events/controlspanel.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/events/eventsintegration.h"
#include "ui/events/eventsview.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using console::ui::EventsIntegration;

namespace {
constexpr int kTimeout = 20000;
}

// The events parts in the real window, against the embedded local sandbox: decisions arrive
// by webhook and change the row in place, controls and EDD are worked from the detail pane.
class TestEventsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(5);
        if (QTest::currentTestFailed())
            return;
        m_app = m_console.app();
        m_window = m_app->window();
        m_events = m_app->events();
        QVERIFY(m_events);
        m_service = m_app->services().events;
        QVERIFY(m_service);
        // The local sandbox has the console's own receiver registered.
        QTRY_VERIFY_WITH_TIMEOUT(m_service->receiver()->isListening(), kTimeout);
        QCOMPARE(m_service->receiver()->url().host(), u"127.0.0.1"_s);
        auto *status = m_window->findChild<QLabel *>(u"eventDeliveryStatus"_s);
        QVERIFY(status);
        QVERIFY(status->text().contains(m_service->receiver()->url().toString()));

        m_client = std::make_unique<paxos::Connection>();
        m_client->setEnvironment(paxos::Environment::localSandbox(m_app->embeddedSandbox()->url()));
        m_client->setCredentials(console::EmbeddedSandbox::demoClientId(),
                                 console::EmbeddedSandbox::demoClientSecret());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_console.stop();
    }

    void approvalArrivesByWebhookAndChangesTheRow()
    {
        const QString id = create({});
        QVERIFY(!id.isEmpty());
        auto *model = m_app->identities();
        // No refresh: the approved event brings the row, approved.
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfId(id).isValid(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOfId(id, console::IdentityTableModel::StatusColumn)
                                      .data(console::WireValueRole)
                                      .toString(),
                                  u"APPROVED"_s, kTimeout);
        // The events view lists it, delivered by webhook.
        auto *eventsModel = m_service->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(eventsModel, id, u"identity.approved"_s) >= 0, kTimeout);
        const int row = rowOf(eventsModel, id, u"identity.approved"_s);
        QVERIFY(eventsModel->recordAt(row)->viaWebhook);
        QTRY_COMPARE_WITH_TIMEOUT(
            eventsModel->recordAt(rowOf(eventsModel, id, u"identity.approved"_s))->state,
            console::EventRecord::State::Applied, kTimeout);
        QVERIFY(m_events->lastNotification().contains(id));

        // Selecting it shows the raw event.
        auto *view = m_events->view();
        view->proxy()->setText(id);
        QTRY_VERIFY_WITH_TIMEOUT(view->proxy()->rowCount() >= 1, kTimeout);
        for (int r = 0; r < view->proxy()->rowCount(); ++r) {
            if (view->proxy()->index(r, 0).data(console::EventsModel::TypeRole).toString()
                == u"identity.approved"_s)
                view->table()->setCurrentIndex(view->proxy()->index(r, 0));
        }
        QVERIFY(view->rawView()->toPlainText().contains(u"identity.approved"_s));
        view->proxy()->setText(QString());
        m_approved = id;
    }

    void notificationsCanBeSwitchedOff()
    {
        auto *action = m_window->findChild<QAction *>(u"eventNotificationsAction"_s);
        QVERIFY(action);
        QVERIFY(action->isChecked());
        action->setChecked(false);
        const QString before = m_events->lastNotification();
        const QString id = create({});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_service->model(), id, u"identity.approved"_s) >= 0,
                                 kTimeout);
        QCOMPARE(m_events->lastNotification(), before);
        action->setChecked(true);
    }

    // The follower starts a day back; older history is fetched on request. The seeded
    // identities were decided months ago: Events → Fetch events since… applies those events
    // (status history included) without a desktop notification for old news.
    void olderEventsAreFetchedOnRequest()
    {
        const auto seededEvents = [this] {
            QStringList ids;
            for (const console::EventRecord &r : m_service->processor()->records()) {
                if (r.createdAt
                    && r.createdAt->toDateTime() < QDateTime::currentDateTimeUtc().addDays(-2))
                    ids << r.eventId;
            }
            return ids;
        };
        QVERIFY(seededEvents().isEmpty());
        const QString notifiedBefore = m_events->lastNotification();

        m_window->findChild<QAction *>(u"fetchEventsSinceAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"fetchEventsSinceDialog"_s))
                    != nullptr);
        dialog->findChild<QDateTimeEdit *>(u"fetchEventsSince"_s)
            ->setDateTime(QDateTime::currentDateTime().addYears(-3));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastNotification().startsWith(u"Fetched"_s), kTimeout);
        QVERIFY(!m_service->backfill()->isRunning());

        // Every seeded identity was decided with an event; each is applied now.
        QTRY_VERIFY_WITH_TIMEOUT(seededEvents().size() >= 4, kTimeout);
        const auto settled = [this] {
            const QList<console::EventRecord> records = m_service->processor()->records();
            return std::none_of(records.cbegin(), records.cend(),
                                [](const console::EventRecord &r) {
                                    return r.state == console::EventRecord::State::Applying;
                                });
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeout);
        for (const QString &id : seededEvents()) {
            const auto record = m_service->processor()->record(id);
            QVERIFY(record);
            QVERIFY2(record->state == console::EventRecord::State::Applied,
                     qPrintable(record->type + u' ' + QString::number(int(record->state)) + u' '
                                + record->error));
            QVERIFY(rowOf(m_service->model(), record->identityId, record->type) >= 0);
        }
        // History is not news: no notification names a seeded identity. (A live event of an
        // earlier test may still notify meanwhile, so the text itself may have changed.)
        const QString last = m_events->lastNotification();
        if (last != notifiedBefore) {
            for (const QString &id : seededEvents())
                QVERIFY2(!last.contains(m_service->processor()->record(id)->identityId),
                         qPrintable(last));
        }

        // A second run over the same ground applies nothing twice.
        const qsizetype applied = seededEvents().size();
        m_service->backfill()->start(m_app->session()->connection(),
                                     QDateTime::currentDateTimeUtc().addYears(-3));
        QSignalSpy finished(m_service->backfill(), &console::EventBackfill::finished);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(seededEvents().size(), applied);
        for (const QString &id : seededEvents())
            QCOMPARE(m_service->processor()->record(id)->state,
                     console::EventRecord::State::Applied);
    }

    void dormantControlFromTheDetailPane()
    {
        QVERIFY(!m_approved.isEmpty());
        open(m_approved);
        auto *panel = m_events->controls();
        QCOMPARE(panel->identityId(), m_approved);
        auto *tabs = m_window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(panel))
                tabs->setCurrentIndex(i);
        }
        auto *type = panel->findChild<QComboBox *>(u"controlType"_s);
        type->setCurrentIndex(type->findData(u"DORMANT"_s));
        QCOMPARE(panel->findChild<QComboBox *>(u"controlReasonCode"_s)->currentData().toString(),
                 u"INACTIVITY"_s);
        panel->findChild<QLineEdit *>(u"controlReason"_s)->setText(u"No activity for 2 years"_s);
        auto *createButton = panel->findChild<QPushButton *>(u"createControlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(createButton->isEnabled(), kTimeout);
        QTest::mouseClick(createButton, Qt::LeftButton);
        confirmControlChange(panel);

        auto *model = m_app->identities();
        QTRY_COMPARE_WITH_TIMEOUT(
            model->indexOfId(m_approved, console::IdentityTableModel::StatusColumn)
                .data(console::WireValueRole)
                .toString(),
            u"DISABLED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 1, kTimeout);
        grab(u"controls"_s);

        // Delete it again: the identity is approved once more.
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        auto *deleteButton = panel->findChild<QPushButton *>(u"deleteControlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(deleteButton->isEnabled(), kTimeout);
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        confirmControlChange(panel);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->indexOfId(m_approved, console::IdentityTableModel::StatusColumn)
                .data(console::WireValueRole)
                .toString(),
            u"APPROVED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->list()->topLevelItemCount(), 0, kTimeout);
    }

    void eddChecklistToApproval()
    {
        const QString id =
            create({{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->tracker()->followUp(id).eddOpen, kTimeout);

        // The queue's follow-up filter finds it.
        auto *filter = m_window->findChild<QComboBox *>(u"followUpFilter"_s);
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(console::FollowUpFilter::Filter::OpenEdd)));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->queueView()->model()->rowCount(), 1, kTimeout);
        QCOMPARE(
            m_window->queueView()->model()->index(0, 0).data(console::IdentityIdRole).toString(),
            id);

        open(id);
        auto *edd = m_events->edd();
        auto *tabs = m_window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(edd))
                tabs->setCurrentIndex(i);
        }
        QVERIFY(edd->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(edd->requiredList()->topLevelItemCount(), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(edd->documents().pendingDocuments.size(), 2, kTimeout);
        grab(u"edd-open"_s);

        QStringList files{testsupport::testDataPath(u"events/proof-of-funds.pdf"_s),
                          testsupport::testDataPath(u"events/utility-bill.png"_s)};
        edd->setFileChooser(
            [&files](QWidget *, std::function<void(QString)> done) { done(files.takeFirst()); });
        QSignalSpy uploaded(edd, &console::ui::EddChecklistWidget::uploaded);
        for (const QString &doc : {u"PROOF_OF_FUNDS"_s, u"PROOF_OF_RESIDENCY"_s}) {
            QPushButton *button = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((button = edd->findChild<QPushButton *>(u"eddUpload_"_s + doc))
                                         && button->isEnabled(),
                                     kTimeout);
            const int before = int(uploaded.size());
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(int(uploaded.size()), before + 1, kTimeout);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->tracker()->followUp(id).eddOpen, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!edd->isOpen(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->identities()
                                      ->indexOfId(id, console::IdentityTableModel::StatusColumn)
                                      .data(console::WireValueRole)
                                      .toString(),
                                  u"APPROVED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(edd->filesList()->topLevelItemCount(), 2, kTimeout);
        // Uploaded here, so the hash is on file.
        QVERIFY(!edd->filesList()->topLevelItem(0)->toolTip(3).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->queueView()->model()->rowCount(), 0, kTimeout);
        filter->setCurrentIndex(0);
        grab(u"edd-closed"_s);
    }

private:
    // Adding or lifting a control asks first (ControlsPanel): say yes.
    static void confirmControlChange(QWidget *panel)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel->findChild<QMessageBox *>(u"controlConfirmation"_s)));
        box->findChild<QPushButton *>(u"confirmControlButton"_s)->click();
    }

    QString create(const QJsonObject &metadata)
    {
        return eventstest::createIdentity(m_client.get(), metadata);
    }

    void open(const QString &id)
    {
        m_app->currentIdentity()->open(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->identityId(), id, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->identity().has_value(), kTimeout);
    }

    static int rowOf(console::EventsModel *model, const QString &identityId, const QString &type)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto rec = model->recordAt(r);
            if (rec->identityId == identityId && rec->type == type)
                return r;
        }
        return -1;
    }

    // Screenshots for a person to look at, when asked for (CC_SCREENSHOT_DIR).
    void grab(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + u".png"_s);
    }

    // Kept after the run for the leak sweep.
    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
    console::ui::MainWindow *m_window = nullptr;
    EventsIntegration *m_events = nullptr;
    console::EventsService *m_service = nullptr;
    std::unique_ptr<paxos::Connection> m_client;
    QString m_approved;
};

QTEST_MAIN(TestEventsGui)
#include "tst_eventsgui.moc"

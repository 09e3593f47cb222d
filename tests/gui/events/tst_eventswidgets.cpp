#include "core/credentials/credentialstore.h"
#include "core/current/identityfetcher.h"
#include "core/events/eventsmodel.h"
#include "core/events/followuptracker.h"
#include "core/models/roles.h"
#include "core/settings/settings.h"
#include "paxos/api/identityjobs.h"
#include "support/eventsenv.h"
#include "testsupport/testdata.h"
#include "ui/events/controlspanel.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/events/eventsview.h"
#include "ui/events/webhooksettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using eventstest::kTimeout;

// The events widgets on their own, offscreen, against an in-process sandbox: the events view
// with its filters and raw event, the controls panel (DORMANT on and off, Paxos-set controls
// not deletable), the EDD checklist driven to approval, and the receiver settings dialog.
class TestEventsWidgets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.start().isEmpty(), "environment did not start");
        connect(m_env.processor.get(), &console::EventProcessor::recordChanged, &m_model,
                &console::EventsModel::upsert);
        m_env.follow(&m_tracker, &m_status);
    }

    void eventsViewFiltersAndShowsTheRawEvent()
    {
        console::ui::EventsView view(&m_model);
        view.resize(1200, 500);
        view.show();
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.proxy()->rowCount() >= 1, kTimeout);

        auto *type = view.findChild<QComboBox *>(u"eventTypeFilter"_s);
        type->setCurrentIndex(type->findData(u"identity.denied"_s));
        QCOMPARE(view.proxy()->rowCount(), 0);
        type->setCurrentIndex(type->findData(u"identity.approved"_s));
        QVERIFY(view.proxy()->rowCount() >= 1);
        auto *source = view.findChild<QComboBox *>(u"eventSourceFilter"_s);
        source->setCurrentIndex(source->findData(u"follower"_s));
        QCOMPARE(view.proxy()->rowCount(), 0); // the follower is off: webhook only
        source->setCurrentIndex(0);
        view.findChild<QLineEdit *>(u"eventSearch"_s)->setText(id);
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QVERIFY(view.rawView()->toPlainText().contains(id));
        QVERIFY(view.rawView()->toPlainText().contains(u"identity_summary_status_change"_s));
        QVERIFY(view.findChild<QLabel *>(u"eventCount"_s)->text().startsWith(u"1 "_s));

        QSignalSpy activated(&view, &console::ui::EventsView::identityActivated);
        emit view.table()->activated(view.proxy()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), id);
        view.findChild<QLineEdit *>(u"eventSearch"_s)->clear();
        type->setCurrentIndex(0);
        view.setDeliveryStatus(u"Webhooks: receiving at %1"_s.arg(m_env.receiver->url().toString()),
                               true);
        save(&view, u"events-view"_s);
    }

    void controlsPanelDormantOnAndOff()
    {
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);

        console::IdentityFetcher fetcher(m_env.connection.get());
        console::ui::ControlsPanel panel;
        panel.setFetcher(&fetcher);
        panel.setWriteGuard(m_env.gate.get());
        panel.resize(700, 520);
        panel.show();
        fetcher.setIdentityId(id);
        auto *type = panel.findChild<QComboBox *>(u"controlType"_s);
        QCOMPARE(type->findData(u"FROZEN"_s), -1); // Paxos-only: not offered
        type->setCurrentIndex(type->findData(u"DORMANT"_s));
        panel.findChild<QLineEdit *>(u"controlReason"_s)->setText(u"No activity for 2 years"_s);
        auto *create = panel.findChild<QPushButton *>(u"createControlButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kTimeout);
        QSignalSpy changed(&panel, &console::ui::ControlsPanel::controlsChanged);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(changed.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"DISABLED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, kTimeout);
        QCOMPARE(panel.controls().at(0).type, u"DORMANT"_s);

        auto *remove = panel.findChild<QPushButton *>(u"deleteControlButton"_s);
        QVERIFY(!remove->isEnabled()); // nothing selected
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        save(&panel, u"controls-panel"_s);
        panel.findChild<QLineEdit *>(u"deleteControlReason"_s)->setText(u"Active again"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(changed.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 0, kTimeout);

        // Deleted ones on request.
        panel.findChild<QCheckBox *>(u"showDeletedControls"_s)->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, kTimeout);
        QVERIFY(!panel.controls().at(0).isActive());
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(!remove->isEnabled());

        // Both writes are in the audit trail.
        console::AuditFilter filter;
        filter.identityId = id;
        auto entries = m_env.audit->list(filter);
        QVERIFY(entries);
        QStringList actions;
        for (const auto &e : entries.value())
            actions.append(e.action);
        QVERIFY(actions.contains(console::auditActionName(console::AuditAction::ControlCreate)));
        QVERIFY(actions.contains(console::auditActionName(console::AuditAction::ControlDelete)));
    }

    void paxosSetControlsCannotBeDeleted()
    {
        const QString id =
            m_env.createIdentity({{u"sandbox.scenario"_s, u"paxos_control:DORMANT"_s}});
        QVERIFY(!id.isEmpty());
        console::IdentityFetcher fetcher(m_env.connection.get());
        console::ui::ControlsPanel panel;
        panel.setFetcher(&fetcher);
        panel.show();
        fetcher.setIdentityId(id);
        QTRY_COMPARE_WITH_TIMEOUT(panel.list()->topLevelItemCount(), 1, kTimeout);
        QVERIFY(panel.controls().at(0).isSetByPaxos());
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(!panel.findChild<QPushButton *>(u"deleteControlButton"_s)->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(u"controlsNote"_s)->text().contains(u"Paxos"_s));
        QVERIFY(!panel.list()->topLevelItem(0)->toolTip(0).isEmpty());
    }

    void eddChecklistToApproval()
    {
        const QString id = m_env.createIdentity(
            {{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker.followUp(id).eddOpen, kTimeout);

        console::IdentityFetcher fetcher(m_env.connection.get());
        console::ui::EddChecklistWidget edd;
        edd.setFetcher(&fetcher);
        edd.setStores(m_env.documents.get(), m_env.gate.get());
        edd.setTracker(&m_tracker);
        edd.resize(760, 560);
        edd.show();
        fetcher.setIdentityId(id);
        QVERIFY(edd.isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(edd.documents().pendingDocuments.size(), 2, kTimeout);
        QCOMPARE(edd.requiredList()->topLevelItemCount(), 2);
        save(&edd, u"edd-open"_s);

        // A file of the wrong kind is refused before anything is sent.
        edd.uploadFor(u"PROOF_OF_FUNDS"_s, testsupport::testDataPath(u"events/notes.txt"_s));
        QVERIFY(edd.findChild<QLabel *>(u"eddMessage"_s)->isVisibleTo(&edd));
        QVERIFY(m_env.documents->forIdentity(id).value().isEmpty());

        QStringList files{testsupport::testDataPath(u"events/proof-of-funds.pdf"_s),
                          testsupport::testDataPath(u"events/utility-bill.png"_s)};
        edd.setFileChooser(
            [&files](QWidget *, std::function<void(QString)> done) { done(files.takeFirst()); });
        QSignalSpy uploaded(&edd, &console::ui::EddChecklistWidget::uploaded);
        for (const QString &doc : {u"PROOF_OF_FUNDS"_s, u"PROOF_OF_RESIDENCY"_s}) {
            QPushButton *button = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((button = edd.findChild<QPushButton *>(u"eddUpload_"_s + doc))
                                         && button->isEnabled(),
                                     kTimeout);
            const int before = int(uploaded.size());
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(int(uploaded.size()), before + 1, kTimeout);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!edd.isOpen(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(edd.filesList()->topLevelItemCount(), 2, kTimeout);
        QVERIFY(!edd.filesList()->topLevelItem(0)->toolTip(3).isEmpty());
        save(&edd, u"edd-closed"_s);
    }

    void webhookSettingsKeepTheKeyOutOfSettings()
    {
        QTemporaryDir dir;
        auto settings = console::Settings::createForTesting(dir.path());
        console::MemoryCredentialStore credentials;
        console::ui::WebhookSettingsDialog dialog(settings.get(), &credentials,
                                                  u"webhook-api-key/x"_s, u"Paxos Sandbox"_s);
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(u"webhookBindAddress"_s);
        auto *warning = dialog.findChild<QLabel *>(u"webhookExposedWarning"_s);
        QCOMPARE(address->text(), u"127.0.0.1"_s);
        QVERIFY(!warning->isVisible());
        address->setText(u"0.0.0.0"_s);
        QVERIFY(warning->isVisible());
        dialog.findChild<QCheckBox *>(u"webhookEnabled"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"webhookPath"_s)->setText(u"hooks/paxos"_s);
        dialog.findChild<QLineEdit *>(u"webhookApiKey"_s)->setText(u"very-secret-key"_s);
        QSignalSpy written(&credentials, &console::CredentialStore::writeFinished);
        dialog.accept();
        QVERIFY(written.wait(kTimeout));
        QVERIFY(credentials.contains(u"webhook-api-key/x"_s));
        QCOMPARE(settings->get<QString>(console::SettingKey::WebhookReceiverBindAddress),
                 u"0.0.0.0"_s);
        QCOMPARE(settings->get<QString>(console::SettingKey::WebhookReceiverPath),
                 u"/hooks/paxos"_s);
        QVERIFY(settings->get<bool>(console::SettingKey::WebhookReceiverEnabled));
        for (const QString &file : {settings->roamingFile(), settings->localFile()}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("very-secret-key"));
        }
    }

private:
    // Screenshots for a person to look at, when asked for (CC_SCREENSHOT_DIR).
    static void save(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }

    eventstest::Env m_env;
    console::EventsModel m_model;
    console::FollowUpTracker m_tracker;
    QHash<QString, QString> m_status;
};

QTEST_MAIN(TestEventsWidgets)
#include "tst_eventswidgets.moc"

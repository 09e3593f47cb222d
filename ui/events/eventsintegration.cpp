#include "ui/events/eventsintegration.h"

#include "core/credentials/credentialstore.h"
#include "core/current/currentidentity.h"
#include "core/events/eventbackfill.h"
#include "core/events/eventnotifier.h"
#include "core/events/eventprocessor.h"
#include "core/events/eventsmodel.h"
#include "core/events/followupfilterproxy.h"
#include "core/events/followuptracker.h"
#include "core/logging.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/session.h"
#include "core/settings/settings.h"
#include "core/record/documentrecords.h"
#include "core/record/processedevents.h"
#include "core/record/statushistory.h"
#include "core/webhook/webhookreceiver.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/events/controlspanel.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/events/eventsview.h"
#include "ui/events/webhooksettingsdialog.h"
#include "ui/queue/filterbar.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#ifdef CC_HAVE_EMBEDDED_SANDBOX
#include "sandbox/server.h"
#endif

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kFollowerFallbackSecs = 30;

QByteArray randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QString EventsIntegration::credentialKey(const QString &environmentKind)
{
    return u"webhook-api-key/"_s + environmentKind;
}

EventsIntegration::EventsIntegration(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_sandbox(services.sandbox)
{
    m_processed = new ProcessedEvents(services.store, this);
    m_history = new StatusHistory(services.store, this);
    m_documents = new DocumentRecords(services.store, this);
    m_receiver = new WebhookReceiver(this);
    m_processor = new EventProcessor(m_processed, m_history, this);
    m_model = new EventsModel(this);
    m_tracker = new FollowUpTracker(this);
    m_notifier = new EventNotifier(this);
    m_backfill = new EventBackfill(m_processor, this);
    m_tracker->restore(services.store);
    m_model->loadHistory(services.store);

    connect(m_receiver, &WebhookReceiver::notificationReceived, m_processor,
            &EventProcessor::handleNotification);
    connect(m_receiver, &WebhookReceiver::listeningChanged, this,
            &EventsIntegration::updateDeliveryStatus);
    connect(m_processor, &EventProcessor::recordChanged, m_model, &EventsModel::upsert);
    connect(m_processor, &EventProcessor::eventApplied, m_tracker, &FollowUpTracker::applyEvent);
    connect(m_processor, &EventProcessor::eventApplied, m_notifier, &EventNotifier::onEventApplied);
    connect(m_processor, &EventProcessor::identityUpdated, m_tracker,
            &FollowUpTracker::applyIdentity);
    connect(m_processor, &EventProcessor::followerError, this, [this](const paxos::ApiError &e) {
        m_followerProblem = e.message();
        updateDeliveryStatus();
    });
    connect(m_processor, &EventProcessor::followerCaughtUp, this, [this] {
        if (!m_followerProblem.isEmpty()) {
            m_followerProblem.clear();
            updateDeliveryStatus();
        }
    });
    connect(
        m_notifier, &EventNotifier::notify, this,
        [this](const QString &title, const QString &message) { showNotification(title, message); });
    if (services.current)
        connect(services.current, &CurrentIdentity::loaded, m_tracker,
                &FollowUpTracker::applyIdentity);

    if (services.settings) {
        m_notifier->setEnabled(services.settings->get<bool>(SettingKey::EventNotificationsEnabled));
        m_processor->setFollowerIntervalMs(
            1000LL
            * qMax(1, services.settings->get<int>(SettingKey::EventsFollowerIntervalSeconds)));
    } else {
        m_processor->setFollowerIntervalMs(1000LL * kFollowerFallbackSecs);
    }

    buildUi();
    connect(services.session, &Session::environmentChanged, this,
            &EventsIntegration::onEnvironmentChanged);
    if (services.session->connection())
        onEnvironmentChanged();
    else
        updateDeliveryStatus();

    if (services.credentials) {
        connect(services.credentials, &CredentialStore::readFinished, this,
                [this](const QString &key, const QByteArray &secret) {
                    if (key != m_pendingKeyName)
                        return;
                    m_pendingKeyName.clear();
                    startReceiverWithKey(secret, false);
                });
        connect(services.credentials, &CredentialStore::writeFinished, this,
                [this](const QString &key) {
                    const auto kind = m_services.session->environment().kind();
                    if (key == credentialKey(paxos::Environment::kindKey(kind)))
                        startReceiver();
                });
        connect(services.credentials, &CredentialStore::failed, this,
                [this](const QString &key, CredentialOperation, CredentialError error,
                       const QString &message) {
                    if (key != m_pendingKeyName)
                        return;
                    m_pendingKeyName.clear();
                    m_receiverProblem = error == CredentialError::NotFound
                        ? tr("No webhook API key is stored for this environment.")
                        : message;
                    updateDeliveryStatus();
                });
    }
}

EventsIntegration::~EventsIntegration()
{
    // The window (and the views in it) may already be gone.
    disconnect(m_receiver, nullptr, this, nullptr);
    stopReceiver();
}

void EventsIntegration::buildUi()
{
    MainWindow *window = m_services.window;

    // --- Events dock -------------------------------------------------------------------
    m_view = new EventsView(m_model);
    m_viewGuard = m_view;
    m_dock = new QDockWidget(tr("Events"), window);
    m_dock->setObjectName(u"eventsDock"_s);
    m_dock->setWidget(m_view);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    connect(m_view, &EventsView::syncRequested, m_processor, &EventProcessor::pollNow);
    connect(m_view, &EventsView::identityActivated, this, [this](const QString &id) {
        if (m_services.current)
            m_services.current->open(id);
    });

    // --- Detail-pane tabs: controls and EDD documents -----------------------------------
    m_controls = new ControlsPanel;
    m_controls->setAuditTrail(m_services.audit);
    m_controls->setWriteGuard(m_services.session->writeGuard());
    m_edd = new EddChecklistWidget;
    m_edd->setStores(m_documents, m_services.audit);
    m_edd->setTracker(m_tracker);
    if (auto *tabs = window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s)) {
        tabs->addTab(m_controls, tr("Controls"));
        tabs->addTab(m_edd, tr("Documents"));
    }
    // Both tabs follow the settled identity through the shared fetcher.
    if (m_services.current) {
        m_controls->setFetcher(m_services.current->fetcher());
        m_edd->setFetcher(m_services.current->fetcher());
    }
    connect(m_controls, &ControlsPanel::controlsChanged, this, [this](const QString &id) {
        // The status follows at once; the events confirm it shortly after.
        if (m_services.current && m_services.window->detailPane()->identityId() == id)
            m_services.current->open(id);
    });

    // Events update the queue row and the detail pane in place.
    connect(m_processor, &EventProcessor::identityUpdated, this,
            [this](const paxos::Identity &identity) {
                if (m_services.identities)
                    m_services.identities->upsert(identity);
                IdentityDetailPane *pane = m_services.window->detailPane();
                if (pane->identityId() == identity.id)
                    pane->showIdentity(identity);
                if (m_controls->identityId() == identity.id)
                    m_controls->reload();
            });

    // --- Queue filter: open EDD, KYC refresh due / overdue / expired --------------------
    m_followUpProxy = new FollowUpFilterProxy(m_tracker, this);
    if (QSortFilterProxyModel *queueProxy = window->proxy()) {
        m_followUpProxy->setSourceModel(queueProxy->sourceModel());
        queueProxy->setSourceModel(m_followUpProxy);
    }
    m_filter = new QComboBox;
    m_filter->setObjectName(u"followUpFilter"_s);
    m_filter->setToolTip(tr("Identities with follow-up work: open enhanced due diligence or a "
                            "KYC refresh"));
    using F = FollowUpFilterProxy::Filter;
    for (F f : {F::All, F::AnyFollowUp, F::OpenEdd, F::KycDue, F::KycOverdue, F::KycExpired})
        m_filter->addItem(FollowUpFilterProxy::filterLabel(f), int(f));
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_followUpProxy->setFilter(F(m_filter->currentData().toInt())); });
    auto *label = new QLabel(tr("Follow-up"));
    label->setBuddy(m_filter);
    window->filterBar()->addFilter(label, m_filter);

    // --- Events menu -------------------------------------------------------------------
    m_menu = new QMenu(tr("&Events"), window);
    m_menu->setObjectName(u"eventsMenu"_s);
    QAction *show = m_dock->toggleViewAction();
    show->setText(tr("Show &events"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_menu->addAction(show);
    QAction *sync = m_menu->addAction(tr("&Sync events now"));
    sync->setObjectName(u"syncEventsAction"_s);
    connect(sync, &QAction::triggered, m_processor, &EventProcessor::pollNow);
    QAction *since = m_menu->addAction(tr("&Fetch events since…"));
    since->setObjectName(u"fetchEventsSinceAction"_s);
    since->setStatusTip(tr("Apply older events too: the follower reaches back one day when it "
                           "starts"));
    connect(since, &QAction::triggered, this, &EventsIntegration::askForBackfill);
    QAction *receiverSettings = m_menu->addAction(tr("&Webhook receiver…"));
    receiverSettings->setObjectName(u"webhookSettingsAction"_s);
    connect(receiverSettings, &QAction::triggered, this, [this] {
        if (!m_services.settings)
            return;
        const paxos::Environment env = m_services.session->environment();
        auto *dialog =
            new WebhookSettingsDialog(m_services.settings, m_services.credentials,
                                      credentialKey(paxos::Environment::kindKey(env.kind())),
                                      m_services.session->environmentName(), m_services.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A new key restarts the receiver once the keychain has it (writeFinished, below).
        connect(dialog, &WebhookSettingsDialog::applied, this, &EventsIntegration::startReceiver);
        dialog->open();
    });
    m_menu->addSeparator();
    QAction *notify = m_menu->addAction(tr("Desktop &notifications"));
    notify->setObjectName(u"eventNotificationsAction"_s);
    notify->setCheckable(true);
    notify->setChecked(m_notifier->isEnabled());
    connect(notify, &QAction::toggled, this, [this](bool on) {
        m_notifier->setEnabled(on);
        if (m_services.settings)
            m_services.settings->setValue(SettingKey::EventNotificationsEnabled, on);
    });
    QMenuBar *bar = window->menuBar();
    QAction *before = nullptr;
    const auto actions = bar->actions();
    for (QAction *a : actions) {
        if (a->text().contains(u"Help"_s))
            before = a;
    }
    bar->insertMenu(before, m_menu);
}

void EventsIntegration::askForBackfill()
{
    if (m_backfill->isRunning()) {
        m_services.window->notify(tr("Events are being fetched already."));
        return;
    }
    auto *dialog = new QDialog(m_services.window);
    dialog->setObjectName(u"fetchEventsSinceDialog"_s);
    dialog->setWindowTitle(tr("Fetch Events Since"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Every event since this time is fetched and applied: status "
                                "history, timelines and follow-ups catch up. Events applied "
                                "before are skipped."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), dialog);
    when->setObjectName(u"fetchEventsSince"_s);
    when->setCalendarPopup(true);
    when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    when->setMaximumDateTime(QDateTime::currentDateTime());
    form->addRow(tr("&Since"), when);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, when] {
        const QDateTime since = when->dateTime();
        dialog->accept();
        runBackfill(since);
    });
    dialog->open();
}

void EventsIntegration::runBackfill(const QDateTime &since)
{
    auto *progress = new QProgressDialog(
        tr("Fetching events since %1…").arg(QLocale().toString(since, QLocale::ShortFormat)),
        tr("Cancel"), 0, 0, m_services.window);
    progress->setObjectName(u"fetchEventsProgress"_s);
    progress->setWindowTitle(tr("Fetch Events Since"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_backfill, &EventBackfill::cancel);
    connect(m_backfill, &EventBackfill::progress, progress, [progress](int received) {
        progress->setLabelText(tr("%n event(s) fetched…", nullptr, received));
    });
    const auto done = [this, progress](const QString &message) {
        m_backfill->disconnect(progress);
        progress->close();
        m_services.window->notify(message);
    };
    connect(m_backfill, &EventBackfill::finished, progress, [done](int received) {
        done(tr("Fetched %n event(s); the ones not applied before are being applied.", nullptr,
                received));
    });
    connect(m_backfill, &EventBackfill::failed, progress,
            [this, done](const paxos::ApiError &error) {
                done(error.kind() == paxos::ApiError::Kind::Cancelled
                         ? tr("Stopped fetching events after %n event(s).", nullptr,
                              m_backfill->received())
                         : tr("Events could not be fetched: %1").arg(error.message()));
            });
    m_backfill->start(m_services.session->connection(), since);
}

void EventsIntegration::onEnvironmentChanged()
{
    paxos::Connection *connection = m_services.session->connection();
    m_controls->setWriteGuard(m_services.session->writeGuard());
    m_processor->setConnection(connection);
    const bool follower =
        !m_services.settings || m_services.settings->get<bool>(SettingKey::EventsFollowerEnabled);
    m_processor->setFollowerEnabled(follower && connection);
    startReceiver();
}

void EventsIntegration::stopReceiver()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (!m_registeredWebhookId.isEmpty() && m_sandbox && m_sandbox->server())
        m_sandbox->server()->removeWebhook(m_registeredWebhookId);
#endif
    m_registeredWebhookId.clear();
    m_receiver->stop();
}

void EventsIntegration::startReceiver()
{
    stopReceiver();
    m_receiverProblem.clear();
    m_pendingKeyName.clear();
    const paxos::Environment env = m_services.session->environment();
    const bool local =
        env.kind() == paxos::Environment::Kind::LocalSandbox && m_sandbox && m_sandbox->isRunning();
    if (local) {
        // A key for this session only: the embedded sandbox is the only sender.
        startReceiverWithKey(randomKey(), true);
        return;
    }
    if (!m_services.settings
        || !m_services.settings->get<bool>(SettingKey::WebhookReceiverEnabled)) {
        m_receiverProblem = tr("Webhook receiver off for this environment; the follower polls "
                               "for events.");
        updateDeliveryStatus();
        return;
    }
    if (!m_services.credentials) {
        m_receiverProblem = tr("No credential store for the webhook API key.");
        updateDeliveryStatus();
        return;
    }
    m_pendingKeyName = credentialKey(paxos::Environment::kindKey(env.kind()));
    m_services.credentials->read(m_pendingKeyName);
    updateDeliveryStatus();
}

void EventsIntegration::startReceiverWithKey(const QByteArray &key, bool local)
{
    WebhookReceiverConfig config;
    config.apiKey = key;
    if (m_services.settings) {
        config.path = m_services.settings->get<QString>(SettingKey::WebhookReceiverPath);
        config.headerName =
            m_services.settings->get<QString>(SettingKey::WebhookApiKeyHeader).toLatin1();
        if (!local) {
            config.port = quint16(m_services.settings->get<int>(SettingKey::WebhookReceiverPort));
            const QHostAddress address(
                m_services.settings->get<QString>(SettingKey::WebhookReceiverBindAddress));
            if (!address.isNull())
                config.bindAddress = address;
        }
    }
    QString error;
    if (!m_receiver->start(config, &error)) {
        m_receiverProblem = error;
        updateDeliveryStatus();
        return;
    }
    if (config.isExposed())
        m_services.window->notify(tr("The webhook receiver listens on %1, reachable from other "
                                     "machines. Keep the API key secret.")
                                      .arg(config.bindAddress.toString()));
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (local && m_sandbox->server())
        m_registeredWebhookId = m_sandbox->server()->addWebhook(
            {m_receiver->url(), QString::fromLatin1(config.headerName), QString::fromLatin1(key)});
#endif
    updateDeliveryStatus();
}

void EventsIntegration::updateDeliveryStatus()
{
    if (!m_viewGuard)
        return;
    QStringList parts;
    bool healthy = true;
    if (m_receiver->isListening()) {
        parts.append(tr("Webhooks: receiving at %1%2")
                         .arg(m_receiver->url().toString(),
                              m_registeredWebhookId.isEmpty()
                                  ? QString()
                                  : tr(" (registered with the local sandbox)")));
    } else {
        parts.append(m_receiverProblem.isEmpty() ? tr("Webhooks: not receiving.")
                                                 : tr("Webhooks: %1").arg(m_receiverProblem));
        healthy = false;
    }
    if (m_processor->isFollowerEnabled() && m_processor->follower()) {
        parts.append(m_followerProblem.isEmpty() ? tr("Follower: polling List Events.")
                                                 : tr("Follower: %1").arg(m_followerProblem));
        healthy = healthy && m_followerProblem.isEmpty();
    } else {
        parts.append(tr("Follower: off."));
    }
    // Either path alone delivers every event; the line is a warning only when neither works.
    const bool anyPath =
        m_receiver->isListening() || (m_processor->follower() && m_followerProblem.isEmpty());
    m_view->setDeliveryStatus(parts.join(u"  ·  "_s), healthy || anyPath);
}

void EventsIntegration::showNotification(const QString &title, const QString &message)
{
    m_lastNotification = title + u": "_s + message;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    }
    m_services.window->notify(m_lastNotification);
}

} // namespace console::ui

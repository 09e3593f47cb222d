#include "ui/events/eventsintegration.h"

#include "core/current/currentidentity.h"
#include "core/events/eventbackfill.h"
#include "core/events/eventnotifier.h"
#include "core/events/eventprocessor.h"
#include "core/events/eventsservice.h"
#include "core/events/followupfilter.h"
#include "core/session/session.h"
#include "paxos/model/identity.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/events/controlspanel.h"
#include "ui/events/eddchecklistwidget.h"
#include "ui/events/eventsview.h"
#include "ui/events/webhooksettingsdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

EventsIntegration::EventsIntegration(MainWindow *window, const Services &services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
{
    EventsService *events = services.events;
    buildDock();
    buildDetailPages();
    buildQueueFilter();
    buildMenu();

    connect(
        events->notifier(), &EventNotifier::notify, this,
        [this](const QString &title, const QString &message) { showNotification(title, message); });
    connect(events, &EventsService::message, window, &MainWindow::notify);
    // Events update the detail pane (and its controls) in place; the queue row is updated
    // by the service.
    connect(events->processor(), &EventProcessor::identityUpdated, this,
            [this](const paxos::Identity &identity) {
                IdentityDetailPane *pane = m_window->detailPane();
                if (pane->identityId() == identity.id)
                    pane->showIdentity(identity);
                if (m_controls->identityId() == identity.id)
                    m_controls->reload();
            });
    connect(services.session, &Session::environmentChanged, this,
            &EventsIntegration::onEnvironmentChanged);
    if (services.session->connection())
        onEnvironmentChanged();
}

EventsIntegration::~EventsIntegration() = default;

void EventsIntegration::buildDock()
{
    EventsService *events = m_services.events;
    m_view = new EventsView(events->model());
    m_dock = new QDockWidget(tr("Events"), m_window);
    m_dock->setObjectName(u"eventsDock"_s);
    m_dock->setWidget(m_view);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    connect(m_view, &EventsView::syncRequested, events->processor(), &EventProcessor::pollNow);
    connect(m_view, &EventsView::identityActivated, this, [this](const QString &id) {
        if (m_services.current)
            m_services.current->open(id);
    });
    const auto showStatus = [this, events] {
        m_view->setDeliveryStatus(events->deliveryStatus(), events->isDeliveryHealthy());
    };
    connect(events, &EventsService::deliveryStatusChanged, m_view, showStatus);
    showStatus();
}

void EventsIntegration::buildDetailPages()
{
    m_controls = new ControlsPanel;
    m_controls->setWriteGuard(m_services.session->writeGuard());
    m_edd = new EddChecklistWidget;
    m_edd->setStores(m_services.documentRecords, m_services.session->writeGuard());
    m_edd->setTracker(m_services.events->tracker());
    m_window->addDetailPage(m_controls, tr("Controls"));
    m_window->addDetailPage(m_edd, tr("Documents"));
    // Both tabs follow the settled identity through the shared fetcher.
    if (m_services.current) {
        m_controls->setFetcher(m_services.current->fetcher());
        m_edd->setFetcher(m_services.current->fetcher());
    }
    connect(m_controls, &ControlsPanel::controlsChanged, this, [this](const QString &id) {
        // The status follows at once; the events confirm it shortly after.
        if (m_services.current && m_window->detailPane()->identityId() == id)
            m_services.current->open(id);
    });
}

void EventsIntegration::buildQueueFilter()
{
    // Open EDD, KYC refresh due / overdue / expired: a condition on the queue's own proxy.
    FollowUpFilter *followUp = m_services.events->followUpFilter();
    m_filter = new QComboBox;
    m_filter->setObjectName(u"followUpFilter"_s);
    m_filter->setToolTip(tr("Identities with follow-up work: open enhanced due diligence or a "
                            "KYC refresh"));
    using F = FollowUpFilter::Filter;
    for (F f : {F::All, F::AnyFollowUp, F::OpenEdd, F::KycDue, F::KycOverdue, F::KycExpired})
        m_filter->addItem(FollowUpFilter::filterLabel(f), int(f));
    connect(m_filter, &QComboBox::currentIndexChanged, followUp,
            [this, followUp] { followUp->setFilter(F(m_filter->currentData().toInt())); });
    auto *label = new QLabel(tr("Follow-up"));
    label->setBuddy(m_filter);
    m_window->addQueueFilter(followUp, label, m_filter);
}

void EventsIntegration::buildMenu()
{
    EventsService *events = m_services.events;
    QMenu *menu = m_window->menu(MainWindow::Menu::Events);
    QAction *show = m_dock->toggleViewAction();
    show->setText(tr("Show &events"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    menu->addAction(show);
    QAction *sync = menu->addAction(tr("&Sync events now"));
    sync->setObjectName(u"syncEventsAction"_s);
    connect(sync, &QAction::triggered, events->processor(), &EventProcessor::pollNow);
    QAction *since = menu->addAction(tr("&Fetch events since…"));
    since->setObjectName(u"fetchEventsSinceAction"_s);
    since->setStatusTip(tr("Apply older events too: the follower reaches back one day when it "
                           "starts"));
    connect(since, &QAction::triggered, this, &EventsIntegration::askForBackfill);
    QAction *receiverSettings = menu->addAction(tr("&Webhook receiver…"));
    receiverSettings->setObjectName(u"webhookSettingsAction"_s);
    connect(receiverSettings, &QAction::triggered, this, &EventsIntegration::openWebhookSettings);
    menu->addSeparator();
    QAction *notify = menu->addAction(tr("Desktop &notifications"));
    notify->setObjectName(u"eventNotificationsAction"_s);
    notify->setCheckable(true);
    notify->setChecked(events->notifier()->isEnabled());
    connect(notify, &QAction::toggled, events, &EventsService::setNotificationsEnabled);
}

void EventsIntegration::openWebhookSettings()
{
    if (!m_services.settings)
        return;
    const paxos::Environment env = m_services.session->environment();
    auto *dialog = new WebhookSettingsDialog(
        m_services.settings, m_services.credentials,
        EventsService::credentialKey(paxos::Environment::kindKey(env.kind())),
        m_services.session->environmentName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new key restarts the receiver once the keychain has it (the service listens).
    connect(dialog, &WebhookSettingsDialog::applied, m_services.events,
            &EventsService::startReceiver);
    dialog->open();
}

void EventsIntegration::askForBackfill()
{
    if (m_services.events->backfill()->isRunning()) {
        m_window->notify(tr("Events are being fetched already."));
        return;
    }
    auto *dialog = new QDialog(m_window);
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
    EventBackfill *backfill = m_services.events->backfill();
    auto *progress = new QProgressDialog(
        tr("Fetching events since %1…").arg(QLocale().toString(since, QLocale::ShortFormat)),
        tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(u"fetchEventsProgress"_s);
    progress->setWindowTitle(tr("Fetch Events Since"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, backfill, &EventBackfill::cancel);
    connect(backfill, &EventBackfill::progress, progress, [progress](int received) {
        progress->setLabelText(tr("%n event(s) fetched…", nullptr, received));
    });
    const auto done = [this, progress, backfill](const QString &message) {
        backfill->disconnect(progress);
        progress->close();
        m_window->notify(message);
    };
    connect(backfill, &EventBackfill::finished, progress, [done](int received) {
        done(tr("Fetched %n event(s); the ones not applied before are being applied.", nullptr,
                received));
    });
    connect(backfill, &EventBackfill::failed, progress,
            [backfill, done](const paxos::ApiError &error) {
                done(error.kind() == paxos::ApiError::Kind::Cancelled
                         ? tr("Stopped fetching events after %n event(s).", nullptr,
                              backfill->received())
                         : tr("Events could not be fetched: %1").arg(error.message()));
            });
    backfill->start(m_services.session->connection(), since);
}

void EventsIntegration::onEnvironmentChanged()
{
    m_controls->setWriteGuard(m_services.session->writeGuard());
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
    m_window->notify(m_lastNotification);
}

} // namespace console::ui

#pragma once

#include <QObject>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QMenu;
class QSystemTrayIcon;

namespace console {
class AuditTrail;
class CredentialStore;
class DocumentRecords;
class EmbeddedSandbox;
class EventBackfill;
class EventNotifier;
class EventProcessor;
class EventsModel;
class FollowUpFilterProxy;
class FollowUpTracker;
class CurrentIdentity;
class IdentityTableModel;
class ProcessedEvents;
class Session;
class Settings;
class StatusHistory;
class Store;
class WebhookReceiver;
} // namespace console

namespace console::ui {

class ControlsPanel;
class EddChecklistWidget;
class EventsView;
class MainWindow;

// Real-time decisions in the window: builds the webhook receiver, the event processor and
// follower, the events model and follow-up tracker, and puts them on screen (an Events dock,
// Controls and Documents tabs in the detail pane, a follow-up filter in the queue's filter
// bar, desktop notifications with an off switch in an Events menu).
//
// In the local sandbox the console registers its own receiver with the embedded sandbox under
// a key made up for the session, so webhooks work out of the box. Elsewhere the receiver runs
// when the user enabled it and stored the API key in the credential store (credentialKey());
// the follower runs everywhere, so events arrive even where no webhook can reach the desktop.
class EventsIntegration : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        MainWindow *window = nullptr;
        Session *session = nullptr;
        Store *store = nullptr;
        Settings *settings = nullptr;
        CredentialStore *credentials = nullptr;
        EmbeddedSandbox *sandbox = nullptr; // may be null
        IdentityTableModel *identities = nullptr;
        CurrentIdentity *current = nullptr; // the identity it settles on is followed
        AuditTrail *audit = nullptr;
    };

    EventsIntegration(const Services &services, QObject *parent = nullptr);
    ~EventsIntegration() override;

    // Where the webhook API key of an environment lives in the CredentialStore.
    static QString credentialKey(const QString &environmentKind);

    WebhookReceiver *receiver() const { return m_receiver; }
    EventProcessor *processor() const { return m_processor; }
    EventsModel *model() const { return m_model; }
    FollowUpTracker *tracker() const { return m_tracker; }
    FollowUpFilterProxy *followUpProxy() const { return m_followUpProxy; }
    EventNotifier *notifier() const { return m_notifier; }
    EventBackfill *backfill() const { return m_backfill; }
    EventsView *view() const { return m_view; }
    ControlsPanel *controls() const { return m_controls; }
    EddChecklistWidget *edd() const { return m_edd; }
    QDockWidget *dock() const { return m_dock; }
    QComboBox *followUpFilter() const { return m_filter; }

    // The last desktop notification (title: message), for tests and the status bar.
    QString lastNotification() const { return m_lastNotification; }

private:
    void buildUi();
    void onEnvironmentChanged();
    void startReceiver();
    void startReceiverWithKey(const QByteArray &key, bool local);
    void stopReceiver();
    void updateDeliveryStatus();
    void showNotification(const QString &title, const QString &message);
    // "Fetch events since…": asks for a time, then fetches with progress and Cancel.
    void askForBackfill();
    void runBackfill(const QDateTime &since);

    Services m_services;
    ProcessedEvents *m_processed = nullptr;
    StatusHistory *m_history = nullptr;
    DocumentRecords *m_documents = nullptr;
    WebhookReceiver *m_receiver = nullptr;
    EventProcessor *m_processor = nullptr;
    EventsModel *m_model = nullptr;
    FollowUpTracker *m_tracker = nullptr;
    FollowUpFilterProxy *m_followUpProxy = nullptr;
    EventNotifier *m_notifier = nullptr;
    EventBackfill *m_backfill = nullptr;
    EventsView *m_view = nullptr;
    ControlsPanel *m_controls = nullptr;
    EddChecklistWidget *m_edd = nullptr;
    QDockWidget *m_dock = nullptr;
    QComboBox *m_filter = nullptr;
    QMenu *m_menu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<EmbeddedSandbox> m_sandbox; // may go before this object at shutdown
    QPointer<EventsView> m_viewGuard;
    QString m_registeredWebhookId;
    QString m_pendingKeyName;
    QString m_receiverProblem;
    QString m_followerProblem;
    QString m_lastNotification;
};

} // namespace console::ui

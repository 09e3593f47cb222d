#pragma once

#include "core/services.h"

#include <QObject>
#include <QString>

namespace paxos {
struct Identity;
}

namespace console {

class EventBackfill;
class EventNotifier;
class EventProcessor;
class EventsModel;
class FollowUpFilter;
class FollowUpTracker;
class WebhookReceiver;
class WebhookRegistrar;

// Real-time decisions, without widgets: the webhook receiver, the event processor and its
// follower, the events model, the follow-up tracker (and the queue's follow-up filter over
// it), desktop-notification decisions and "fetch events since". Built once by the composition
// root; the events widgets (ui/events) show what it holds.
//
// In the local sandbox the receiver is registered with the embedded sandbox under a key made
// up for the session (through WebhookRegistrar), so webhooks work out of the box. Elsewhere the
// receiver runs when the user enabled it and stored the API key in the credential store
// (credentialKey()); the follower runs everywhere, so events arrive even where no webhook can
// reach the desktop. Events update the queue's row in place.
class EventsService : public QObject
{
    Q_OBJECT
public:
    // Reads session, store, settings (may be null), credentials (may be null), processed
    // events, status history, identities and the detail loader (may be null) from services.
    // `localSender` (may be null) must outlive this object.
    EventsService(const Services &services, WebhookRegistrar *localSender,
                  QObject *parent = nullptr);
    ~EventsService() override;

    // Where the webhook API key of an environment lives in the CredentialStore.
    static QString credentialKey(const QString &environmentKind);

    WebhookReceiver *receiver() const { return m_receiver; }
    EventProcessor *processor() const { return m_processor; }
    EventsModel *model() const { return m_model; }
    FollowUpTracker *tracker() const { return m_tracker; }
    FollowUpFilter *followUpFilter() const { return m_followUpFilter; }
    EventNotifier *notifier() const { return m_notifier; }
    EventBackfill *backfill() const { return m_backfill; }

    // One line on how events reach the console (webhooks, follower); healthy is false only
    // when neither path works.
    QString deliveryStatus() const { return m_deliveryStatus; }
    bool isDeliveryHealthy() const { return m_deliveryHealthy; }

    void setNotificationsEnabled(bool on);

public slots:
    // (Re)starts the receiver for the environment in use, e.g. after its settings changed.
    void startReceiver();

signals:
    void deliveryStatusChanged();
    // Something the reviewer should read in the status bar.
    void message(const QString &text);

private:
    void onEnvironmentChanged();
    void startReceiverWithKey(const QByteArray &key, bool local);
    void stopReceiver();
    void updateDeliveryStatus();

    Services m_services;
    WebhookRegistrar *m_localSender = nullptr;
    WebhookReceiver *m_receiver = nullptr;
    EventProcessor *m_processor = nullptr;
    EventsModel *m_model = nullptr;
    FollowUpTracker *m_tracker = nullptr;
    FollowUpFilter *m_followUpFilter = nullptr;
    EventNotifier *m_notifier = nullptr;
    EventBackfill *m_backfill = nullptr;
    QString m_registeredWebhookId;
    QString m_pendingKeyName;
    QString m_receiverProblem;
    QString m_followerProblem;
    QString m_deliveryStatus;
    bool m_deliveryHealthy = false;
};

} // namespace console

#include "core/events/eventsservice.h"

#include "core/credentials/credentialstore.h"
#include "core/current/currentidentity.h"
#include "core/events/eventbackfill.h"
#include "core/events/eventnotifier.h"
#include "core/events/eventprocessor.h"
#include "core/events/eventsmodel.h"
#include "core/events/followupfilter.h"
#include "core/events/followuptracker.h"
#include "core/events/webhookregistrar.h"
#include "core/models/identitytablemodel.h"
#include "core/session/session.h"
#include "core/settings/settings.h"
#include "core/webhook/webhookreceiver.h"
#include "paxos/api/eventfollower.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace console {

namespace {
constexpr int kFollowerFallbackSecs = 30;

QByteArray randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QString EventsService::credentialKey(const QString &environmentKind)
{
    return u"webhook-api-key/"_s + environmentKind;
}

EventsService::EventsService(const Services &services, WebhookRegistrar *localSender,
                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_localSender(localSender)
{
    m_receiver = new WebhookReceiver(this);
    m_processor = new EventProcessor(services.processedEvents, services.statusHistory, this);
    m_model = new EventsModel(this);
    m_tracker = new FollowUpTracker(this);
    m_followUpFilter = new FollowUpFilter(m_tracker, this);
    m_notifier = new EventNotifier(this);
    m_backfill = new EventBackfill(m_processor, this);
    m_tracker->restore(services.store);

    connect(m_receiver, &WebhookReceiver::notificationReceived, m_processor,
            &EventProcessor::handleNotification);
    connect(m_receiver, &WebhookReceiver::listeningChanged, this,
            &EventsService::updateDeliveryStatus);
    connect(m_processor, &EventProcessor::recordChanged, m_model, &EventsModel::upsert);
    connect(m_processor, &EventProcessor::eventApplied, m_tracker, &FollowUpTracker::applyEvent);
    connect(m_processor, &EventProcessor::eventApplied, m_notifier, &EventNotifier::onEventApplied);
    connect(m_processor, &EventProcessor::identityUpdated, m_tracker,
            &FollowUpTracker::applyIdentity);
    // Events update the queue's row in place.
    if (services.identities)
        connect(m_processor, &EventProcessor::identityUpdated, services.identities,
                &IdentityTableModel::upsert);
    connect(m_processor, &EventProcessor::followerError, this, [this](const paxos::ApiError &e) {
        // A round cancelled by an environment switch (the first one at start-up included) is
        // not a problem to show: the follower polls again on its own.
        if (e.kind() == paxos::ApiError::Kind::Cancelled)
            return;
        m_followerProblem = e.message();
        updateDeliveryStatus();
    });
    connect(m_processor, &EventProcessor::followerCaughtUp, this, [this] {
        if (!m_followerProblem.isEmpty()) {
            m_followerProblem.clear();
            updateDeliveryStatus();
        }
    });
    // Every identity the console loads with details tells the tracker its follow-ups.
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

    connect(services.session, &Session::environmentChanged, this,
            &EventsService::onEnvironmentChanged);
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

EventsService::~EventsService()
{
    disconnect(m_receiver, nullptr, this, nullptr);
    stopReceiver();
}

void EventsService::setNotificationsEnabled(bool on)
{
    m_notifier->setEnabled(on);
    if (m_services.settings)
        m_services.settings->setValue(SettingKey::EventNotificationsEnabled, on);
}

void EventsService::onEnvironmentChanged()
{
    paxos::Connection *connection = m_services.session->connection();
    const QString environment = m_services.session->environmentKey();
    m_processor->setConnection(connection);
    // Per environment: the follower starts again from this environment's own position, and
    // the list shows this environment's events only.
    m_processor->setEnvironment(environment);
    m_model->clear();
    m_model->loadHistory(m_services.store, environment);
    const bool follower =
        !m_services.settings || m_services.settings->get<bool>(SettingKey::EventsFollowerEnabled);
    m_processor->setFollowerEnabled(follower && connection);
    startReceiver();
}

void EventsService::stopReceiver()
{
    if (!m_registeredWebhookId.isEmpty() && m_localSender)
        m_localSender->unregisterWebhook(m_registeredWebhookId);
    m_registeredWebhookId.clear();
    m_receiver->stop();
}

void EventsService::startReceiver()
{
    stopReceiver();
    m_receiverProblem.clear();
    m_pendingKeyName.clear();
    const paxos::Environment env = m_services.session->environment();
    const bool local = env.kind() == paxos::Environment::Kind::LocalSandbox && m_localSender
        && m_localSender->acceptsWebhooks();
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

void EventsService::startReceiverWithKey(const QByteArray &key, bool local)
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
        emit message(tr("The webhook receiver listens on %1, reachable from other machines. "
                        "Keep the API key secret.")
                         .arg(config.bindAddress.toString()));
    if (local)
        m_registeredWebhookId =
            m_localSender->registerWebhook(m_receiver->url(), config.headerName, key);
    updateDeliveryStatus();
}

void EventsService::updateDeliveryStatus()
{
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
    m_deliveryStatus = parts.join(u"  ·  "_s);
    m_deliveryHealthy = healthy || anyPath;
    emit deliveryStatusChanged();
}

} // namespace console

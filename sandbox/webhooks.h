#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace sandbox {

struct WebhookConfig
{
    QString id;
    QUrl url;
    QString headerName; // API-key authentication: this header ...
    QString headerValue; // ... with this value on every call (never logged)
};

// POSTs Paxos' small webhook notification to every configured URL. Any 2xx counts as
// delivered; anything else (or no answer within the attempt time-out) is retried with
// exponential back-off and ±50 % jitter (base, 2·base, 4·base, ...) until the retry window,
// counted from the first attempt, is used up.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit WebhookDispatcher(QObject *parent = nullptr);

    void setRetryBaseMs(int ms) { m_retryBaseMs = qMax(1, ms); }
    void setRetryWindowMs(qint64 ms) { m_retryWindowMs = qMax<qint64>(0, ms); }
    void setAttemptTimeoutMs(int ms) { m_attemptTimeoutMs = qMax(100, ms); }
    int retryBaseMs() const { return m_retryBaseMs; }
    qint64 retryWindowMs() const { return m_retryWindowMs; }

    QString addWebhook(WebhookConfig config); // returns its id
    bool removeWebhook(const QString &idOrUrl);
    QList<WebhookConfig> webhooks() const { return m_webhooks; }
    int activeDeliveries() const { return m_active; }

    // Queues one notification per configured webhook.
    void deliver(const QString &eventId, const QString &type, qint64 createdUs, bool isTest);

signals:
    // A delivery failed for the first time: the event has one more undelivered webhook.
    void deliveryFailed(const QString &eventId);
    // A delivery that had failed succeeded on a retry.
    void deliveryRecovered(const QString &eventId);
    void delivered(const QString &eventId, const QUrl &url, int attempts);
    void gaveUp(const QString &eventId, const QUrl &url, int attempts);

private:
    struct Delivery
    {
        QString eventId;
        QString webhookId;
        QByteArray body;
        int attempts = 0;
        qint64 firstAttemptMs = 0;
        bool failedBefore = false;
    };
    void attempt(Delivery delivery);
    void onResult(Delivery delivery, bool ok);

    QNetworkAccessManager *m_network;
    QList<WebhookConfig> m_webhooks;
    int m_retryBaseMs = 5000;
    qint64 m_retryWindowMs = 24LL * 3600 * 1000;
    int m_attemptTimeoutMs = 10000;
    int m_active = 0;
};

} // namespace sandbox

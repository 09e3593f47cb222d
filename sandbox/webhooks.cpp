#include "sandbox/webhooks.h"

#include "sandbox/clock.h"
#include "sandbox/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

WebhookDispatcher::WebhookDispatcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Webhook receivers are plain URLs; never route them through a system proxy.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

QString WebhookDispatcher::addWebhook(WebhookConfig config)
{
    if (config.id.isEmpty())
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_webhooks.append(config);
    return config.id;
}

bool WebhookDispatcher::removeWebhook(const QString &idOrUrl)
{
    return m_webhooks.removeIf([&](const WebhookConfig &w) {
        return w.id == idOrUrl || w.url.toString() == idOrUrl;
    }) > 0;
}

void WebhookDispatcher::deliver(const QString &eventId, const QString &type, qint64 createdUs,
                                bool isTest)
{
    const QJsonObject notification{{u"id"_s, eventId},
                                   {u"type"_s, type},
                                   {u"source"_s, u"com.paxos"_s},
                                   {u"time"_s, formatTimestamp(createdUs, 0)},
                                   {u"object"_s, u"event"_s},
                                   {u"is_test"_s, isTest}};
    const QByteArray body = QJsonDocument(notification).toJson(QJsonDocument::Compact);
    for (const WebhookConfig &webhook : std::as_const(m_webhooks)) {
        Delivery delivery;
        delivery.eventId = eventId;
        delivery.webhookId = webhook.id;
        delivery.body = body;
        delivery.firstAttemptMs = QDateTime::currentMSecsSinceEpoch();
        attempt(delivery);
    }
}

void WebhookDispatcher::attempt(Delivery delivery)
{
    const auto it =
        std::find_if(m_webhooks.cbegin(), m_webhooks.cend(),
                     [&](const WebhookConfig &w) { return w.id == delivery.webhookId; });
    if (it == m_webhooks.cend())
        return; // removed meanwhile: nobody to deliver to
    ++delivery.attempts;
    ++m_active;
    QNetworkRequest request(it->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "paxos-sandbox-webhooks");
    if (!it->headerName.isEmpty())
        request.setRawHeader(it->headerName.toUtf8(), it->headerValue.toUtf8());
    request.setTransferTimeout(m_attemptTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        --m_active;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        onResult(delivery, status >= 200 && status < 300);
    });
}

void WebhookDispatcher::onResult(Delivery delivery, bool ok)
{
    const auto it =
        std::find_if(m_webhooks.cbegin(), m_webhooks.cend(),
                     [&](const WebhookConfig &w) { return w.id == delivery.webhookId; });
    const QUrl url = it != m_webhooks.cend() ? it->url : QUrl();
    qCDebug(lcSandboxWebhooks, "event %s to %s: attempt %d %s", qPrintable(delivery.eventId),
            qPrintable(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)), delivery.attempts,
            ok ? "delivered" : "failed");
    if (ok) {
        if (delivery.failedBefore)
            emit deliveryRecovered(delivery.eventId);
        emit delivered(delivery.eventId, url, delivery.attempts);
        return;
    }
    if (!delivery.failedBefore) {
        delivery.failedBefore = true;
        emit deliveryFailed(delivery.eventId);
    }
    // base · 2^(n-1), with jitter in [0.5, 1.5) so many failing receivers do not retry in step.
    const int exponent = qMin(delivery.attempts - 1, 20);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    const qint64 delay = qint64(double(m_retryBaseMs) * double(1LL << exponent) * jitter);
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - delivery.firstAttemptMs;
    if (it == m_webhooks.cend() || elapsed + delay > m_retryWindowMs) {
        qCInfo(lcSandboxWebhooks, "giving up on event %s after %d attempts",
               qPrintable(delivery.eventId), delivery.attempts);
        emit gaveUp(delivery.eventId, url, delivery.attempts);
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(delay), this,
                       [this, delivery] { attempt(delivery); });
}

} // namespace sandbox

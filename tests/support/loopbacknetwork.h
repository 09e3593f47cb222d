#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

// A network access manager that sends requests for named hosts to a loopback server instead,
// so a test can drive the console "in Production" without a byte leaving the machine. Any
// other non-loopback host is refused outright.
class LoopbackNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void mapHost(const QString &host, const QUrl &target) { m_targets.insert(host, target); }
    QStringList refusedHosts() const { return m_refused; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original,
                                 QIODevice *outgoingData) override
    {
        QNetworkRequest request = original;
        QUrl url = request.url();
        const auto it = m_targets.constFind(url.host());
        if (it != m_targets.cend()) {
            url.setScheme(it->scheme());
            url.setHost(it->host());
            url.setPort(it->port());
            request.setUrl(url);
        } else if (url.host() != QLatin1String("127.0.0.1")
                   && url.host() != QLatin1String("localhost")) {
            m_refused.append(url.host());
            url.setScheme(QStringLiteral("http"));
            url.setHost(QStringLiteral("127.0.0.1"));
            url.setPort(9); // discard: the request fails as a network error
            request.setUrl(url);
        }
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    QHash<QString, QUrl> m_targets;
    QStringList m_refused;
};

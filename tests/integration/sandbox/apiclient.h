#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sandboxtest {

struct Reply
{
    int status = 0; // 0 = no HTTP answer (connection dropped, timeout)
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    bool isProblem() const
    {
        return json.contains(u"type") && json.contains(u"title")
            && json.value(u"status").toInt() == status;
    }
    QString detail() const { return json.value(u"detail").toString(); }
};

// Talks to a paxos-sandbox over real HTTP on loopback and waits on signals for the answer.
class ApiClient
{
public:
    explicit ApiClient(QUrl base);

    QUrl base() const { return m_base; }
    // Fetches (and keeps) a token for the demo client; empty scope = every scope.
    QString authenticate(const QString &scope = {},
                         const QString &clientId = QStringLiteral("demo"),
                         const QString &secret = QStringLiteral("demo-secret"));
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    Reply get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    Reply post(const QString &path, const QJsonObject &body);
    Reply put(const QString &path, const QJsonObject &body);
    Reply del(const QString &pathAndQuery) { return send("DELETE", pathAndQuery); }

    // Creates the guide's example person with a fresh ref_id and cip_id (and optional
    // metadata), returning the create reply.
    Reply createPerson(const QJsonObject &metadata = {}, QJsonObject *sent = nullptr);
    // The admin API (no token).
    Reply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

// Unique per call and per process, so suites sharing one sandbox never collide.
QString uniqueRefId(const QString &prefix = QStringLiteral("it"));
QString uniqueSsn();
// The Paxos guide's example person (Billy Duncan) with the given ref_id and cip_id.
QJsonObject examplePerson(const QString &refId, const QString &ssn);

// Events of a type for one identity (list events, oldest first).
QJsonArray eventsFor(ApiClient &client, const QString &identityId, const QString &type = {});

} // namespace sandboxtest

#include <QTcpServer>

namespace sandboxtest {

// A minimal HTTP endpoint on loopback that records webhook calls and answers each with the
// next status from a script (then 200).
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };

    explicit WebhookReceiver(QList<int> statuses = {});
    QUrl url() const;
    QList<Call> calls() const { return m_calls; }
    void setStatuses(QList<int> statuses) { m_statuses = std::move(statuses); }

signals:
    void received();

private:
    void onConnection();

    QTcpServer m_server;
    QList<int> m_statuses;
    QList<Call> m_calls;
};

} // namespace sandboxtest

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

// A TCP relay on loopback in front of a server (a paxos-sandbox), counting from the server's
// side what a client puts on the wire at once: how many of its requests wait for an answer at
// the same moment (peak), and how many requests each TCP connection carried one after the
// other (HTTP/1.1 without pipelining: one request at a time per connection, so the busiest
// connection's count is the number of rounds the walk took there). A request is counted when
// the client's first bytes of it arrive and answered when the server's first bytes come back;
// with an added latency on every answer the two never overlap.
class CountingProxy : public QObject
{
public:
    explicit CountingProxy(const QUrl &target, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::accept);
    }

    // The sockets are the server's children and go with it, after the members their slots
    // use: nothing of theirs may reach this object any more.
    ~CountingProxy() override
    {
        m_server.close();
        for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
            it.key()->disconnect(this);
            if (it->upstream)
                it->upstream->disconnect(this);
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        QUrl url = m_target;
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }

    int requests() const { return m_requests; }
    int peakWaiting() const { return m_peak; }
    int connections() const { return m_connections; }
    // The most requests any one connection carried.
    int mostRequestsOnOneConnection() const { return m_mostOnOne; }
    void resetCounts()
    {
        m_requests = m_peak = m_connections = m_mostOnOne = 0;
        for (Link &link : m_links)
            link.requests = 0;
    }

private:
    struct Link
    {
        QPointer<QTcpSocket> upstream;
        bool waiting = false; // a request sent, its answer not begun
        int requests = 0;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            m_links.insert(client, Link{upstream});
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_target.port()));
            connect(client, &QTcpSocket::readyRead, this, [this, client] { fromClient(client); });
            connect(upstream, &QTcpSocket::connected, this, [this, client] { fromClient(client); });
            connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] {
                const QByteArray bytes = upstream->readAll();
                Link &link = m_links[client];
                if (link.waiting && !bytes.isEmpty()) {
                    link.waiting = false;
                    --m_waiting;
                }
                client->write(bytes);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, this, [this, client] {
                const Link link = m_links.take(client);
                if (link.waiting)
                    --m_waiting;
                client->deleteLater();
            });
        }
    }

    void fromClient(QTcpSocket *client)
    {
        Link &link = m_links[client];
        if (!link.upstream || link.upstream->state() != QAbstractSocket::ConnectedState)
            return; // sent once the server's side is connected
        const QByteArray bytes = client->readAll();
        if (bytes.isEmpty())
            return;
        if (!link.waiting) {
            link.waiting = true;
            ++m_requests;
            ++link.requests;
            m_mostOnOne = std::max(m_mostOnOne, link.requests);
            m_peak = std::max(m_peak, ++m_waiting);
        }
        link.upstream->write(bytes);
    }

    QUrl m_target;
    QTcpServer m_server;
    QHash<QTcpSocket *, Link> m_links;
    int m_waiting = 0;
    int m_requests = 0;
    int m_peak = 0;
    int m_connections = 0;
    int m_mostOnOne = 0;
};

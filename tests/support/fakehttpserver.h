#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A tiny HTTP/1.1 server on loopback for unit tests of the client's transport: it records
// every request and lets the test answer now, later, or never (and drop the connection).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path + query as sent
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    class Exchange
    {
    public:
        Request request;
        void respond(int status, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {},
                     const QByteArray &contentType = "application/json");
        void drop(); // close the connection without an answer
        bool answered() const { return m_answered; }

    private:
        friend class FakeHttpServer;
        QPointer<QTcpSocket> m_socket;
        bool m_answered = false;
    };

    // Handler decides what to do; it may keep the Exchange (shared) to answer later.
    using Handler = std::function<void(std::shared_ptr<Exchange>)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }

signals:
    void requestReceived(int count);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

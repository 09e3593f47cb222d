#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace sandbox {

// A small HTTP/1.1 server on QTcpServer. QHttpServer in Qt 6.4 cannot answer unknown
// paths and methods with our own problem bodies before routing, cannot refuse an
// oversized body before buffering it (413), cannot drop a connection on purpose (fault
// injection) and has no multipart parser, so the sandbox speaks HTTP itself: keep-alive,
// pipelining (answered in order), Content-Length and chunked bodies, Expect: 100-continue,
// header and body limits, idle time-outs.

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const;
    // The media type without parameters, lower-cased: "application/json".
    QByteArray mediaType() const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Fault injection: close the connection without answering.
    bool dropConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

QByteArray reasonPhrase(int status);

// Form fields from application/x-www-form-urlencoded or multipart/form-data bodies.
// Returns false when the body cannot be parsed as the given media type.
bool parseFormBody(const HttpRequest &request, QHash<QString, QString> *fields);

using Responder = std::function<void(HttpResponse)>;

class HttpListener : public QObject
{
    Q_OBJECT
public:
    // Called once per complete request; must call the responder exactly once (may be
    // later, from the event loop).
    using Handler = std::function<void(const HttpRequest &, Responder)>;
    // Largest body accepted for a request head; larger ones get 413.
    using BodyLimit = std::function<qint64(const HttpRequest &head)>;
    // Builds an error response for protocol errors (400, 413, 431, 501).
    using ErrorBuilder = std::function<HttpResponse(int status, const QString &detail)>;

    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setBodyLimit(BodyLimit limit) { m_bodyLimit = std::move(limit); }
    void setErrorBuilder(ErrorBuilder builder) { m_errorBuilder = std::move(builder); }

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    quint16 port() const;
    QHostAddress address() const;

private:
    friend class HttpConnection;
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    BodyLimit m_bodyLimit;
    ErrorBuilder m_errorBuilder;
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpListener *listener);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Waiting, Draining };

    void onReadyRead();
    void process();
    bool parseHead(qsizetype end);
    void dispatch();
    void fail(int status, const QString &detail);
    void send(const HttpResponse &response, bool close);
    void finish(HttpResponse response, quint64 serial);
    void resetForNext();

    QTcpSocket *m_socket;
    QPointer<HttpListener> m_listener;
    QByteArray m_buffer;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    qint64 m_limit = 0;
    bool m_keepAlive = true;
    quint64 m_serial = 0;
    QTimer m_idle;
};

} // namespace sandbox

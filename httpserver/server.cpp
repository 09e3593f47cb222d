#include "httpserver/server.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <sys/resource.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace httpserver {

namespace {

// Qt reads no more than this into a connection's buffer; the rest waits in the kernel, so a
// client sending faster than we parse (or while we answer) is held back by TCP itself.
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// RFC 9110 §6.6.1: an origin server with a clock sends Date (IMF-fixdate, whole seconds).
// Clients take it as the server's time when it answered (the console's refresh starts its
// next delta from it). The text changes once a second, so it is made once a second per
// thread (the embedded sandbox serves on its own thread).
QByteArray httpDateNow()
{
    thread_local qint64 cachedSecs = -1;
    thread_local QByteArray cached;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 secs = now.toSecsSinceEpoch();
    if (secs != cachedSecs) {
        cachedSecs = secs;
        cached = QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached;
}

// Descriptors kept for everything but connections (database, log files, outgoing calls).
constexpr int kDescriptorReserve = 64;
// Refusals being answered at once; past this a connection is closed without an answer.
constexpr int kMaxRefusing = 64;
// After accept() fails for lack of descriptors, try again this much later (not in a loop).
constexpr int kAcceptPauseMs = 250;

} // namespace

class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, Server *server, bool refuse);
    ~Connection() override;

private:
    enum class State { Reading, Waiting, Draining };

    void onReadyRead();
    void process();
    void headReady();
    void dispatch();
    void finish(Response response, quint64 serial);
    void fail(int status, const QString &detail);
    void send(const Response &response, bool close);
    void startDraining();
    void log(const char *what, int status, const QString &detail) const;
    void closeNow();

    QTcpSocket *m_socket;
    QPointer<Server> m_server;
    const bool m_refused;
    RequestParser m_parser;
    QByteArray m_in;
    State m_state = State::Reading;
    QByteArray m_method; // of the request being answered (HEAD has no body)
    bool m_keepAlive = true;
    quint64 m_serial = 0;
    qint64 m_drained = 0;
    QTimer m_idle;
    QTimer m_headDeadline;
    QTimer m_drainDeadline;
};

Connection::Connection(QTcpSocket *socket, Server *server, bool refuse)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_refused(refuse)
    , m_parser(server->options().limits)
{
    socket->setParent(this);
    socket->setReadBufferSize(kSocketReadBuffer);
    if (m_refused)
        ++server->m_refusing;
    else
        ++server->m_active;
    const ServerOptions &options = server->options();
    m_idle.setSingleShot(true);
    m_idle.setInterval(options.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        log("idle time-out", 0, {});
        closeNow();
    });
    m_headDeadline.setSingleShot(true);
    m_headDeadline.setInterval(options.headerTimeoutMs);
    connect(&m_headDeadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Reading)
            fail(408, u"the request head did not arrive in time"_s);
    });
    m_drainDeadline.setSingleShot(true);
    m_drainDeadline.setInterval(options.drainTimeoutMs);
    connect(&m_drainDeadline, &QTimer::timeout, this, &Connection::closeNow);
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        // The answer is out: half-close, so the client reads it to the end, then sees EOF.
        if (m_state == State::Draining && m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
    if (m_refused) {
        fail(503, u"too many connections; try again later"_s);
        return;
    }
    m_idle.start();
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

Connection::~Connection()
{
    if (!m_server)
        return;
    if (m_refused)
        --m_server->m_refusing;
    else
        --m_server->m_active;
}

void Connection::log(const char *what, int status, const QString &detail) const
{
    if (!m_server || !m_server->options().logCategory)
        return;
    const QLoggingCategory &category = m_server->options().logCategory();
    if (!category.isDebugEnabled())
        return;
    QMessageLogger(nullptr, 0, nullptr, category.categoryName())
        .debug("%s %s: %d %s", qPrintable(m_socket->peerAddress().toString()), what, status,
               escapeForLog(detail.toUtf8()).constData());
}

void Connection::closeNow()
{
    m_idle.stop();
    m_headDeadline.stop();
    m_drainDeadline.stop();
    m_socket->abort();
    deleteLater();
}

void Connection::onReadyRead()
{
    switch (m_state) {
    case State::Waiting:
        // The next request waits in the socket (bounded) and the kernel until this one is
        // answered.
        return;
    case State::Draining: {
        const QByteArray discarded = m_socket->read(kSocketReadBuffer);
        m_drained += discarded.size();
        if (m_server && m_drained > m_server->options().maxDrainBytes)
            closeNow();
        return;
    }
    case State::Reading:
        break;
    }
    m_idle.start();
    m_in += m_socket->readAll();
    process();
}

void Connection::process()
{
    while (m_state == State::Reading) {
        qsizetype used = 0;
        const auto status = m_parser.parse(m_in, &used);
        m_in.remove(0, used);
        switch (status) {
        case RequestParser::Status::NeedMore:
            if (used > 0)
                continue;
            if (!m_parser.isHeadDone() && !m_in.isEmpty() && !m_headDeadline.isActive())
                m_headDeadline.start();
            return;
        case RequestParser::Status::HeadReady:
            m_headDeadline.stop();
            headReady();
            continue;
        case RequestParser::Status::Complete:
            dispatch();
            return;
        case RequestParser::Status::Error:
            fail(m_parser.errorStatus(), m_parser.errorDetail());
            return;
        }
    }
}

void Connection::headReady()
{
    if (!m_server)
        return;
    const Request &head = m_parser.request();
    m_method = head.method;
    qint64 limit = m_server->options().limits.maxBodyBytes;
    if (m_server->m_headCheck) {
        Request withPeer = head;
        withPeer.peer = m_socket->peerAddress();
        withPeer.local = m_socket->localAddress();
        if (std::optional<Response> refusal = m_server->m_headCheck(withPeer, &limit)) {
            // Decided from the head alone: the body is never read.
            log("refused at the head", refusal->status, QString::fromLatin1(head.method));
            m_state = State::Draining;
            send(*refusal, true);
            return;
        }
    }
    m_parser.setBodyLimit(limit);
    if (m_parser.contentLength() > limit) {
        fail(413,
             u"request body of %1 bytes is larger than the limit of %2 bytes"_s
                 .arg(m_parser.contentLength())
                 .arg(limit));
        return;
    }
    if (m_parser.expectsContinue() && (m_parser.isChunked() || m_parser.contentLength() > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void Connection::dispatch()
{
    m_state = State::Waiting;
    m_idle.stop();
    m_keepAlive = m_parser.keepAlive();
    Request request = m_parser.takeRequest();
    request.peer = m_socket->peerAddress();
    request.local = m_socket->localAddress();
    m_parser.reset();
    const quint64 serial = ++m_serial;
    if (!m_server || !m_server->m_handler) {
        fail(503, u"server is shutting down"_s);
        return;
    }
    QPointer<Connection> self(this);
    m_server->m_handler(request, [self, serial](Response response) {
        if (self)
            self->finish(std::move(response), serial);
    });
}

void Connection::finish(Response response, quint64 serial)
{
    if (serial != m_serial || m_state != State::Waiting)
        return;
    if (response.dropConnection) {
        closeNow();
        return;
    }
    const bool close = !m_keepAlive || response.closeConnection;
    send(response, close);
    if (close)
        return;
    m_state = State::Reading;
    m_idle.start();
    // Queued, not direct: a long pipeline of synchronous answers must not recurse, and what
    // waited in the socket is read now.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Reading)
                return;
            m_in += m_socket->readAll();
            process();
        },
        Qt::QueuedConnection);
}

void Connection::fail(int status, const QString &detail)
{
    if (m_state == State::Draining)
        return;
    log("refused", status, detail);
    const Response response = m_server ? m_server->errorResponse(status, detail) : Response{};
    m_state = State::Draining;
    send(response, true);
}

void Connection::send(const Response &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        // Header values come from our own code, but a CR or LF in one must never split the
        // answer.
        if (name.contains('\r') || name.contains('\n') || value.contains('\r')
            || value.contains('\n'))
            continue;
        out += name + ": " + value + "\r\n";
    }
    if (std::none_of(response.headers.cbegin(), response.headers.cend(), [](const auto &h) {
            return h.first.compare("Date", Qt::CaseInsensitive) == 0;
        }))
        out += "Date: " + httpDateNow() + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (m_method != "HEAD")
        out += response.body;
    m_socket->write(out);
    // Out to the kernel now, not on the next write notification: a client that half-closes
    // after its request would otherwise make Qt drop the socket (and the unsent answer) when
    // it reads the end of the stream.
    m_socket->flush();
    if (close)
        startDraining();
}

void Connection::startDraining()
{
    m_state = State::Draining;
    m_idle.stop();
    m_headDeadline.stop();
    m_in.clear();
    m_drainDeadline.start();
    if (m_socket->bytesToWrite() == 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    // What is already buffered is discarded now; readyRead does the rest.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

Server::Server(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_resumeAccepting.setSingleShot(true);
    m_resumeAccepting.setInterval(kAcceptPauseMs);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        if (m_server) {
            m_server->resumeAccepting();
            // Connections that waited in the backlog meanwhile are taken now.
            onNewConnection();
        }
    });
}

Server::~Server()
{
    close();
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    m_server = new QTcpServer(this);
    // Qt's default backlog (50) overflows in a burst of connections (slow clients cut off by
    // the header time-out all reconnecting at once); the kernel then drops SYNs, and a normal
    // client waits a second for its retransmission.
    m_server->setListenBacklogSize(m_options.listenBacklog);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Server::onNewConnection);
    connect(m_server, &QTcpServer::acceptError, this, &Server::onAcceptError);
    if (!m_server->listen(address, port)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void Server::close()
{
    m_resumeAccepting.stop();
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
    const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *connection : connections)
        delete connection;
}

quint16 Server::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress Server::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

int Server::effectiveMaxConnections() const
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return m_options.maxConnections;
    const qint64 fit = qint64(limit.rlim_cur) - kDescriptorReserve;
    return int(qBound(qint64(1), fit, qint64(m_options.maxConnections)));
}

void Server::onNewConnection()
{
    const int max = effectiveMaxConnections();
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_active < max) {
            new Connection(socket, this, false);
            continue;
        }
        ++m_refusedTotal;
        if (m_refusing >= kMaxRefusing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new Connection(socket, this, true);
    }
}

void Server::onAcceptError()
{
    // Out of descriptors (or another resource): QTcpServer would try again at once and for
    // ever; wait a little instead, while connections finish.
    if (!m_server)
        return;
    m_server->pauseAccepting();
    if (m_options.logCategory && m_options.logCategory().isWarningEnabled())
        QMessageLogger(nullptr, 0, nullptr, m_options.logCategory().categoryName())
            .warning("cannot accept connections: %s", qPrintable(m_server->errorString()));
    if (!m_resumeAccepting.isActive())
        m_resumeAccepting.start();
}

Response Server::errorResponse(int status, const QString &detail) const
{
    if (m_errorBuilder)
        return m_errorBuilder(status, detail);
    Response response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = detail.toUtf8();
    return response;
}

} // namespace httpserver

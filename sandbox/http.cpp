#include "sandbox/http.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr int kIdleTimeoutMs = 120 * 1000;
constexpr int kDrainTimeoutMs = 2000;
constexpr qsizetype kMaxPipelinedBytes = 8 * 1024 * 1024;

QByteArray headerParameter(const QByteArray &value, QByteArrayView name)
{
    const QList<QByteArray> parts = value.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = part.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQuery(const QString &key) const
{
    return query.hasQueryItem(key);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool parseFormBody(const HttpRequest &request, QHash<QString, QString> *fields)
{
    const QByteArray type = request.mediaType();
    if (type == "multipart/form-data") {
        const QByteArray boundary = headerParameter(request.header("content-type"), "boundary");
        if (boundary.isEmpty())
            return false;
        const QByteArray delimiter = "--" + boundary;
        const QByteArray &body = request.body;
        qsizetype pos = body.indexOf(delimiter);
        if (pos < 0)
            return false;
        while (true) {
            pos += delimiter.size();
            if (body.mid(pos, 2) == "--")
                return true; // closing delimiter
            if (body.mid(pos, 2) != "\r\n")
                return false;
            pos += 2;
            const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                return false;
            const QByteArray partHead = body.mid(pos, headEnd - pos);
            const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd + 4);
            if (next < 0)
                return false;
            const QByteArray value = body.mid(headEnd + 4, next - headEnd - 4);
            QByteArray name;
            for (const QByteArray &line : partHead.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (trimmed.toLower().startsWith("content-disposition:"))
                    name = headerParameter(trimmed, "name");
            }
            if (!name.isEmpty())
                fields->insert(QString::fromUtf8(name), QString::fromUtf8(value));
            pos = next + 2;
        }
    }
    if (type == "application/x-www-form-urlencoded" || type.isEmpty()) {
        for (const QByteArray &pair : request.body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray key = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            fields->insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                           QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
        return true;
    }
    return false;
}

HttpListener::HttpListener(QObject *parent)
    : QObject(parent)
{
}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &HttpListener::onNewConnection);
    if (!m_server->listen(address, port)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void HttpListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
    // Connections are children of the listener; end them with it.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
}

quint16 HttpListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpListener::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void HttpListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        new HttpConnection(socket, this);
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpListener *listener)
    : QObject(listener)
    , m_socket(socket)
    , m_listener(listener)
{
    socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    m_idle.start();
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::onReadyRead()
{
    m_idle.start();
    if (m_state == State::Draining) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    // A client that pipelines far ahead of our answers is cut off rather than buffered.
    if (m_state == State::Waiting && m_buffer.size() > kMaxPipelinedBytes) {
        m_socket->abort();
        return;
    }
    process();
}

void HttpConnection::process()
{
    while (true) {
        switch (m_state) {
        case State::Waiting:
        case State::Draining:
            return;
        case State::Head: {
            // Tolerate stray CRLFs between pipelined requests (RFC 9112 §2.2).
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    fail(431, u"request head larger than 64 KiB"_s);
                return;
            }
            if (end > kMaxHeadBytes) {
                fail(431, u"request head larger than 64 KiB"_s);
                return;
            }
            if (!parseHead(end))
                return;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_request.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            dispatch();
            break;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    fail(400, u"malformed chunked body"_s);
                return;
            }
            QByteArray sizeText = m_buffer.left(eol);
            const qsizetype ext = sizeText.indexOf(';');
            if (ext >= 0)
                sizeText.truncate(ext);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            m_buffer.remove(0, eol + 2);
            if (!ok || size < 0) {
                fail(400, u"malformed chunked body"_s);
                return;
            }
            if (m_request.body.size() + size > m_limit) {
                fail(413, u"request body larger than %1 bytes"_s.arg(m_limit));
                return;
            }
            m_remaining = size;
            m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_request.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            if (m_buffer.size() < 2)
                return;
            if (!m_buffer.startsWith("\r\n")) {
                fail(400, u"malformed chunked body"_s);
                return;
            }
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                dispatch();
            break;
        }
        }
    }
}

bool HttpConnection::parseHead(qsizetype end)
{
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, u"malformed request line"_s);
        return false;
    }
    m_request = HttpRequest();
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.peer = m_socket->peerAddress();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, u"malformed header line"_s);
            return false;
        }
        m_request.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const QUrl url = QUrl::fromEncoded(m_request.target);
    if (!m_request.target.startsWith('/') || !url.isValid()) {
        fail(400, u"malformed request target"_s);
        return false;
    }
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));

    m_limit =
        m_listener && m_listener->m_bodyLimit ? m_listener->m_bodyLimit(m_request) : 1024 * 1024;
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const QByteArray contentLength = m_request.header("content-length");
    const bool expectContinue = m_request.header("expect").toLower() == "100-continue";
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked") {
            fail(501,
                 u"transfer encoding '%1' is not supported"_s.arg(
                     QString::fromLatin1(transferEncoding)));
            return false;
        }
        m_state = State::ChunkSize;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400, u"invalid Content-Length"_s);
            return false;
        }
        if (length > m_limit) {
            fail(413,
                 u"request body of %1 bytes is larger than the limit of %2 bytes"_s.arg(length).arg(
                     m_limit));
            return false;
        }
        m_remaining = length;
        m_state = State::Body;
    } else {
        m_remaining = 0;
        m_state = State::Body;
    }
    if (expectContinue && (m_state != State::Body || m_remaining > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    const quint64 serial = ++m_serial;
    if (!m_listener || !m_listener->m_handler) {
        fail(503, u"server is shutting down"_s);
        return;
    }
    QPointer<HttpConnection> self(this);
    m_listener->m_handler(m_request, [self, serial](HttpResponse response) {
        if (self)
            self->finish(std::move(response), serial);
    });
}

void HttpConnection::finish(HttpResponse response, quint64 serial)
{
    if (serial != m_serial || m_state != State::Waiting)
        return;
    if (response.dropConnection) {
        m_socket->abort();
        deleteLater();
        return;
    }
    send(response, !m_keepAlive);
    if (!m_keepAlive)
        return;
    resetForNext();
    // Queued, not direct: a long pipeline of synchronous answers must not recurse.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::resetForNext()
{
    m_state = State::Head;
    m_request = HttpRequest();
    m_remaining = 0;
}

void HttpConnection::fail(int status, const QString &detail)
{
    HttpResponse response;
    if (m_listener && m_listener->m_errorBuilder) {
        response = m_listener->m_errorBuilder(status, detail);
    } else {
        response.status = status;
        response.body = detail.toUtf8();
    }
    // Read and discard what the client still sends, so closing does not reset the
    // connection before it has read our answer; the client closes after reading it.
    m_state = State::Draining;
    m_buffer.clear();
    send(response, true);
    QTimer::singleShot(kDrainTimeoutMs, this, [this] { m_socket->abort(); });
}

void HttpConnection::send(const HttpResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (m_request.method != "HEAD")
        out += response.body;
    m_socket->write(out);
    if (close && m_state != State::Draining) {
        m_state = State::Draining;
        m_socket->disconnectFromHost();
    }
}

} // namespace sandbox

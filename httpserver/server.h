#pragma once

#include "httpserver/message.h"
#include "httpserver/parser.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QLoggingCategory;
class QTcpServer;

namespace httpserver {

struct ServerOptions
{
    Limits limits;
    // Open connections past this many are answered 503 and closed. Never more than the
    // process's descriptor limit allows (less a reserve for everything else).
    int maxConnections = 512;
    // Connections the kernel queues before they are accepted (capped by net.core.somaxconn).
    int listenBacklog = 1024;
    // From the first byte of a request head to its end; a slower client gets 408 and is
    // closed (slow-header attacks).
    int headerTimeoutMs = 10 * 1000;
    // No byte from the client for this long: between requests on a kept-alive connection, or
    // in the middle of a body. Not counted while the handler works on an answer.
    int idleTimeoutMs = 120 * 1000;
    // After an answer that closes the connection, what the client still sends is read and
    // discarded (so closing does not reset the connection before the answer is read), for at
    // most this long and this much.
    int drainTimeoutMs = 2000;
    qint64 maxDrainBytes = 64 * 1024 * 1024;
    // Refusals and protocol errors are logged here (debug), escaped, never with a body.
    const QLoggingCategory &(*logCategory)() = nullptr;
};

using Responder = std::function<void(Response)>;

// An HTTP/1.1 server on QTcpServer: keep-alive, pipelining (answered in order; the next request
// is not read while one is being answered), Content-Length and chunked bodies, Expect:
// 100-continue, and the limits, time-outs and refusals in ServerOptions. See README.md.
class Server : public QObject
{
    Q_OBJECT
public:
    // Called with each request head before its body is read. Return a response to refuse the
    // request (it is answered and the connection closed, the body never read), or nullopt to
    // go on; *bodyLimit (preset to limits.maxBodyBytes) may be changed for this request.
    using HeadCheck =
        std::function<std::optional<Response>(const Request &head, qint64 *bodyLimit)>;
    // Called once per complete request; must call the responder exactly once (possibly later,
    // from the event loop).
    using Handler = std::function<void(const Request &request, Responder respond)>;
    // Builds the answer to protocol errors and refusals (400, 408, 413, 431, 501, 503).
    using ErrorBuilder = std::function<Response(int status, const QString &detail)>;

    explicit Server(const ServerOptions &options = {}, QObject *parent = nullptr);
    ~Server() override;

    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setErrorBuilder(ErrorBuilder builder) { m_errorBuilder = std::move(builder); }
    const ServerOptions &options() const { return m_options; }

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const { return m_server != nullptr; }
    quint16 port() const;
    QHostAddress address() const;

    int connectionCount() const { return m_active; }
    qint64 refusedConnections() const { return m_refusedTotal; }
    // maxConnections, lowered to fit the descriptor limit as it is now.
    int effectiveMaxConnections() const;

private:
    friend class Connection;
    void onNewConnection();
    void onAcceptError();
    Response errorResponse(int status, const QString &detail) const;

    ServerOptions m_options;
    QTcpServer *m_server = nullptr;
    HeadCheck m_headCheck;
    Handler m_handler;
    ErrorBuilder m_errorBuilder;
    QTimer m_resumeAccepting;
    int m_active = 0;
    int m_refusing = 0;
    qint64 m_refusedTotal = 0;
};

} // namespace httpserver

#pragma once

#include "httpserver/message.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace httpserver {

struct Limits
{
    // The request line and header fields together, CRLF CRLF included.
    qsizetype maxHeadBytes = 64 * 1024;
    // The body, unless the server's head check names another limit for this request.
    qint64 maxBodyBytes = 1024 * 1024;
    // Bytes of a chunked body between chunk data: the CRLF ending the data, a chunk-size line
    // (extensions included) and its CRLF; for the last chunk, its line and the trailer section
    // through the final empty line. Holds however the bytes are cut into reads.
    qsizetype maxChunkFramingBytes = 8 * 1024;
};

class BeastRequestParser;

// Strict, incremental HTTP/1.1 request parsing (RFC 9112) on Boost.Beast's basic_parser, with
// the checks Beast leaves out (see README.md). No sockets: the server feeds it what it read,
// and a fuzz harness can feed it anything.
//
//   RequestParser parser(limits);
//   parse(bytes) -> HeadReady: request() has method, target, path, query and headers;
//                   the caller may refuse now or setBodyLimit(), then parse() the rest
//                -> Complete: request().body is the whole body
//                -> NeedMore: every byte so far was consumed or is waiting for more
//                -> Error: errorStatus() (400, 413, 431, 501) and errorDetail()
// `consumed` says how many of the given bytes belong to this request; the caller drops them
// and passes the rest (plus what arrives later) to the next call.
class RequestParser
{
public:
    enum class Status { NeedMore, HeadReady, Complete, Error };

    explicit RequestParser(const Limits &limits = {});
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    Status parse(QByteArrayView bytes, qsizetype *consumed);

    // After HeadReady, before the body: the most this request's body may hold.
    void setBodyLimit(qint64 bytes);
    // True once the head has been read, until the body is complete.
    bool isHeadDone() const { return m_headDone; }
    // The Content-Length of the request, or -1 (chunked or no body).
    qint64 contentLength() const { return m_contentLength; }
    bool isChunked() const { return m_chunked; }
    bool keepAlive() const;
    bool expectsContinue() const;

    const Request &request() const { return m_request; }
    Request takeRequest();
    int errorStatus() const { return m_errorStatus; }
    QString errorDetail() const { return m_errorDetail; }

    // Starts over for the next request on the same connection.
    void reset();

private:
    friend class BeastRequestParser;
    Status fail(int status, const QString &detail);
    Status parseHead(QByteArrayView bytes, qsizetype *consumed);
    Status parseBody(QByteArrayView bytes, qsizetype *consumed);
    bool checkHead();
    // Chunk framing (the bytes between chunk data) is bounded the same whether it arrives in
    // one read or in many: measured from where it starts in the body's byte stream.
    qint64 streamOffset(const char *p) const;
    bool framingEndsAt(qint64 offset);
    QString framingTooLong() const;

    Limits m_limits;
    std::unique_ptr<BeastRequestParser> m_beast;
    Request m_request;
    qsizetype m_scanned = 0; // head bytes already scanned for bare LF and folding
    bool m_headDone = false;
    bool m_complete = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    qint64 m_bodyLimit = 0;
    qint64 m_bodyFed = 0; // body bytes Beast has consumed, before the current put()
    qint64 m_framingStart = 0; // where the current chunk framing starts, in body bytes
    quint64 m_chunkLeft = 0; // data bytes of the current chunk not yet read
    const char *m_putBase = nullptr; // the buffer of the current put()
    int m_errorStatus = 0;
    QString m_errorDetail;
};

// The whole of `bytes` as one request, for fuzzing and tests: parse() until Complete or
// Error, with the head's own body limit (limits.maxBodyBytes). Incomplete input is
// Status::NeedMore.
struct ParseResult
{
    RequestParser::Status status = RequestParser::Status::NeedMore;
    Request request;
    int errorStatus = 0;
    QString errorDetail;
    qsizetype consumed = 0;
};
ParseResult parseRequest(QByteArrayView bytes, const Limits &limits = {});

} // namespace httpserver

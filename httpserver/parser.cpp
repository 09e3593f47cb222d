#include "httpserver/parser.h"

#include <QUrl>

// Beast is a system header here: its own warnings are not ours to fix.
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>
#include <cctype>
#include <limits>

using namespace Qt::StringLiterals;
namespace http = boost::beast::http;

namespace httpserver {

// Beast does the RFC 9112 grammar (request line, field names and values, Content-Length
// syntax and agreement, Transfer-Encoding against Content-Length, chunk sizes and extensions,
// the body limit) and calls back here with what it found.
class BeastRequestParser final : public http::basic_parser<true>
{
public:
    explicit BeastRequestParser(RequestParser *owner)
        : m_owner(owner)
    {
    }

private:
    void on_request_impl(http::verb, boost::beast::string_view method,
                         boost::beast::string_view target, int version,
                         boost::beast::error_code &) override
    {
        Request &r = m_owner->m_request;
        r.method = QByteArray(method.data(), qsizetype(method.size()));
        r.target = QByteArray(target.data(), qsizetype(target.size()));
        r.version = version;
    }
    void on_response_impl(int, boost::beast::string_view, int,
                          boost::beast::error_code &ec) override
    {
        ec = http::error::bad_method; // never called for a request parser
    }
    void on_field_impl(http::field, boost::beast::string_view name, boost::beast::string_view value,
                       boost::beast::error_code &) override
    {
        // Trailer fields arrive here too, after the head: they are dropped, so nothing
        // decided from the head (authentication, limits) can be changed by them.
        if (m_owner->m_headDone)
            return;
        m_owner->m_request.headers.append(
            {QByteArray(name.data(), qsizetype(name.size())).toLower(),
             QByteArray(value.data(), qsizetype(value.size()))});
    }
    void on_header_impl(boost::beast::error_code &) override { }
    void on_body_init_impl(boost::optional<std::uint64_t> const &,
                           boost::beast::error_code &) override
    {
    }
    std::size_t on_body_impl(boost::beast::string_view body, boost::beast::error_code &ec) override
    {
        return append(body, ec);
    }
    void on_chunk_header_impl(std::uint64_t size, boost::beast::string_view,
                              boost::beast::error_code &) override
    {
        m_owner->m_chunkLeft = size;
    }
    std::size_t on_chunk_body_impl(std::uint64_t, boost::beast::string_view body,
                                   boost::beast::error_code &ec) override
    {
        // The framing before this data (CRLF, chunk-size line, CRLF) was consumed whole by
        // Beast when it arrived in one read: it is measured here, so a line that would have
        // been refused while waiting for its end in pieces is refused in one read too.
        if (!m_owner->framingEndsAt(m_owner->streamOffset(body.data()))) {
            ec = http::error::bad_chunk;
            return 0;
        }
        const std::size_t n = append(body, ec);
        m_owner->m_framingStart = m_owner->streamOffset(body.data() + n);
        m_owner->m_chunkLeft -= qMin<std::uint64_t>(n, m_owner->m_chunkLeft);
        return n;
    }
    void on_finish_impl(boost::beast::error_code &) override { }

    std::size_t append(boost::beast::string_view data, boost::beast::error_code &ec)
    {
        QByteArray &body = m_owner->m_request.body;
        // Beast has checked the limit already; this holds even if it had not.
        if (qint64(body.size()) + qint64(data.size()) > m_owner->m_bodyLimit) {
            ec = http::error::body_limit;
            return 0;
        }
        body.append(data.data(), qsizetype(data.size()));
        return data.size();
    }

    RequestParser *m_owner;
};

namespace {

QString beastDetail(const boost::beast::error_code &ec)
{
    if (ec == http::error::bad_content_length)
        return u"invalid or conflicting Content-Length"_s;
    if (ec == http::error::bad_transfer_encoding)
        return u"invalid or conflicting Transfer-Encoding"_s;
    if (ec == http::error::bad_chunk || ec == http::error::bad_chunk_extension)
        return u"malformed chunked body"_s;
    if (ec == http::error::bad_version)
        return u"malformed HTTP version"_s;
    if (ec == http::error::bad_field)
        return u"malformed header field name"_s;
    if (ec == http::error::bad_value)
        return u"malformed header field value"_s;
    if (ec == http::error::bad_method || ec == http::error::bad_target)
        return u"malformed request line"_s;
    if (ec == http::error::bad_line_ending)
        return u"lines must end with CRLF"_s;
    return u"malformed request: %1"_s.arg(QString::fromStdString(ec.message()));
}

// The start of what follows chunk data: CRLF (after data), then a chunk-size line, HEXDIG+
// followed by white space, ';' or CR. False as soon as the bytes cannot become that.
bool chunkLineCanBeValid(QByteArrayView rest)
{
    qsizetype i = 0;
    if (rest.startsWith('\r')) {
        if (rest.size() < 2)
            return true;
        if (rest.at(1) != '\n')
            return false;
        i = 2;
    }
    const qsizetype digits = i;
    while (i < rest.size() && std::isxdigit(static_cast<unsigned char>(rest.at(i))))
        ++i;
    if (i == rest.size())
        return true;
    if (i == digits)
        return false;
    const char next = rest.at(i);
    return next == ';' || next == ' ' || next == '\t' || next == '\r';
}

} // namespace

RequestParser::RequestParser(const Limits &limits)
    : m_limits(limits)
{
    reset();
}

RequestParser::~RequestParser() = default;

void RequestParser::reset()
{
    m_beast = std::make_unique<BeastRequestParser>(this);
    m_beast->eager(false);
    // The head is measured (and bounded) here before Beast sees it; the body limit is set
    // once the head is known.
    m_beast->header_limit(std::uint32_t(m_limits.maxHeadBytes + 4));
    // No limit while the head is read (Beast 1.74 treats boost::none as "0" there); the
    // real one is set before the first body byte.
    m_beast->body_limit(std::numeric_limits<std::uint64_t>::max());
    m_request = Request();
    m_scanned = 0;
    m_headDone = false;
    m_complete = false;
    m_chunked = false;
    m_contentLength = -1;
    m_bodyLimit = m_limits.maxBodyBytes;
    m_bodyFed = 0;
    m_framingStart = 0;
    m_chunkLeft = 0;
    m_putBase = nullptr;
    m_errorStatus = 0;
    m_errorDetail.clear();
}

Request RequestParser::takeRequest()
{
    return std::exchange(m_request, Request());
}

void RequestParser::setBodyLimit(qint64 bytes)
{
    m_bodyLimit = qMax<qint64>(0, bytes);
}

bool RequestParser::keepAlive() const
{
    return m_headDone && m_beast->keep_alive();
}

bool RequestParser::expectsContinue() const
{
    return m_request.version == 11
        && m_request.header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

RequestParser::Status RequestParser::fail(int status, const QString &detail)
{
    if (m_errorStatus == 0) {
        m_errorStatus = status;
        m_errorDetail = detail;
    }
    return Status::Error;
}

RequestParser::Status RequestParser::parse(QByteArrayView bytes, qsizetype *consumed)
{
    *consumed = 0;
    if (m_errorStatus != 0)
        return Status::Error;
    if (m_complete)
        return Status::Complete;
    if (!m_headDone)
        return parseHead(bytes, consumed);
    return parseBody(bytes, consumed);
}

RequestParser::Status RequestParser::parseHead(QByteArrayView bytes, qsizetype *consumed)
{
    // Empty lines before a request line are tolerated (RFC 9112 §2.2), and consumed.
    qsizetype start = 0;
    if (m_scanned == 0) {
        while (bytes.size() - start >= 2 && bytes.at(start) == '\r' && bytes.at(start + 1) == '\n')
            start += 2;
        if (start > 0) {
            *consumed = start;
            return Status::NeedMore;
        }
    }
    // Beast accepts obsolete line folding and waits for ever on a bare LF; RFC 9112 lets a
    // server reject both, and a proxy in front may read them differently, so both are 400.
    // Scanned once, incrementally: m_scanned is where the next call resumes.
    qsizetype end = -1;
    qsizetype i = m_scanned;
    const qsizetype n = bytes.size();
    for (; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            return fail(400, u"lines must end with CRLF, not a bare LF"_s);
        if (c != '\r')
            continue;
        if (i + 1 >= n)
            break;
        if (bytes.at(i + 1) != '\n')
            return fail(400, u"lines must end with CRLF, not a bare CR"_s);
        if (i + 2 >= n)
            break;
        const char next = bytes.at(i + 2);
        if (next == ' ' || next == '\t')
            return fail(400,
                        u"obsolete line folding (or white space before a field) is not "
                        "accepted"_s);
        if (next == '\r') {
            if (i + 3 >= n)
                break;
            if (bytes.at(i + 3) != '\n')
                return fail(400, u"lines must end with CRLF, not a bare CR"_s);
            end = i + 4;
            break;
        }
        ++i; // past the LF
    }
    if (end < 0) {
        m_scanned = i;
        if (n > m_limits.maxHeadBytes)
            return fail(431, u"request head larger than %1 bytes"_s.arg(m_limits.maxHeadBytes));
        return Status::NeedMore;
    }
    if (end > m_limits.maxHeadBytes)
        return fail(431, u"request head larger than %1 bytes"_s.arg(m_limits.maxHeadBytes));

    boost::beast::error_code ec;
    const std::size_t used =
        m_beast->put(boost::asio::const_buffer(bytes.data(), std::size_t(end)), ec);
    if (ec == http::error::header_limit)
        return fail(431, u"request head larger than %1 bytes"_s.arg(m_limits.maxHeadBytes));
    if (ec)
        return fail(400, beastDetail(ec));
    if (!m_beast->is_header_done() || qsizetype(used) != end)
        return fail(400, u"malformed request head"_s);
    m_headDone = true;
    if (!checkHead())
        return Status::Error;
    *consumed = end;
    return Status::HeadReady;
}

// What RFC 9112 asks and Beast 1.74 lets through.
bool RequestParser::checkHead()
{
    Request &r = m_request;
    const auto refuse = [this](int status, const QString &detail) {
        fail(status, detail);
        return false;
    };
    // The version needs no check here: Beast refuses all but HTTP/1.0 and HTTP/1.1.
    // Beast accepts repeated or comma-separated equal lengths; any repetition is refused, as a
    // proxy in front may have taken another one.
    const qsizetype lengths = r.headerCount("content-length");
    const qsizetype encodings = r.headerCount("transfer-encoding");
    if (lengths > 1 || r.header("content-length").contains(','))
        return refuse(400, u"more than one Content-Length"_s);
    if (encodings > 0 && lengths > 0)
        return refuse(400, u"both Content-Length and Transfer-Encoding"_s);
    if (encodings > 1)
        return refuse(400, u"more than one Transfer-Encoding field"_s);
    if (r.headerCount("host") > 1)
        return refuse(400, u"more than one Host"_s);
    if (encodings == 1) {
        if (r.version == 10)
            return refuse(400, u"Transfer-Encoding in an HTTP/1.0 request"_s);
        const QByteArray te = r.header("transfer-encoding").trimmed().toLower();
        if (te != "chunked") {
            // chunked anywhere but last leaves the length undeterminable (400); any other
            // coding is one we do not implement (501).
            const QList<QByteArray> codings = te.split(',');
            bool chunkedEarlier = false;
            for (qsizetype i = 0; i + 1 < codings.size(); ++i)
                chunkedEarlier = chunkedEarlier || codings.at(i).trimmed() == "chunked";
            if (chunkedEarlier)
                return refuse(400, u"chunked must be the last transfer coding, once"_s);
            return refuse(501,
                          u"transfer coding '%1' is not supported"_s.arg(
                              QString::fromLatin1(escapeForLog(te, 64))));
        }
        if (!m_beast->chunked())
            return refuse(400, u"invalid Transfer-Encoding"_s);
        m_chunked = true;
    }
    if (lengths == 1) {
        const auto length = m_beast->content_length();
        if (!length || *length > quint64(std::numeric_limits<qint64>::max()))
            return refuse(400, u"invalid Content-Length"_s);
        m_contentLength = qint64(*length);
    }
    if (!r.target.startsWith('/'))
        return refuse(400, u"malformed request target"_s);
    const QUrl url = QUrl::fromEncoded(r.target, QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment())
        return refuse(400, u"malformed request target"_s);
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    return true;
}

RequestParser::Status RequestParser::parseBody(QByteArrayView bytes, qsizetype *consumed)
{
    if (m_beast->is_done()) {
        m_complete = true;
        return Status::Complete;
    }
    if (m_contentLength > m_bodyLimit)
        return fail(
            413,
            u"request body of %1 bytes is larger than the limit of %2 bytes"_s.arg(m_contentLength)
                .arg(m_bodyLimit));
    if (!m_beast->eager()) {
        m_beast->eager(true);
        m_beast->body_limit(std::uint64_t(m_bodyLimit));
        // Room for what is announced, up to a modest amount: a liar gains nothing.
        m_request.body.reserve(qsizetype(qBound(qint64(0), m_contentLength, qint64(64 * 1024))));
    }
    qsizetype used = 0;
    while (used < bytes.size() && !m_beast->is_done()) {
        // Beast 1.74 asserts (and a Debug build aborts) when it has read a last-chunk line
        // ("0\r\n") and is then given fewer than five bytes: it assumes the CRLF of earlier
        // chunk data in front. Every chunk framing still to come is at least five bytes
        // ("0\r\n\r\n"), so holding back fewer than five never stalls a complete body.
        if (m_chunked && m_chunkLeft == 0 && bytes.size() - used < 5)
            break;
        boost::beast::error_code ec;
        // Beast parses a single buffer in place: the callbacks' views point into it.
        m_putBase = bytes.data() + used;
        const std::size_t n = m_beast->put(
            boost::asio::const_buffer(bytes.data() + used, std::size_t(bytes.size() - used)), ec);
        used += qsizetype(n);
        m_bodyFed += qint64(n);
        if (ec == http::error::need_more)
            break;
        if (ec == http::error::body_limit)
            return fail(413, u"request body larger than the limit of %1 bytes"_s.arg(m_bodyLimit));
        if (ec)
            return fail(400, beastDetail(ec));
        if (n == 0)
            break;
    }
    *consumed = used;
    if (m_beast->is_done()) {
        // The last chunk's line and the trailer, consumed whole: the same bound.
        if (m_chunked && !framingEndsAt(m_bodyFed))
            return Status::Error;
        m_complete = true;
        return Status::Complete;
    }
    if (m_chunked) {
        // Chunk data is consumed as it comes, so what is left is framing waiting for its
        // end (from m_framingStart): a chunk-size line or the trailer. Beast bounds neither,
        // and reads a size of "0x46" as a last chunk "0" whose extension it checks only once
        // the trailer has ended: both are settled here, now. The framing is not complete
        // yet, so once `rest` holds the limit, the whole will be longer than it: refused
        // now, as it is refused when it arrives complete.
        const QByteArrayView rest = bytes.sliced(used);
        if (rest.size() >= m_limits.maxChunkFramingBytes)
            return fail(400, framingTooLong());
        if (!chunkLineCanBeValid(rest))
            return fail(400, u"malformed chunked body"_s);
    }
    return Status::NeedMore;
}

qint64 RequestParser::streamOffset(const char *p) const
{
    return m_bodyFed + qint64(p - m_putBase);
}

QString RequestParser::framingTooLong() const
{
    return u"chunk-size line or trailer longer than %1 bytes"_s.arg(m_limits.maxChunkFramingBytes);
}

bool RequestParser::framingEndsAt(qint64 offset)
{
    if (offset - m_framingStart > qint64(m_limits.maxChunkFramingBytes)) {
        fail(400, framingTooLong());
        return false;
    }
    return true;
}

ParseResult parseRequest(QByteArrayView bytes, const Limits &limits)
{
    ParseResult result;
    RequestParser parser(limits);
    qsizetype offset = 0;
    while (true) {
        qsizetype used = 0;
        const auto status = parser.parse(bytes.sliced(offset), &used);
        offset += used;
        if (status == RequestParser::Status::HeadReady)
            continue;
        if (status == RequestParser::Status::NeedMore && used > 0 && !parser.isHeadDone())
            continue; // empty lines before the request line were skipped
        result.status = status;
        break;
    }
    result.consumed = offset;
    result.errorStatus = parser.errorStatus();
    result.errorDetail = parser.errorDetail();
    result.request = parser.takeRequest();
    return result;
}

} // namespace httpserver

// The HTTP/1.1 request parser of cc_httpserver (httpserver/parser.h), which reads what any
// local process (or, through DNS rebinding, any web page) sends to the sandbox and to the
// console's webhook receiver. The first four bytes choose the limits and how the rest is cut
// into reads; the rest is the byte stream.
#include "fuzzsupport.h"

#include "httpserver/message.h"
#include "httpserver/parser.h"

using namespace httpserver;

namespace {

using Status = RequestParser::Status;

bool isErrorStatus(int status)
{
    return status == 400 || status == 413 || status == 431 || status == 501;
}

// What the server does with a connection: feed the parser each read as it arrives, drop
// what it consumed, set the body limit when the head is ready.
struct Outcome
{
    Status status = Status::NeedMore;
    int errorStatus = 0;
    qsizetype consumed = 0;
    QByteArray body;
};

Outcome feedInPieces(QByteArrayView bytes, const Limits &limits, std::uint32_t seed)
{
    RequestParser parser(limits);
    QByteArray pending;
    qsizetype offset = 0;
    Outcome out;
    for (int guard = 0; guard < 4 * int(bytes.size()) + 16; ++guard) {
        bool fresh = false;
        if (offset < bytes.size()) {
            seed = seed * 1103515245u + 12345u;
            const qsizetype piece = 1 + qsizetype((seed >> 16) % 97);
            pending.append(bytes.sliced(offset, qMin(piece, bytes.size() - offset)));
            offset += qMin(piece, bytes.size() - offset);
            fresh = true;
        }
        qsizetype consumed = -1;
        const Status status = parser.parse(pending, &consumed);
        FUZZ_CHECK(consumed >= 0 && consumed <= pending.size());
        pending.remove(0, consumed);
        out.consumed += consumed;
        if (status == Status::HeadReady) {
            parser.setBodyLimit(limits.maxBodyBytes);
            continue;
        }
        if (status == Status::Complete || status == Status::Error) {
            out.status = status;
            out.errorStatus = parser.errorStatus();
            out.body = parser.request().body;
            return out;
        }
        if (!fresh && offset >= bytes.size())
            break; // NeedMore with nothing left to give
    }
    out.status = Status::NeedMore;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 4 || size > 256 * 1024)
        return 0;
    Limits limits;
    if (data[0] & 1) {
        // Small limits, so the limit paths are reached with small inputs.
        limits.maxHeadBytes = 32 + data[1] * 4;
        limits.maxBodyBytes = data[2] * 8;
        limits.maxChunkFramingBytes = 8 + data[3];
    }
    const auto bytes = QByteArrayView(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));

    const ParseResult whole = parseRequest(bytes, limits);
    FUZZ_CHECK(whole.consumed >= 0 && whole.consumed <= bytes.size());
    if (whole.status == Status::Complete)
        FUZZ_CHECK(whole.request.body.size() <= limits.maxBodyBytes);
    if (whole.status == Status::Error) {
        FUZZ_CHECK(isErrorStatus(whole.errorStatus));
        FUZZ_CHECK(!whole.errorDetail.isEmpty());
    }
    for (const auto &[name, value] : whole.request.headers) {
        // Names are lower-cased tokens; values carry no line breaks (no smuggled headers).
        FUZZ_CHECK(name == name.toLower());
        FUZZ_CHECK(!value.contains('\r') && !value.contains('\n'));
    }

    // The same bytes in arbitrary reads end the same way.
    const std::uint32_t seed = data[1] | data[2] << 8 | data[3] << 16;
    const Outcome pieces = feedInPieces(bytes, limits, seed);
    if (whole.status == Status::Complete || whole.status == Status::Error) {
        FUZZ_CHECK(pieces.status == whole.status);
        // A request that breaks a rule and a limit at once may be refused for either,
        // depending on which the reads reveal first (tests/fuzz/httpparser/crash-bare-cr-or-
        // head-limit): both close the connection, so only the kind of refusal may differ.
        const bool limitInvolved = pieces.errorStatus == 431 || pieces.errorStatus == 413
            || whole.errorStatus == 431 || whole.errorStatus == 413;
        FUZZ_CHECK(pieces.errorStatus == whole.errorStatus || limitInvolved);
    }
    if (whole.status == Status::Complete) {
        FUZZ_CHECK(pieces.body == whole.request.body);
        FUZZ_CHECK(pieces.consumed == whole.consumed);
    }

    // Request logs: one printable line, bounded.
    const QByteArray logged = escapeForLog(bytes, 256);
    for (char c : logged)
        FUZZ_CHECK(c >= 0x20 && c <= 0x7e);
    return 0;
}

// Retry-After header values (delta-seconds or an HTTP-date), as RetryPolicy reads them. The
// clamp lives in paxos::Connection; the parser itself must never overflow or go negative.
#include "fuzzsupport.h"
#include "paxos/net/retrypolicy.h"

#include <QDateTime>

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 1024)
        return 0;
    static const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-01-15T12:00:00Z"), Qt::ISODate);
    const auto delay = RetryPolicy::parseRetryAfter(fuzz::bytes(data, size), now);
    if (delay)
        FUZZ_CHECK(*delay >= 0);
    return 0;
}

// Error bodies: Problem::fromBody takes whatever a 4xx/5xx brought (problem JSON, OAuth
// error, HTML from a proxy, nothing). The first two bytes pick the status.
#include "fuzzsupport.h"
#include "paxos/model/problem.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2 || size > fuzz::kMaxInput)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = fuzz::bytes(data + 2, size - 2);
    const auto problem = Problem::fromBody(status, body);
    FUZZ_CHECK(problem.has_value() == (status >= 400));
    if (!problem)
        return 0;
    FUZZ_CHECK(problem->status == status);
    (void)problem->summary();
    (void)problem->existingId();
    (void)problem->isDuplicateCipId();
    (void)problem->isDuplicateRefId();
    (void)Problem::fromJson(problem->toJson());
    return 0;
}

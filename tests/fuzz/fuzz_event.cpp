// Events from GET /v2/events/{id} and their typed payloads.
#include "fuzzsupport.h"
#include "paxos/model/event.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    const auto obj = fuzz::jsonObject(fuzz::bytes(data, size));
    if (!obj)
        return 0;
    const Event event = fuzz::checkRoundTrip<Event>(*obj);
    (void)event.identityId();
    if (const auto p = event.summaryStatusChange())
        (void)p->toJson();
    if (const auto p = event.documentsRequired())
        (void)p->toJson();
    if (const auto p = event.kycRefresh())
        (void)p->toJson();
    if (const auto p = event.control())
        (void)p->toJson();
    // eventBefore is a strict weak order: never both ways, never an event before itself.
    const Event other = Event::fromJson(obj->value(QLatin1StringView("other")).toObject());
    FUZZ_CHECK(!eventBefore(event, event));
    FUZZ_CHECK(!(eventBefore(event, other) && eventBefore(other, event)));
    return 0;
}

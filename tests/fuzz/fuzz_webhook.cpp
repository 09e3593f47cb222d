// The body Paxos POSTs to the console's webhook receiver: anyone who can reach the port can
// send these bytes.
#include "fuzzsupport.h"
#include "paxos/model/event.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    QString error;
    const auto notification = WebhookNotification::parse(fuzz::bytes(data, size), &error);
    // Accepted bodies carry what the receiver relies on; refused ones say why.
    if (notification) {
        FUZZ_CHECK(!notification->id.isEmpty());
        FUZZ_CHECK(!notification->type.isEmpty());
        const QJsonObject once = notification->toJson();
        FUZZ_CHECK(WebhookNotification::fromJson(once).toJson() == once);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}

// The other single-object responses in paxos/model: accounts, identity controls, documents
// and upload tickets.
#include "fuzzsupport.h"
#include "paxos/model/account.h"
#include "paxos/model/control.h"
#include "paxos/model/document.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    const auto obj = fuzz::jsonObject(fuzz::bytes(data, size));
    if (!obj)
        return 0;
    fuzz::checkRoundTrip<Account>(*obj);
    fuzz::checkRoundTrip<AccountMember>(*obj);
    const IdentityControl control = fuzz::checkRoundTrip<IdentityControl>(*obj);
    (void)control.isSetByPaxos();
    fuzz::checkRoundTrip<Document>(*obj);
    fuzz::checkRoundTrip<DocumentUploadTicket>(*obj);
    return 0;
}

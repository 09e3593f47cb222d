// Identity responses (Get/Create/Update Identity, list items) and the parts they nest:
// person and institution details, status_details, institution members.
#include "fuzzsupport.h"
#include "paxos/model/identity.h"
#include "paxos/model/statusdetails.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    const auto obj = fuzz::jsonObject(fuzz::bytes(data, size));
    if (!obj)
        return 0;
    const Identity identity = fuzz::checkRoundTrip<Identity>(*obj);
    (void)identity.effectiveStatus();
    (void)identity.isPerson();
    (void)identity.isInstitution();
    (void)identity.displayName();
    (void)identity.metadataMap();

    const StatusDetails details = fuzz::checkRoundTrip<StatusDetails>(*obj);
    (void)details.awaitingClient();
    (void)details.hasFailedRequirement();
    (void)details.allRequirements();
    fuzz::checkRoundTrip<InstitutionMember>(*obj);
    fuzz::checkRoundTrip<PersonDetails>(*obj);
    fuzz::checkRoundTrip<InstitutionDetails>(*obj);
    return 0;
}

// Paginated list bodies: {items|events, next_page_cursor} for identities, events, accounts
// and controls, and the document list.
#include "fuzzsupport.h"
#include "paxos/model/account.h"
#include "paxos/model/control.h"
#include "paxos/model/document.h"
#include "paxos/model/event.h"
#include "paxos/model/identity.h"
#include "paxos/model/page.h"

#include <algorithm>

using namespace paxos;

namespace {

template<class T> void checkPage(const QJsonObject &obj, QLatin1StringView key)
{
    const auto page = ListPage<T>::fromJson(obj, key);
    FUZZ_CHECK(page.hasMore() == !page.nextPageCursor.isEmpty());
    const QJsonObject once = page.toJson(key);
    const QJsonObject twice = ListPage<T>::fromJson(once, key).toJson(key);
    FUZZ_CHECK(once == twice);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    const auto obj = fuzz::jsonObject(fuzz::bytes(data, size));
    if (!obj)
        return 0;
    checkPage<Identity>(*obj, QLatin1StringView("items"));
    checkPage<Account>(*obj, QLatin1StringView("items"));
    checkPage<IdentityControl>(*obj, QLatin1StringView("items"));
    checkPage<Event>(*obj, QLatin1StringView("events"));

    // The event follower sorts a page before applying it.
    QList<Event> events = ListPage<Event>::fromJson(*obj, QLatin1StringView("events")).items;
    std::sort(events.begin(), events.end(), eventBefore);

    const DocumentList documents = fuzz::checkRoundTrip<DocumentList>(*obj);
    (void)documents.current();
    return 0;
}

#include "core/models/identitypagesource.h"

namespace console {

namespace {
bool inRange(const std::optional<paxos::Timestamp> &ts, const QDateTime &from,
             const QDateTime &before)
{
    if (!from.isValid() && !before.isValid())
        return true;
    if (!ts || !ts->isValid())
        return false;
    const QDateTime t = ts->toDateTime();
    if (from.isValid() && t < from)
        return false;
    if (before.isValid() && t >= before)
        return false;
    return true;
}
} // namespace

bool IdentityQuery::matches(const paxos::Identity &identity) const
{
    if (!status.isEmpty() && identity.effectiveStatus() != status)
        return false;
    if (!type.isEmpty() && identity.type.value_or(QString()) != type)
        return false;
    return inRange(identity.createdAt, createdFrom, createdBefore)
        && inRange(identity.updatedAt, updatedFrom, updatedBefore);
}

bool IdentityQuery::isEmpty() const
{
    return *this == IdentityQuery();
}

} // namespace console

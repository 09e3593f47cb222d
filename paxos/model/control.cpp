#include "paxos/model/control.h"

#include "paxos/model/jsonutil.h"

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void IdentityControl::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("type"_L1, s.type);
    f("set_by"_L1, s.setBy);
    f("is_overridable"_L1, s.isOverridable);
    f("reason_code"_L1, s.reasonCode);
    f("reason"_L1, s.reason);
    f("created_at"_L1, s.createdAt);
    f("deleted_at"_L1, s.deletedAt);
}

IdentityControl IdentityControl::fromJson(const QJsonObject &obj)
{
    return json::decode<IdentityControl>(obj);
}

QJsonObject IdentityControl::toJson() const
{
    return json::encode(*this);
}

bool IdentityControl::isSetByPaxos() const
{
    // Older previews named the field controlled_by.
    const QString who = setBy.isEmpty() ? raw.value("controlled_by"_L1).toString() : setBy;
    return who == "SET_BY_PAXOS"_L1 || who == "PAXOS"_L1;
}

template<class Self, class F> void CreateIdentityControlRequest::visit(Self &s, F &&f)
{
    f("identity_id"_L1, s.identityId);
    f("type"_L1, s.type);
    f("reason_code"_L1, s.reasonCode);
    f("reason"_L1, s.reason);
}

CreateIdentityControlRequest CreateIdentityControlRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<CreateIdentityControlRequest>(obj);
}

QJsonObject CreateIdentityControlRequest::toJson() const
{
    return json::encode(*this);
}

} // namespace paxos

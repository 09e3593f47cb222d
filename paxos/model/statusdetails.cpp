#include "paxos/model/statusdetails.h"

#include "paxos/model/jsonutil.h"

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void RequirementError::visit(Self &s, F &&f)
{
    f("code"_L1, s.code);
    f("description"_L1, s.description);
}

RequirementError RequirementError::fromJson(const QJsonObject &obj)
{
    return json::decode<RequirementError>(obj);
}

QJsonObject RequirementError::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void Requirement::visit(Self &s, F &&f)
{
    f("type"_L1, s.type);
    f("status"_L1, s.status);
    f("awaiting_action_from"_L1, s.awaitingActionFrom);
    f("errors"_L1, s.errors);
}

Requirement Requirement::fromJson(const QJsonObject &obj)
{
    return json::decode<Requirement>(obj);
}

QJsonObject Requirement::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void StatusDetails::visit(Self &s, F &&f)
{
    f("active_controls"_L1, s.activeControls);
    f("requirements"_L1, s.requirements);
}

StatusDetails StatusDetails::fromJson(const QJsonObject &obj)
{
    return json::decode<StatusDetails>(obj);
}

QJsonObject StatusDetails::toJson() const
{
    return json::encode(*this);
}

QList<Requirement> StatusDetails::awaitingClient() const
{
    QList<Requirement> out;
    for (const Requirement &r : requirements) {
        if (r.isAwaitingClient())
            out.append(r);
    }
    return out;
}

bool StatusDetails::hasFailedRequirement() const
{
    return std::any_of(requirements.cbegin(), requirements.cend(),
                       [](const Requirement &r) { return r.isFailed(); });
}

} // namespace paxos

#include "paxos/model/statusdetails.h"

#include "paxos/model/jsonutil.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

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
    const QList<Requirement> all = allRequirements();
    return std::any_of(all.cbegin(), all.cend(), [](const Requirement &r) { return r.isFailed(); });
}

QList<Requirement> StatusDetails::allRequirements() const
{
    if (!requirements.isEmpty())
        return requirements;
    QList<Requirement> out;
    for (auto [key, status] : {std::pair{"failed_requirements"_L1, "FAILED"_L1},
                               std::pair{"pending_requirements"_L1, "PENDING"_L1}}) {
        for (const QJsonValue &v : raw.value(key).toArray()) {
            const QJsonObject old = v.toObject();
            Requirement r;
            r.raw = old;
            r.type = old.value("type"_L1).toString();
            r.status = status;
            const QString message = old.value("message"_L1).toString();
            if (!message.isEmpty())
                r.errors.append(RequirementError{QString(), message, {}});
            out.append(r);
        }
    }
    return out;
}

} // namespace paxos

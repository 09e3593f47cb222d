#pragma once

#include "paxos/model/timestamp.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace paxos {

// A restriction on what an identity may do (GET/POST /v2/identity/controls and
// status_details.active_controls). Enum fields hold wire values: see enums::controlType(),
// controlSetBy(), controlReasonCode().
struct IdentityControl
{
    QString id;
    std::optional<QString> identityId; // present in list answers of some versions
    QString type;
    QString setBy; // SET_BY_PAXOS | SET_BY_CLIENT (older spellings PAXOS | CLIENT also read)
    std::optional<bool> isOverridable;
    std::optional<QString> reasonCode;
    std::optional<QString> reason;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> deletedAt;
    QJsonObject raw;

    static IdentityControl fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    bool isActive() const { return !deletedAt.has_value(); }
    bool isSetByPaxos() const;
    // Paxos-set controls cannot be deleted by the client; a missing flag counts as "no".
    bool canBeDeleted() const { return isOverridable.value_or(false) && isActive(); }

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of POST /v2/identity/controls.
struct CreateIdentityControlRequest
{
    QString identityId;
    QString type; // SELL_ONLY | CLOSED | DORMANT (FROZEN is Paxos-only)
    QString reasonCode;
    std::optional<QString> reason;
    QJsonObject raw;

    static CreateIdentityControlRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos

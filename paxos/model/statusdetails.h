#pragma once

#include "paxos/model/control.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paxos {

// One entry of requirements[].errors: for developers, never shown to end users as is.
struct RequirementError
{
    QString code; // enums::requirementErrorCode(); new codes may appear
    QString description;
    QJsonObject raw;

    static RequirementError fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// An outstanding requirement that keeps the identity from being (fully) approved.
struct Requirement
{
    QString type; // enums::requirementType()
    QString status; // PENDING | FAILED
    std::optional<QString> awaitingActionFrom; // PAXOS | CLIENT; absent on MEMBERS
    QList<RequirementError> errors;
    QJsonObject raw;

    static Requirement fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    bool isFailed() const { return status == QLatin1StringView("FAILED"); }
    bool isAwaitingClient() const { return awaitingActionFrom == QLatin1StringView("CLIENT"); }

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Why an identity is in its status: controls in force and outstanding requirements.
struct StatusDetails
{
    QList<IdentityControl> activeControls;
    QList<Requirement> requirements;
    QJsonObject raw;

    static StatusDetails fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    bool isEmpty() const { return activeControls.isEmpty() && requirements.isEmpty(); }
    // Requirements someone at the client has to act on (upload, refresh, fix data).
    QList<Requirement> awaitingClient() const;
    bool hasFailedRequirement() const;
    // `requirements`, or when a server still sends the superseded Sep-Nov 2025 preview shape
    // (pending_requirements[] / failed_requirements[] of {type, message, metadata}), those
    // read as requirements with status PENDING / FAILED and the message as error description.
    // The superseded arrays stay in `raw` and are never rewritten.
    QList<Requirement> allRequirements() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos

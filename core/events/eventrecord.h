#pragma once

#include "core/record/processedevents.h"
#include "paxos/model/timestamp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace console {

// One event as the console saw it: how it arrived, and what became of it.
struct EventRecord
{
    enum class State {
        Fetching, // a notification came; Get Event is under way
        Applying, // claimed; the identity is being fetched
        Applied, // processed here, in this run
        AlreadyProcessed, // processed before (an earlier run, or another console)
        Test, // a test notification: shown, never applied
        Failed, // could not be fetched or applied; `error` says why
    };

    QString eventId;
    QString type;
    QString identityId;
    std::optional<paxos::Timestamp> createdAt;
    QDateTime receivedAt; // when it first reached this console (UTC)
    bool viaWebhook = false;
    bool viaFollower = false;
    State state = State::Fetching;
    QString error;
    QJsonObject raw; // the event as Get/List Events returned it (or the notification)

    std::optional<EventSource> source() const
    {
        if (viaWebhook && viaFollower)
            return EventSource::Both;
        if (viaWebhook)
            return EventSource::Webhook;
        if (viaFollower)
            return EventSource::Follower;
        return std::nullopt;
    }
    bool isFinal() const { return state != State::Fetching && state != State::Applying; }
};

QString eventStateLabel(EventRecord::State state);
QString eventStateKey(EventRecord::State state);
// "Webhook", "Follower", "Webhook + follower".
QString eventSourceLabel(const std::optional<EventSource> &source);

} // namespace console

Q_DECLARE_METATYPE(console::EventRecord)

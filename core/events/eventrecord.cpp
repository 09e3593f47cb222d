#include "core/events/eventrecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console {

QString eventStateLabel(EventRecord::State state)
{
    switch (state) {
    case EventRecord::State::Fetching:
        return QCoreApplication::translate("console::EventRecord", "Fetching");
    case EventRecord::State::Applying:
        return QCoreApplication::translate("console::EventRecord", "Applying");
    case EventRecord::State::Applied:
        return QCoreApplication::translate("console::EventRecord", "Applied");
    case EventRecord::State::AlreadyProcessed:
        return QCoreApplication::translate("console::EventRecord", "Processed earlier");
    case EventRecord::State::Test:
        return QCoreApplication::translate("console::EventRecord", "Test event");
    case EventRecord::State::Failed:
        return QCoreApplication::translate("console::EventRecord", "Failed");
    }
    return {};
}

QString eventStateKey(EventRecord::State state)
{
    switch (state) {
    case EventRecord::State::Fetching:
        return u"fetching"_s;
    case EventRecord::State::Applying:
        return u"applying"_s;
    case EventRecord::State::Applied:
        return u"applied"_s;
    case EventRecord::State::AlreadyProcessed:
        return u"processed_earlier"_s;
    case EventRecord::State::Test:
        return u"test"_s;
    case EventRecord::State::Failed:
        return u"failed"_s;
    }
    return {};
}

QString eventSourceLabel(const std::optional<EventSource> &source)
{
    if (!source)
        return {};
    switch (*source) {
    case EventSource::Webhook:
        return QCoreApplication::translate("console::EventRecord", "Webhook");
    case EventSource::Follower:
        return QCoreApplication::translate("console::EventRecord", "Follower");
    case EventSource::Both:
        return QCoreApplication::translate("console::EventRecord", "Webhook + follower");
    }
    return {};
}

} // namespace console

#include "sandbox/faults.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

QJsonObject FaultSettings::toJson() const
{
    return {{u"latency_ms"_s, latencyMs},
            {u"error_500_rate"_s, error500Rate},
            {u"error_503_rate"_s, error503Rate},
            {u"drop_rate"_s, dropRate},
            {u"malformed_rate"_s, malformedRate},
            {u"burst_429"_s, burst429},
            {u"retry_after_seconds"_s, retryAfterSeconds}};
}

std::optional<QString> FaultSettings::apply(const QJsonObject &json)
{
    FaultSettings next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (!it.value().isDouble())
            return key + u" must be a number"_s;
        const double value = it.value().toDouble();
        const auto rate = [&](double *field) -> std::optional<QString> {
            if (value < 0 || value > 1)
                return key + u" must be between 0 and 1"_s;
            *field = value;
            return std::nullopt;
        };
        std::optional<QString> error;
        if (key == u"latency_ms") {
            if (value < 0 || value > 600000)
                return key + u" must be between 0 and 600000"_s;
            next.latencyMs = int(value);
        } else if (key == u"error_500_rate") {
            error = rate(&next.error500Rate);
        } else if (key == u"error_503_rate") {
            error = rate(&next.error503Rate);
        } else if (key == u"drop_rate") {
            error = rate(&next.dropRate);
        } else if (key == u"malformed_rate") {
            error = rate(&next.malformedRate);
        } else if (key == u"burst_429") {
            if (value < 0 || value > 1000000)
                return key + u" must be between 0 and 1000000"_s;
            next.burst429 = int(value);
        } else if (key == u"retry_after_seconds") {
            if (value < -1 || value > 86400)
                return key + u" must be -1 (no header) or 0 to 86400"_s;
            next.retryAfterSeconds = int(value);
        } else {
            return u"unknown fault setting "_s + key;
        }
        if (error)
            return error;
    }
    *this = next;
    return std::nullopt;
}

FaultDecision FaultInjector::next()
{
    FaultDecision decision;
    decision.latencyMs = m_settings.latencyMs;
    if (m_settings.burst429 > 0) {
        --m_settings.burst429;
        decision.action = FaultAction::TooManyRequests;
        decision.retryAfterSeconds = m_settings.retryAfterSeconds;
        return decision;
    }
    // One draw, split into consecutive bands, so the configured shares add up as expected.
    const double draw = QRandomGenerator::global()->generateDouble();
    double edge = m_settings.dropRate;
    if (draw < edge) {
        decision.action = FaultAction::Drop;
        return decision;
    }
    edge += m_settings.error500Rate;
    if (draw < edge) {
        decision.action = FaultAction::Error500;
        return decision;
    }
    edge += m_settings.error503Rate;
    if (draw < edge) {
        decision.action = FaultAction::Error503;
        return decision;
    }
    edge += m_settings.malformedRate;
    if (draw < edge)
        decision.action = FaultAction::Malformed;
    return decision;
}

} // namespace sandbox

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

// Faults a client under test can be exposed to. All off by default.
struct FaultSettings
{
    int latencyMs = 0; // added before every answer
    double error500Rate = 0; // share of requests answered 500
    double error503Rate = 0; // share answered 503 (with Retry-After: 1)
    double dropRate = 0; // share whose connection is closed without an answer
    double malformedRate = 0; // share answered 200 with a body that is not valid JSON
    int burst429 = 0; // the next N requests are answered 429
    int retryAfterSeconds = -1; // Retry-After on those 429s; -1 = header left out

    QJsonObject toJson() const;
    // Applies the fields present in `json`; returns an error text for a bad value.
    std::optional<QString> apply(const QJsonObject &json);
};

enum class FaultAction { None, Error500, Error503, TooManyRequests, Drop, Malformed };

struct FaultDecision
{
    int latencyMs = 0;
    FaultAction action = FaultAction::None;
    int retryAfterSeconds = -1;
};

// Decides, per request to /oauth2 or /v2, which fault (if any) to inject.
class FaultInjector
{
public:
    FaultSettings settings() const { return m_settings; }
    void setSettings(const FaultSettings &settings) { m_settings = settings; }
    FaultDecision next();

private:
    FaultSettings m_settings;
};

} // namespace sandbox

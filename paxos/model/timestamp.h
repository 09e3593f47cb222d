#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace paxos {

// An RFC 3339 instant with up to nanosecond precision. Paxos sends microseconds on identities
// (2022-02-15T05:46:50.957068Z) and nanoseconds on events (2023-08-25T14:25:41.648489333Z);
// QDateTime keeps only milliseconds, which would make events of the same millisecond
// indistinguishable and re-serialise timestamps differently from what the server sent.
// So the instant is held as seconds + nanoseconds, and the text as received is kept.
class Timestamp
{
public:
    Timestamp() = default;

    // Accepts YYYY-MM-DD(T|t| )HH:MM:SS[.1-9 digits](Z|z|+HH:MM|-HH:MM). Leap seconds (:60)
    // and anything else are rejected.
    static std::optional<Timestamp> parse(QStringView text);
    static std::optional<Timestamp> fromJson(const QJsonValue &value);
    static Timestamp fromDateTime(const QDateTime &dateTime); // millisecond precision
    static Timestamp fromSecsAndNanos(qint64 secsSinceEpoch, int nanos, int fractionDigits = -1);
    // The system clock with the precision it offers (nanoseconds on Linux), formatted with
    // microseconds like Paxos identities.
    static Timestamp now();

    bool isValid() const { return m_valid; }
    // The original text for parsed values; a canonical UTC form otherwise.
    QString toString() const;
    // Always UTC, "Z", with exactly `fractionDigits` (0-9) digits.
    QString toUtcString(int fractionDigits) const;
    QJsonValue toJson() const { return m_valid ? QJsonValue(toString()) : QJsonValue(); }
    QDateTime toDateTime() const; // UTC, truncated to milliseconds

    qint64 secsSinceEpoch() const { return m_secs; }
    int nanosecond() const { return m_nanos; } // 0..999'999'999 within the second
    // Valid for years 1678..2261 (the range of a signed 64-bit nanosecond count).
    qint64 nanosecondsSinceEpoch() const;
    // Digits after the decimal point in the text (0-9).
    int fractionDigits() const { return m_fractionDigits; }
    // Minutes east of UTC the text was written in (0 for "Z").
    int utcOffsetMinutes() const { return m_offsetMinutes; }

    // Instants compare by time only; "…00Z" equals "…00.000+00:00". Invalid sorts first.
    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_valid == b.m_valid && a.m_secs == b.m_secs && a.m_nanos == b.m_nanos;
    }
    friend std::strong_ordering operator<=>(const Timestamp &a, const Timestamp &b)
    {
        if (auto c = a.m_valid <=> b.m_valid; c != 0)
            return c;
        if (auto c = a.m_secs <=> b.m_secs; c != 0)
            return c;
        return a.m_nanos <=> b.m_nanos;
    }

private:
    QString m_text;
    qint64 m_secs = 0;
    int m_nanos = 0;
    int m_fractionDigits = 0;
    int m_offsetMinutes = 0;
    bool m_valid = false;
};

} // namespace paxos

#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace paxos {

// A calendar date as Paxos sends it: `date_of_birth` is documented as YYYY-MM-DD, but an older
// response example echoes it as a date-time (1980-01-01T00:00:00Z). Both parse; the text is
// kept so the value goes back to the server exactly as it came.
class CalendarDate
{
public:
    CalendarDate() = default;

    // YYYY-MM-DD, or an RFC 3339 date-time whose date part is taken as written: a birth date
    // is a calendar day, not an instant, so no time-zone shift is applied.
    static std::optional<CalendarDate> parse(QStringView text);
    // Only the strict YYYY-MM-DD form the API accepts in requests.
    static std::optional<CalendarDate> parseStrict(QStringView text);
    static CalendarDate fromDate(const QDate &date);

    bool isValid() const { return m_date.isValid(); }
    QDate date() const { return m_date; }
    QString toString() const { return m_text; } // original text
    QString toIsoDate() const; // YYYY-MM-DD
    bool wasDateTime() const { return m_wasDateTime; }
    QJsonValue toJson() const { return isValid() ? QJsonValue(m_text) : QJsonValue(); }

    friend bool operator==(const CalendarDate &a, const CalendarDate &b)
    {
        return a.m_date == b.m_date;
    }

private:
    QDate m_date;
    QString m_text;
    bool m_wasDateTime = false;
};

} // namespace paxos

#include "paxos/model/timestamp.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kSecsPerDay = 86400;
constexpr int kPow10[] = {1,      10,      100,      1000,      10000,
                          100000, 1000000, 10000000, 100000000, 1000000000};

// Reads exactly `count` ASCII digits at `pos`; -1 when any is not a digit or the text ends.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isAt(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos] == c;
}

// floor division, so instants before 1970 land on the right day
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int minimalFractionDigits(int nanos)
{
    if (nanos == 0)
        return 0;
    if (nanos % 1000000 == 0)
        return 3;
    if (nanos % 1000 == 0)
        return 6;
    return 9;
}

} // namespace

std::optional<Timestamp> Timestamp::parse(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS is 19 characters; the shortest complete form adds "Z".
    if (text.size() < 20)
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (!isAt(text, 4, u'-') || !isAt(text, 7, u'-') || !isAt(text, 13, u':')
        || !isAt(text, 16, u':'))
        return std::nullopt;
    if (!isAt(text, 10, u'T') && !isAt(text, 10, u't') && !isAt(text, 10, u' '))
        return std::nullopt;
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    int nanos = 0;
    int digits = 0;
    if (isAt(text, pos, u'.')) {
        ++pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (digits == 9)
                return std::nullopt; // more precision than we can keep
            nanos = nanos * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        nanos *= kPow10[9 - digits];
    }

    int offsetMinutes = 0;
    if (isAt(text, pos, u'Z') || isAt(text, pos, u'z')) {
        ++pos;
    } else if (isAt(text, pos, u'+') || isAt(text, pos, u'-')) {
        const int sign = text[pos] == u'-' ? -1 : 1;
        const int oh = readDigits(text, pos + 1, 2);
        const int om = readDigits(text, pos + 4, 2);
        if (oh < 0 || om < 0 || !isAt(text, pos + 3, u':') || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    const qint64 days = QDate(year, month, day).toJulianDay() - kUnixEpochJulianDay;
    Timestamp t;
    t.m_secs = days * kSecsPerDay + hour * 3600 + minute * 60 + second - qint64(offsetMinutes) * 60;
    t.m_nanos = nanos;
    t.m_fractionDigits = digits;
    t.m_offsetMinutes = offsetMinutes;
    t.m_text = text.toString();
    t.m_valid = true;
    return t;
}

std::optional<Timestamp> Timestamp::fromJson(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return parse(value.toString());
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    return fromSecsAndNanos(floorDiv(ms, 1000), int(ms - floorDiv(ms, 1000) * 1000) * 1000000, 3);
}

Timestamp Timestamp::fromSecsAndNanos(qint64 secsSinceEpoch, int nanos, int fractionDigits)
{
    Timestamp t;
    secsSinceEpoch += floorDiv(nanos, 1000000000);
    nanos = int(nanos - floorDiv(nanos, 1000000000) * 1000000000);
    if (fractionDigits < 0 || fractionDigits > 9)
        fractionDigits = minimalFractionDigits(nanos);
    // The value is what the text says: cut digits the text will not show.
    nanos -= nanos % kPow10[9 - fractionDigits];
    t.m_secs = secsSinceEpoch;
    t.m_nanos = nanos;
    t.m_fractionDigits = fractionDigits;
    t.m_valid = true;
    t.m_text = t.toUtcString(fractionDigits);
    return t;
}

Timestamp Timestamp::now()
{
    using namespace std::chrono;
    const auto ns = duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    const qint64 secs = floorDiv(ns, 1000000000);
    return fromSecsAndNanos(secs, int(ns - secs * 1000000000), 6);
}

QString Timestamp::toString() const
{
    return m_text;
}

QString Timestamp::toUtcString(int fractionDigits) const
{
    if (!m_valid)
        return {};
    fractionDigits = qBound(0, fractionDigits, 9);
    const qint64 days = floorDiv(m_secs, kSecsPerDay);
    const qint64 secOfDay = m_secs - days * kSecsPerDay;
    const QDate date = QDate::fromJulianDay(days + kUnixEpochJulianDay);
    QString out = u"%1-%2-%3T%4:%5:%6"_s.arg(date.year(), 4, 10, QLatin1Char('0'))
                      .arg(date.month(), 2, 10, QLatin1Char('0'))
                      .arg(date.day(), 2, 10, QLatin1Char('0'))
                      .arg(secOfDay / 3600, 2, 10, QLatin1Char('0'))
                      .arg((secOfDay / 60) % 60, 2, 10, QLatin1Char('0'))
                      .arg(secOfDay % 60, 2, 10, QLatin1Char('0'));
    if (fractionDigits > 0) {
        out += u'.';
        out +=
            u"%1"_s.arg(m_nanos / kPow10[9 - fractionDigits], fractionDigits, 10, QLatin1Char('0'));
    }
    out += u'Z';
    return out;
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_secs * 1000 + m_nanos / 1000000, Qt::UTC);
}

qint64 Timestamp::nanosecondsSinceEpoch() const
{
    return m_secs * 1000000000 + m_nanos;
}

} // namespace paxos

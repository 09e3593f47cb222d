#include "paxos/model/date.h"

#include "paxos/model/timestamp.h"

namespace paxos {

std::optional<CalendarDate> CalendarDate::parseStrict(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    CalendarDate d;
    d.m_date = date;
    d.m_text = text.toString();
    return d;
}

std::optional<CalendarDate> CalendarDate::parse(QStringView text)
{
    if (auto d = parseStrict(text))
        return d;
    if (!Timestamp::parse(text))
        return std::nullopt;
    auto d = parseStrict(text.left(10));
    if (!d)
        return std::nullopt;
    d->m_text = text.toString();
    d->m_wasDateTime = true;
    return d;
}

CalendarDate CalendarDate::fromDate(const QDate &date)
{
    CalendarDate d;
    if (!date.isValid())
        return d;
    d.m_date = date;
    d.m_text = d.toIsoDate();
    return d;
}

QString CalendarDate::toIsoDate() const
{
    if (!m_date.isValid())
        return {};
    return m_date.toString(Qt::ISODate);
}

} // namespace paxos

#include "core/store/apitime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console {

qint64 parseApiTimeMs(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?([Zz]|[+-]\\d{2}:?\\d{2})?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    // Qt reads at most milliseconds reliably; cut the fraction to three digits.
    QString fraction = m.captured(2).left(3);
    while (fraction.size() < 3)
        fraction.append(u'0');
    QString zone = m.captured(3);
    if (zone.isEmpty() || zone.compare("z"_L1, Qt::CaseInsensitive) == 0)
        zone = u"Z"_s;
    QString base = m.captured(1);
    base[10] = u'T';
    const QDateTime dt = QDateTime::fromString(base + u'.' + fraction + zone, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString formatUtcMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace console

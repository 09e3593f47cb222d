#include "core/models/format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("console::Format", text);
}
} // namespace

QString formatAge(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : tr("%1 h").arg(hours);
    const qint64 days = hours / 24;
    if (days < 60)
        return hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days);
    return tr("%1 d").arg(days);
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString formatDateTimeLong(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + local.timeZoneAbbreviation();
}

} // namespace console

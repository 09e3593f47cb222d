#pragma once

#include <QDateTime>
#include <QString>

namespace console {

// "3 d 4 h", "5 h 12 min", "12 min", "just now": how long an identity has been waiting.
QString formatAge(qint64 seconds);
// Local time, to the minute: "2026-04-10 08:00". Empty for an invalid time.
QString formatDateTime(const QDateTime &utc);
// With seconds and the UTC offset, for tooltips: "2026-04-10 08:00:12 UTC+02:00".
QString formatDateTimeLong(const QDateTime &utc);

} // namespace console

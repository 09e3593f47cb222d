#pragma once

#include <QDateTime>
#include <QString>

namespace console {

// RFC 3339 times as the API writes them ("2023-08-25T14:25:41.648489333Z": 0 to 9 fraction
// digits, Z or an offset; parsed by paxos::Timestamp) as milliseconds since the epoch, 0 when
// the text is not a time.
qint64 parseApiTimeMs(const QString &text);

// Milliseconds since the epoch as ISO 8601 UTC with milliseconds.
QString formatUtcMs(qint64 ms);

} // namespace console

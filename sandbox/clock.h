#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sandbox {

// Microseconds since the Unix epoch. Every timestamp the sandbox hands out comes from
// nowUs(), which never returns the same value twice: events paginated with
// `created_at.gt` can then never skip a neighbour that shares its timestamp.
qint64 nowUs();

// RFC 3339 UTC with a fixed number of fractional digits (6 for resources, 9 for events,
// which is how Paxos prints them).
QString formatTimestamp(qint64 us, int fractionDigits = 6);

// Accepts RFC 3339 with 0-9 fractional digits and `Z` or a numeric offset.
std::optional<qint64> parseTimestamp(QStringView text);

} // namespace sandbox

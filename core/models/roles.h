#pragma once

#include <Qt>

namespace console {

// Item-data roles shared by the console's item models and the views that show them.
enum ModelRole : int {
    // The value to sort on: QDateTime for times, qint64 for ages, the wire value for enums.
    RawValueRole = Qt::UserRole + 1,
    // The identity's id, on every cell of a row.
    IdentityIdRole,
    // The enum's wire value (e.g. "APPROVED") on badge-like cells; views pick a tone from it.
    WireValueRole,
    // Lower-case text a quick search matches against, on column 0 of every row.
    SearchTextRole,
    // The digits of the identity's cip_id, on column 0, so a quick search can match its last
    // digits without the full number ever being shown.
    CipDigitsRole,
};

} // namespace console

#include "core/record/apitime.h"

#include "paxos/model/timestamp.h"

using namespace Qt::StringLiterals;

namespace console {

qint64 parseApiTimeMs(const QString &text)
{
    // paxos::Timestamp is the one RFC 3339 parser of the project (0-9 fraction digits).
    const auto t = paxos::Timestamp::parse(QStringView(text).trimmed());
    return t ? t->toDateTime().toMSecsSinceEpoch() : 0;
}

QString formatUtcMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace console

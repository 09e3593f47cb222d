#include "core/dashboard/dashboardstats.h"

#include "core/models/statusexplainer.h"
#include "core/record/auditcsvexport.h"
#include "paxos/model/enums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console::dashboard {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const QString kPending = u"PENDING"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("console::dashboard", text);
}

QString ageKey(const IdentityRow &row, const Clock &clock)
{
    if (row.status != kPending || row.createdMs <= 0)
        return {};
    const qint64 ageMs = std::max<qint64>(0, clock.nowMs - row.createdMs);
    const qint64 days = ageMs / kDayMs;
    const bool over = ageMs >= qint64(clock.thresholdDays) * kDayMs;
    for (const AgeBucket &b : ageBuckets())
        if (days >= b.fromDays && (b.toDays < 0 || days < b.toDays))
            return b.key + (over ? u"|over"_s : u"|within"_s);
    return {};
}

QString ageLabel(const AgeBucket &b)
{
    return b.toDays < 0 ? tr("%1+ days").arg(b.fromDays)
                        : tr("%1–%2 days").arg(b.fromDays).arg(b.toDays);
}

} // namespace

const QList<AgeBucket> &ageBuckets()
{
    static const QList<AgeBucket> buckets{{u"0-1"_s, 0, 1},     {u"1-3"_s, 1, 3},
                                          {u"3-7"_s, 3, 7},     {u"7-14"_s, 7, 14},
                                          {u"14-30"_s, 14, 30}, {u"30+"_s, 30, -1}};
    return buckets;
}

QString sliceOf(const IdentityRow &row, Dimension dimension, const Clock &clock)
{
    switch (dimension) {
    case Dimension::Status:
        return row.status.isEmpty() ? u"UNKNOWN"_s : row.status;
    case Dimension::Age:
        return ageKey(row, clock);
    case Dimension::WaitingOn:
        if (row.status != kPending)
            return {};
        return row.blocking.isEmpty() ? u"NOTHING"_s : row.blocking;
    case Dimension::Actor:
        if (row.status != kPending)
            return {};
        return row.actor ? actorKey(Actor(row.actor)) : u"NOBODY"_s;
    }
    return {};
}

DashboardStats computeStats(const QList<IdentityRow> &rows, const Clock &clock)
{
    DashboardStats s;
    s.total = int(rows.size());
    QHash<QString, int> statuses;
    QHash<QString, int> ages;
    QHash<QString, int> waiting;
    QHash<QString, QString> waitingText;
    QHash<QString, int> actors;
    for (const IdentityRow &row : rows) {
        ++statuses[sliceOf(row, Dimension::Status, clock)];
        if (row.status != kPending)
            continue;
        ++s.pending;
        if (const QString age = ageKey(row, clock); !age.isEmpty()) {
            ++ages[age];
            if (age.endsWith(u"|over"_s))
                ++s.overThreshold;
        }
        const QString w = sliceOf(row, Dimension::WaitingOn, clock);
        if (++waiting[w] == 1)
            waitingText.insert(
                w, row.blockingText.isEmpty() ? tr("Nothing (with Paxos)") : row.blockingText);
        ++actors[sliceOf(row, Dimension::Actor, clock)];
    }

    // Statuses in workflow order, then anything the table does not know.
    const auto &table = paxos::enums::identityStatus();
    for (const QString &wire : table.wires())
        if (const int n = statuses.take(wire))
            s.statuses.append({wire, table.label(wire), n});
    QStringList rest = statuses.keys();
    rest.sort();
    for (const QString &key : rest)
        s.statuses.append({key, key == u"UNKNOWN"_s ? tr("Unknown") : key, statuses.value(key)});

    for (const AgeBucket &b : ageBuckets()) {
        s.ageWithin.append({b.key + u"|within"_s, ageLabel(b), ages.value(b.key + u"|within"_s)});
        s.ageOver.append({b.key + u"|over"_s, ageLabel(b), ages.value(b.key + u"|over"_s)});
    }

    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        s.waitingOn.append({it.key(), waitingText.value(it.key()), it.value()});
    std::sort(s.waitingOn.begin(), s.waitingOn.end(), [](const Slice &a, const Slice &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });

    for (const Actor a : {Actor::Us, Actor::Customer, Actor::Paxos})
        if (const int n = actors.value(actorKey(a)))
            s.actors.append({actorKey(a), actorLabel(a), n});
    if (const int n = actors.value(u"NOBODY"_s))
        s.actors.append({u"NOBODY"_s, tr("Nobody"), n});
    return s;
}

QByteArray statsCsv(const DashboardStats &stats, Dimension dimension)
{
    QList<std::pair<QString, const QList<Slice> *>> parts;
    switch (dimension) {
    case Dimension::Status:
        parts = {{u"status"_s, &stats.statuses}};
        break;
    case Dimension::Age:
        parts = {{u"age_within_threshold"_s, &stats.ageWithin},
                 {u"age_over_threshold"_s, &stats.ageOver}};
        break;
    case Dimension::WaitingOn:
        parts = {{u"waiting_on"_s, &stats.waitingOn}};
        break;
    case Dimension::Actor:
        parts = {{u"who_must_act"_s, &stats.actors}};
        break;
    }
    QString out = u"dimension,key,label,count\r\n"_s;
    for (const auto &[name, slices] : parts)
        for (const Slice &s : *slices)
            out += AuditCsvExport::csvCell(name) + u',' + AuditCsvExport::csvCell(s.key) + u','
                + AuditCsvExport::csvCell(s.label) + u',' + QString::number(s.count) + u"\r\n"_s;
    return out.toUtf8();
}

} // namespace console::dashboard

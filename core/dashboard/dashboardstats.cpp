#include "core/dashboard/dashboardstats.h"

#include "core/models/statusexplainer.h"
#include "core/record/auditcsvexport.h"
#include "paxos/model/enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console::dashboard {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const QString kPending = u"PENDING"_s;

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("console::dashboard", text, disambiguation);
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
    // Short: it is a chart's axis label (d: days).
    return b.toDays < 0 ? tr("%1+d").arg(b.fromDays) : tr("%1–%2d").arg(b.fromDays).arg(b.toDays);
}

constexpr qint64 kHourMs = 60LL * 60 * 1000;
const QString kMissing = u"missing"_s;
const QString kReceived = u"received"_s;
const QString kUnnamed = u"UNNAMED"_s;

bool isDecided(const QString &status)
{
    return status == u"APPROVED"_s || status == u"DENIED"_s;
}

// Still to be worked on: not approved, denied or disabled.
bool isOpen(const QString &status)
{
    return !isDecided(status) && status != u"DISABLED"_s;
}

// The identity's status at `atMs`, as far as the console can tell; empty when it did not exist
// then (or its creation is unknown and nothing was observed by then); "UNOBSERVED" when it
// existed but changed after `atMs` and the console saw nothing before.
QString statusAt(const IdentityRow &row, const RecordFacts &facts, qint64 atMs)
{
    if (row.createdMs > atMs)
        return {};
    // Not updated since: what it is now is what it was then.
    if (row.updatedMs > 0 && row.updatedMs <= atMs)
        return row.status.isEmpty() ? u"UNKNOWN"_s : row.status;
    const StatusChange *last = nullptr;
    for (const StatusChange &c : facts.history) {
        if (c.atMs > atMs)
            break;
        last = &c;
    }
    if (last)
        return last->status.isEmpty() ? u"UNKNOWN"_s : last->status;
    if (row.createdMs <= 0)
        return {};
    return u"UNOBSERVED"_s;
}

// The status at the end of each period, now first (index n: n periods ago); stops at the first
// period the identity did not exist in (or was not seen in). StatusOverTime's keys are made
// from this, and computeStats counts from it directly (no key strings per row and period).
QStringList statusesOverTime(const IdentityRow &row, const RecordFacts &facts, const Clock &clock)
{
    QStringList statuses;
    for (int n = 0; n < clock.periods; ++n) {
        QString status = statusAt(row, facts, clock.nowMs - qint64(n) * clock.periodDays * kDayMs);
        if (status.isEmpty())
            break;
        statuses.append(std::move(status));
    }
    return statuses;
}

// Milliseconds from creation to the first observed decision; -1 when there is none with a
// known time, -2 when the console first saw the identity already decided.
qint64 decisionMs(const IdentityRow &row, const RecordFacts &facts)
{
    for (qsizetype i = 0; i < facts.history.size(); ++i) {
        if (!isDecided(facts.history.at(i).status))
            continue;
        // The first observation was the decision itself: when it was made is unknown.
        if (i == 0)
            return -2;
        if (row.createdMs <= 0)
            return -1;
        return std::max<qint64>(0, facts.history.at(i).atMs - row.createdMs);
    }
    return -1;
}

QString decisionKey(const IdentityRow &row, const RecordFacts &facts)
{
    const qint64 ms = decisionMs(row, facts);
    if (ms < 0)
        return {};
    for (const DurationBucket &b : decisionBuckets())
        if (ms >= b.fromMs && (b.toMs < 0 || ms < b.toMs))
            return b.key;
    return {};
}

QString documentTypeLabel(const QString &type)
{
    if (type == kUnnamed)
        return tr("Not named");
    const auto &types = paxos::enums::documentType();
    if (types.contains(type))
        return types.label(type);
    const auto &webhook = paxos::enums::webhookDocumentType();
    return webhook.contains(type) ? webhook.label(type) : type;
}

} // namespace

const RecordFacts &factsOf(const RecordIndex *index, const QString &identityId)
{
    static const RecordFacts none;
    if (!index)
        return none;
    const auto it = index->byIdentity.constFind(identityId);
    return it == index->byIdentity.cend() ? none : it.value();
}

RecordIndex indexRecord(const RecordSources &sources)
{
    RecordIndex record;
    record.team = sources.team;
    auto &index = record.byIdentity;
    for (const auto &page : sources.history)
        for (const SnapshotRow &s : *page)
            index[s.identityId].history.append({s.observedMs, s.status});
    for (auto it = index.begin(); it != index.end(); ++it)
        std::stable_sort(
            it->history.begin(), it->history.end(),
            [](const StatusChange &a, const StatusChange &b) { return a.atMs < b.atMs; });
    for (auto it = sources.assignees.cbegin(); it != sources.assignees.cend(); ++it)
        index[it.key()].assignee = it.value();
    for (auto it = sources.requested.cbegin(); it != sources.requested.cend(); ++it) {
        RecordFacts &f = index[it.key()];
        // Either vocabulary of Paxos's events, as the document types uploads carry.
        for (const QString &required : it.value()) {
            const QString type = paxos::enums::documentTypeForRequired(required);
            const QString key = type.isEmpty() ? required : type;
            if (!f.requestedDocuments.contains(key))
                f.requestedDocuments.append(key);
        }
        f.documentsRequestedUnnamed = f.requestedDocuments.isEmpty();
    }
    for (auto it = sources.uploaded.cbegin(); it != sources.uploaded.cend(); ++it)
        index[it.key()].receivedDocuments = it.value();
    return record;
}

const QList<DurationBucket> &decisionBuckets()
{
    static const QList<DurationBucket> buckets{
        {u"0-1h"_s, 0, kHourMs},
        {u"1-24h"_s, kHourMs, kDayMs},
        {u"1-3d"_s, kDayMs, 3 * kDayMs},
        {u"3-7d"_s, 3 * kDayMs, 7 * kDayMs},
        {u"7-14d"_s, 7 * kDayMs, 14 * kDayMs},
        {u"14-30d"_s, 14 * kDayMs, 30 * kDayMs},
        {u"30d+"_s, 30 * kDayMs, -1},
    };
    return buckets;
}

QString durationText(qint64 ms)
{
    // The count is computed apart: Qt 6.4's lupdate never finishes reading a plural argument
    // that divides inside the call.
    const int minutes = int(ms / 60000);
    if (ms < kHourMs)
        return QCoreApplication::translate("console::dashboard", "%n minute(s)", nullptr, minutes);
    if (ms < kDayMs)
        return QCoreApplication::translate("console::dashboard", "%1 hours")
            .arg(QLocale().toString(double(ms) / kHourMs, 'f', 1));
    return QCoreApplication::translate("console::dashboard", "%1 days")
        .arg(QLocale().toString(double(ms) / kDayMs, 'f', 1));
}

const QList<AgeBucket> &ageBuckets()
{
    static const QList<AgeBucket> buckets{{u"0-1"_s, 0, 1},     {u"1-3"_s, 1, 3},
                                          {u"3-7"_s, 3, 7},     {u"7-14"_s, 7, 14},
                                          {u"14-30"_s, 14, 30}, {u"30+"_s, 30, -1}};
    return buckets;
}

QStringList slicesOf(const IdentityRow &row, const RecordFacts &facts, Dimension dimension,
                     const Clock &clock)
{
    switch (dimension) {
    case Dimension::Status:
        return {row.status.isEmpty() ? u"UNKNOWN"_s : row.status};
    case Dimension::Age:
        if (QString key = ageKey(row, clock); !key.isEmpty())
            return {key};
        return {};
    case Dimension::WaitingOn:
        if (row.status != kPending)
            return {};
        return {row.blocking.isEmpty() ? u"NOTHING"_s : row.blocking};
    case Dimension::Actor:
        if (row.status != kPending)
            return {};
        return {row.actor ? actorKey(Actor(row.actor)) : u"NOBODY"_s};
    case Dimension::StatusOverTime: {
        QStringList keys;
        const QStringList statuses = statusesOverTime(row, facts, clock);
        for (qsizetype n = 0; n < statuses.size(); ++n)
            keys.append(QString::number(n) + u'|' + statuses.at(n));
        return keys;
    }
    case Dimension::TimeToDecision:
        if (QString key = decisionKey(row, facts); !key.isEmpty())
            return {key};
        return {};
    case Dimension::Documents: {
        QStringList keys;
        for (const QString &type : facts.requestedDocuments)
            keys.append(type + u'|'
                        + (facts.receivedDocuments.contains(type) ? kReceived : kMissing));
        if (facts.documentsRequestedUnnamed)
            keys.append(kUnnamed + u'|' + kMissing);
        return keys;
    }
    case Dimension::Assignee:
        if (!isOpen(row.status) || facts.assignee.isEmpty())
            return {};
        return {facts.assignee};
    }
    return {};
}

QString sliceOf(const IdentityRow &row, Dimension dimension, const Clock &clock)
{
    return slicesOf(row, RecordFacts(), dimension, clock).value(0);
}

DashboardStats computeStats(const QList<IdentityRow> &rows, const Clock &clock,
                            const RecordIndex *record)
{
    DashboardStats s;
    s.total = int(rows.size());
    QHash<QString, int> statuses;
    QHash<QString, int> ages;
    QHash<QString, int> waiting;
    QHash<QString, QString> waitingText;
    QHash<QString, int> actors;
    QList<QHash<QString, int>> overTime(std::max(0, clock.periods)); // per period: status → n
    QHash<QString, int> decisions;
    QList<qint64> decisionTimes;
    QHash<QString, int> documents;
    QHash<QString, int> assignees;
    for (const IdentityRow &row : rows) {
        const RecordFacts &facts = factsOf(record, row.id);
        ++statuses[sliceOf(row, Dimension::Status, clock)];
        const QStringList periods = statusesOverTime(row, facts, clock);
        for (qsizetype n = 0; n < periods.size(); ++n)
            ++overTime[n][periods.at(n)];
        for (const QString &key : slicesOf(row, facts, Dimension::TimeToDecision, clock)) {
            ++decisions[key];
            decisionTimes.append(decisionMs(row, facts));
        }
        if (decisionMs(row, facts) == -2)
            ++s.decidedUnobserved;
        for (const QString &key : slicesOf(row, facts, Dimension::Documents, clock))
            ++documents[key];
        if (const QStringList who = slicesOf(row, facts, Dimension::Assignee, clock);
            !who.isEmpty())
            ++assignees[who.first()];
        else if (isOpen(row.status))
            ++s.openUnassigned;
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
    const auto statusLabel = [&table](const QString &key) {
        if (key == u"UNKNOWN"_s)
            return tr("Unknown");
        if (key == u"UNOBSERVED"_s)
            return tr("Not seen yet");
        return table.contains(key) ? table.label(key) : key;
    };
    const auto inOrder = [&table](QStringList keys) {
        QStringList ordered;
        for (const QString &wire : table.wires())
            if (keys.removeAll(wire))
                ordered.append(wire);
        keys.sort();
        return ordered + keys;
    };
    for (const QString &key : inOrder(statuses.keys()))
        s.statuses.append({key, statusLabel(key), statuses.value(key)});

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

    // Status over time: oldest period first, one series per status that occurs in any.
    QSet<QString> seen;
    for (const auto &period : std::as_const(overTime))
        for (auto it = period.cbegin(); it != period.cend(); ++it)
            seen.insert(it.key());
    for (const QString &status : inOrder(seen.values())) {
        Series series{status, statusLabel(status), {}};
        for (int n = clock.periods - 1; n >= 0; --n) {
            const QString key = QString::number(n) + u'|' + status;
            const QDate day =
                QDateTime::fromMSecsSinceEpoch(clock.nowMs - qint64(n) * clock.periodDays * kDayMs)
                    .date();
            const QString label =
                n == 0 ? tr("Now") : QLocale().toString(day, tr("d MMM", "date of a period's end"));
            series.slices.append({key, label, overTime.at(n).value(status)});
        }
        s.statusOverTime.append(series);
    }

    for (const DurationBucket &b : decisionBuckets()) {
        static const QHash<QString, const char *> labels{
            {u"0-1h"_s, QT_TRANSLATE_NOOP("console::dashboard", "0–1h")},
            {u"1-24h"_s, QT_TRANSLATE_NOOP("console::dashboard", "1–24h")},
            {u"1-3d"_s, QT_TRANSLATE_NOOP("console::dashboard", "1–3d")},
            {u"3-7d"_s, QT_TRANSLATE_NOOP("console::dashboard", "3–7d")},
            {u"7-14d"_s, QT_TRANSLATE_NOOP("console::dashboard", "7–14d")},
            {u"14-30d"_s, QT_TRANSLATE_NOOP("console::dashboard", "14–30d")},
            {u"30d+"_s, QT_TRANSLATE_NOOP("console::dashboard", "30+d")}};
        s.timeToDecision.append({b.key, tr(labels.value(b.key)), decisions.value(b.key)});
    }
    s.decided = int(decisionTimes.size());
    if (!decisionTimes.isEmpty()) {
        std::sort(decisionTimes.begin(), decisionTimes.end());
        const qsizetype mid = decisionTimes.size() / 2;
        s.medianDecisionMs = decisionTimes.size() % 2
            ? decisionTimes.at(mid)
            : (decisionTimes.at(mid - 1) + decisionTimes.at(mid)) / 2;
    }

    // Documents: the types asked for, most asked first; missing and received stack to that.
    QHash<QString, int> requestedPerType;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        requestedPerType[it.key().section(u'|', 0, 0)] += it.value();
    QStringList types = requestedPerType.keys();
    std::sort(types.begin(), types.end(), [&requestedPerType](const QString &a, const QString &b) {
        const int na = requestedPerType.value(a), nb = requestedPerType.value(b);
        return na != nb ? na > nb : a < b;
    });
    Series missing{kMissing, tr("Missing"), {}};
    Series received{kReceived, tr("Received"), {}};
    for (const QString &type : std::as_const(types)) {
        const QString label = documentTypeLabel(type);
        missing.slices.append(
            {type + u'|' + kMissing, label, documents.value(type + u'|' + kMissing)});
        received.slices.append(
            {type + u'|' + kReceived, label, documents.value(type + u'|' + kReceived)});
    }
    s.documents = {missing, received};

    // Every reviewer the record knows, those with none too (who has room for more).
    if (record)
        for (const QString &name : record->team)
            assignees.insert(name, assignees.value(name));
    for (auto it = assignees.cbegin(); it != assignees.cend(); ++it)
        s.assignees.append({it.key(), it.key(), it.value()});
    std::sort(s.assignees.begin(), s.assignees.end(), [](const Slice &a, const Slice &b) {
        return a.count != b.count ? a.count > b.count : a.key.localeAwareCompare(b.key) < 0;
    });
    return s;
}

QByteArray statsCsv(const DashboardStats &stats, Dimension dimension)
{
    QList<std::pair<QString, QList<Slice>>> parts;
    switch (dimension) {
    case Dimension::Status:
        parts = {{u"status"_s, stats.statuses}};
        break;
    case Dimension::Age:
        parts = {{u"age_within_threshold"_s, stats.ageWithin},
                 {u"age_over_threshold"_s, stats.ageOver}};
        break;
    case Dimension::WaitingOn:
        parts = {{u"waiting_on"_s, stats.waitingOn}};
        break;
    case Dimension::Actor:
        parts = {{u"who_must_act"_s, stats.actors}};
        break;
    case Dimension::StatusOverTime:
        for (const Series &series : stats.statusOverTime)
            parts.append({u"status_over_time"_s, series.slices});
        break;
    case Dimension::TimeToDecision:
        parts = {{u"time_to_decision"_s, stats.timeToDecision},
                 {u"time_to_decision_summary"_s,
                  {{u"median_minutes"_s, tr("Median (minutes; -1: none)"),
                    stats.medianDecisionMs < 0 ? -1 : int(stats.medianDecisionMs / 60000)},
                   {u"decided_before_seen"_s, tr("Decided before the console saw it"),
                    stats.decidedUnobserved}}}};
        break;
    case Dimension::Documents:
        for (const Series &series : stats.documents)
            parts.append({u"documents_"_s + series.key, series.slices});
        break;
    case Dimension::Assignee:
        parts = {{u"open_assignments"_s, stats.assignees},
                 {u"open_unassigned"_s, {{u"NOBODY"_s, tr("Nobody"), stats.openUnassigned}}}};
        break;
    }
    QString out = u"dimension,key,label,count\r\n"_s;
    for (const auto &[name, slices] : parts)
        for (const Slice &s : slices)
            out += AuditCsvExport::csvCell(name) + u',' + AuditCsvExport::csvCell(s.key) + u','
                + AuditCsvExport::csvCell(s.label) + u',' + QString::number(s.count) + u"\r\n"_s;
    return out.toUtf8();
}

} // namespace console::dashboard

#pragma once

#include "core/models/identityrow.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace console::dashboard {

// What a chart counts by. Every count and every click-through filter asks slicesOf(), so a
// bar's number and the rows the queue shows for it can never disagree.
enum class Dimension {
    Status, // the identity's status now (wire value)
    Age, // pending identities by days since creation: key "<bucket>|within" or "|over"
    WaitingOn, // pending identities by their blocking requirement or control
    Actor, // pending identities by who must act (actorKey)
    // Status at the end of each of the last Clock::periods periods: key "<n>|<status>", n
    // periods ago (0: now). One key per period the identity existed in.
    StatusOverTime,
    // Created → first observed decision (APPROVED or DENIED) in the status history: a
    // decisionBuckets() key.
    TimeToDecision,
    // Documents Paxos asked for (open EDD) by type: "<TYPE>|missing" or "<TYPE>|received"
    // (an upload of that type is in the record). One key per requested type.
    Documents,
    // Open (not approved, denied or disabled) identities by the reviewer they are assigned to.
    Assignee,
};

struct AgeBucket
{
    QString key; // "0-1", "1-3" …, "30+"
    int fromDays;
    int toDays; // exclusive; -1: open-ended
};
const QList<AgeBucket> &ageBuckets();

struct DurationBucket
{
    QString key; // "0-1h", "1-24h", "1-3d" …, "30d+"
    qint64 fromMs;
    qint64 toMs; // exclusive; -1: open-ended
};
const QList<DurationBucket> &decisionBuckets();

// What the review record says about one identity, beyond what the queue's row holds.
struct StatusChange
{
    qint64 atMs = 0; // when the console observed it
    QString status;
};
struct RecordFacts
{
    QList<StatusChange> history; // oldest first
    QString assignee;
    QStringList requestedDocuments; // document types Paxos asked for and EDD is still open
    bool documentsRequestedUnnamed = false; // EDD open, no document named
    QStringList receivedDocuments; // document types of the console's uploads
};
struct RecordIndex
{
    QHash<QString, RecordFacts> byIdentity;
    QStringList team; // every reviewer the record knows (a reviewer with nothing open shows 0)
};
// The facts of `identityId`, or empty ones.
const RecordFacts &factsOf(const RecordIndex *index, const QString &identityId);

// The raw record as read from the store, page by page (the pages are shared, never copied):
// made into a RecordIndex on a worker thread by indexRecord().
struct SnapshotRow
{
    QString identityId;
    qint64 observedMs = 0;
    QString status;
};
struct RecordSources
{
    QList<std::shared_ptr<const QList<SnapshotRow>>> history; // in store order (oldest first)
    QHash<QString, QString> assignees; // identity id → reviewer
    QStringList team; // every reviewer the record knows
    QHash<QString, QStringList> uploaded; // identity id → document types uploaded
    QHash<QString, QStringList> requested; // identity id → types requested, open EDD only
};
RecordIndex indexRecord(const RecordSources &sources);

struct Slice
{
    QString key;
    QString label;
    int count = 0;
};

// One series of a multi-series chart (a status over time, missing / received).
struct Series
{
    QString key;
    QString label;
    QList<Slice> slices;
};

struct DashboardStats
{
    int total = 0;
    int pending = 0;
    int overThreshold = 0; // pending identities older than the threshold
    QList<Slice> statuses; // in workflow order
    QList<Slice> ageWithin; // one per ageBuckets() entry
    QList<Slice> ageOver; // one per ageBuckets() entry
    QList<Slice> waitingOn; // most first
    QList<Slice> actors; // in actor order
    QList<Series> statusOverTime; // one per status that occurs, each with one slice per period
    QList<Slice> timeToDecision; // one per decisionBuckets() entry
    int decided = 0; // decisions with a known time (the sum of timeToDecision)
    int decidedUnobserved = 0; // decided before the console first saw the identity
    qint64 medianDecisionMs = -1; // -1: no decision with a known time
    QList<Series> documents; // "missing", "received"; one slice per requested type
    QList<Slice> assignees; // open assignments per reviewer, most first
    int openUnassigned = 0; // open identities nobody is assigned
};

struct Clock
{
    qint64 nowMs = 0;
    int thresholdDays = 7;
    int periodDays = 7; // status over time: one bar per period of this many days
    int periods = 12;
};

// The keys of `row` in `dimension` (empty when the row does not count there: not pending, no
// creation time, nothing requested ...). The one rule of the dashboard: computeStats counts a
// row once under each key, and the queue's dashboard filter keeps the rows that have the key.
QStringList slicesOf(const IdentityRow &row, const RecordFacts &facts, Dimension dimension,
                     const Clock &clock);
// The first key, for dimensions with at most one (and no record facts).
QString sliceOf(const IdentityRow &row, Dimension dimension, const Clock &clock);

// Pure over its inputs (run it on a worker thread over a snapshot of the rows).
DashboardStats computeStats(const QList<IdentityRow> &rows, const Clock &clock,
                            const RecordIndex *record = nullptr);

// The numbers of one dimension as CSV (dimension, key, label, count), every cell through
// AuditCsvExport::csvCell.
QByteArray statsCsv(const DashboardStats &stats, Dimension dimension);

// "3.5 days", "5 hours", "40 minutes" (for the median).
QString durationText(qint64 ms);

} // namespace console::dashboard

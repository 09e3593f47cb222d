#pragma once

#include "core/models/identityrow.h"

#include <QList>
#include <QString>

namespace console::dashboard {

// What a chart counts by. Every count and every click-through filter asks sliceOf(), so a
// bar's number and the rows the queue shows for it can never disagree.
enum class Dimension {
    Status, // the identity's status now (wire value)
    Age, // pending identities by days since creation: key "<bucket>|within" or "|over"
    WaitingOn, // pending identities by their blocking requirement or control
    Actor, // pending identities by who must act (actorKey)
};

struct AgeBucket
{
    QString key; // "0-1", "1-3" …, "30+"
    int fromDays;
    int toDays; // exclusive; -1: open-ended
};
const QList<AgeBucket> &ageBuckets();

struct Slice
{
    QString key;
    QString label;
    int count = 0;
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
};

struct Clock
{
    qint64 nowMs = 0;
    int thresholdDays = 7;
};

// The key of `row` in `dimension`; empty when the row does not count there (not pending, no
// creation time).
QString sliceOf(const IdentityRow &row, Dimension dimension, const Clock &clock);

// Pure over its inputs (run it on a worker thread over a snapshot of the rows).
DashboardStats computeStats(const QList<IdentityRow> &rows, const Clock &clock);

// The numbers of one dimension as CSV (dimension, key, label, count), every cell through
// AuditCsvExport::csvCell.
QByteArray statsCsv(const DashboardStats &stats, Dimension dimension);

} // namespace console::dashboard

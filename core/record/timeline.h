#pragma once

#include "core/record/documentrecords.h"
#include "core/record/notes.h"
#include "core/record/processedevents.h"
#include "core/record/requestledger.h"
#include "core/record/statushistory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace console {

enum class TimelineKind {
    StatusChange, // status / summary_status
    SubStatusChange, // id verification, sanctions, additional screening, document verification
    RequirementChange, // status_details.requirements appearing or being met
    Event, // a Paxos event
    Document, // uploaded (or archived)
    ControlCreated,
    ControlDeleted,
    Note,
    ConsoleCall, // a request the console made
};
QString timelineKindName(TimelineKind kind);

struct TimelineEntry
{
    qint64 atMs = 0;
    TimelineKind kind = TimelineKind::Event;
    QString title; // one short line: "Status PENDING → APPROVED"
    QString detail; // what caused it / more words; may be empty
    QString actor; // operator, "Paxos", or empty
    QString sourceId; // snapshot, event, file, control, note or ledger id: what to open
    QJsonObject details; // the record behind the entry, for its details view

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
};

// Everything the timeline of one identity is made of. The store supplies snapshots, events,
// notes, calls and document hashes (load()); documents and controls come from the API (List
// Identity Documents, List Identity Controls with include_deleted).
struct TimelineSources
{
    QList<IdentitySnapshot> snapshots; // oldest first
    QList<ProcessedEvent> events;
    QJsonArray documents; // `documents` items of List Identity Documents
    QList<DocumentRecord> documentRecords; // uploads from the console (hashes)
    QJsonArray controls; // IdentityControl objects, deleted ones included
    QList<Note> notes;
    QList<LedgerEntry> calls;
};

// Builds the timeline of one identity: status and sub-status changes (from consecutive
// snapshots, with what caused each), events, documents, controls, notes and the console's own
// calls, newest first. Pure: no I/O in assemble(), so the widget and the evidence pack share it.
class Timeline
{
public:
    static QList<TimelineEntry> assemble(const TimelineSources &sources);

    // The store's part of the sources for identityId.
    static StoreResult<TimelineSources> load(Store *store, const QString &identityId);

    // The sub-status fields compared between snapshots, as JSON paths ("person_details/...").
    static QStringList subStatusPaths();
};

} // namespace console

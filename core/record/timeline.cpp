#include "core/record/timeline.h"

#include "core/record/apitime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("console::Timeline", text);
}

QString arrow(const QString &from, const QString &to)
{
    return (from.isEmpty() ? tr("(none)") : from) + u" → "_s + (to.isEmpty() ? tr("(none)") : to);
}

QString valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts)
        v = v.toObject().value(part);
    return v.toString();
}

QString subStatusLabel(const QString &path)
{
    if (path.endsWith("id_verification_status"_L1))
        return tr("ID verification");
    if (path.endsWith("sanctions_verification_status"_L1))
        return tr("Sanctions screening");
    if (path.endsWith("additional_screening_status"_L1))
        return tr("Additional screening");
    if (path.endsWith("document_verification_status"_L1))
        return tr("Document verification");
    return path;
}

QJsonObject snapshotDetails(const IdentitySnapshot &s)
{
    return QJsonObject{{u"snapshot_id"_s, QString::number(s.id)},
                       {u"observed_at"_s, formatUtcMs(s.observedAtMs)},
                       {u"cause"_s, snapshotCauseName(s.cause)},
                       {u"cause_ref"_s, s.causeRef},
                       {u"status"_s, s.status}};
}

// "event identity.approved (evt-1)", "console call req-1", "refresh".
QString causeText(const IdentitySnapshot &s, const QHash<QString, QString> &eventTypes)
{
    switch (s.cause) {
    case SnapshotCause::Event: {
        const QString type = eventTypes.value(s.causeRef);
        return type.isEmpty() ? tr("after event %1").arg(s.causeRef)
                              : tr("after event %1 (%2)").arg(type, s.causeRef);
    }
    case SnapshotCause::OwnCall:
        return s.causeRef.isEmpty() ? tr("after a call from this console")
                                    : tr("after console call %1").arg(s.causeRef);
    case SnapshotCause::Refresh:
        return tr("seen on refresh");
    }
    return {};
}

QMap<QString, QJsonObject> requirementsByType(const QJsonObject &identity)
{
    QMap<QString, QJsonObject> out;
    const QJsonArray reqs =
        identity.value("status_details"_L1).toObject().value("requirements"_L1).toArray();
    for (const QJsonValue &r : reqs)
        out.insert(r.toObject().value("type"_L1).toString(), r.toObject());
    return out;
}

void addSnapshotChanges(const TimelineSources &src, QList<TimelineEntry> &out)
{
    QHash<QString, QString> eventTypes;
    for (const ProcessedEvent &e : src.events)
        eventTypes.insert(e.eventId, e.type);

    const IdentitySnapshot *prev = nullptr;
    for (const IdentitySnapshot &cur : src.snapshots) {
        const QString cause = causeText(cur, eventTypes);
        const QString before = prev ? prev->status : QString();
        if (!prev || before != cur.status) {
            TimelineEntry e;
            e.atMs = cur.observedAtMs;
            e.kind = TimelineKind::StatusChange;
            e.title = prev ? tr("Status %1").arg(arrow(before, cur.status))
                           : tr("First seen with status %1").arg(cur.status);
            e.detail = cause;
            e.sourceId = QString::number(cur.id);
            e.details = snapshotDetails(cur);
            e.details.insert(u"old_status"_s, before);
            if (!prev) {
                QJsonObject subStatuses;
                for (const QString &path : Timeline::subStatusPaths()) {
                    if (const QString v = valueAt(cur.identity, path); !v.isEmpty())
                        subStatuses.insert(path, v);
                }
                e.details.insert(u"sub_statuses"_s, subStatuses);
                e.details.insert(
                    u"requirements"_s,
                    cur.identity.value("status_details"_L1).toObject().value("requirements"_L1));
            }
            out.append(e);
        }
        // The first snapshot is the starting point: its details are in "First seen", only
        // later snapshots produce changes.
        if (!prev) {
            prev = &cur;
            continue;
        }
        for (const QString &path : Timeline::subStatusPaths()) {
            const QString was = valueAt(prev->identity, path);
            const QString now = valueAt(cur.identity, path);
            if (was == now)
                continue;
            TimelineEntry e;
            e.atMs = cur.observedAtMs;
            e.kind = TimelineKind::SubStatusChange;
            e.title = u"%1: %2"_s.arg(subStatusLabel(path), arrow(was, now));
            e.detail = cause;
            e.sourceId = QString::number(cur.id);
            e.details = snapshotDetails(cur);
            e.details.insert(u"field"_s, path);
            e.details.insert(u"old_value"_s, was);
            e.details.insert(u"new_value"_s, now);
            out.append(e);
        }
        const auto oldReqs = requirementsByType(prev->identity);
        const auto newReqs = requirementsByType(cur.identity);
        for (auto it = newReqs.begin(); it != newReqs.end(); ++it) {
            const QString status = it.value().value("status"_L1).toString();
            const QString oldStatus = oldReqs.value(it.key()).value("status"_L1).toString();
            if (oldReqs.contains(it.key()) && oldStatus == status)
                continue;
            TimelineEntry e;
            e.atMs = cur.observedAtMs;
            e.kind = TimelineKind::RequirementChange;
            const QString who = it.value().value("awaiting_action_from"_L1).toString();
            e.title = oldReqs.contains(it.key())
                ? tr("Requirement %1: %2").arg(it.key(), arrow(oldStatus, status))
                : tr("Requirement %1 open (%2)").arg(it.key(), status);
            e.detail = who.isEmpty() ? cause : tr("awaiting %1; %2").arg(who, cause);
            e.sourceId = QString::number(cur.id);
            e.details = snapshotDetails(cur);
            e.details.insert(u"requirement"_s, it.value());
            out.append(e);
        }
        for (auto it = oldReqs.begin(); it != oldReqs.end(); ++it) {
            if (newReqs.contains(it.key()))
                continue;
            TimelineEntry e;
            e.atMs = cur.observedAtMs;
            e.kind = TimelineKind::RequirementChange;
            e.title = tr("Requirement %1 met").arg(it.key());
            e.detail = cause;
            e.sourceId = QString::number(cur.id);
            e.details = snapshotDetails(cur);
            e.details.insert(u"requirement"_s, it.value());
            out.append(e);
        }
        prev = &cur;
    }
}

QString eventSummary(const ProcessedEvent &ev)
{
    const QJsonObject &o = ev.object;
    if (o.contains("new_summary_status"_L1))
        return tr("Status %1")
            .arg(arrow(o.value("old_summary_status"_L1).toString(),
                       o.value("new_summary_status"_L1).toString()));
    if (o.contains("required_documents"_L1)) {
        QStringList docs;
        const QJsonArray arr = o.value("required_documents"_L1).toArray();
        for (const QJsonValue &d : arr)
            docs.append(d.toString());
        return tr("Documents required: %1").arg(docs.join(u", "_s));
    }
    if (o.contains("control_type"_L1))
        return tr("Control %1 (%2)")
            .arg(o.value("control_type"_L1).toString(), o.value("reason_code"_L1).toString());
    if (o.contains("next_kyc_refresh_date"_L1) || o.contains("last_kyc_refresh_date"_L1))
        return tr("Last KYC refresh %1, next %2")
            .arg(o.value("last_kyc_refresh_date"_L1).toString(),
                 o.value("next_kyc_refresh_date"_L1).toString());
    return {};
}

void addEvents(const TimelineSources &src, QList<TimelineEntry> &out)
{
    for (const ProcessedEvent &ev : src.events) {
        TimelineEntry e;
        e.atMs = ev.createdAtMs ? ev.createdAtMs : ev.processedAtMs;
        e.kind = TimelineKind::Event;
        e.title = tr("Event %1").arg(ev.type);
        e.detail = eventSummary(ev);
        e.actor = u"Paxos"_s;
        e.sourceId = ev.eventId;
        e.details = QJsonObject{{u"id"_s, ev.eventId},
                                {u"type"_s, ev.type},
                                {u"created_at"_s, ev.createdAt},
                                {u"source"_s, eventSourceName(ev.source)},
                                {u"object"_s, ev.object}};
        out.append(e);
    }
}

void addDocuments(const TimelineSources &src, QList<TimelineEntry> &out)
{
    const QJsonArray documents = DocumentRecords::merge(src.documents, src.documentRecords);
    for (const QJsonValue &v : documents) {
        const QJsonObject d = v.toObject();
        const QString name = d.value("name"_L1).toString();
        QStringList types;
        const QJsonArray arr = d.value("document_types"_L1).toArray();
        for (const QJsonValue &t : arr)
            types.append(t.toString());
        TimelineEntry e;
        e.atMs = parseApiTimeMs(d.value("created_at"_L1).toString());
        e.kind = TimelineKind::Document;
        e.title = tr("Document %1").arg(name);
        e.detail = types.join(u", "_s);
        e.actor = d.value("uploaded_by"_L1).toString();
        e.sourceId = d.value("file_id"_L1).toString();
        e.details = d;
        out.append(e);
        if (const qint64 archived = parseApiTimeMs(d.value("archived_at"_L1).toString())) {
            TimelineEntry a = e;
            a.atMs = archived;
            a.title = tr("Document %1 archived").arg(name);
            a.actor = u"Paxos"_s;
            out.append(a);
        }
    }
}

void addControls(const TimelineSources &src, QList<TimelineEntry> &out)
{
    for (const QJsonValue &v : src.controls) {
        const QJsonObject c = v.toObject();
        const QString type = c.value("type"_L1).toString();
        const QString reasonCode = c.value("reason_code"_L1).toString();
        const QString setBy = c.value("set_by"_L1).toString();
        const QString actor = setBy.contains("PAXOS"_L1) ? u"Paxos"_s : QString();
        TimelineEntry e;
        e.atMs = parseApiTimeMs(c.value("created_at"_L1).toString());
        e.kind = TimelineKind::ControlCreated;
        e.title = tr("Control %1 set (%2)").arg(type, reasonCode);
        e.detail = c.value("reason"_L1).toString();
        e.actor = actor;
        e.sourceId = c.value("id"_L1).toString();
        e.details = c;
        out.append(e);
        const qint64 deleted = parseApiTimeMs(c.value("deleted_at"_L1).toString());
        if (deleted) {
            TimelineEntry d = e;
            d.atMs = deleted;
            d.kind = TimelineKind::ControlDeleted;
            d.title = tr("Control %1 removed").arg(type);
            out.append(d);
        }
    }
}

void addNotes(const TimelineSources &src, QList<TimelineEntry> &out)
{
    for (const Note &n : src.notes) {
        TimelineEntry e;
        e.atMs = n.createdAtMs;
        e.kind = TimelineKind::Note;
        e.title = tr("Note: %1").arg(n.reasonCode);
        e.detail = n.body.section(u'\n', 0, 0).left(200);
        e.actor = n.author;
        e.sourceId = QString::number(n.id);
        e.details = n.toJson();
        out.append(e);
    }
}

void addCalls(const TimelineSources &src, QList<TimelineEntry> &out)
{
    for (const LedgerEntry &c : src.calls) {
        // Reads change nothing: what they saw is a snapshot when it differed. The timeline
        // shows the console's writes; the evidence pack's ledger keeps every call.
        if (c.method.compare("GET"_L1, Qt::CaseInsensitive) == 0)
            continue;
        TimelineEntry e;
        e.atMs = c.atMs;
        e.kind = TimelineKind::ConsoleCall;
        const QString path = QUrl(c.url).path();
        e.title = c.httpStatus ? u"%1 %2 → %3"_s.arg(c.method, path).arg(c.httpStatus)
                               : u"%1 %2"_s.arg(c.method, path);
        e.detail = c.error.isEmpty() ? tr("%1 ms").arg(c.durationMs) : c.error;
        e.actor = c.operatorName;
        e.sourceId = QString::number(c.id);
        e.details = c.toJson();
        out.append(e);
    }
}

} // namespace

QString timelineKindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::StatusChange:
        return u"status_change"_s;
    case TimelineKind::SubStatusChange:
        return u"sub_status_change"_s;
    case TimelineKind::RequirementChange:
        return u"requirement_change"_s;
    case TimelineKind::Event:
        return u"event"_s;
    case TimelineKind::Document:
        return u"document"_s;
    case TimelineKind::ControlCreated:
        return u"control_created"_s;
    case TimelineKind::ControlDeleted:
        return u"control_deleted"_s;
    case TimelineKind::Note:
        return u"note"_s;
    case TimelineKind::ConsoleCall:
        return u"console_call"_s;
    }
    return {};
}

QStringList Timeline::subStatusPaths()
{
    return {
        u"person_details/id_verification_status"_s,
        u"person_details/sanctions_verification_status"_s,
        u"person_details/additional_screening_status"_s,
        u"institution_details/document_verification_status"_s,
        u"institution_details/sanctions_verification_status"_s,
        u"institution_details/additional_screening_status"_s,
    };
}

QList<TimelineEntry> Timeline::assemble(const TimelineSources &sources)
{
    QList<TimelineEntry> out;
    // Order of adding decides ties (the sort is stable): at the same millisecond a change is
    // shown above the call or event that caused it, the status above its details.
    addSnapshotChanges(sources, out);
    addEvents(sources, out);
    addDocuments(sources, out);
    addControls(sources, out);
    addNotes(sources, out);
    addCalls(sources, out);
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.atMs > b.atMs;
    });
    return out;
}

StoreResult<TimelineSources> Timeline::load(Store *store, const QString &identityId)
{
    TimelineSources s;
    auto snapshots = StatusHistory(store).forIdentity(identityId);
    if (!snapshots)
        return snapshots.error();
    s.snapshots = snapshots.value();
    auto events = ProcessedEvents(store).forIdentity(identityId);
    if (!events)
        return events.error();
    s.events = events.value();
    auto notes = Notes(store).forIdentity(identityId);
    if (!notes)
        return notes.error();
    s.notes = notes.value();
    auto calls = RequestLedger(store).forIdentity(identityId);
    if (!calls)
        return calls.error();
    s.calls = calls.value();
    auto docs = DocumentRecords(store).forIdentity(identityId);
    if (!docs)
        return docs.error();
    s.documentRecords = docs.value();
    return s;
}

} // namespace console

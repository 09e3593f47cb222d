#include "core/events/eventsmodel.h"

#include "core/logging.h"
#include "core/models/roles.h"
#include "core/record/store.h"
#include "paxos/model/enums.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace console {

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case IdentityColumn:
        return tr("Identity");
    case SourceColumn:
        return tr("Delivered by");
    case StateColumn:
        return tr("Processing");
    }
    return {};
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &rec = m_rows.at(index.row());
    const QDateTime when = rec.createdAt ? rec.createdAt->toDateTime() : rec.receivedAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(when.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case TypeColumn:
            return rec.type.isEmpty() ? rec.eventId : paxos::enums::eventType().label(rec.type);
        case IdentityColumn:
            return rec.identityId;
        case SourceColumn:
            return eventSourceLabel(rec.source());
        case StateColumn:
            return eventStateLabel(rec.state);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !rec.error.isEmpty())
            return rec.error;
        if (index.column() == TypeColumn)
            return rec.type;
        if (index.column() == TimeColumn && rec.createdAt)
            return rec.createdAt->toString();
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return when;
        case TypeColumn:
            return rec.type;
        case IdentityColumn:
            return rec.identityId;
        case SourceColumn:
            return rec.source() ? eventSourceName(*rec.source()) : QString();
        case StateColumn:
            return eventStateKey(rec.state);
        }
        return {};
    case IdentityIdRole:
        return rec.identityId;
    case EventIdRole:
        return rec.eventId;
    case RawJsonRole:
        return QString::fromUtf8(QJsonDocument(rec.raw).toJson(QJsonDocument::Indented));
    case StateKeyRole:
        return eventStateKey(rec.state);
    case SourceKeyRole:
        return rec.source() ? eventSourceName(*rec.source()) : QString();
    case TypeRole:
        return rec.type;
    case ErrorRole:
        return rec.error;
    }
    return {};
}

void EventsModel::upsert(const EventRecord &record)
{
    const auto it = m_index.constFind(record.eventId);
    const bool newType = !record.type.isEmpty() && !types().contains(record.type);
    if (it != m_index.cend()) {
        m_rows[*it] = record;
        emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    } else {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(record);
        m_index.insert(record.eventId, row);
        endInsertRows();
    }
    if (newType)
        emit typesChanged();
}

void EventsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
    emit typesChanged();
}

int EventsModel::loadHistory(Store *store, const QString &environment, int limit)
{
    // Read-only over ProcessedEvents' table, newest first: its API lists per identity only.
    auto q = store->run(u"SELECT event_id, event_type, identity_id, created_at, processed_at_ms, "
                        "source, object FROM processed_events WHERE environment = ? "
                        "ORDER BY created_at_ms DESC, event_id DESC LIMIT ?"_s,
                        {environment, limit});
    if (!q) {
        qCWarning(lcEvents) << "event history not loaded:" << q.errorMessage();
        return -1;
    }
    QList<EventRecord> older;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        EventRecord rec;
        rec.eventId = rows.value(0).toString();
        if (m_index.contains(rec.eventId))
            continue;
        rec.type = rows.value(1).toString();
        rec.identityId = rows.value(2).toString();
        rec.createdAt = paxos::Timestamp::parse(rows.value(3).toString());
        rec.receivedAt =
            QDateTime::fromMSecsSinceEpoch(rows.value(4).toLongLong(), QTimeZone::utc());
        const EventSource source = eventSourceFromName(rows.value(5).toString());
        rec.viaWebhook = source != EventSource::Follower;
        rec.viaFollower = source != EventSource::Webhook;
        rec.state = EventRecord::State::AlreadyProcessed;
        rec.raw = QJsonObject{
            {u"id"_s, rec.eventId},
            {u"type"_s, rec.type},
            {u"created_at"_s, rows.value(3).toString()},
            {u"object"_s, QJsonDocument::fromJson(rows.value(6).toString().toUtf8()).object()}};
        older.append(rec);
    }
    if (older.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(older.size()) - 1);
    for (const EventRecord &rec : std::as_const(older)) {
        m_index.insert(rec.eventId, int(m_rows.size()));
        m_rows.append(rec);
    }
    endInsertRows();
    emit typesChanged();
    return int(older.size());
}

std::optional<EventRecord> EventsModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int EventsModel::rowOf(const QString &eventId) const
{
    return m_index.value(eventId, -1);
}

QStringList EventsModel::types() const
{
    QStringList out;
    for (const EventRecord &rec : m_rows) {
        if (!rec.type.isEmpty() && !out.contains(rec.type))
            out.append(rec.type);
    }
    out.sort();
    return out;
}

EventsFilterProxy::EventsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

void EventsFilterProxy::setTypeFilter(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void EventsFilterProxy::setStateFilter(const QString &stateKey)
{
    m_state = stateKey;
    invalidateFilter();
}

void EventsFilterProxy::setSourceFilter(const QString &sourceKey)
{
    m_source = sourceKey;
    invalidateFilter();
}

void EventsFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EventsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && idx.data(EventsModel::TypeRole).toString() != m_type)
        return false;
    if (!m_state.isEmpty() && idx.data(EventsModel::StateKeyRole).toString() != m_state)
        return false;
    if (!m_source.isEmpty()) {
        const QString source = idx.data(EventsModel::SourceKeyRole).toString();
        // "both" counts as delivered by each path.
        if (source != m_source && source != u"both"_s)
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString hay = idx.data(EventsModel::EventIdRole).toString() + u' '
            + idx.data(IdentityIdRole).toString() + u' '
            + idx.data(EventsModel::TypeRole).toString() + u' '
            + idx.siblingAtColumn(EventsModel::TypeColumn).data().toString();
        if (!hay.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool EventsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (left.column() == EventsModel::TimeColumn) {
        const QDateTime a = l.toDateTime();
        const QDateTime b = r.toDateTime();
        if (a != b)
            return a < b;
        // Same millisecond: a stable order by event id.
        return left.data(EventsModel::EventIdRole).toString()
            < right.data(EventsModel::EventIdRole).toString();
    }
    return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace console

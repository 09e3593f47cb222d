#include "core/models/identitytablemodel.h"

#include "core/logging.h"
#include "core/models/format.h"
#include "core/models/roles.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"

using namespace Qt::StringLiterals;

namespace console {

namespace {
constexpr qint64 kRefreshOverlapMs = 1000;
const QString kControlPrefix = u"control:"_s;

qint64 msecs(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? ts->toDateTime().toMSecsSinceEpoch() : 0;
}

QString digitsOf(const std::optional<QString> &s)
{
    QString out;
    if (!s)
        return out;
    for (const QChar c : *s) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

IdentityTableModel::IdentityTableModel(IdentityPageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

IdentityTableModel::~IdentityTableModel()
{
    cancelAll();
}

int IdentityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IdentityTableModel::columnKey(int column)
{
    switch (column) {
    case NameColumn:
        return u"name"_s;
    case StatusColumn:
        return u"status"_s;
    case BlockingColumn:
        return u"blocking"_s;
    case ActorColumn:
        return u"actor"_s;
    case AgeColumn:
        return u"age"_s;
    case RefIdColumn:
        return u"ref_id"_s;
    case TypeColumn:
        return u"type"_s;
    case CreatedColumn:
        return u"created_at"_s;
    case UpdatedColumn:
        return u"updated_at"_s;
    case IdColumn:
        return u"id"_s;
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case BlockingColumn:
            return tr("Waiting on");
        case ActorColumn:
            return tr("Who acts");
        case AgeColumn:
            return tr("Age");
        case RefIdColumn:
            return tr("ref_id");
        case TypeColumn:
            return tr("Type");
        case CreatedColumn:
            return tr("Created");
        case UpdatedColumn:
            return tr("Updated");
        case IdColumn:
            return tr("Identity ID");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case BlockingColumn:
            return tr("The requirement or control that holds this identity back");
        case ActorColumn:
            return tr("Who has to do something next: Paxos, us, or the customer");
        case AgeColumn:
            return tr("Time since the identity was created");
        default:
            break;
        }
    } else if (role == RawValueRole) {
        return columnKey(section);
    }
    return {};
}

IdentityTableModel::Row IdentityTableModel::makeRow(const paxos::Identity &identity)
{
    Row row;
    row.id = identity.id;
    row.name = identity.displayName();
    row.refId = identity.refId.value_or(QString());
    row.status = identity.effectiveStatus();
    row.type = identity.type.value_or(QString());
    if (identity.statusDetails) {
        const paxos::StatusDetails &details = *identity.statusDetails;
        if (const paxos::Requirement *req = blockingRequirement(details)) {
            row.blocking = req->type;
            row.blockingText = describeRequirement(*req);
            row.actor = int(whoMustAct(*req));
        } else if (!details.activeControls.isEmpty()) {
            const paxos::IdentityControl &control = details.activeControls.first();
            row.blocking = kControlPrefix + control.type;
            row.blockingText = describeControl(control);
            row.actor = int(whoMustAct(control));
        }
    }
    row.statusOrder = paxos::enums::identityStatus().order(row.status);
    if (row.blocking.startsWith(kControlPrefix))
        row.blockingOrder = 1000
            + paxos::enums::controlType().order(
                QStringView(row.blocking).mid(kControlPrefix.size()));
    else if (!row.blocking.isEmpty())
        row.blockingOrder = paxos::enums::requirementType().order(row.blocking);
    row.createdMs = msecs(identity.createdAt);
    row.updatedMs = msecs(identity.updatedAt);
    row.search = QString(row.name + u'\n' + row.refId + u'\n' + row.id).toLower();
    if (identity.personDetails)
        row.cipDigits = digitsOf(identity.personDetails->cipId);
    else if (identity.institutionDetails)
        row.cipDigits = digitsOf(identity.institutionDetails->cipId);
    return row;
}

QVariant IdentityTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name.isEmpty() ? u"—"_s : row.name;
    case StatusColumn:
        return paxos::enums::identityStatus().label(row.status);
    case BlockingColumn:
        if (row.blocking.startsWith(kControlPrefix))
            return tr("%1 control")
                .arg(paxos::enums::controlType().label(
                    QStringView(row.blocking).mid(kControlPrefix.size())));
        return paxos::enums::requirementType().label(row.blocking);
    case ActorColumn:
        return actorLabel(Actor(row.actor));
    case AgeColumn:
        return row.createdMs ? formatAge(utcFromMs(row.createdMs).secsTo(m_now())) : QString();
    case RefIdColumn:
        return row.refId;
    case TypeColumn:
        return paxos::enums::identityType().label(row.type);
    case CreatedColumn:
        return row.createdMs ? formatDateTime(utcFromMs(row.createdMs)) : QString();
    case UpdatedColumn:
        return row.updatedMs ? formatDateTime(utcFromMs(row.updatedMs)) : QString();
    case IdColumn:
        return row.id;
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::raw(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        // Lower-case name, then ref_id and id: case-insensitive order with a stable tie-break.
        return row.name.isEmpty() ? QVariant() : QVariant(row.search);
    case StatusColumn:
        return paxos::enums::identityStatus().order(row.status);
    case BlockingColumn:
        if (row.blocking.isEmpty())
            return {};
        if (row.blocking.startsWith(kControlPrefix))
            return 1000
                + paxos::enums::controlType().order(
                    QStringView(row.blocking).mid(kControlPrefix.size()));
        return paxos::enums::requirementType().order(row.blocking);
    case ActorColumn:
        return row.actor ? QVariant(row.actor) : QVariant();
    case AgeColumn:
        return row.createdMs ? QVariant(-row.createdMs) : QVariant();
    case RefIdColumn:
        return row.refId.isEmpty() ? QVariant() : QVariant(row.refId);
    case TypeColumn:
        return row.type.isEmpty() ? QVariant() : QVariant(row.type);
    case CreatedColumn:
        return row.createdMs ? QVariant(row.createdMs) : QVariant();
    case UpdatedColumn:
        return row.updatedMs ? QVariant(row.updatedMs) : QVariant();
    case IdColumn:
        return row.id;
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == BlockingColumn)
            return row.blockingText;
        if (column == CreatedColumn && row.createdMs)
            return formatDateTimeLong(utcFromMs(row.createdMs));
        if (column == UpdatedColumn && row.updatedMs)
            return formatDateTimeLong(utcFromMs(row.updatedMs));
        if (column == NameColumn && row.name.isEmpty())
            return tr("The server sent no name for this identity");
        return {};
    case RawValueRole:
        return raw(row, column);
    case IdentityIdRole:
        return row.id;
    case WireValueRole:
        if (column == StatusColumn)
            return row.status;
        if (column == TypeColumn)
            return row.type;
        if (column == BlockingColumn)
            return row.blocking;
        return {};
    case SearchTextRole:
        return row.search;
    case CipDigitsRole:
        return row.cipDigits;
    default:
        break;
    }
    return {};
}

bool IdentityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_cursor.isEmpty() && m_pageTicket == 0
        && m_state != LoadState::Error;
}

void IdentityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage();
}

void IdentityTableModel::setQuery(const IdentityQuery &query)
{
    m_query = query;
    reload();
}

void IdentityTableModel::clear()
{
    cancelAll();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_cursor.clear();
    m_started = false;
    m_highWaterMs = 0;
    endResetModel();
    m_lastError.reset();
    setState(LoadState::Idle);
}

void IdentityTableModel::reload()
{
    clear();
    m_started = true;
    requestPage();
}

void IdentityTableModel::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), {Qt::DisplayRole});
}

void IdentityTableModel::cancelAll()
{
    if (m_source) {
        if (m_pageTicket)
            m_source->cancel(m_pageTicket);
        if (m_refreshTicket)
            m_source->cancel(m_refreshTicket);
    }
    m_pageTicket = 0;
    m_refreshTicket = 0;
}

void IdentityTableModel::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit loadStateChanged(state);
}

void IdentityTableModel::requestPage()
{
    if (!m_source || m_pageTicket)
        return;
    IdentityPageRequest request;
    request.query = m_query;
    request.cursor = m_cursor;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    setState(LoadState::Loading);
    m_pageTicket = m_source->fetch(request, [this, generation](const IdentityPageResult &result) {
        onPage(result, generation);
    });
}

void IdentityTableModel::onPage(const IdentityPageResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_pageTicket = 0;
    if (result.error) {
        m_lastError = result.error;
        qCInfo(lcModels) << "identity page failed:" << result.error->message();
        setState(LoadState::Error);
        emit errorOccurred(*result.error);
        return;
    }
    m_lastError.reset();
    const int before = rowCount();
    // The cursor and state first: a view that sees the new rows may ask for the next page
    // right away (fetchMore() from rowsInserted), and must ask for the right one.
    m_cursor = result.page.nextPageCursor;
    setState(LoadState::Idle);
    appendRows(result.page.items);
    emit pageLoaded(rowCount() - before, hasMorePages());
}

void IdentityTableModel::appendRows(const QList<paxos::Identity> &items)
{
    QList<Row> fresh;
    fresh.reserve(items.size());
    QSet<QString> seen;
    for (const paxos::Identity &identity : items) {
        noteUpdated(identity);
        if (identity.id.isEmpty() || seen.contains(identity.id))
            continue;
        if (m_rowOfId.contains(identity.id)) {
            // Already here through a refresh or an event: merge instead of duplicating.
            merge(identity);
            continue;
        }
        seen.insert(identity.id);
        fresh.append(makeRow(identity));
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    // Pages usually arrive in the order the table is sorted by (newest first); only when
    // they do not is a re-sort needed.
    bool inOrder = true;
    if (m_sortColumn >= 0) {
        if (first > 0 && rowLess(fresh.first(), m_rows.last()))
            inOrder = false;
        for (qsizetype i = 1; inOrder && i < fresh.size(); ++i)
            inOrder = !rowLess(fresh.at(i), fresh.at(i - 1));
    }
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Row &row : fresh) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    if (!inOrder)
        applySort();
}

void IdentityTableModel::noteUpdated(const paxos::Identity &identity)
{
    m_highWaterMs = qMax(m_highWaterMs, qMax(msecs(identity.updatedAt), msecs(identity.createdAt)));
}

int IdentityTableModel::merge(const paxos::Identity &identity)
{
    if (identity.id.isEmpty())
        return 0;
    noteUpdated(identity);
    const bool matches = m_query.matches(identity);
    const int existing = m_rowOfId.value(identity.id, -1);
    if (existing >= 0) {
        if (!matches) {
            removeRowAt(existing);
            return 3;
        }
        Row row = makeRow(identity);
        Row &current = m_rows[existing];
        if (row.name == current.name && row.refId == current.refId && row.status == current.status
            && row.type == current.type && row.blocking == current.blocking
            && row.actor == current.actor && row.createdMs == current.createdMs
            && row.updatedMs == current.updatedMs && row.cipDigits == current.cipDigits)
            return 0;
        const bool keyChanged = m_sortColumn >= 0 && compareRows(row, current) != 0;
        current = std::move(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        if (keyChanged)
            applySort();
        return 1;
    }
    if (!matches)
        return 0;
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_rowOfId.insert(identity.id, at);
    m_rows.append(makeRow(identity));
    endInsertRows();
    if (m_sortColumn >= 0)
        applySort();
    return 2;
}

void IdentityTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
}

void IdentityTableModel::upsert(const paxos::Identity &identity)
{
    merge(identity);
}

void IdentityTableModel::refresh()
{
    if (!m_source)
        return;
    if (!m_started || m_rows.isEmpty() || m_highWaterMs == 0) {
        reload();
        return;
    }
    if (m_state == LoadState::Error && !m_cursor.isEmpty() && !m_pageTicket) {
        // A later page failed: try it again; the delta below catches up on the rest.
        m_lastError.reset();
        requestPage();
    }
    if (m_refreshTicket)
        return;
    requestRefreshPage({});
}

void IdentityTableModel::requestRefreshPage(const QString &cursor)
{
    if (cursor.isEmpty()) {
        // Every identity updated since the newest update seen, whatever its status: an
        // identity that left the filtered status must leave the table too. Fixed for the
        // whole walk, since merging moves the high-water mark.
        IdentityQuery q;
        q.createdFrom = m_query.createdFrom;
        q.createdBefore = m_query.createdBefore;
        q.updatedBefore = m_query.updatedBefore;
        QDateTime since = utcFromMs(m_highWaterMs - kRefreshOverlapMs);
        if (m_query.updatedFrom.isValid() && m_query.updatedFrom > since)
            since = m_query.updatedFrom;
        q.updatedFrom = since;
        m_refreshQuery = q;
        m_refreshCounts = {};
    }
    IdentityPageRequest request;
    request.query = m_refreshQuery;
    request.cursor = cursor;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_refreshTicket = m_source->fetch(
        request, [this, generation](const IdentityPageResult &r) { onRefreshPage(r, generation); });
}

void IdentityTableModel::onRefreshPage(const IdentityPageResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_refreshTicket = 0;
    if (result.error) {
        m_lastError = result.error;
        emit errorOccurred(*result.error);
        return;
    }
    for (const paxos::Identity &identity : result.page.items) {
        const int outcome = merge(identity);
        if (outcome >= 1 && outcome <= 3)
            ++m_refreshCounts[outcome - 1];
    }
    if (result.page.hasMore()) {
        requestRefreshPage(result.page.nextPageCursor);
        return;
    }
    if (m_state != LoadState::Error)
        m_lastError.reset();
    emit refreshed(m_refreshCounts[0], m_refreshCounts[1], m_refreshCounts[2]);
}

void IdentityTableModel::rebuildIndex(int from)
{
    for (int r = from; r < m_rows.size(); ++r)
        m_rowOfId[m_rows.at(r).id] = r;
}

int IdentityTableModel::compareRows(const Row &a, const Row &b) const
{
    auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    // Empty keys sort after every value whatever the order: the caller flips only the rest.
    auto emptyLast = [](bool ea, bool eb) { return ea == eb ? 0 : (ea ? 2 : -2); };
    switch (m_sortColumn) {
    case NameColumn:
        if (int e = emptyLast(a.name.isEmpty(), b.name.isEmpty()))
            return e;
        return QString::compare(a.search, b.search);
    case StatusColumn:
        return three(a.statusOrder, b.statusOrder);
    case BlockingColumn:
        if (int e = emptyLast(a.blockingOrder < 0, b.blockingOrder < 0))
            return e;
        return three(a.blockingOrder, b.blockingOrder);
    case ActorColumn:
        if (int e = emptyLast(a.actor == 0, b.actor == 0))
            return e;
        return three(a.actor, b.actor);
    case AgeColumn:
        if (int e = emptyLast(a.createdMs == 0, b.createdMs == 0))
            return e;
        return three(b.createdMs, a.createdMs); // younger = smaller age
    case RefIdColumn:
        if (int e = emptyLast(a.refId.isEmpty(), b.refId.isEmpty()))
            return e;
        return QString::compare(a.refId, b.refId, Qt::CaseInsensitive);
    case TypeColumn:
        return QString::compare(a.type, b.type);
    case CreatedColumn:
        if (int e = emptyLast(a.createdMs == 0, b.createdMs == 0))
            return e;
        return three(a.createdMs, b.createdMs);
    case UpdatedColumn:
        if (int e = emptyLast(a.updatedMs == 0, b.updatedMs == 0))
            return e;
        return three(a.updatedMs, b.updatedMs);
    case IdColumn:
        return QString::compare(a.id, b.id);
    default:
        break;
    }
    return 0;
}

bool IdentityTableModel::rowLess(const Row &a, const Row &b) const
{
    const int c = compareRows(a, b);
    if (c == 2 || c == -2)
        return c < 0; // empties last, not flipped
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a.id < b.id;
}

void IdentityTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    if (m_sortColumn >= 0)
        applySort();
}

void IdentityTableModel::applySort()
{
    if (m_rows.size() < 2)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QString> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentIds.append(m_rows.at(i.row()).id);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const Row &a, const Row &b) { return rowLess(a, b); });
    rebuildIndex();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved.append(index(m_rowOfId.value(persistentIds.at(i)), persistent.at(i).column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex IdentityTableModel::indexOfId(const QString &id, int column) const
{
    const int row = m_rowOfId.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString IdentityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace console

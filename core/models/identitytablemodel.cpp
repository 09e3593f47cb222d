#include "core/models/identitytablemodel.h"

#include "core/logging.h"
#include "core/models/format.h"
#include "core/models/roles.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

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
    , m_sortPool(new QThreadPool(this))
{
    // One sort at a time is all a table needs; a superseded one is skipped if not started.
    m_sortPool->setMaxThreadCount(1);
    m_sortPool->setObjectName(u"identitySort"_s);
}

namespace {
std::atomic<quint64> nextSerial = 1;
} // namespace

struct IdentityTableModel::SortJob
{
    ~SortJob()
    {
        superseded->store(true, std::memory_order_relaxed);
        // A job ends inside the watcher's own finished() signal: the watcher goes later.
        watcher->disconnect();
        watcher->deleteLater();
    }
    std::shared_ptr<std::atomic_bool> superseded = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QList<int>> *watcher = new QFutureWatcher<QList<int>>;
    qsizetype snapshotSlots = 0; // slots from here on arrived after the snapshot
    QSet<int> dirty; // slots whose sort key changed after the snapshot began
    std::vector<IdentityTableModel::SortKey> keys; // the snapshot, built a slice at a time
    qsizetype nextSlot = 0;
    quint64 serial = nextSerial++; // a deleted job's address may be reused; its serial is not
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

namespace {
// Reading a row's strings touches memory all over the heap (~0.5 µs a row): the snapshot is
// taken this many rows per event-loop turn, a few milliseconds each.
constexpr qsizetype kSnapshotSlice = 8000;
} // namespace

IdentityTableModel::~IdentityTableModel()
{
    cancelAll();
    delete m_sortJob;
}

int IdentityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
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
    const Row &row = rowAt(index.row());
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
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    cancelAll();
    cancelSort();
    m_placeFrom = -1;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_rowOfSlot.clear();
    m_slotOfId.clear();
    m_cursor.clear();
    m_started = false;
    m_highWaterMs = 0;
    endResetModel();
    m_lastError.reset();
    setState(LoadState::Idle);
    if (wasLoadingAll)
        emit loadAllFinished(false);
}

void IdentityTableModel::reload()
{
    clear();
    m_started = true;
    requestPage();
}

void IdentityTableModel::loadAll()
{
    if (m_loadingAll)
        return;
    if (m_started && m_cursor.isEmpty() && !m_pageTicket) {
        emit loadAllFinished(true); // nothing left to fetch
        return;
    }
    if (!m_started) {
        clear();
        m_started = true;
    }
    m_loadingAll = true;
    if (m_state == LoadState::Error)
        m_lastError.reset();
    emit loadAllProgress(rowCount(), true);
    // A small page in flight finishes first; onPage() carries on with large ones.
    requestPage();
}

void IdentityTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    if (m_pageTicket && m_source) {
        m_source->cancel(m_pageTicket);
        m_pageTicket = 0;
        setState(LoadState::Idle);
    }
    finishLoadAll(false);
}

void IdentityTableModel::finishLoadAll(bool complete)
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    emit loadAllFinished(complete);
}

void IdentityTableModel::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_order.isEmpty())
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
    request.limit =
        m_loadingAll && !m_largePagesRefused ? qMax(m_largePageSize, m_pageSize) : m_pageSize;
    const quint64 generation = m_generation;
    const int limit = request.limit;
    setState(LoadState::Loading);
    m_pageTicket =
        m_source->fetch(request, [this, generation, limit](const IdentityPageResult &result) {
            onPage(result, generation, limit);
        });
}

void IdentityTableModel::onPage(const IdentityPageResult &result, quint64 generation, int limit)
{
    if (generation != m_generation)
        return;
    m_pageTicket = 0;
    if (result.error) {
        // Paxos documents no maximum for List Identities' limit; a server that has one says
        // 400. Ask again with the ordinary page size, and keep to it from now on.
        if (result.error->httpStatus() == 400 && limit > m_pageSize) {
            qCInfo(lcModels) << "the server refused pages of" << limit << "identities; loading"
                             << m_pageSize << "at a time";
            m_largePagesRefused = true;
            requestPage();
            return;
        }
        m_lastError = result.error;
        qCInfo(lcModels) << "identity page failed:" << result.error->message();
        setState(LoadState::Error);
        emit errorOccurred(*result.error);
        finishLoadAll(false);
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
    if (m_loadingAll) {
        emit loadAllProgress(rowCount(), hasMorePages());
        if (hasMorePages())
            requestPage();
        else
            finishLoadAll(true);
    }
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
        if (m_slotOfId.contains(identity.id)) {
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
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Row &row : fresh) {
        const int slot = int(m_rows.size());
        m_slotOfId.insert(row.id, slot);
        m_rows.append(std::move(row));
        m_rowOfSlot.append(int(m_order.size()));
        m_order.append(slot);
    }
    endInsertRows();
    // Pages usually arrive in the order the table is sorted by (newest first) and stay where
    // they are; otherwise they move to their places on the next event-loop turn. A sort being
    // computed places them when it finishes.
    if (m_sortColumn >= 0 && !m_sortJob)
        schedulePlacement(first);
}

void IdentityTableModel::schedulePlacement(int from)
{
    if (m_placeFrom >= 0) {
        m_placeFrom = qMin(m_placeFrom, from);
        return;
    }
    m_placeFrom = from;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                flushPlacement();
        },
        Qt::QueuedConnection);
}

void IdentityTableModel::flushPlacement()
{
    if (m_placeFrom < 0)
        return;
    const int from = m_placeFrom;
    m_placeFrom = -1;
    if (m_sortColumn >= 0 && !m_sortJob && from < m_order.size())
        placeTail(from);
}

void IdentityTableModel::noteUpdated(const paxos::Identity &identity)
{
    m_highWaterMs = qMax(m_highWaterMs, qMax(msecs(identity.updatedAt), msecs(identity.createdAt)));
}

int IdentityTableModel::merge(const paxos::Identity &identity)
{
    if (identity.id.isEmpty())
        return 0;
    flushPlacement(); // binary searches below need every row in its place
    noteUpdated(identity);
    const bool matches = m_query.matches(identity);
    const int slot = m_slotOfId.value(identity.id, -1);
    if (slot >= 0) {
        const int existing = m_rowOfSlot.at(slot);
        if (!matches) {
            removeRowAt(existing);
            return 3;
        }
        Row row = makeRow(identity);
        Row &current = m_rows[slot];
        if (row.name == current.name && row.refId == current.refId && row.status == current.status
            && row.type == current.type && row.blocking == current.blocking
            && row.actor == current.actor && row.createdMs == current.createdMs
            && row.updatedMs == current.updatedMs && row.cipDigits == current.cipDigits)
            return 0;
        const bool keyChanged = m_sortColumn >= 0
            && (rowLess(row, slot, current, slot) || rowLess(current, slot, row, slot));
        current = std::move(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        if (keyChanged) {
            if (m_sortJob)
                m_sortJob->dirty.insert(slot); // the running sort read the old key
            else
                moveToSortedPosition(existing);
        }
        return 1;
    }
    if (!matches)
        return 0;
    Row row = makeRow(identity);
    const int newSlot = int(m_rows.size());
    int at = rowCount();
    if (m_sortColumn >= 0 && !m_sortJob) {
        // Compare as the slot it will have.
        m_rows.append(std::move(row));
        at = insertionPoint(newSlot);
        row = m_rows.takeLast();
    }
    insertRow(std::move(row), at);
    return 2;
}

void IdentityTableModel::insertRow(Row row, int at)
{
    const int slot = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_slotOfId.insert(row.id, slot);
    m_rows.append(std::move(row));
    m_rowOfSlot.append(at);
    m_order.insert(at, slot);
    rebuildPositions(at + 1);
    endInsertRows();
}

void IdentityTableModel::removeRowAt(int row)
{
    const int slot = m_order.at(row);
    beginRemoveRows({}, row, row);
    m_slotOfId.remove(m_rows.at(slot).id);
    m_rows[slot] = Row(); // a dead slot: slots never renumber, so a running sort stays valid
    m_rowOfSlot[slot] = -1;
    m_order.removeAt(row);
    rebuildPositions(row);
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
    if (!m_started || m_order.isEmpty() || m_highWaterMs == 0) {
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

void IdentityTableModel::rebuildPositions(int from)
{
    for (int r = from; r < m_order.size(); ++r)
        m_rowOfSlot[m_order.at(r)] = r;
}

template<typename Key> Key IdentityTableModel::sortKey(const Row &row, int slot, int column)
{
    Key key;
    key.id = row.id;
    key.slot = slot;
    switch (column) {
    case NameColumn:
        // Lower-case name, then ref_id and id: case-insensitive with a meaningful tie-break.
        key.empty = row.name.isEmpty();
        key.text = row.search;
        break;
    case StatusColumn:
        key.number = row.statusOrder;
        break;
    case BlockingColumn:
        key.empty = row.blockingOrder < 0;
        key.number = row.blockingOrder;
        break;
    case ActorColumn:
        key.empty = row.actor == 0;
        key.number = row.actor;
        break;
    case AgeColumn:
        key.empty = row.createdMs == 0;
        key.number = -row.createdMs; // younger = smaller age
        break;
    case RefIdColumn:
        key.empty = row.refId.isEmpty();
        key.text = row.refId;
        break;
    case TypeColumn:
        key.text = row.type;
        break;
    case CreatedColumn:
        key.empty = row.createdMs == 0;
        key.number = row.createdMs;
        break;
    case UpdatedColumn:
        key.empty = row.updatedMs == 0;
        key.number = row.updatedMs;
        break;
    default: // IdColumn: the tie-break alone
        break;
    }
    return key;
}

template<typename Key>
bool IdentityTableModel::keyLess(const Key &a, const Key &b, int column, Qt::SortOrder order)
{
    // Empty keys sort after every value whatever the order: only the rest flips.
    if (a.empty != b.empty)
        return b.empty;
    int c = 0;
    if (!a.empty) {
        switch (column) {
        case NameColumn:
        case TypeColumn:
            c = QStringView(a.text).compare(QStringView(b.text));
            break;
        case RefIdColumn:
            c = QStringView(a.text).compare(QStringView(b.text), Qt::CaseInsensitive);
            break;
        case IdColumn:
            c = QStringView(a.id).compare(QStringView(b.id));
            break;
        default:
            c = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
            break;
        }
    }
    if (c != 0)
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    return QStringView(a.id) < QStringView(b.id);
}

bool IdentityTableModel::rowLess(const Row &a, int slotA, const Row &b, int slotB) const
{
    return keyLess(sortKey<SortKeyView>(a, slotA, m_sortColumn),
                   sortKey<SortKeyView>(b, slotB, m_sortColumn), m_sortColumn, m_sortOrder);
}

bool IdentityTableModel::slotLess(int a, int b) const
{
    return rowLess(m_rows.at(a), a, m_rows.at(b), b);
}

int IdentityTableModel::insertionPoint(int slot, int skipRow) const
{
    // Binary search over m_order as if skipRow were not there.
    const int n = int(m_order.size()) - (skipRow >= 0 ? 1 : 0);
    int lo = 0;
    int hi = n;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const int row = skipRow >= 0 && mid >= skipRow ? mid + 1 : mid;
        if (slotLess(m_order.at(row), slot))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void IdentityTableModel::moveToSortedPosition(int row)
{
    const int slot = m_order.at(row);
    const int to = insertionPoint(slot, row); // final index
    if (to == row)
        return;
    // beginMoveRows counts the destination before the move.
    const int destination = to > row ? to + 1 : to;
    if (!beginMoveRows({}, row, row, {}, destination))
        return;
    m_order.move(row, to);
    for (int r = qMin(row, to); r <= qMax(row, to); ++r)
        m_rowOfSlot[m_order.at(r)] = r;
    endMoveRows();
}

void IdentityTableModel::sort(int column, Qt::SortOrder order)
{
    m_placeFrom = -1; // a new order places every row
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    if (m_sortColumn < 0) {
        cancelSort();
        return;
    }
    if (m_order.size() < 2) {
        cancelSort();
        return;
    }
    if (m_order.size() < m_backgroundSortThreshold) {
        cancelSort();
        QList<int> sorted = m_order;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [this](int a, int b) { return slotLess(a, b); });
        applyOrder(std::move(sorted));
        return;
    }
    startSort();
}

void IdentityTableModel::cancelSort()
{
    if (!m_sortJob)
        return;
    // The worker finishes on its own data; nobody listens any more.
    delete m_sortJob;
    m_sortJob = nullptr;
    emit sortingChanged(false);
}

void IdentityTableModel::startSort()
{
    const bool wasSorting = m_sortJob != nullptr;
    delete m_sortJob; // a newer order supersedes the one being computed
    auto *job = new SortJob;
    m_sortJob = job;
    job->snapshotSlots = m_rows.size();
    job->column = m_sortColumn;
    job->order = m_sortOrder;
    job->keys.reserve(size_t(m_order.size()));
    // Slots, not view rows, are walked: they never move while the snapshot is taken. Ties
    // are broken by id, so the order the keys are taken in does not matter.
    continueSnapshot(job);
    if (!wasSorting)
        emit sortingChanged(true);
}

void IdentityTableModel::continueSnapshot(SortJob *job)
{
    const qsizetype end = qMin(job->snapshotSlots, job->nextSlot + kSnapshotSlice);
    for (qsizetype slot = job->nextSlot; slot < end; ++slot) {
        if (m_rowOfSlot.at(slot) >= 0) // dead slots have no row
            job->keys.push_back(sortKey<SortKey>(m_rows.at(slot), int(slot), job->column));
    }
    job->nextSlot = end;
    if (end < job->snapshotSlots) {
        QMetaObject::invokeMethod(
            this,
            [this, serial = job->serial] {
                if (m_sortJob && m_sortJob->serial == serial)
                    continueSnapshot(m_sortJob);
            },
            Qt::QueuedConnection);
        return;
    }
    QObject::connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] {
        if (job == m_sortJob)
            finishSort(job, job->watcher->result());
    });
    // The worker owns the keys (QStrings shared, not copied) and frees them.
    job->watcher->setFuture(
        QtConcurrent::run(m_sortPool,
                          [keys = std::move(job->keys), column = job->column, order = job->order,
                           superseded = job->superseded]() mutable {
                              if (superseded->load(std::memory_order_relaxed))
                                  return QList<int>(); // nobody waits for this order any more
                              std::stable_sort(keys.begin(), keys.end(),
                                               [column, order](const auto &a, const auto &b) {
                                                   return keyLess(a, b, column, order);
                                               });
                              QList<int> sorted;
                              sorted.reserve(qsizetype(keys.size()));
                              for (const SortKey &key : keys)
                                  sorted.append(key.slot);
                              return sorted;
                          }));
}

void IdentityTableModel::finishSort(SortJob *job, QList<int> order)
{
    // Merge what changed while the worker sorted: dead slots leave, rows whose key changed
    // and rows that arrived since the snapshot are placed by the current keys.
    QList<int> base;
    base.reserve(order.size());
    QList<int> extras;
    for (const int slot : std::as_const(order)) {
        if (m_rowOfSlot.at(slot) < 0)
            continue;
        if (job->dirty.contains(slot))
            extras.append(slot);
        else
            base.append(slot);
    }
    for (qsizetype slot = job->snapshotSlots; slot < m_rows.size(); ++slot) {
        if (m_rowOfSlot.at(slot) >= 0)
            extras.append(int(slot));
    }
    m_sortJob = nullptr;
    delete job;
    if (extras.size() > base.size() / 4 + 64) {
        // Most of the table changed meanwhile: sort again rather than merge row by row.
        startSort();
        return;
    }
    applyOrder(mergeSorted(std::move(base), std::move(extras)));
    emit sortingChanged(false);
}

QList<int> IdentityTableModel::mergeSorted(QList<int> base, QList<int> extras) const
{
    if (extras.isEmpty())
        return base;
    auto less = [this](int a, int b) { return slotLess(a, b); };
    std::stable_sort(extras.begin(), extras.end(), less);
    QList<int> merged;
    merged.reserve(base.size() + extras.size());
    auto from = base.cbegin();
    for (const int slot : std::as_const(extras)) {
        // Binary search, then copy the run before it: k log n comparisons, not n.
        const auto at = std::upper_bound(from, base.cend(), slot, less);
        merged.append(from, at);
        merged.append(slot);
        from = at;
    }
    merged.append(from, base.cend());
    return merged;
}

void IdentityTableModel::placeTail(int from)
{
    bool inOrder = true;
    for (qsizetype r = qMax(from, 1); inOrder && r < m_order.size(); ++r)
        inOrder = !slotLess(m_order.at(r), m_order.at(r - 1));
    if (inOrder)
        return;
    applyOrder(mergeSorted(m_order.first(from), m_order.mid(from)));
}

void IdentityTableModel::applyOrder(QList<int> order)
{
    Q_ASSERT(order.size() == m_order.size());
    if (order == m_order)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSlots;
    persistentSlots.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentSlots.append(m_order.at(i.row()));
    m_order = std::move(order);
    rebuildPositions();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved.append(index(m_rowOfSlot.at(persistentSlots.at(i)), persistent.at(i).column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex IdentityTableModel::indexOfId(const QString &id, int column) const
{
    const int slot = m_slotOfId.value(id, -1);
    return slot < 0 ? QModelIndex() : index(m_rowOfSlot.at(slot), column);
}

QString IdentityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_order.size() ? rowAt(row).id : QString();
}

} // namespace console

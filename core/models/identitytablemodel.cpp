#include "core/models/identitytablemodel.h"

#include "core/models/format.h"
#include "core/models/roles.h"
#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console {

namespace {
QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

IdentityTableModel::IdentityTableModel(IdentityPageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new IdentityPager(source, this, this))
    , m_sorter(new IdentitySortEngine(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_pager, &IdentityPager::loadStateChanged, this, &IdentityTableModel::loadStateChanged);
    connect(m_pager, &IdentityPager::pageLoaded, this, &IdentityTableModel::pageLoaded);
    connect(m_pager, &IdentityPager::refreshed, this, &IdentityTableModel::refreshed);
    connect(m_pager, &IdentityPager::errorOccurred, this, &IdentityTableModel::errorOccurred);
    connect(m_pager, &IdentityPager::loadAllProgress, this, &IdentityTableModel::loadAllProgress);
    connect(m_pager, &IdentityPager::loadAllFinished, this, &IdentityTableModel::loadAllFinished);
    connect(m_sorter, &IdentitySortEngine::finished, this, &IdentityTableModel::finishSort);
}

IdentityTableModel::~IdentityTableModel()
{
    // The pager first: it stops its requests, and nothing may reach the rows after this.
    delete m_pager;
    m_pager = nullptr;
    m_sorter->cancel();
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

QVariant IdentityTableModel::display(const IdentityRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name.isEmpty() ? u"—"_s : row.name;
    case StatusColumn:
        return paxos::enums::identityStatus().label(row.status);
    case BlockingColumn:
        if (row.blockingIsMember)
            return row.blockingText; // "Member <name> (<roles>): <status>"
        if (row.blockedByControl())
            return tr("%1 control").arg(paxos::enums::controlType().label(row.blockingControl()));
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

QList<IdentityRow> IdentityTableModel::rowsSnapshot() const
{
    QList<IdentityRow> rows;
    rows.reserve(m_order.size());
    for (const int slot : m_order)
        rows.append(m_rows.at(slot));
    return rows;
}

QVariant IdentityTableModel::raw(const IdentityRow &row, int column)
{
    switch (column) {
    case NameColumn:
        // Lower-case name, then ref_id and id: case-insensitive order with a stable tie-break.
        return row.name.isEmpty() ? QVariant() : QVariant(row.search);
    case StatusColumn:
        return row.statusOrder;
    case BlockingColumn:
        return row.blocking.isEmpty() ? QVariant() : QVariant(row.blockingOrder);
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
    const IdentityRow &row = rowAt(index.row());
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
    return !parent.isValid() && m_pager->canFetchMore();
}

void IdentityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_pager->fetchMore();
}

void IdentityTableModel::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_order.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), {Qt::DisplayRole});
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

// --- row storage (IdentityRowStore) ---------------------------------------------------------

void IdentityTableModel::clearIdentities()
{
    cancelSort();
    m_placeFrom = -1;
    ++m_resets;
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_rowOfSlot.clear();
    m_slotOfId.clear();
    endResetModel();
}

IdentityRow IdentityTableModel::project(const paxos::Identity &identity) const
{
    if (m_knownMembers && identity.isInstitution() && identity.institutionMembers.isEmpty()
        && identity.updatedAt) {
        const qint64 updatedMs = identity.updatedAt->toDateTime().toMSecsSinceEpoch();
        if (const QList<paxos::InstitutionMember> *members = m_knownMembers(identity.id, updatedMs))
            return IdentityRow::from(identity, members);
    }
    return IdentityRow::from(identity);
}

void IdentityTableModel::appendIdentities(std::span<const paxos::Identity> identities)
{
    if (identities.empty())
        return;
    QList<IdentityRow> fresh;
    fresh.reserve(qsizetype(identities.size()));
    for (const paxos::Identity &identity : identities)
        fresh.append(project(identity));
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (IdentityRow &row : fresh) {
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
    if (m_sortColumn >= 0 && !m_sorter->isRunning())
        schedulePlacement(first);
}

void IdentityTableModel::insertIdentity(const paxos::Identity &identity)
{
    flushPlacement(); // the binary search below needs every row in its place
    const int newSlot = int(m_rows.size());
    int at = rowCount();
    m_rows.append(project(identity));
    if (m_sortColumn >= 0 && !m_sorter->isRunning())
        at = insertionPoint(newSlot); // compared as the slot it will have
    insertRow(m_rows.takeLast(), at);
}

bool IdentityTableModel::updateIdentity(const paxos::Identity &identity)
{
    flushPlacement(); // moveToSortedPosition() needs every row in its place
    const int slot = m_slotOfId.value(identity.id, -1);
    if (slot < 0)
        return false;
    IdentityRow row = project(identity);
    IdentityRow &current = m_rows[slot];
    if (row.sameContent(current))
        return false;
    const bool keyChanged = m_sortColumn >= 0
        && (rowLess(row, slot, current, slot) || rowLess(current, slot, row, slot));
    current = std::move(row);
    const int existing = m_rowOfSlot.at(slot);
    emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    if (keyChanged) {
        if (m_sorter->isRunning())
            m_sortDirty.insert(slot); // the running sort read the old key
        else
            moveToSortedPosition(existing);
    }
    return true;
}

void IdentityTableModel::removeIdentity(const QString &id)
{
    flushPlacement();
    const int slot = m_slotOfId.value(id, -1);
    if (slot < 0)
        return;
    const int row = m_rowOfSlot.at(slot);
    beginRemoveRows({}, row, row);
    m_slotOfId.remove(id);
    // A dead slot: slots never renumber, so a running sort stays valid.
    m_rows[slot] = IdentityRow();
    m_rowOfSlot[slot] = -1;
    m_order.removeAt(row);
    rebuildPositions(row);
    endRemoveRows();
}

void IdentityTableModel::insertRow(IdentityRow row, int at)
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

void IdentityTableModel::rebuildPositions(int from)
{
    for (int r = from; r < m_order.size(); ++r)
        m_rowOfSlot[m_order.at(r)] = r;
}

// --- sort order -----------------------------------------------------------------------------

SortComparison IdentityTableModel::sortComparison(int column)
{
    switch (column) {
    case NameColumn: // lower-case name, then ref_id and id
    case TypeColumn:
        return SortComparison::Text;
    case RefIdColumn:
        return SortComparison::TextCaseInsensitive;
    case IdColumn:
        return SortComparison::IdOnly;
    default:
        return SortComparison::Number;
    }
}

template<typename Key> Key IdentityTableModel::sortKey(const IdentityRow &row, int slot, int column)
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

template SortKey IdentityTableModel::sortKey<SortKey>(const IdentityRow &, int, int);
template SortKeyView IdentityTableModel::sortKey<SortKeyView>(const IdentityRow &, int, int);

bool IdentityTableModel::rowLess(const IdentityRow &a, int slotA, const IdentityRow &b,
                                 int slotB) const
{
    return sortKeyLess(sortKey<SortKeyView>(a, slotA, m_sortColumn),
                       sortKey<SortKeyView>(b, slotB, m_sortColumn), sortSpec());
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
    if (m_sortColumn < 0 || m_order.size() < 2) {
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
    if (!m_sorter->isRunning())
        return;
    m_sorter->cancel();
    m_sortDirty.clear();
    emit sortingChanged(false);
}

void IdentityTableModel::startSort()
{
    const bool wasSorting = m_sorter->isRunning();
    m_sortSnapshotSlots = m_rows.size();
    m_sortDirty.clear();
    // Slots, not view rows, are read: they never move while the snapshot is taken. Ties are
    // broken by id, so the order the keys are taken in does not matter. A newer order
    // supersedes the one being computed.
    m_sorter->start(int(m_sortSnapshotSlots), sortSpec(),
                    [this, column = m_sortColumn](int slot, SortKey &key) {
                        if (m_rowOfSlot.at(slot) < 0)
                            return false; // dead slots have no row
                        key = sortKey<SortKey>(m_rows.at(slot), slot, column);
                        return true;
                    });
    if (!wasSorting)
        emit sortingChanged(true);
}

void IdentityTableModel::finishSort(QList<int> order)
{
    // Merge what changed while the engine sorted: dead slots leave, rows whose key changed
    // and rows that arrived since the snapshot are placed by the current keys.
    QList<int> base;
    base.reserve(order.size());
    QList<int> extras;
    for (const int slot : std::as_const(order)) {
        if (m_rowOfSlot.at(slot) < 0)
            continue;
        if (m_sortDirty.contains(slot))
            extras.append(slot);
        else
            base.append(slot);
    }
    for (qsizetype slot = m_sortSnapshotSlots; slot < m_rows.size(); ++slot) {
        if (m_rowOfSlot.at(slot) >= 0)
            extras.append(int(slot));
    }
    m_sortDirty.clear();
    if (extras.size() > base.size() / 4 + 64) {
        // Most of the table changed meanwhile: sort again rather than merge row by row.
        startSort();
        return;
    }
    applyOrder(mergeSorted(std::move(base), std::move(extras),
                           [this](int a, int b) { return slotLess(a, b); }));
    emit sortingChanged(false);
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
        [this, resets = m_resets] {
            if (resets == m_resets)
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
    if (m_sortColumn >= 0 && !m_sorter->isRunning() && from < m_order.size())
        placeTail(from);
}

void IdentityTableModel::placeTail(int from)
{
    bool inOrder = true;
    for (qsizetype r = qMax(from, 1); inOrder && r < m_order.size(); ++r)
        inOrder = !slotLess(m_order.at(r), m_order.at(r - 1));
    if (inOrder)
        return;
    applyOrder(mergeSorted(m_order.first(from), m_order.mid(from),
                           [this](int a, int b) { return slotLess(a, b); }));
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

} // namespace console

#include "core/models/identityfilterproxy.h"

#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "core/models/roles.h"

#include <QDateTime>

namespace console {

IdentityFilterProxy::IdentityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searcher(new IdentitySearchEngine(this))
{
    connect(m_searcher, &IdentitySearchEngine::finished, this,
            [this](const SearchTerms &terms, const std::vector<char> &verdicts) {
                applyVerdicts(terms, verdicts);
                emit searchingChanged(false);
            });
    setSortRole(RawValueRole);
    // The identity model's raw values are normalised already; other models may want
    // Qt::CaseInsensitive.
    setSortCaseSensitivity(Qt::CaseSensitive);
    // Rows updated in place by id must move to their sorted position and re-run the filter.
    setDynamicSortFilter(true);
}

void IdentityFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (QAbstractItemModel *old = this->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    forgetAccepted();
    m_identities = qobject_cast<IdentityTableModel *>(sourceModel);
    // Before the change, so the base class's own re-filtering after it never reads answers
    // kept for rows that have moved. The index's connections come before the base class's
    // too: it files a row before the base class asks whether the row is shown.
    if (sourceModel) {
        for (auto signal : {&QAbstractItemModel::rowsAboutToBeInserted,
                            &QAbstractItemModel::rowsAboutToBeRemoved}) {
            connect(sourceModel, signal, this, [this] { forgetAccepted(); });
        }
        connect(sourceModel, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this] { forgetAccepted(); });
        connect(sourceModel, &QAbstractItemModel::layoutAboutToBeChanged, this,
                [this] { forgetAccepted(); });
        connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { forgetAccepted(); });
    }
    if (m_identities) {
        connect(m_identities, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        indexRows(first, last);
                });
        connect(m_identities, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        unindexRows(first, last);
                });
        connect(m_identities, &QAbstractItemModel::dataChanged, this,
                &IdentityFilterProxy::indexChangedRows);
        connect(m_identities, &QAbstractItemModel::modelReset, this,
                &IdentityFilterProxy::rebuildIndex);
    }
    rebuildIndex();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void IdentityFilterProxy::setQuickSearch(const QString &text)
{
    const QString simplified = text.simplified().toLower();
    if (simplified == m_text)
        return;
    m_text = simplified;
    const SearchTerms terms = SearchTerms::parse(simplified);
    if (m_identities) {
        searchIdentities(terms);
        return;
    }
    m_narrowing = m_acceptedValid && !m_terms.isEmpty() && terms.narrows(m_terms);
    m_terms = terms;
    if (!sourceModel()) {
        invalidate();
        return;
    }
    // One layout change for the whole new result, not a rowsRemoved/rowsInserted pair per
    // run of rows: at 100,000 rows a one-letter search removes thousands of scattered runs,
    // and the view pays for every one of them (seconds, where this costs milliseconds).
    // The pass runs now (rowCount() maps the rows) so the answers it keeps match m_terms.
    m_inSearchPass = true;
    if (!m_narrowing)
        m_accepted.fill(false, sourceModel()->rowCount());
    invalidate();
    rowCount();
    m_inSearchPass = false;
    m_narrowing = false;
    m_acceptedValid = true;
}

// --- the IdentityTableModel path ------------------------------------------------------------

void IdentityFilterProxy::rebuildIndex()
{
    const bool wasSearching = m_searcher->isRunning();
    m_searcher->cancel();
    m_passDirty.clear();
    m_index.clear();
    m_verdicts.clear();
    // Whatever the model holds now is filed afresh, under the search last asked for.
    m_applied = m_identities ? SearchTerms::parse(m_text) : SearchTerms();
    if (m_identities && m_identities->rowCount() > 0)
        indexRows(0, m_identities->rowCount() - 1);
    if (wasSearching)
        emit searchingChanged(false);
}

void IdentityFilterProxy::indexRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int slot = m_identities->slotAt(row);
        m_index.set(slot, m_identities->searchTextAt(row), m_identities->cipDigitsAt(row));
        if (!m_applied.isEmpty())
            setVerdict(slot, matchOnUiThread(slot, m_applied));
    }
}

void IdentityFilterProxy::indexChangedRows(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The search texts are column 0's roles: a change to other columns (the age tick moves
    // every row's age) or to other roles leaves every verdict as it is.
    if (!topLeft.isValid() || topLeft.parent().isValid() || topLeft.column() > 0)
        return;
    if (!roles.isEmpty() && !roles.contains(SearchTextRole) && !roles.contains(CipDigitsRole))
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int slot = m_identities->slotAt(row);
        const QString &search = m_identities->searchTextAt(row);
        const QString &cip = m_identities->cipDigitsAt(row);
        if (m_index.holds(slot, search, cip))
            continue;
        m_index.set(slot, search, cip);
        if (!m_applied.isEmpty())
            setVerdict(slot, matchOnUiThread(slot, m_applied));
        if (m_searcher->isRunning() && slot < m_passSlots)
            m_passDirty.push_back(slot); // the pass read the old text
    }
}

void IdentityFilterProxy::unindexRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const int slot = m_identities->slotAt(row);
        m_index.clearSlot(slot); // the model never reuses a slot
        if (size_t(slot) < m_verdicts.size())
            m_verdicts[size_t(slot)] = 0;
    }
}

void IdentityFilterProxy::setVerdict(int slot, bool accepted)
{
    if (size_t(slot) >= m_verdicts.size())
        m_verdicts.resize(size_t(slot) + 1, 0);
    m_verdicts[size_t(slot)] = accepted ? 1 : 0;
}

bool IdentityFilterProxy::matchOnUiThread(int slot, const SearchTerms &terms)
{
    ++m_uiRowsSearched;
    return m_index.matches(slot, terms);
}

bool IdentityFilterProxy::verdictAt(int slot) const
{
    if (slot >= 0 && size_t(slot) < m_verdicts.size())
        return m_verdicts[size_t(slot)] != 0;
    return m_index.matches(slot, m_applied);
}

void IdentityFilterProxy::searchIdentities(const SearchTerms &terms)
{
    // A pass for an older keystroke is dropped, its result never shown.
    const bool wasSearching = m_searcher->isRunning();
    m_searcher->cancel();
    m_passDirty.clear();
    // Only rows the shown search accepted need searching again when the new one narrows it;
    // its verdicts cover every slot (rows landing and changing get theirs as they come).
    const bool narrowing = !m_applied.isEmpty() && !terms.isEmpty() && terms.narrows(m_applied);
    if (terms == m_applied) {
        // Back to what is shown ("an", "a", "an" faster than a pass): nothing to do.
    } else if (terms.isEmpty() || m_index.slotCount() < m_backgroundSearchThreshold) {
        if (!terms.isEmpty())
            m_uiRowsSearched += m_index.slotCount();
        applyVerdicts(terms,
                      terms.isEmpty()
                          ? std::vector<char>()
                          : IdentitySearchIndex::matchAll(m_index.snapshot(), terms,
                                                          narrowing ? &m_verdicts : nullptr));
    } else {
        m_passSlots = m_index.slotCount();
        m_searcher->start(m_index.snapshot(), terms, narrowing ? m_verdicts : std::vector<char>());
        if (!wasSearching)
            emit searchingChanged(true);
        return;
    }
    if (wasSearching)
        emit searchingChanged(false);
}

void IdentityFilterProxy::applyVerdicts(const SearchTerms &terms, std::vector<char> verdicts)
{
    if (!terms.isEmpty()) {
        // Rows that landed or changed while the pass ran are matched now: a handful.
        const int slotCount = m_index.slotCount();
        const int covered = int(qMin<size_t>(verdicts.size(), size_t(slotCount)));
        verdicts.resize(size_t(slotCount), 0);
        for (int slot = covered; slot < slotCount; ++slot)
            verdicts[size_t(slot)] = matchOnUiThread(slot, terms) ? 1 : 0;
        for (const int slot : m_passDirty) {
            if (slot < slotCount)
                verdicts[size_t(slot)] = matchOnUiThread(slot, terms) ? 1 : 0;
        }
    }
    m_passDirty.clear();
    m_applied = terms;
    m_verdicts = std::move(verdicts);
    // One layout change for the whole new result (see setQuickSearch()); the rows are mapped
    // again from the verdicts, no text is searched.
    invalidate();
}

void IdentityFilterProxy::addRowFilter(QueueRowFilter *filter)
{
    if (!filter || rowFilters().contains(filter))
        return;
    m_rowFilters.append(filter);
    connect(filter, &QueueRowFilter::changed, this, &IdentityFilterProxy::rowFiltersChanged);
    connect(filter, &QObject::destroyed, this, &IdentityFilterProxy::rowFiltersChanged);
    rowFiltersChanged();
}

void IdentityFilterProxy::removeRowFilter(QueueRowFilter *filter)
{
    if (!filter || !m_rowFilters.removeOne(filter))
        return;
    disconnect(filter, nullptr, this, nullptr);
    rowFiltersChanged();
}

QList<QueueRowFilter *> IdentityFilterProxy::rowFilters() const
{
    QList<QueueRowFilter *> filters;
    for (const QPointer<QueueRowFilter> &f : m_rowFilters) {
        if (f)
            filters.append(f.data());
    }
    return filters;
}

void IdentityFilterProxy::rowFiltersChanged()
{
    m_rowFilters.removeAll(nullptr);
    // The quick search's kept answers include the row filters' verdicts.
    forgetAccepted();
    invalidateRowsFilter();
}

bool IdentityFilterProxy::rowFiltersAccept(int sourceRow, const QModelIndex &sourceParent) const
{
    QModelIndex row;
    for (const QPointer<QueueRowFilter> &f : m_rowFilters) {
        if (!f || !f->isActive())
            continue;
        if (!row.isValid())
            row = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!f->accepts(row))
            return false;
    }
    return true;
}

void IdentityFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_identities) {
        // Re-sorting to the source order is a layout change of its own: only when needed.
        if (sortColumn() != -1)
            QSortFilterProxyModel::sort(-1);
        m_identities->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool IdentityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_identities && !sourceParent.isValid()) {
        // The row filters are asked every time (one of them may depend on the clock); the
        // search's verdict is looked up, never searched again here.
        if (!rowFiltersAccept(sourceRow, sourceParent))
            return false;
        return m_applied.isEmpty() || verdictAt(m_identities->slotAt(sourceRow));
    }
    if (sourceParent.isValid())
        return computeAccepts(sourceRow, sourceParent);
    const bool cached = (m_acceptedValid || m_inSearchPass) && sourceRow < m_accepted.size();
    if (cached && m_inSearchPass && m_narrowing && !m_accepted.at(sourceRow))
        return false; // the previous, wider search did not accept it either
    const bool accepts = computeAccepts(sourceRow, sourceParent);
    if (cached)
        m_accepted[sourceRow] = accepts;
    return accepts;
}

bool IdentityFilterProxy::computeAccepts(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!rowFiltersAccept(sourceRow, sourceParent))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_terms.matches(idx.data(SearchTextRole).toString(), idx.data(CipDigitsRole).toString());
}

bool IdentityFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Missing values sort last in ascending order, whatever their type.
    if (!l.isValid() || !r.isValid())
        return l.isValid() && !r.isValid();
    // Fast paths for what the identity model hands out: a sort over 100,000 rows makes
    // close to two million comparisons. Its strings are already normalised (lower-case
    // names), so a plain comparison is enough.
    const int lt = l.userType();
    const int rt = r.userType();
    int order = 0;
    if (lt == QMetaType::LongLong && rt == QMetaType::LongLong) {
        const qint64 a = l.toLongLong();
        const qint64 b = r.toLongLong();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else if (lt == QMetaType::Int && rt == QMetaType::Int) {
        order = l.toInt() - r.toInt();
    } else if (lt == QMetaType::QString && rt == QMetaType::QString) {
        order =
            QString::compare(*static_cast<const QString *>(l.constData()),
                             *static_cast<const QString *>(r.constData()), sortCaseSensitivity());
    } else {
        const QPartialOrdering o = QVariant::compare(l, r);
        order = o == QPartialOrdering::Less ? -1 : (o == QPartialOrdering::Greater ? 1 : 0);
    }
    if (order != 0)
        return order < 0;
    // Ties keep a stable, meaningful order: by id.
    return left.data(IdentityIdRole).toString() < right.data(IdentityIdRole).toString();
}

} // namespace console

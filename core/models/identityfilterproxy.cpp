#include "core/models/identityfilterproxy.h"

#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "core/models/roles.h"

#include <QDateTime>

namespace console {

namespace {
bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}
} // namespace

IdentityFilterProxy::IdentityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
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
    // kept for rows that have moved.
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
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void IdentityFilterProxy::setQuickSearch(const QString &text)
{
    const QString simplified = text.simplified().toLower();
    if (simplified == m_text)
        return;
    const QStringList terms =
        simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    m_narrowing = m_acceptedValid && !m_terms.isEmpty() && narrows(m_terms, terms);
    m_text = simplified;
    m_terms = terms;
    m_digitTerms.clear();
    for (const QString &term : std::as_const(m_terms))
        m_digitTerms.append(term.size() >= 2 && allDigits(term));
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

bool IdentityFilterProxy::narrows(const QStringList &previous, const QStringList &terms)
{
    // A term that contains an old term finds only rows that contained the old one, unless it
    // may also match as cip_id digits: then the old term must be a digit term it ends with.
    for (const QString &old : previous) {
        const bool oldDigits = old.size() >= 2 && allDigits(old);
        bool implied = false;
        for (const QString &term : terms) {
            const bool digits = term.size() >= 2 && allDigits(term);
            if (term.contains(old) && (!digits || (oldDigits && term.endsWith(old)))) {
                implied = true;
                break;
            }
        }
        if (!implied)
            return false;
    }
    return true;
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
    if (m_identities && !sourceParent.isValid()) {
        return m_terms.isEmpty()
            || matches(m_identities->searchTextAt(sourceRow), m_identities->cipDigitsAt(sourceRow));
    }
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_terms.isEmpty())
        return true;
    return matches(idx.data(SearchTextRole).toString(), idx.data(CipDigitsRole).toString());
}

bool IdentityFilterProxy::matches(const QString &haystack, const QString &cipDigits) const
{
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const QString &term = m_terms.at(i);
        if (haystack.contains(term))
            continue;
        if (m_digitTerms.at(i) && !cipDigits.isEmpty() && cipDigits.endsWith(term))
            continue;
        return false;
    }
    return true;
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

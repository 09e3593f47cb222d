#include "core/models/identityfilterproxy.h"

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
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows updated in place by id must move to their sorted position and re-run the filter.
    setDynamicSortFilter(true);
}

void IdentityFilterProxy::setQuickSearch(const QString &text)
{
    const QString simplified = text.simplified().toLower();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_terms = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    invalidateFilter();
}

bool IdentityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = idx.data(SearchTextRole).toString();
    QString cipDigits;
    bool cipLoaded = false;
    for (const QString &term : m_terms) {
        if (haystack.contains(term))
            continue;
        if (term.size() >= 2 && allDigits(term)) {
            if (!cipLoaded) {
                cipDigits = idx.data(CipDigitsRole).toString();
                cipLoaded = true;
            }
            if (!cipDigits.isEmpty() && cipDigits.endsWith(term))
                continue;
        }
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
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties keep a stable, meaningful order: by id.
    return left.data(IdentityIdRole).toString() < right.data(IdentityIdRole).toString();
}

} // namespace console

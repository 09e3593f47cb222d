#include "core/events/followupfilterproxy.h"

#include "core/events/followuptracker.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"

using namespace Qt::StringLiterals;

namespace console {

FollowUpFilterProxy::FollowUpFilterProxy(FollowUpTracker *tracker, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_tracker(tracker)
{
    // The queue's own proxy sorts; this one keeps the source order.
    setDynamicSortFilter(true);
    connect(tracker, &FollowUpTracker::changed, this, [this] {
        if (m_filter != Filter::All)
            invalidateRowsFilter();
    });
}

void FollowUpFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

QString FollowUpFilterProxy::filterLabel(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("All identities");
    case Filter::OpenEdd:
        return tr("Open EDD");
    case Filter::KycDue:
        return tr("KYC refresh due");
    case Filter::KycOverdue:
        return tr("KYC refresh overdue");
    case Filter::KycExpired:
        return tr("KYC refresh expired");
    case Filter::AnyFollowUp:
        return tr("Any follow-up");
    }
    return {};
}

bool FollowUpFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == Filter::All || !m_tracker)
        return true;
    const QString id =
        sourceModel()->index(sourceRow, 0, sourceParent).data(IdentityIdRole).toString();
    FollowUp f = m_tracker->followUp(id);
    if (f.isEmpty()) {
        // Not seen in an event or a detail load yet: the row's blocking requirement says enough
        // for the filter (a refresh that has expired shows as due until the identity is opened).
        const QString blocking =
            sourceModel()
                ->index(sourceRow, IdentityTableModel::BlockingColumn, sourceParent)
                .data(WireValueRole)
                .toString();
        f.eddOpen = blocking == "ENHANCED_DUE_DILIGENCE"_L1;
        if (blocking == "KYC_REFRESH"_L1)
            f.kycRefresh = FollowUp::KycRefresh::Due;
    }
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::OpenEdd:
        return f.eddOpen;
    case Filter::KycDue:
        return f.kycRefresh == FollowUp::KycRefresh::Due;
    case Filter::KycOverdue:
        return f.kycRefresh == FollowUp::KycRefresh::Overdue;
    case Filter::KycExpired:
        return f.kycRefresh == FollowUp::KycRefresh::Expired;
    case Filter::AnyFollowUp:
        return !f.isEmpty();
    }
    return true;
}

} // namespace console

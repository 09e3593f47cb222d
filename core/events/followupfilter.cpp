#include "core/events/followupfilter.h"

#include "core/events/followuptracker.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace console {

FollowUpFilter::FollowUpFilter(FollowUpTracker *tracker, QObject *parent)
    : QueueRowFilter(parent)
    , m_tracker(tracker)
{
    connect(tracker, &FollowUpTracker::changed, this, [this] {
        if (isActive())
            emit changed();
    });
}

void FollowUpFilter::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit changed();
}

bool FollowUpFilter::isActive() const
{
    return m_filter != Filter::All && m_tracker;
}

QString FollowUpFilter::label() const
{
    return tr("Follow-up: %1").arg(filterLabel(m_filter));
}

QJsonValue FollowUpFilter::viewState() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Filter>().valueToKey(int(m_filter)));
}

bool FollowUpFilter::restoreViewState(const QJsonValue &state)
{
    bool ok = false;
    const int value =
        QMetaEnum::fromType<Filter>().keyToValue(state.toString().toLatin1().constData(), &ok);
    if (!ok)
        return false;
    setFilter(Filter(value));
    return true;
}

QString FollowUpFilter::filterLabel(Filter filter)
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

bool FollowUpFilter::accepts(const QModelIndex &row) const
{
    if (!isActive())
        return true;
    FollowUp f = m_tracker->followUp(row.data(IdentityIdRole).toString());
    if (f.isEmpty()) {
        // Not seen in an event or a detail load yet: the row's blocking requirement says enough
        // for the filter (a refresh that has expired shows as due until the identity is opened).
        const QString blocking =
            row.siblingAtColumn(IdentityTableModel::BlockingColumn).data(WireValueRole).toString();
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

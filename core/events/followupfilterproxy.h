#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace console {

class FollowUpTracker;

// Narrows the identity queue to the follow-up work: open EDD, or a KYC refresh due, overdue
// or expired. Sits under the queue's own filter proxy and passes everything through when the
// filter is off; rows are read by IdentityIdRole.
class FollowUpFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter { All, OpenEdd, KycDue, KycOverdue, KycExpired, AnyFollowUp };
    Q_ENUM(Filter)

    explicit FollowUpFilterProxy(FollowUpTracker *tracker, QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    static QString filterLabel(Filter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<FollowUpTracker> m_tracker;
    Filter m_filter = Filter::All;
};

} // namespace console

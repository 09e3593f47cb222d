#pragma once

#include "core/models/queuerowfilter.h"

#include <QPointer>

namespace console {

class FollowUpTracker;

// Narrows the identity queue to the follow-up work: open EDD, or a KYC refresh due, overdue
// or expired. A condition on the queue's own proxy (IdentityFilterProxy::addRowFilter);
// passes everything when set to All.
class FollowUpFilter : public QueueRowFilter
{
    Q_OBJECT
public:
    enum class Filter { All, OpenEdd, KycDue, KycOverdue, KycExpired, AnyFollowUp };
    Q_ENUM(Filter)

    explicit FollowUpFilter(FollowUpTracker *tracker, QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    static QString filterLabel(Filter filter);

    bool isActive() const override;
    bool accepts(const QModelIndex &row) const override;
    QString label() const override;
    void clear() override { setFilter(Filter::All); }
    // Saved views: the filter by its enum name ("KycOverdue").
    QString viewKey() const override { return QStringLiteral("follow_up"); }
    QJsonValue viewState() const override;
    bool restoreViewState(const QJsonValue &state) override;

private:
    QPointer<FollowUpTracker> m_tracker;
    Filter m_filter = Filter::All;
};

} // namespace console

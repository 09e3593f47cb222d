#pragma once

#include "core/dashboard/dashboardstats.h"
#include "core/models/queuerowfilter.h"

#include <QPointer>

#include <memory>

namespace console {
class IdentityTableModel;
}

namespace console::ui {

// The queue narrowed to one bar of the dashboard: the rows whose slice in `dimension` is
// `key`, decided by dashboard::slicesOf (what the bar counted), so the queue shows exactly the
// identities the bar stands for, and keeps doing so as rows arrive or change. The record facts
// (history, assignments, documents) are those the dashboard's latest numbers came from.
class DashboardFilter : public QueueRowFilter
{
    Q_OBJECT
public:
    explicit DashboardFilter(IdentityTableModel *model, QObject *parent = nullptr);

    void set(dashboard::Dimension dimension, const QString &key, const QString &caption,
             const dashboard::Clock &clock);
    void clear() override;
    // The record behind the dashboard's numbers now; refilters when a bar that depends on it
    // narrows the queue.
    void setRecord(std::shared_ptr<const dashboard::RecordIndex> record);
    // The filter bar's chip while a bar of the dashboard narrows the queue.
    QString label() const override;
    QString caption() const { return m_caption; }
    dashboard::Dimension dimension() const { return m_dimension; }
    QString key() const { return m_key; }

    bool isActive() const override { return !m_key.isEmpty(); }
    bool accepts(const QModelIndex &row) const override;

private:
    QPointer<IdentityTableModel> m_model;
    dashboard::Dimension m_dimension = dashboard::Dimension::Status;
    QString m_key;
    QString m_caption;
    dashboard::Clock m_clock;
    std::shared_ptr<const dashboard::RecordIndex> m_record;
};

} // namespace console::ui

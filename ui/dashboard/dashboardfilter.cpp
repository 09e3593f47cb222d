#include "ui/dashboard/dashboardfilter.h"

#include "core/models/identitytablemodel.h"

namespace console::ui {

DashboardFilter::DashboardFilter(IdentityTableModel *model, QObject *parent)
    : QueueRowFilter(parent)
    , m_model(model)
{
}

void DashboardFilter::set(dashboard::Dimension dimension, const QString &key,
                          const QString &caption, const dashboard::Clock &clock)
{
    m_dimension = dimension;
    m_key = key;
    m_caption = caption;
    // The clock of the counts the bar showed: ages are bucketed as they were counted.
    m_clock = clock;
    emit changed();
}

QString DashboardFilter::label() const
{
    return tr("Dashboard: %1").arg(m_caption);
}

void DashboardFilter::clear()
{
    if (m_key.isEmpty())
        return;
    m_key.clear();
    m_caption.clear();
    emit changed();
}

void DashboardFilter::setRecord(std::shared_ptr<const dashboard::RecordIndex> record)
{
    if (record == m_record)
        return;
    m_record = std::move(record);
    using dashboard::Dimension;
    const bool usesRecord = m_dimension == Dimension::StatusOverTime
        || m_dimension == Dimension::TimeToDecision || m_dimension == Dimension::Documents
        || m_dimension == Dimension::Assignee;
    if (isActive() && usesRecord)
        emit changed();
}

bool DashboardFilter::accepts(const QModelIndex &row) const
{
    if (!m_model || row.model() != m_model)
        return false;
    const IdentityRow &r = m_model->identityRowAt(row.row());
    return dashboard::slicesOf(r, dashboard::factsOf(m_record.get(), r.id), m_dimension, m_clock)
        .contains(m_key);
}

} // namespace console::ui

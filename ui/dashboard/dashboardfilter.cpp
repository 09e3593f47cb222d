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

void DashboardFilter::clear()
{
    if (m_key.isEmpty())
        return;
    m_key.clear();
    m_caption.clear();
    emit changed();
}

bool DashboardFilter::accepts(const QModelIndex &row) const
{
    if (!m_model || row.model() != m_model)
        return false;
    return dashboard::sliceOf(m_model->identityRowAt(row.row()), m_dimension, m_clock) == m_key;
}

} // namespace console::ui

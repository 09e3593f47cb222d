#pragma once

#include "core/dashboard/dashboardstats.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

class QBarSet;
class QChartView;
class QLabel;
class QSpinBox;
class QTimer;

namespace console {
class IdentityTableModel;
class Settings;
} // namespace console

namespace console::ui {

class DashboardFilter;
class MainWindow;

// The queue at a glance: status mix, pending identities by age against the team's threshold,
// what they wait on and who must act. The numbers are computed on a worker thread over a
// snapshot of the queue model's rows (dashboard::computeStats), again shortly after the model
// changes (debounced: a burst of events is one computation), so the window stays responsive
// at 100,000 identities. Clicking a bar narrows the queue to those identities (the filter).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(IdentityTableModel *model, DashboardFilter *filter, Settings *settings,
                  QWidget *parent = nullptr);
    ~DashboardView() override;

    void setNow(std::function<QDateTime()> now);
    // Recompute now (after the debounce, the model's changes do this by themselves).
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    const dashboard::DashboardStats &stats() const { return m_stats; }
    QChartView *chartView(dashboard::Dimension dimension) const;
    // The bar set of a chart (the age chart has two: within and over the threshold).
    QList<QBarSet *> barSets(dashboard::Dimension dimension) const;
    bool exportPng(dashboard::Dimension dimension, const QString &path) const;
    bool exportCsv(dashboard::Dimension dimension, const QString &path) const;
    int thresholdDays() const;

signals:
    // New numbers are on the charts.
    void statsUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Panel
    {
        dashboard::Dimension dimension;
        QChartView *view = nullptr;
        QList<QBarSet *> sets;
        QList<QStringList> keys; // per set, per bar
    };
    QWidget *buildPanel(Panel &panel, const QString &title);
    void schedule();
    void apply();
    void redraw();
    void fill(Panel &panel, const QList<QPair<QString, QList<dashboard::Slice>>> &sets);
    void onBarClicked(const Panel &panel, int set, int index);
    void exportWithDialog(dashboard::Dimension dimension, bool png);
    dashboard::Clock clock() const;
    Panel *panel(dashboard::Dimension dimension);
    const Panel *panel(dashboard::Dimension dimension) const;

    QPointer<IdentityTableModel> m_model;
    DashboardFilter *m_filter;
    Settings *m_settings;
    std::function<QDateTime()> m_now;
    QTimer *m_debounce = nullptr;
    bool m_dirty = false;
    QFutureWatcher<dashboard::DashboardStats> m_watcher;
    dashboard::Clock m_computedClock;
    dashboard::DashboardStats m_stats;
    QList<Panel> m_panels;
    QLabel *m_summary = nullptr;
    QSpinBox *m_threshold = nullptr;
};

// Registers the dashboard: a dock beside the queue (View → Dashboard, Ctrl+Shift+D), its
// filter on the queue's proxy with a chip in the filter bar that says what it narrows to and
// clears it.
class DashboardIntegration : public QObject
{
    Q_OBJECT
public:
    DashboardIntegration(MainWindow *window, IdentityTableModel *model, Settings *settings);
    DashboardView *view() const { return m_view; }
    DashboardFilter *filter() const { return m_filter; }

private:
    DashboardView *m_view = nullptr;
    DashboardFilter *m_filter = nullptr;
};

} // namespace console::ui

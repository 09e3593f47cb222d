#pragma once

#include "core/dashboard/dashboardstats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QBarSet;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTimer;

namespace console {
class IdentityTableModel;
class Settings;
struct Services;
namespace dashboard {
class RecordReader;
}
} // namespace console

namespace console::ui {

class DashboardFilter;
class MainWindow;

// The queue at a glance: status mix now and over time, pending identities by age against the
// team's threshold, time to decision, what pending identities wait on and who must act,
// documents requested and received, each reviewer's open assignments. The numbers are computed
// on a worker thread over a snapshot of the queue model's rows and of the review record
// (dashboard::computeStats; the record is read by a dashboard::RecordReader), again shortly
// after either changes (debounced: a burst of events is one computation), so the window stays
// responsive at 100,000 identities. Clicking a bar narrows the queue to those identities (the
// filter, which asks the same dashboard::slicesOf the counts came from).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(IdentityTableModel *model, DashboardFilter *filter, Settings *settings,
                  QWidget *parent = nullptr);
    ~DashboardView() override;

    void setNow(std::function<QDateTime()> now);
    // Where the record-based charts (over time, time to decision, documents, assignments)
    // read from; without one they stay empty. Not owned.
    void setRecordReader(dashboard::RecordReader *reader);
    // Recompute now (after the debounce, the model's changes do this by themselves).
    void refresh();
    // True while a computation runs, one is due, or the record is being read.
    bool isComputing() const;
    const dashboard::DashboardStats &stats() const { return m_stats; }
    QChartView *chartView(dashboard::Dimension dimension) const;
    // The bar set of a chart (the age chart has two: within and over the threshold).
    QList<QBarSet *> barSets(dashboard::Dimension dimension) const;
    bool exportPng(dashboard::Dimension dimension, const QString &path) const;
    bool exportCsv(dashboard::Dimension dimension, const QString &path) const;
    int thresholdDays() const;
    // Status over time: one bar per day (last 14 days) or per week (last 12 weeks).
    void setPeriodDays(int days);
    // The panel's note under its chart (median, what is not counted ...).
    QString note(dashboard::Dimension dimension) const;

signals:
    // New numbers are on the charts.
    void statsUpdated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Panel
    {
        dashboard::Dimension dimension;
        QString title;
        bool horizontal = false; // long category names: bars drawn sideways
        QWidget *box = nullptr;
        QChartView *view = nullptr;
        QLabel *note = nullptr;
        QList<QBarSet *> sets;
        QList<QStringList> keys; // per set, per bar
        QStringList labels; // per bar
    };
    struct Result
    {
        dashboard::DashboardStats stats;
        std::shared_ptr<const dashboard::RecordIndex> record;
        quint64 recordGeneration = 0;
    };
    QWidget *buildPanel(Panel &panel);
    void layoutPanels();
    void schedule();
    void copyStep();
    void onRowsMoved(bool inserted, int first, int count);
    void restartCopy();
    void startCount(QList<IdentityRow> rows);
    void apply();
    void redraw();
    // Each series is a bar set (stacked when more than one); colours: one per set, or none.
    void fill(Panel &panel, const QList<dashboard::Series> &series,
              const QList<QColor> &colors = {});
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
    QElapsedTimer m_waitingSince; // since the first change the debounce holds back
    // The snapshot being copied, a slice per turn.
    bool m_copying = false;
    QList<IdentityRow> m_copy;
    int m_copyCursor = 0;
    QFutureWatcher<Result> m_watcher;
    dashboard::Clock m_computedClock;
    dashboard::DashboardStats m_stats;
    QPointer<dashboard::RecordReader> m_reader;
    QTimer *m_recordDebounce = nullptr;
    // Bumped each time the reader hands out new sources: the index is made again only then.
    quint64 m_recordGeneration = 0;
    quint64 m_readVersion = 0; // the reader's version the generation was last bumped for
    std::shared_ptr<const dashboard::RecordIndex> m_record;
    quint64 m_indexedGeneration = 0;
    int m_periodDays = 7;
    QList<Panel> m_panels;
    QWidget *m_charts = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QLabel *m_summary = nullptr;
    QSpinBox *m_threshold = nullptr;
    QComboBox *m_period = nullptr;
};

// Registers the dashboard: a dock beside the queue (View → Dashboard, Ctrl+Shift+D), its
// filter on the queue's proxy with a chip in the filter bar that says what it narrows to and
// clears it.
class DashboardIntegration : public QObject
{
    Q_OBJECT
public:
    DashboardIntegration(MainWindow *window, const Services &services);
    DashboardView *view() const { return m_view; }
    DashboardFilter *filter() const { return m_filter; }
    dashboard::RecordReader *recordReader() const { return m_reader; }

private:
    DashboardView *m_view = nullptr;
    DashboardFilter *m_filter = nullptr;
    dashboard::RecordReader *m_reader = nullptr;
    bool m_readerAttached = false;
};

} // namespace console::ui

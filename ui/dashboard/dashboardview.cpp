#include "ui/dashboard/dashboardview.h"

#include "core/models/identitytablemodel.h"
#include "core/settings/settings.h"
#include "ui/dashboard/dashboardfilter.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/statusbadge.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace console::ui {

using dashboard::Dimension;
using dashboard::Slice;

namespace {

// Long enough to fold a burst of events (or a page of 1,000 rows) into one computation, short
// enough to read as live.
constexpr int kDebounceMs = 250;

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Status:
        return u"status"_s;
    case Dimension::Age:
        return u"age"_s;
    case Dimension::WaitingOn:
        return u"waiting-on"_s;
    case Dimension::Actor:
        return u"who-must-act"_s;
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

DashboardView::DashboardView(IdentityTableModel *model, DashboardFilter *filter, Settings *settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_settings(settings)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"dashboardView"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto *thresholdLabel = new QLabel(tr("Age &limit:"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(u"dashboardThreshold"_s);
    m_threshold->setRange(1, 365);
    m_threshold->setSuffix(tr(" days"));
    m_threshold->setToolTip(tr("Pending identities older than this are over the team's limit"));
    m_threshold->setValue(m_settings ? m_settings->get<int>(SettingKey::DashboardAgeThresholdDays)
                                     : 7);
    thresholdLabel->setBuddy(m_threshold);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_settings)
            m_settings->setValue(SettingKey::DashboardAgeThresholdDays, days);
        schedule();
    });
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);
    layout->addLayout(top);

    // The charts scroll rather than being cut off when the dock is narrow.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *charts = new QWidget(scroll);
    auto *grid = new QGridLayout(charts);
    m_panels = {{Dimension::Status}, {Dimension::Age}, {Dimension::WaitingOn}, {Dimension::Actor}};
    // One column: the dock beside the queue is taller than it is wide.
    grid->addWidget(buildPanel(m_panels[0], tr("Status now")), 0, 0);
    grid->addWidget(buildPanel(m_panels[1], tr("Pending by age")), 1, 0);
    grid->addWidget(buildPanel(m_panels[2], tr("What pending identities wait on")), 2, 0);
    grid->addWidget(buildPanel(m_panels[3], tr("Who must act")), 3, 0);
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::refresh);
    connect(&m_watcher, &QFutureWatcher<dashboard::DashboardStats>::finished, this,
            &DashboardView::apply);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::schedule);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &DashboardView::schedule);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardView::schedule);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DashboardView::schedule);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardView::schedule);
    }
    refresh();
}

DashboardView::~DashboardView()
{
    // The computation works on its own snapshot; only its result is waited for.
    m_watcher.waitForFinished();
}

void DashboardView::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    schedule();
}

int DashboardView::thresholdDays() const
{
    return m_threshold->value();
}

dashboard::Clock DashboardView::clock() const
{
    return {m_now().toMSecsSinceEpoch(), m_threshold->value()};
}

QWidget *DashboardView::buildPanel(Panel &panel, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(panel.dimension == Dimension::Age);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (isDark(palette()))
        chart->setTheme(QChart::ChartThemeDark);
    panel.view = new QChartView(chart, this);
    panel.view->setObjectName(u"dashboardChart-"_s + dimensionName(panel.dimension));
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setMinimumSize(220, 170);
    panel.view->setToolTip(tr("Click a bar to show those identities in the queue"));

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel.view, 1);
    auto *exportButton = new QToolButton(box);
    exportButton->setObjectName(u"dashboardExport-"_s + dimensionName(panel.dimension));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    const Dimension d = panel.dimension;
    menu->addAction(tr("Chart as PNG…"), this, [this, d] { exportWithDialog(d, true); });
    menu->addAction(tr("Numbers as CSV…"), this, [this, d] { exportWithDialog(d, false); });
    exportButton->setMenu(menu);
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return box;
}

void DashboardView::schedule()
{
    m_debounce->start();
}

void DashboardView::refresh()
{
    m_debounce->stop();
    if (m_watcher.isRunning()) {
        // One computation at a time; the latest state is computed when this one lands.
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_computedClock = clock();
    // The snapshot is taken here, on the UI thread (a copy of shared strings); the counting
    // runs on the pool and never touches the model.
    QList<IdentityRow> rows = m_model ? m_model->rowsSnapshot() : QList<IdentityRow>();
    m_watcher.setFuture(QtConcurrent::run([rows = std::move(rows), c = m_computedClock] {
        return dashboard::computeStats(rows, c);
    }));
}

void DashboardView::apply()
{
    m_stats = m_watcher.result();
    m_summary->setText(tr("%n identities in the queue", nullptr, m_stats.total) + u" · "_s
                       + tr("%n pending", nullptr, m_stats.pending) + u" · "_s
                       + tr("%n over the %1-day limit", nullptr, m_stats.overThreshold)
                             .arg(m_computedClock.thresholdDays));
    redraw();
    emit statsUpdated();
    if (m_dirty)
        refresh();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A switch to the dark (or light) scheme: the charts follow (the theme resets the bars'
    // colours, so they are drawn again).
    if (event->type() == QEvent::PaletteChange) {
        const auto theme = isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
        for (Panel &p : m_panels)
            if (p.view->chart()->theme() != theme)
                p.view->chart()->setTheme(theme);
        redraw();
    }
}

void DashboardView::redraw()
{
    if (m_panels.size() != 4) // a palette change while the panels are being built
        return;
    fill(*panel(Dimension::Status), {{tr("Identities"), m_stats.statuses}});
    fill(*panel(Dimension::Age),
         {{tr("Within the limit"), m_stats.ageWithin}, {tr("Over the limit"), m_stats.ageOver}});
    fill(*panel(Dimension::WaitingOn), {{tr("Pending"), m_stats.waitingOn}});
    fill(*panel(Dimension::Actor), {{tr("Pending"), m_stats.actors}});
}

void DashboardView::fill(Panel &panel, const QList<QPair<QString, QList<Slice>>> &sets)
{
    QChart *chart = panel.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    panel.sets.clear();
    panel.keys.clear();
    QAbstractBarSeries *series = nullptr;
    if (sets.size() > 1)
        series = new QStackedBarSeries;
    else
        series = new QBarSeries;
    QStringList categories;
    int max = 0;
    for (const auto &[name, slices] : sets) {
        auto *set = new QBarSet(name);
        QStringList keys;
        for (qsizetype i = 0; i < slices.size(); ++i) {
            set->append(slices.at(i).count);
            keys.append(slices.at(i).key);
            if (categories.size() <= i)
                categories.append(slices.at(i).label);
        }
        if (sets.size() > 1 && &name == &sets.constLast().first)
            set->setColor(badgeColors(Tone::Negative, palette()).border); // over the limit warns
        series->append(set);
        const int setIndex = int(panel.sets.size());
        panel.sets.append(set);
        panel.keys.append(keys);
        connect(set, &QBarSet::clicked, this, [this, d = panel.dimension, setIndex](int index) {
            if (const Panel *p = this->panel(d))
                onBarClicked(*p, setIndex, index);
        });
    }
    for (int i = 0; i < categories.size(); ++i) {
        int sum = 0;
        for (const auto &[name, slices] : sets)
            sum += slices.value(i).count;
        max = std::max(max, sum);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    // Whole numbers only: at most five ticks, each on an integer.
    const int top = std::max(1, max);
    const int step = (top + 3) / 4;
    y->setRange(0, step * ((top + step - 1) / step));
    y->setTickCount((top + step - 1) / step + 1);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardView::onBarClicked(const Panel &panel, int set, int index)
{
    if (!m_filter || set >= panel.keys.size() || index >= panel.keys.at(set).size())
        return;
    const QString key = panel.keys.at(set).at(index);
    const QString category =
        static_cast<QBarCategoryAxis *>(panel.view->chart()->axes(Qt::Horizontal).value(0))
            ->at(index);
    QString caption = panel.view->chart()->title() + u": "_s + category;
    if (panel.sets.size() > 1)
        caption += u" ("_s + panel.sets.at(set)->label() + u')';
    m_filter->set(panel.dimension, key, caption, m_computedClock);
}

QChartView *DashboardView::chartView(Dimension dimension) const
{
    const Panel *p = panel(dimension);
    return p ? p->view : nullptr;
}

QList<QBarSet *> DashboardView::barSets(Dimension dimension) const
{
    const Panel *p = panel(dimension);
    return p ? p->sets : QList<QBarSet *>();
}

DashboardView::Panel *DashboardView::panel(Dimension dimension)
{
    for (Panel &p : m_panels)
        if (p.dimension == dimension)
            return &p;
    return nullptr;
}

const DashboardView::Panel *DashboardView::panel(Dimension dimension) const
{
    for (const Panel &p : m_panels)
        if (p.dimension == dimension)
            return &p;
    return nullptr;
}

bool DashboardView::exportPng(Dimension dimension, const QString &path) const
{
    const Panel *p = panel(dimension);
    return p && p->view->grab().save(path, "PNG");
}

bool DashboardView::exportCsv(Dimension dimension, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(dashboard::statsCsv(m_stats, dimension));
    return file.commit();
}

void DashboardView::exportWithDialog(Dimension dimension, bool png)
{
    const QString suggested =
        u"dashboard-"_s + dimensionName(dimension) + (png ? u".png"_s : u".csv"_s);
    auto *dialog = new QFileDialog(this, png ? tr("Export chart") : tr("Export numbers"), suggested,
                                   png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dimension, png](const QString &path) {
        const bool ok = png ? exportPng(dimension, path) : exportCsv(dimension, path);
        if (!ok)
            m_summary->setText(tr("Could not write %1").arg(path));
    });
    dialog->open();
}

DashboardIntegration::DashboardIntegration(MainWindow *window, IdentityTableModel *model,
                                           Settings *settings)
    : QObject(window)
{
    m_filter = new DashboardFilter(model, this);
    m_filter->setObjectName(u"dashboardFilter"_s);
    // The chip: what the queue is narrowed to, and one click to undo it.
    auto *chip = new QToolButton(window);
    chip->setObjectName(u"dashboardFilterChip"_s);
    chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chip->setToolTip(tr("The queue shows one bar of the dashboard; click to show all again"));
    auto *caption = new QLabel(tr("Dashboard:"), window);
    caption->setObjectName(u"dashboardFilterCaption"_s);
    connect(chip, &QToolButton::clicked, m_filter, &DashboardFilter::clear);
    connect(m_filter, &QueueRowFilter::changed, chip, [this, chip, caption] {
        chip->setText(m_filter->caption() + u"  ✕"_s);
        chip->setVisible(m_filter->isActive());
        caption->setVisible(m_filter->isActive());
    });
    window->addQueueFilter(m_filter, caption, chip);
    chip->hide();
    caption->hide();

    m_view = new DashboardView(model, m_filter, settings);
    auto *dock = new QDockWidget(tr("Dashboard"), window);
    dock->setObjectName(u"dashboardDock"_s);
    dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"actionDashboard"_s);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    window->menu(MainWindow::Menu::View)->addAction(toggle);
}

} // namespace console::ui

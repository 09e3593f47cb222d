#include "ui/dashboard/dashboardview.h"

#include "core/dashboard/recordreader.h"
#include "core/events/eventsservice.h"
#include "core/models/identitytablemodel.h"
#include "core/services.h"
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
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
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
constexpr int kMaxWaitMs = 2000;
// Rows copied per event-loop turn for a count: about 15 ms of the UI thread in a Debug build
// on a loaded machine (bench/dashboard_bench).
constexpr int kCopyRowsPerTurn = 3000;

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
    case Dimension::StatusOverTime:
        return u"status-over-time"_s;
    case Dimension::TimeToDecision:
        return u"time-to-decision"_s;
    case Dimension::Documents:
        return u"documents"_s;
    case Dimension::Assignee:
        return u"assignments"_s;
    }
    return {};
}

// A panel is at least this wide; the grid has as many columns as fit (up to three).
constexpr int kPanelWidth = 340;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Bar colours by tone: the badges' families (ui/widgets statusbadge), saturated enough to read
// as areas, a step lighter on a dark window.
QColor chartColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x4c, 0xb7, 0x7a) : QColor(0x2e, 0x8b, 0x57);
    case Tone::Warning:
        return dark ? QColor(0xe0, 0xa4, 0x3a) : QColor(0xd0, 0x8a, 0x10);
    case Tone::Negative:
        return dark ? QColor(0xe5, 0x6b, 0x62) : QColor(0xc8, 0x3e, 0x36);
    case Tone::Frozen:
        return dark ? QColor(0x7f, 0xa3, 0xc9) : QColor(0x4f, 0x74, 0x9c);
    case Tone::Info:
        return dark ? QColor(0x5a, 0x9b, 0xe0) : QColor(0x2f, 0x72, 0xbd);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0x8d, 0x93, 0x9c) : QColor(0x8a, 0x90, 0x99);
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
    // The summary has a line of its own and the two settings share the next one, so the dock
    // is no wider than one chart: a wider minimum would take its width from the queue and the
    // detail pane on a laptop screen.
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *top = new QHBoxLayout;
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

    auto *periodLabel = new QLabel(tr("&Over time:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"dashboardPeriod"_s);
    m_period->addItem(tr("per week, 12 weeks"), 7);
    m_period->addItem(tr("per day, 14 days"), 1);
    m_period->setAccessibleName(tr("Status over time: period"));
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPeriodDays(m_period->itemData(index).toInt()); });
    top->addSpacing(12);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);

    // The charts scroll rather than being cut off when the dock is small; as many columns as
    // the width allows.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_charts = new QWidget(scroll);
    m_charts->installEventFilter(this);
    m_grid = new QGridLayout(m_charts);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_panels = {
        {Dimension::Status, tr("Status now")},
        {Dimension::Age, tr("Pending by age")},
        {Dimension::StatusOverTime, tr("Status over time")},
        {Dimension::TimeToDecision, tr("Time to decision")},
        {Dimension::WaitingOn, tr("What pending identities wait on"), true},
        {Dimension::Actor, tr("Who must act")},
        {Dimension::Documents, tr("Documents requested and received"), true},
        {Dimension::Assignee, tr("Open identities by reviewer"), true},
    };
    for (Panel &p : m_panels)
        buildPanel(p);
    layoutPanels();
    scroll->setWidget(m_charts);
    layout->addWidget(scroll, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::refresh);
    m_recordDebounce = new QTimer(this);
    m_recordDebounce->setSingleShot(true);
    m_recordDebounce->setInterval(kDebounceMs);
    connect(m_recordDebounce, &QTimer::timeout, this, [this] {
        if (m_reader)
            m_reader->read();
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DashboardView::apply);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    onRowsMoved(true, first, last - first + 1);
                });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    onRowsMoved(false, first, last - first + 1);
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::restartCopy);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &DashboardView::restartCopy);
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

void DashboardView::setRecordReader(dashboard::RecordReader *reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (!m_reader)
        return;
    connect(m_reader, &dashboard::RecordReader::recordChanged, m_recordDebounce,
            qOverload<>(&QTimer::start));
    connect(m_reader, &dashboard::RecordReader::ready, this, [this] {
        if (m_reader->version() == m_readVersion)
            return; // nothing new in the record
        m_readVersion = m_reader->version();
        ++m_recordGeneration;
        schedule();
    });
    m_reader->read();
}

bool DashboardView::isComputing() const
{
    return m_watcher.isRunning() || m_copying || m_debounce->isActive()
        || m_recordDebounce->isActive() || (m_reader && m_reader->isReading());
}

int DashboardView::thresholdDays() const
{
    return m_threshold->value();
}

void DashboardView::setPeriodDays(int days)
{
    if (days == m_periodDays)
        return;
    m_periodDays = days;
    if (const int i = m_period->findData(days); i >= 0)
        m_period->setCurrentIndex(i);
    schedule();
}

QString DashboardView::note(Dimension dimension) const
{
    const Panel *p = panel(dimension);
    return p ? p->note->text() : QString();
}

dashboard::Clock DashboardView::clock() const
{
    return {m_now().toMSecsSinceEpoch(), m_threshold->value(), m_periodDays,
            m_periodDays == 1 ? 14 : 12};
}

QWidget *DashboardView::buildPanel(Panel &panel)
{
    auto *chart = new QChart;
    chart->setTitle(panel.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (isDark(palette()))
        chart->setTheme(QChart::ChartThemeDark);
    panel.view = new QChartView(chart, this);
    panel.view->setObjectName(u"dashboardChart-"_s + dimensionName(panel.dimension));
    panel.view->setAccessibleName(panel.title);
    panel.view->setRenderHint(QPainter::Antialiasing);
    // A fixed height: two rows of charts fit a laptop screen beside the summary line, the rest
    // scrolls (a chart stretched to the dock's height reads worse, not better).
    panel.view->setMinimumWidth(260);
    panel.view->setFixedHeight(255);
    panel.view->setToolTip(tr("Click a bar to show those identities in the queue"));

    panel.box = new QFrame(this);
    panel.box->setObjectName(u"dashboardPanel-"_s + dimensionName(panel.dimension));
    auto *layout = new QVBoxLayout(panel.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(panel.view, 1);
    auto *row = new QHBoxLayout;
    panel.note = new QLabel(panel.box);
    panel.note->setObjectName(u"dashboardNote-"_s + dimensionName(panel.dimension));
    panel.note->setWordWrap(true);
    panel.note->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(panel.note, 1);
    auto *exportButton = new QToolButton(panel.box);
    exportButton->setObjectName(u"dashboardExport-"_s + dimensionName(panel.dimension));
    exportButton->setText(tr("Export"));
    exportButton->setAccessibleName(tr("Export %1").arg(panel.title));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    const Dimension d = panel.dimension;
    menu->addAction(tr("Chart as PNG…"), this, [this, d] { exportWithDialog(d, true); });
    menu->addAction(tr("Numbers as CSV…"), this, [this, d] { exportWithDialog(d, false); });
    exportButton->setMenu(menu);
    row->addWidget(exportButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(row);
    return panel.box;
}

void DashboardView::layoutPanels()
{
    const int columns = std::clamp(m_charts->width() / kPanelWidth, 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Panel &p : std::as_const(m_panels))
        m_grid->removeWidget(p.box);
    for (int i = 0; i < m_panels.size(); ++i)
        m_grid->addWidget(m_panels.at(i).box, i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    // Space left below the last row stays empty instead of pulling the rows apart.
    const int rows = int((m_panels.size() + columns - 1) / columns);
    for (int r = 0; r <= int(m_panels.size()); ++r)
        m_grid->setRowStretch(r, r == rows ? 1 : 0);
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_charts && event->type() == QEvent::Resize)
        layoutPanels();
    return QWidget::eventFilter(watched, event);
}

void DashboardView::schedule()
{
    // Debounced, but never postponed for long: under a steady stream of events the numbers
    // still move at least every kMaxWaitMs.
    if (!m_debounce->isActive())
        m_waitingSince.start();
    if (m_waitingSince.isValid() && m_waitingSince.elapsed() >= kMaxWaitMs)
        refresh();
    else
        m_debounce->start();
}

void DashboardView::refresh()
{
    m_debounce->stop();
    m_waitingSince.invalidate();
    if (m_watcher.isRunning() || m_copying) {
        // One computation at a time; the latest state is computed when this one lands.
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_computedClock = clock();
    // The snapshot of the rows is taken on the UI thread (the model is not thread-safe), a
    // slice per event-loop turn, only the fields the dashboard reads: at 100,000 rows the
    // whole copy in one go was a visible freeze.
    m_copy.clear();
    m_copy.reserve(m_model ? m_model->rowCount() : 0);
    m_copyCursor = 0;
    m_copying = true;
    copyStep();
}

void DashboardView::copyStep()
{
    if (!m_copying)
        return;
    const int count = m_model ? m_model->rowCount() : 0;
    const int end = std::min(count, m_copyCursor + kCopyRowsPerTurn);
    for (int i = m_copyCursor; i < end; ++i) {
        const IdentityRow &from = m_model->identityRowAt(i);
        IdentityRow &to = m_copy.emplace_back();
        to.id = from.id;
        to.status = from.status;
        to.blocking = from.blocking;
        to.blockingText = from.blockingText;
        to.actor = from.actor;
        to.createdMs = from.createdMs;
        to.updatedMs = from.updatedMs;
    }
    m_copyCursor = end;
    if (m_copyCursor < count) {
        QTimer::singleShot(0, this, &DashboardView::copyStep);
        return;
    }
    m_copying = false;
    startCount(std::exchange(m_copy, {}));
}

void DashboardView::onRowsMoved(bool inserted, int first, int count)
{
    // Rows inserted or removed before the copy's cursor shift the rest: the cursor follows,
    // so no row is copied twice or skipped (the change itself schedules another count).
    if (!m_copying || first >= m_copyCursor)
        return;
    m_copyCursor = inserted ? m_copyCursor + count : std::max(first, m_copyCursor - count);
}

void DashboardView::restartCopy()
{
    // A new order or a new set of rows: what was copied no longer lines up; start over.
    if (!m_copying)
        return;
    m_copy.clear();
    m_copyCursor = 0;
}

void DashboardView::startCount(QList<IdentityRow> rows)
{
    // The counting runs on the pool and never touches the model. The record's sources are
    // shared pages and implicitly shared hashes: copying them here copies no rows.
    std::optional<dashboard::RecordSources> sources;
    if (m_reader && m_recordGeneration != m_indexedGeneration)
        sources = m_reader->sources();
    m_watcher.setFuture(QtConcurrent::run([rows = std::move(rows), c = m_computedClock,
                                           sources = std::move(sources), record = m_record,
                                           generation = m_recordGeneration]() mutable {
        Result r;
        if (sources)
            record =
                std::make_shared<const dashboard::RecordIndex>(dashboard::indexRecord(*sources));
        r.stats = dashboard::computeStats(rows, c, record.get());
        r.record = std::move(record);
        r.recordGeneration = generation;
        return r;
    }));
}

void DashboardView::apply()
{
    Result result = m_watcher.result();
    m_stats = std::move(result.stats);
    m_indexedGeneration = result.recordGeneration;
    if (m_filter)
        m_filter->setRecord(result.record);
    // The index replaced may be the last reference to 100,000 identities' facts: freeing
    // them is left to the pool, not the UI thread.
    if (auto old = std::exchange(m_record, std::move(result.record)); old && old != m_record)
        (void)QtConcurrent::run([old = std::move(old)] {});
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
        QFont titleFont = font();
        titleFont.setBold(true);
        for (Panel &p : m_panels) {
            if (p.view->chart()->theme() != theme)
                p.view->chart()->setTheme(theme);
            p.view->chart()->setTitleFont(titleFont); // the theme resets it
            p.keys.clear(); // and the bars' colours: drawn again
        }
        redraw();
    }
}

void DashboardView::redraw()
{
    if (m_panels.size() != 8) // a palette change while the panels are being built
        return;
    using dashboard::Series;
    const QPalette pal = palette();
    const auto tone = [&pal](Tone t) { return chartColor(t, pal); };
    fill(*panel(Dimension::Status), {{{}, tr("Identities"), m_stats.statuses}}, {tone(Tone::Info)});
    fill(*panel(Dimension::Age),
         {{{}, tr("Within the limit"), m_stats.ageWithin},
          {{}, tr("Over the limit"), m_stats.ageOver}},
         {tone(Tone::Info), tone(Tone::Negative)}); // over the limit warns
    QList<QColor> statusColors;
    for (const Series &s : m_stats.statusOverTime)
        statusColors.append(s.key == u"UNOBSERVED"_s ? pal.color(QPalette::Midlight)
                                                     : tone(toneForWireValue(s.key)));
    fill(*panel(Dimension::StatusOverTime), m_stats.statusOverTime, statusColors);
    fill(*panel(Dimension::TimeToDecision), {{{}, tr("Decisions"), m_stats.timeToDecision}},
         {tone(Tone::Info)});
    fill(*panel(Dimension::WaitingOn), {{{}, tr("Pending"), m_stats.waitingOn}},
         {tone(Tone::Warning)});
    fill(*panel(Dimension::Actor), {{{}, tr("Pending"), m_stats.actors}}, {tone(Tone::Warning)});
    fill(*panel(Dimension::Documents), m_stats.documents,
         {tone(Tone::Warning), tone(Tone::Positive)});
    fill(*panel(Dimension::Assignee), {{{}, tr("Open"), m_stats.assignees}}, {tone(Tone::Info)});

    // What each chart leaves out, or sums up, in words under it.
    panel(Dimension::Status)->note->setText(tr("All identities in the queue"));
    panel(Dimension::Age)
        ->note->setText(tr("Days since creation; red: over the %n-day limit", nullptr,
                           m_computedClock.thresholdDays));
    panel(Dimension::StatusOverTime)
        ->note->setText(
            tr("Status at each date, from the status history (not seen yet: changed since, "
               "nothing recorded before)"));
    QString decisions = m_stats.medianDecisionMs >= 0
        ? tr("Median %1 (%n decision(s) seen happen)", nullptr, m_stats.decided)
              .arg(dashboard::durationText(m_stats.medianDecisionMs))
        : tr("No decision seen happen yet");
    if (m_stats.decidedUnobserved > 0)
        decisions += u"; "_s
            + tr("%n decided before first seen (not counted)", nullptr, m_stats.decidedUnobserved);
    panel(Dimension::TimeToDecision)->note->setText(decisions);
    panel(Dimension::WaitingOn)
        ->note->setText(tr("The requirement or control that holds each back"));
    panel(Dimension::Actor)->note->setText(tr("Whose move it is on each pending identity"));
    panel(Dimension::Documents)
        ->note->setText(m_stats.documents.value(0).slices.isEmpty()
                            ? tr("No documents asked for (no open enhanced due diligence)")
                            : tr("Asked for in open EDD; received: the console uploaded one "
                                 "of that type"));
    panel(Dimension::Assignee)
        ->note->setText(tr("Not yet approved, denied or disabled; %n with nobody assigned", nullptr,
                           m_stats.openUnassigned));
    for (const Panel &p : std::as_const(m_panels))
        p.view->setAccessibleDescription(p.note->text());
}

void DashboardView::fill(Panel &panel, const QList<dashboard::Series> &sets,
                         const QList<QColor> &colors)
{
    QList<QStringList> keys;
    QStringList categories;
    int max = 0;
    for (const dashboard::Series &data : sets) {
        QStringList k;
        for (qsizetype i = 0; i < data.slices.size(); ++i) {
            k.append(data.slices.at(i).key);
            if (categories.size() <= i)
                categories.append(data.slices.at(i).label);
        }
        keys.append(k);
    }
    for (int i = 0; i < categories.size(); ++i) {
        int sum = 0;
        for (const dashboard::Series &data : sets)
            sum += data.slices.value(i).count;
        max = std::max(max, sum);
    }
    const auto setRange = [max](QValueAxis *axis) {
        // Whole numbers only: at most five ticks, each on an integer.
        const int top = std::max(1, max);
        const int step = (top + 3) / 4;
        axis->setRange(0, step * ((top + step - 1) / step));
        axis->setTickCount((top + step - 1) / step + 1);
    };
    QChart *chart = panel.view->chart();
    // The same bars as drawn (a live update moves counts, rarely the bars): only the values
    // change, which is much cheaper than building the chart again.
    if (keys == panel.keys && categories == panel.labels && !keys.isEmpty()) {
        for (qsizetype s = 0; s < sets.size(); ++s)
            for (qsizetype i = 0; i < sets.at(s).slices.size(); ++i)
                if (panel.sets.at(s)->at(i) != sets.at(s).slices.at(i).count)
                    panel.sets.at(s)->replace(int(i), sets.at(s).slices.at(i).count);
        for (QAbstractAxis *axis : chart->axes())
            if (auto *values = qobject_cast<QValueAxis *>(axis))
                setRange(values);
        return;
    }
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    panel.sets.clear();
    panel.keys = keys;
    panel.labels = categories;
    const bool stacked = sets.size() > 1;
    QAbstractBarSeries *series = nullptr;
    if (panel.horizontal)
        series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                         : new QHorizontalBarSeries;
    else
        series =
            stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    chart->legend()->setVisible(stacked);
    for (qsizetype s = 0; s < sets.size(); ++s) {
        const dashboard::Series &data = sets.at(s);
        auto *set = new QBarSet(data.label);
        for (const dashboard::Slice &slice : data.slices)
            set->append(slice.count);
        if (s < colors.size() && colors.at(s).isValid()) {
            set->setColor(colors.at(s));
            set->setBorderColor(colors.at(s));
        }
        series->append(set);
        const int setIndex = int(panel.sets.size());
        panel.sets.append(set);
        connect(set, &QBarSet::clicked, this, [this, d = panel.dimension, setIndex](int index) {
            if (const Panel *p = this->panel(d))
                onBarClicked(*p, setIndex, index);
        });
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    setRange(valueAxis);
    valueAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(categoryAxis, panel.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, panel.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // Axis labels a step smaller than the text, so category names fit a panel's width.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    valueAxis->setLabelsFont(small);
    chart->legend()->setFont(small);
    // Twelve or fourteen dates side by side: upright they would not fit.
    if (panel.dimension == Dimension::StatusOverTime)
        categoryAxis->setLabelsAngle(-90);
}

void DashboardView::onBarClicked(const Panel &panel, int set, int index)
{
    if (!m_filter || set >= panel.keys.size() || index >= panel.keys.at(set).size())
        return;
    const QString key = panel.keys.at(set).at(index);
    QString caption = panel.title + u": "_s + panel.labels.value(index);
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

DashboardIntegration::DashboardIntegration(MainWindow *window, const Services &services)
    : QObject(window)
{
    IdentityTableModel *model = services.identities;
    m_filter = new DashboardFilter(model, this);
    m_filter->setObjectName(u"dashboardFilter"_s);
    // No control in the bar: while a bar narrows the queue, the filter bar shows it as a chip
    // (its label()) whose button clears it.
    window->addQueueFilter(m_filter);

    m_view = new DashboardView(model, m_filter, services.settings);
    // The record-based charts; documents asked for come from the events' follow-up tracker.
    m_reader = new dashboard::RecordReader(
        services.store, services.events ? services.events->tracker() : nullptr, this);
    auto *dock = new QDockWidget(tr("Dashboard"), window);
    dock->setObjectName(u"dashboardDock"_s);
    dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    // The record is read once the dashboard is first shown, not at every start.
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_readerAttached) {
            m_readerAttached = true;
            m_view->setRecordReader(m_reader);
        }
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"actionDashboard"_s);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    window->menu(MainWindow::Menu::View)->addAction(toggle);
}

} // namespace console::ui

#include "ui/events/eventsview.h"

#include "core/events/eventrecord.h"
#include "core/events/eventsmodel.h"
#include "core/models/roles.h"
#include "paxos/model/enums.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

Tone toneForState(const QString &key)
{
    if (key == "applied"_L1)
        return Tone::Positive;
    if (key == "failed"_L1)
        return Tone::Negative;
    if (key == "fetching"_L1 || key == "applying"_L1)
        return Tone::Warning;
    if (key == "test"_L1)
        return Tone::Info;
    return Tone::Neutral;
}

// The processing state as a badge, so failures stand out in a long list.
class StateBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setFont(opt.font); // paintBadge derives the badge font from it
        paintBadge(painter, opt.rect.adjusted(4, 0, -4, 0), text,
                   toneForState(index.data(EventsModel::StateKeyRole).toString()), opt.palette);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        const QSize badge =
            badgeSizeHint(QFontMetrics(badgeFont(option.font)), index.data().toString());
        return {badge.width() + 8, qMax(base.height(), badge.height() + 6)};
    }
};

} // namespace

EventsView::EventsView(EventsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EventsFilterProxy(this))
{
    setObjectName(u"eventsView"_s);
    m_proxy->setSourceModel(model);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"eventTypeFilter"_s);
    m_type->setMinimumContentsLength(18);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"eventStateFilter"_s);
    m_state->addItem(tr("Any state"), QString());
    for (auto s : {EventRecord::State::Applied, EventRecord::State::AlreadyProcessed,
                   EventRecord::State::Fetching, EventRecord::State::Applying,
                   EventRecord::State::Failed, EventRecord::State::Test})
        m_state->addItem(eventStateLabel(s), eventStateKey(s));
    m_source = new QComboBox(this);
    m_source->setObjectName(u"eventSourceFilter"_s);
    m_source->addItem(tr("Any delivery"), QString());
    m_source->addItem(tr("By webhook"), eventSourceName(EventSource::Webhook));
    m_source->addItem(tr("By follower"), eventSourceName(EventSource::Follower));
    m_source->addItem(tr("By both"), eventSourceName(EventSource::Both));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"eventSearch"_s);
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Event or identity id, type…"));
    m_search->setClearButtonEnabled(true);
    m_sync = new QPushButton(tr("Sync now"), this);
    m_sync->setObjectName(u"eventSyncButton"_s);
    m_sync->setToolTip(tr("Ask Paxos for events now instead of waiting for the next poll"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_state);
    filters->addWidget(m_source);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_sync);

    m_delivery = new QLabel(this);
    m_delivery->setObjectName(u"eventDeliveryStatus"_s);
    m_delivery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delivery->setWordWrap(true);
    m_count = mutedLabel(QString(), this);
    m_count->setObjectName(u"eventCount"_s);
    auto *status = new QHBoxLayout;
    status->addWidget(m_delivery, 1);
    status->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(u"eventsTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventsModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(EventsModel::StateColumn, new StateBadgeDelegate(m_table));
    // Widths from what the columns hold, so nothing common is cut off.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    m_table->setColumnWidth(EventsModel::TimeColumn,
                            fm.horizontalAdvance(u"2026-12-31 23:59:59"_s) + pad);
    m_table->setColumnWidth(EventsModel::TypeColumn,
                            fm.horizontalAdvance(tr("Documents required")) + pad);
    m_table->setColumnWidth(EventsModel::IdentityColumn,
                            fm.horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s) + pad);
    m_table->setColumnWidth(EventsModel::SourceColumn,
                            fm.horizontalAdvance(eventSourceLabel(EventSource::Both)) + pad);
    m_table->setColumnWidth(
        EventsModel::StateColumn,
        fm.horizontalAdvance(eventStateLabel(EventRecord::State::AlreadyProcessed)) + 2 * pad);

    auto *rawPane = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawTitle = new QLabel(tr("Raw event"), rawPane);
    QFont bold = m_rawTitle->font();
    bold.setBold(true);
    m_rawTitle->setFont(bold);
    m_raw = new QPlainTextEdit(rawPane);
    m_raw->setObjectName(u"eventRawJson"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select an event to see it as Paxos sent it."));
    rawLayout->addWidget(m_rawTitle);
    rawLayout->addWidget(m_raw);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(rawPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(split, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTypeFilter(m_type->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(m_state->currentData().toString()); });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSourceFilter(m_source->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EventsFilterProxy::setText);
    connect(m_sync, &QPushButton::clicked, this, &EventsView::syncRequested);
    connect(model, &EventsModel::typesChanged, this, &EventsView::refreshTypes);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsView::showCurrent);
    // The raw text follows the selected event as it changes (fetched, applied).
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &EventsView::showCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdentityIdRole).toString();
        if (!id.isEmpty())
            emit identityActivated(id);
    });
    auto updateCount = [this] {
        m_count->setText(
            m_proxy->rowCount() == m_model->rowCount()
                ? tr("%n event(s)", nullptr, m_model->rowCount())
                : tr("%1 of %n event(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    refreshTypes();
    updateCount();
    setDeliveryStatus(tr("Events are not being received."), false);
}

void EventsView::setDeliveryStatus(const QString &text, bool healthy)
{
    m_delivery->setText(text);
    setToneText(m_delivery, healthy ? Tone::Positive : Tone::Warning);
}

void EventsView::refreshTypes()
{
    const QString current = m_type->currentData().toString();
    QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All event types"), QString());
    QStringList types = paxos::enums::eventType().wires();
    for (const QString &seen : m_model->types()) {
        if (!types.contains(seen))
            types.append(seen); // a new type Paxos added: shown as it is
    }
    for (const QString &type : std::as_const(types))
        m_type->addItem(paxos::enums::eventType().label(type), type);
    const int idx = m_type->findData(current);
    m_type->setCurrentIndex(qMax(0, idx));
}

void EventsView::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_raw->clear();
        m_rawTitle->setText(tr("Raw event"));
        return;
    }
    const QString json = current.data(EventsModel::RawJsonRole).toString();
    const QString error = current.data(EventsModel::ErrorRole).toString();
    m_rawTitle->setText(tr("Raw event %1").arg(current.data(EventsModel::EventIdRole).toString()));
    const QString text = error.isEmpty() ? json : error + u"\n\n"_s + json;
    if (m_raw->toPlainText() != text)
        m_raw->setPlainText(text);
}

} // namespace console::ui

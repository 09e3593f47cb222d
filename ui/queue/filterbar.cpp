#include "ui/queue/filterbar.h"

#include "core/models/identitypagesource.h"
#include "paxos/model/enums.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
// The minimum date of a QDateEdit shows its special value text: "any".
const QDate kAnyDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

void setDateOf(QDateEdit *edit, QDate date)
{
    edit->setDate(date.isValid() ? date : kAnyDate);
}

void fillCombo(QComboBox *combo, const paxos::EnumTable &table, const QString &anyText)
{
    combo->addItem(anyText, QString());
    const QStringList wires = table.wires();
    for (const QString &wire : wires)
        combo->addItem(table.label(wire), wire);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    return mutedLabel(text, parent);
}
} // namespace

IdentityQuery QueueFilterValues::toQuery() const
{
    const auto startOfLocalDay = [](QDate date) {
        return date.isValid() ? date.startOfDay().toUTC() : QDateTime();
    };
    IdentityQuery q;
    q.status = status;
    q.type = type;
    q.createdFrom = startOfLocalDay(createdFrom);
    q.createdBefore = startOfLocalDay(createdTo.isValid() ? createdTo.addDays(1) : QDate());
    q.updatedFrom = startOfLocalDay(updatedFrom);
    q.updatedBefore = startOfLocalDay(updatedTo.isValid() ? updatedTo.addDays(1) : QDate());
    return q;
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"filterBar"_s);
    m_layout = new FlowLayout(this);
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(12);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"quickSearch"_s);
    m_search->setPlaceholderText(tr("Search name, ref_id, id or cip_id’s last digits"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(u"search"_s), QLineEdit::LeadingPosition);
    // Room for the placeholder when there is room; on a narrow window it may give some back.
    m_search->setMinimumWidth(200);
    QSizePolicy searchPolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    searchPolicy.setHorizontalStretch(2);
    m_search->setSizePolicy(searchPolicy);
    m_search->setAccessibleName(tr("Quick search"));
    m_search->installEventFilter(this);
    m_layout->addWidget(m_search);

    auto *statusLabel = caption(tr("&Status"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    fillCombo(m_status, paxos::enums::identityStatus(), tr("Any status"));
    statusLabel->setBuddy(m_status);
    m_layout->addWidget(group({statusLabel, m_status}));

    auto *typeLabel = caption(tr("&Type"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeFilter"_s);
    fillCombo(m_type, paxos::enums::identityType(), tr("Any type"));
    typeLabel->setBuddy(m_type);
    m_layout->addWidget(group({typeLabel, m_type}));

    auto *createdLabel = caption(tr("&Created"), this);
    m_createdFrom = makeDateEdit(u"createdFrom"_s, tr("Created from"));
    m_createdTo = makeDateEdit(u"createdTo"_s, tr("Created until"));
    createdLabel->setBuddy(m_createdFrom);
    m_layout->addWidget(group({createdLabel, m_createdFrom, caption(u"–"_s, this), m_createdTo}));

    auto *updatedLabel = caption(tr("&Updated"), this);
    m_updatedFrom = makeDateEdit(u"updatedFrom"_s, tr("Updated from"));
    m_updatedTo = makeDateEdit(u"updatedTo"_s, tr("Updated until"));
    updatedLabel->setBuddy(m_updatedFrom);
    m_layout->addWidget(group({updatedLabel, m_updatedFrom, caption(u"–"_s, this), m_updatedTo}));

    m_layout->addStretch();
    m_summary = caption({}, this);
    m_summary->setObjectName(u"queueSummary"_s);
    QWidget *trailing = group({m_summary});
    m_trailing = qobject_cast<QHBoxLayout *>(trailing->layout());
    m_layout->addWidget(trailing);

    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilters);
    for (QDateEdit *edit : {m_createdFrom, m_createdTo, m_updatedFrom, m_updatedTo}) {
        // Typing a date fires once per digit; apply when the editor is done.
        connect(edit, &QDateEdit::editingFinished, this, &FilterBar::emitFilters);
    }

    // Filtering 100,000 loaded rows takes a few milliseconds; a short debounce keeps fast
    // typing from queueing redundant passes while still feeling instant.
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(60);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { emit quickSearchChanged(m_search->text()); });
}

QDateEdit *FilterBar::makeDateEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("any"));
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(kAnyDate);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 40);
    return edit;
}

QWidget *FilterBar::group(std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    for (QWidget *w : widgets)
        row->addWidget(w);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

void FilterBar::addTrailingAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setObjectName(action->objectName() + u"Button"_s);
    m_trailing->addWidget(button);
}

void FilterBar::addTrailingWidget(QWidget *widget)
{
    widget->setParent(this);
    m_trailing->addWidget(widget);
}

void FilterBar::addFilter(QLabel *caption, QWidget *field)
{
    caption->setParent(this);
    field->setParent(this);
    // After the search and any filter added before.
    m_layout->insertWidget(1 + m_extraFilters++, group({caption, field}));
}

QueueFilterValues FilterBar::values() const
{
    QueueFilterValues v;
    v.status = m_status->currentData().toString();
    v.type = m_type->currentData().toString();
    v.createdFrom = dateOf(m_createdFrom);
    v.createdTo = dateOf(m_createdTo);
    v.updatedFrom = dateOf(m_updatedFrom);
    v.updatedTo = dateOf(m_updatedTo);
    return v;
}

void FilterBar::setValues(const QueueFilterValues &values)
{
    m_blockSignals = true;
    m_status->setCurrentIndex(qMax(0, m_status->findData(values.status)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(values.type)));
    setDateOf(m_createdFrom, values.createdFrom);
    setDateOf(m_createdTo, values.createdTo);
    setDateOf(m_updatedFrom, values.updatedFrom);
    setDateOf(m_updatedTo, values.updatedTo);
    m_blockSignals = false;
    emitFilters();
}

QString FilterBar::quickSearch() const
{
    return m_search->text();
}

void FilterBar::setQuickSearch(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce->stop();
    emit quickSearchChanged(text);
}

void FilterBar::clear()
{
    setQuickSearch({});
    setValues({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QString FilterBar::summary() const
{
    return m_summary->text();
}

void FilterBar::emitFilters()
{
    if (m_blockSignals)
        return;
    const QueueFilterValues v = values();
    if (v == m_lastEmitted)
        return;
    m_lastEmitted = v;
    emit filtersChanged(v);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            if (m_searchDebounce->isActive()) {
                m_searchDebounce->stop();
                emit quickSearchChanged(m_search->text());
            }
            emit moveToResults();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setQuickSearch({});
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace console::ui

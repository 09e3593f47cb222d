#include "ui/queue/queuetableview.h"

#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
// The text of a laid-out "Waiting on" cell, with the member's name cut first.
QString fitWaitingOn(const QStyleOptionViewItem &option)
{
    const QString &text = option.text;
    const QFontMetrics &fm = option.fontMetrics;
    // The room the style leaves for the text (its margin on either side of it).
    const QStyle *style = option.widget ? option.widget->style() : nullptr;
    const int margin =
        style ? style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1 : 0;
    const int room = option.rect.width() - 2 * margin;
    if (fm.horizontalAdvance(text) <= room)
        return text;
    const qsizetype colon = text.indexOf(u": "_s);
    if (colon <= 0)
        return text; // not a member's line: cut at the end as usual
    const QString tail = text.mid(colon);
    // The status keeps its room; the roles (after " (") go first, they are in the tooltip;
    // then the name is cut, keeping a few characters so the row is still recognisable.
    const qsizetype roles = tail.indexOf(u" ("_s);
    const QString status = roles < 0 ? tail : tail.left(roles);
    const QString name = text.left(colon);
    if (fm.horizontalAdvance(name + status) <= room)
        return name + status;
    const int nameRoom = qMax(room - fm.horizontalAdvance(status), fm.averageCharWidth() * 8);
    return fm.elidedText(name, Qt::ElideRight, nameRoom) + status;
}
} // namespace

QString WaitingOnDelegate::shownText(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem laidOut = option;
    initStyleOption(&laidOut, index);
    return laidOut.text;
}

void WaitingOnDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = fitWaitingOn(*option);
}

QueueTableView::QueueTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"queueTable"_s);
    setAccessibleName(tr("Identities"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setSortingEnabled(true);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setTextElideMode(Qt::ElideRight);
    setItemDelegateForColumn(console::IdentityTableModel::BlockingColumn,
                             new WaitingOnDelegate(this));

    QHeaderView *v = verticalHeader();
    v->setVisible(false);
    v->setSectionResizeMode(QHeaderView::Fixed);
    v->setDefaultSectionSize(fontMetrics().height() + 12);
    v->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView *h = horizontalHeader();
    h->setSectionsMovable(true);
    h->setHighlightSections(false);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    h->setSortIndicatorShown(true);
    connect(h, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(horizontalHeader()->mapToGlobal(pos)); });

    connect(this, &QAbstractItemView::doubleClicked, this, &QueueTableView::openRequested);

    m_sortCue = new QLabel(tr("Sorting…"), viewport());
    m_sortCue->setObjectName(u"sortCue"_s);
    m_sortCue->setAlignment(Qt::AlignCenter);
    m_sortCue->setAutoFillBackground(true);
    m_sortCue->setFrameShape(QFrame::StyledPanel);
    m_sortCue->setMargin(8);
    m_sortCue->hide();
    // Most sorts finish before anyone could read the cue: it waits a moment before it shows.
    m_sortCueDelay = new QTimer(this);
    m_sortCueDelay->setSingleShot(true);
    m_sortCueDelay->setInterval(150);
    connect(m_sortCueDelay, &QTimer::timeout, this, [this] {
        placeSortCue();
        m_sortCue->show();
        m_sortCue->raise();
    });
}

void QueueTableView::setModel(QAbstractItemModel *model)
{
    if (m_identities)
        disconnect(m_identities, nullptr, this, nullptr);
    if (m_searchProxy)
        disconnect(m_searchProxy, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_searchProxy = qobject_cast<console::IdentityFilterProxy *>(model);
    onSearchingChanged(m_searchProxy && m_searchProxy->isSearching());
    if (m_searchProxy)
        connect(m_searchProxy, &console::IdentityFilterProxy::searchingChanged, this,
                &QueueTableView::onSearchingChanged);
    QAbstractItemModel *source = model;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    m_identities = qobject_cast<console::IdentityTableModel *>(source);
    onSortingChanged(m_identities && m_identities->isSorting());
    if (m_identities)
        connect(m_identities, &console::IdentityTableModel::sortingChanged, this,
                &QueueTableView::onSortingChanged);
}

bool QueueTableView::isSortCueVisible() const
{
    return m_sortCue->isVisible();
}

void QueueTableView::onSortingChanged(bool sorting)
{
    m_sorting = sorting;
    updateCue();
}

void QueueTableView::onSearchingChanged(bool searching)
{
    m_searching = searching;
    updateCue();
}

void QueueTableView::updateCue()
{
    // A sort is the longer wait of the two, and its cue was there first.
    m_sortCue->setText(m_sorting ? tr("Sorting…") : tr("Searching…"));
    if (m_sortCue->isVisible())
        placeSortCue();
    if (m_sorting || m_searching) {
        if (!m_sortCue->isVisible() && !m_sortCueDelay->isActive())
            m_sortCueDelay->start();
        return;
    }
    m_sortCueDelay->stop();
    m_sortCue->hide();
}

void QueueTableView::placeSortCue()
{
    m_sortCue->adjustSize();
    const QRect area = viewport()->rect();
    m_sortCue->move(area.center().x() - m_sortCue->width() / 2, area.top() + 12);
}

void QueueTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_sortCue->isVisible())
        placeSortCue();
}

QList<int> QueueTableView::visibleColumnsInOrder() const
{
    QList<int> columns;
    const QHeaderView *h = horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void QueueTableView::showColumnMenu(const QPoint &globalPos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    QHeaderView *h = horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        QAction *a = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!h->isSectionHidden(logical));
        a->setEnabled(logical != m_mandatoryColumn);
        connect(a, &QAction::toggled, this,
                [h, logical](bool on) { h->setSectionHidden(logical, !on); });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Reset Columns"));
    connect(reset, &QAction::triggered, this, &QueueTableView::columnsReset);
    menu.exec(globalPos);
}

void QueueTableView::moveBy(int rows)
{
    if (!model() || model()->rowCount() == 0)
        return;
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() + rows : 0;
    row = qBound(0, row, model()->rowCount() - 1);
    const int column = current.isValid() ? current.column() : horizontalHeader()->logicalIndex(0);
    const QModelIndex next = model()->index(row, column);
    setCurrentIndex(next);
    scrollTo(next);
}

void QueueTableView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain) {
        switch (event->key()) {
        case Qt::Key_J:
            moveBy(1);
            return;
        case Qt::Key_K:
            moveBy(-1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid())
                emit openRequested(currentIndex());
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace console::ui

#include "ui/queue/queuetableview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace console::ui {

QueueTableView::QueueTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"queueTable"_s);
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

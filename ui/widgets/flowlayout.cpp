#include "ui/widgets/flowlayout.h"

#include <QWidget>

namespace console::ui {

namespace {

int growWeight(QLayoutItem *item)
{
    if (!(item->expandingDirections() & Qt::Horizontal))
        return 0;
    if (QWidget *w = item->widget())
        return qMax(1, int(w->sizePolicy().horizontalStretch()));
    return 1;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::insertItem(int index, QLayoutItem *item)
{
    m_items.insert(qBound(0, index, count()), item);
    invalidate();
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    insertItem(index, new QWidgetItem(widget));
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = qMax(height, hint.height());
        ++shown;
    }
    width += qMax(0, shown - 1) * spacing();
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    const int available = qMax(1, area.width());

    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<Placed> row;
    int rowWidth = 0;
    int y = area.y();
    bool anyRow = false;

    const auto finishRow = [&] {
        if (row.isEmpty())
            return;
        int rowHeight = 0;
        int weights = 0;
        for (const Placed &p : std::as_const(row)) {
            rowHeight = qMax(rowHeight, p.item->sizeHint().height());
            weights += growWeight(p.item);
        }
        if (apply) {
            int spare = qMax(0, available - rowWidth);
            int x = area.x();
            for (const Placed &p : std::as_const(row)) {
                int width = p.width;
                if (const int weight = growWeight(p.item); weight > 0 && weights > 0) {
                    const int extra = spare * weight / weights;
                    width += extra;
                    spare -= extra;
                    weights -= weight;
                }
                // Its own height, centred; an item with no preference fills the row.
                int height = qMax(p.item->minimumSize().height(), p.item->sizeHint().height());
                height = height > 0 ? qMin(rowHeight, height) : rowHeight;
                p.item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                x += width + gap;
            }
        }
        y += rowHeight + gap;
        anyRow = true;
        row.clear();
        rowWidth = 0;
    };

    // A stretch belongs to the item after it: when that item wraps, the stretch goes along
    // and still pushes it to the right edge of its new row.
    QLayoutItem *pendingStretch = nullptr;
    for (QLayoutItem *item : m_items) {
        if (item->spacerItem()) {
            if (growWeight(item) > 0)
                pendingStretch = item;
            continue;
        }
        if (item->isEmpty())
            continue;
        const int width =
            qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), available));
        const int stretchGap = pendingStretch ? gap : 0;
        if (!row.isEmpty() && rowWidth + gap + stretchGap + width > available)
            finishRow();
        if (pendingStretch) {
            rowWidth = row.isEmpty() ? 0 : rowWidth + gap;
            row.append({pendingStretch, 0});
            pendingStretch = nullptr;
        }
        rowWidth = row.isEmpty() ? width : rowWidth + gap + width;
        row.append({item, width});
    }
    if (pendingStretch && !row.isEmpty())
        row.append({pendingStretch, 0});
    finishRow();
    if (anyRow)
        y -= gap;
    return y - rect.y() + contentsMargins().bottom();
}

} // namespace console::ui

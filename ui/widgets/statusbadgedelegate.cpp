#include "ui/widgets/statusbadgedelegate.h"

#include "core/models/roles.h"
#include "ui/widgets/statusbadge.h"

#include <QApplication>
#include <QPainter>

namespace console::ui {

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus come from the style, so the row looks like its neighbours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString wire = index.data(WireValueRole).toString();
    const QRect area = option.rect.adjusted(6, 3, -6, -3);
    painter->save();
    painter->setFont(option.font);
    paintBadge(painter, area, text, toneForWireValue(wire), option.palette);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    QSize s = badgeSizeHint(QFontMetrics(badgeFont(option.font)), text);
    return s + QSize(12, 6);
}

} // namespace console::ui

#pragma once

#include <QStyledItemDelegate>

namespace console::ui {

// Paints a cell as a status badge: text from Qt::DisplayRole, colour from the wire value in
// console::WireValueRole. Only paints; it never edits.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        return nullptr;
    }
};

} // namespace console::ui

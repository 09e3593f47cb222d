#pragma once

#include <QLayout>
#include <QList>

namespace console::ui {

// Lays items out left to right and starts a new row when the width runs out, so a bar of
// filters fits a 1366-pixel laptop screen (two rows) as well as a wide monitor (one row).
// On each row the spare width goes to the items that expand horizontally — widgets by their
// horizontal stretch (at least 1), expanding spacers by 1 — so a stretch before the last
// item keeps that item at the right edge, as in a QHBoxLayout.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertItem(int index, QLayoutItem *item);
    void insertWidget(int index, QWidget *widget);
    void addStretch();

    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace console::ui

#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

class QLabel;
class QTimer;

namespace console {
class IdentityFilterProxy;
class IdentityTableModel;
} // namespace console

namespace console::ui {

// The "Waiting on" cell. An institution's blocking member reads "Member <name>: <status>
// (<roles>)"; cut at the end, as other cells are, the status went first, and the status is
// what the reviewer reads the cell for. When the cell is too narrow the name gives way first.
class WaitingOnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text shown for `index` in a cell laid out as `option` says.
    QString shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The identity table. Arrows or j/k move, Enter opens, Home/End jump; the header's context
// menu chooses columns. Tuned for 100,000 rows: fixed row height, no word wrap, no
// resize-to-contents. While the identity model computes a sort in the background, a "Sorting…"
// cue appears over the table if it takes longer than a moment; while the quick search's pass
// runs on its worker (IdentityFilterProxy), a "Searching…" cue does the same.
class QueueTableView : public QTableView
{
    Q_OBJECT
public:
    explicit QueueTableView(QWidget *parent = nullptr);

    // Follows the IdentityTableModel under `model` (directly or through proxies) for the cue.
    void setModel(QAbstractItemModel *model) override;
    bool isSortCueVisible() const;

    // Columns the reviewer cannot hide (the name), so the table never becomes empty.
    void setMandatoryColumn(int logicalIndex) { m_mandatoryColumn = logicalIndex; }
    QList<int> visibleColumnsInOrder() const;
    void showColumnMenu(const QPoint &globalPos);

signals:
    void openRequested(const QModelIndex &index);
    void columnsReset();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void moveBy(int rows);
    void onSortingChanged(bool sorting);
    void placeSortCue();
    int m_mandatoryColumn = 0;
    void onSearchingChanged(bool searching);
    void updateCue();
    QPointer<console::IdentityTableModel> m_identities;
    QPointer<console::IdentityFilterProxy> m_searchProxy;
    bool m_sorting = false;
    bool m_searching = false;
    QLabel *m_sortCue = nullptr;
    QTimer *m_sortCueDelay = nullptr;
};

} // namespace console::ui

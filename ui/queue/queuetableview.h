#pragma once

#include <QTableView>

namespace console::ui {

// The identity table. Arrows or j/k move, Enter opens, Home/End jump; the header's context
// menu chooses columns. Tuned for 100,000 rows: fixed row height, no word wrap, no
// resize-to-contents.
class QueueTableView : public QTableView
{
    Q_OBJECT
public:
    explicit QueueTableView(QWidget *parent = nullptr);

    // Columns the reviewer cannot hide (the name), so the table never becomes empty.
    void setMandatoryColumn(int logicalIndex) { m_mandatoryColumn = logicalIndex; }
    QList<int> visibleColumnsInOrder() const;
    void showColumnMenu(const QPoint &globalPos);

signals:
    void openRequested(const QModelIndex &index);
    void columnsReset();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveBy(int rows);
    int m_mandatoryColumn = 0;
};

} // namespace console::ui

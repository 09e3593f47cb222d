#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include <utility>

namespace console::bulkimport {
class ImportPlan;
}

namespace console::ui {

// A cell as the preview shows it: government ids and dates of birth masked (by the field the
// column is mapped to).
QString maskedCell(const QString &path, const QString &text);

// The import preview: one row per file row, a Status column, the file's columns (editable:
// a fix in place is checked again at once) and a Problems column. PII cells are masked in
// every role until revealed (the editor reads Qt::EditRole, so it cannot bypass the record). A cell
// with a problem is marked and says it in its tooltip; a row's problems that concern no cell are in
// Problems.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { HasErrorRole = Qt::UserRole + 1 };
    static constexpr int kStatusColumn = 0;
    static constexpr int kFirstFileColumn = 1;

    explicit ImportPreviewModel(bulkimport::ImportPlan *plan, QObject *parent = nullptr);

    // The plan changed as a whole (new file, new mapping).
    void reset();
    // One row changed (a send outcome).
    void rowChanged(int row);
    // Editing stops while a send runs.
    void setEditable(bool editable) { m_editable = editable; }
    // A government id or date of birth cell (masked on screen). Its editor gets the value only
    // once the cell is revealed, and revealing is recorded (ImportDialog::revealCell).
    bool isPiiCell(const QModelIndex &index) const;
    bool isRevealed(const QModelIndex &index) const;
    void setRevealed(const QModelIndex &index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int problemsColumn() const;

signals:
    void rowEdited(int row);

private:
    bulkimport::ImportPlan *m_plan;
    bool m_editable = true;
    QSet<std::pair<int, int>> m_revealed; // (row, file column)
};

} // namespace console::ui

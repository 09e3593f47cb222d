#pragma once

#include <QAbstractTableModel>

namespace console::bulkimport {
class ImportPlan;
}

namespace console::ui {

// The import preview: one row per file row, a Status column, the file's columns (editable:
// a fix in place is checked again at once) and a Problems column. A cell with a problem is
// marked and says it in its tooltip; a row's problems that concern no cell are in Problems.
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
};

} // namespace console::ui

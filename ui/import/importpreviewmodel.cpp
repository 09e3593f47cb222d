#include "ui/import/importpreviewmodel.h"

#include "core/import/importplan.h"
#include "core/record/redaction.h"
#include "ui/widgets/statusbadge.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace console::ui {

using bulkimport::CellIssue;
using bulkimport::ImportPlan;
using bulkimport::RowStatus;

QString maskedCell(const QString &path, const QString &text)
{
    // PII is masked by default in the console: government ids and dates of birth show their
    // shape only. Editing a cell shows it once the reveal is recorded.
    const QString key = path.mid(path.lastIndexOf(u'.') + 1);
    if (text.isEmpty() || key.isEmpty() || !redaction::isPiiKey(key))
        return text;
    return key == "date_of_birth"_L1 ? redaction::maskDate(text) : redaction::maskCipId(text);
}

ImportPreviewModel::ImportPreviewModel(ImportPlan *plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
}

void ImportPreviewModel::reset()
{
    beginResetModel();
    m_revealed.clear();
    endResetModel();
}

void ImportPreviewModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_plan->rowCount();
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan->header().size()) + 2;
}

int ImportPreviewModel::problemsColumn() const
{
    return int(m_plan->header().size()) + 1;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole && section < m_plan->rowCount()
            ? QVariant(m_plan->row(section).line)
            : QVariant();
    if (section == kStatusColumn)
        return tr("Status");
    if (section == problemsColumn())
        return tr("Problems");
    const int column = section - kFirstFileColumn;
    if (role == Qt::ToolTipRole)
        return bulkimport::importFieldLabel(m_plan->mapping().targets.value(column));
    return m_plan->header().value(column);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan->rowCount())
        return {};
    const auto &row = m_plan->row(index.row());
    const int col = index.column();
    if (col == kStatusColumn) {
        if (role == Qt::DisplayRole) {
            QString text = bulkimport::rowStatusLabel(row.status);
            if (!row.identityId.isEmpty())
                text += u" · "_s + row.identityId.left(8);
            return text;
        }
        if (role == Qt::ToolTipRole)
            return row.problem.isEmpty() ? row.identityId : row.problem;
        if (role == Qt::ForegroundRole) {
            switch (row.status) {
            case RowStatus::Invalid:
            case RowStatus::Failed:
            case RowStatus::Duplicate:
                return QBrush(badgeColors(Tone::Negative, QGuiApplication::palette()).foreground);
            case RowStatus::Created:
            case RowStatus::Existing:
                return QBrush(badgeColors(Tone::Positive, QGuiApplication::palette()).foreground);
            default:
                return {};
            }
        }
        return {};
    }
    if (col == problemsColumn()) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        QStringList parts;
        for (const CellIssue &issue : row.issues)
            if (issue.column < 0)
                parts.append(issue.message);
        if (!row.problem.isEmpty())
            parts.append(row.problem);
        return parts.join(role == Qt::DisplayRole ? u"; "_s : u"\n"_s);
    }
    const int column = col - kFirstFileColumn;
    const CellIssue *issue = nullptr;
    for (const CellIssue &i : row.issues)
        if (i.column == column && (!issue || i.error))
            issue = &i;
    switch (role) {
    case Qt::DisplayRole:
        return maskedCell(m_plan->mapping().targets.value(column), row.cells.value(column));
    case Qt::EditRole:
        // An unrevealed PII cell has no value for an editor: empty, not masked (a masked value
        // written back would replace the real one).
        if (isPiiCell(index) && !isRevealed(index))
            return QString();
        return row.cells.value(column);
    case Qt::ToolTipRole:
        return issue ? issue->message : QVariant();
    case Qt::BackgroundRole:
        if (issue)
            return QBrush(badgeColors(issue->error ? Tone::Negative : Tone::Warning,
                                      QGuiApplication::palette())
                              .background);
        return {};
    case HasErrorRole:
        return issue && issue->error;
    default:
        return {};
    }
}

bool ImportPreviewModel::isPiiCell(const QModelIndex &index) const
{
    const int column = index.column() - kFirstFileColumn;
    if (!index.isValid() || column < 0 || column >= m_plan->header().size())
        return false;
    const QString path = m_plan->mapping().targets.value(column);
    const QString key = path.mid(path.lastIndexOf(u'.') + 1);
    return !key.isEmpty() && redaction::isPiiKey(key);
}

bool ImportPreviewModel::isRevealed(const QModelIndex &index) const
{
    return m_revealed.contains({index.row(), index.column() - kFirstFileColumn});
}

void ImportPreviewModel::setRevealed(const QModelIndex &index)
{
    m_revealed.insert({index.row(), index.column() - kFirstFileColumn});
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int column = index.column() - kFirstFileColumn;
    if (m_editable && column >= 0 && column < m_plan->header().size()) {
        const RowStatus s = m_plan->row(index.row()).status;
        if (s == RowStatus::Ready || s == RowStatus::Invalid || s == RowStatus::NotSent
            || s == RowStatus::Failed || s == RowStatus::Skipped)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    m_plan->setCell(index.row(), index.column() - kFirstFileColumn, value.toString());
    rowChanged(index.row());
    emit rowEdited(index.row());
    return true;
}

} // namespace console::ui

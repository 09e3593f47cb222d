#include "ui/record/audittrailtablemodel.h"

#include "ui/widgets/statusbadge.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QString outcomeLabel(const QString &outcome)
{
    if (outcome == auditOutcomeName(AuditOutcome::Succeeded))
        return AuditTrailTableModel::tr("Succeeded");
    if (outcome == auditOutcomeName(AuditOutcome::Failed))
        return AuditTrailTableModel::tr("Failed");
    if (outcome == auditOutcomeName(AuditOutcome::Cancelled))
        return AuditTrailTableModel::tr("Cancelled");
    return outcome;
}

} // namespace

AuditTrailTableModel::AuditTrailTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AuditTrailTableModel::reload(PageSource source, int pageSize)
{
    beginResetModel();
    m_source = std::move(source);
    m_pageSize = qMax(1, pageSize);
    m_entries.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchMore({});
    return m_error;
}

int AuditTrailTableModel::rowOfSeq(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).seq == seq)
            return row;
    }
    return -1;
}

void AuditTrailTableModel::setBrokenSeq(qint64 seq)
{
    const int before = rowOfSeq(m_brokenSeq);
    m_brokenSeq = seq;
    const int after = rowOfSeq(seq);
    for (int row : {before, after}) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int AuditTrailTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::BackgroundRole && m_brokenSeq != 0 && e.seq == m_brokenSeq)
        return QBrush(badgeColors(Tone::Negative, QGuiApplication::palette()).background);
    if (role == Qt::ForegroundRole && m_brokenSeq != 0 && e.seq == m_brokenSeq)
        return QBrush(badgeColors(Tone::Negative, QGuiApplication::palette()).foreground);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(e.at().toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case Operator:
        return e.operatorName;
    case OsUser:
        return e.osUser;
    case Environment:
        return e.environment;
    case Action:
        return auditActionLabel(e.action);
    case Identity:
        return e.identityId;
    case Outcome:
        return outcomeLabel(e.outcome);
    case RequestId:
        return e.requestId;
    case Seq:
        return e.seq;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTrailTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Operator:
        return tr("Operator");
    case OsUser:
        return tr("OS user");
    case Environment:
        return tr("Environment");
    case Action:
        return tr("Action");
    case Identity:
        return tr("Identity");
    case Outcome:
        return tr("Outcome");
    case RequestId:
        return tr("Request id");
    case Seq:
        return tr("Entry");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditTrailTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_source;
}

void AuditTrailTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    auto page = m_source(before);
    if (!page) {
        m_error = page.errorMessage();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(page.value());
    endInsertRows();
}

} // namespace console::ui

#include "core/models/csvexporter.h"

#include "core/logging.h"
#include "core/record/auditcsvexport.h"
#include "core/record/audittrail.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

CsvExporter::CsvExporter(QObject *parent)
    : QObject(parent)
{
}

CsvExporter::~CsvExporter() = default;

QString CsvExporter::escapeCell(const QString &value)
{
    // One rule for every CSV the console and paxosctl write (formula cells neutralised).
    return AuditCsvExport::csvCell(value);
}

void CsvExporter::recordIn(AuditTrail *trail, const QString &what)
{
    m_recordRequired = true;
    m_audit = trail;
    m_what = what;
}

bool CsvExporter::start(QAbstractItemModel *model, const QList<int> &columns, const QString &path)
{
    if (m_file) {
        m_error = tr("An export is already running.");
        return false;
    }
    m_error.clear();
    if (m_recordRequired && !m_audit) {
        m_error = tr("Exporting is not possible: there is no audit trail to record it in.");
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file->errorString());
        return false;
    }
    // Personal data: only the owner may read the export (set before a byte is written).
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_model = model;
    m_columns = columns;
    m_next = 0;
    m_written = 0;
    m_rows.clear();
    const int count = model->rowCount();
    m_rows.reserve(count);
    // Persistent indexes follow rows that move while the export runs (a live queue re-sorts
    // when an event updates a row), so every row is written exactly once.
    for (int r = 0; r < count; ++r)
        m_rows.append(QPersistentModelIndex(model->index(r, 0)));

    QStringList header;
    m_columnNames.clear();
    m_path = path;
    for (int c : std::as_const(m_columns)) {
        m_columnNames.append(model->headerData(c, Qt::Horizontal).toString());
        header.append(escapeCell(m_columnNames.constLast()));
    }
    // A BOM so spreadsheet programs read names with accents as UTF-8.
    file->write("\xEF\xBB\xBF");
    file->write((header.join(u',') + u"\r\n"_s).toUtf8());
    m_file = std::move(file);
    emit progress(0, int(m_rows.size()));
    if (!m_file)
        return true; // cancelled from a progress slot; finished() was emitted
    QTimer::singleShot(0, this, &CsvExporter::writeChunk);
    return true;
}

void CsvExporter::cancel()
{
    if (m_file)
        finish(false, tr("Export cancelled."));
}

void CsvExporter::writeChunk()
{
    if (!m_file)
        return;
    if (!m_model) {
        finish(false, tr("The list was closed during the export."));
        return;
    }
    const qsizetype end = qMin(m_rows.size(), m_next + m_chunk);
    QString out;
    QStringList cells;
    cells.reserve(m_columns.size());
    for (; m_next < end; ++m_next) {
        const QPersistentModelIndex &p = m_rows.at(m_next);
        if (!p.isValid())
            continue; // removed while exporting
        cells.clear();
        for (int c : std::as_const(m_columns))
            cells.append(escapeCell(p.sibling(p.row(), c).data(Qt::DisplayRole).toString()));
        out += cells.join(u',');
        out += u"\r\n"_s;
        ++m_written;
    }
    if (m_file->write(out.toUtf8()) < 0) {
        finish(false, tr("Writing failed: %1").arg(m_file->errorString()));
        return;
    }
    const qsizetype total = m_rows.size();
    emit progress(int(m_next), int(total));
    if (!m_file)
        return; // cancelled from a progress slot
    if (m_next >= total) {
        // Recorded before the file exists: an export the trail does not know of is not saved.
        if (const QString notRecorded = record(); !notRecorded.isEmpty()) {
            finish(false,
                   tr("The export was not saved: the audit trail cannot record it: %1")
                       .arg(notRecorded));
            return;
        }
        if (!m_file->commit()) {
            finish(false, tr("Saving failed: %1").arg(m_file->errorString()));
            return;
        }
        m_file.reset();
        finish(true, {});
        return;
    }
    QTimer::singleShot(0, this, &CsvExporter::writeChunk);
}

QString CsvExporter::record()
{
    if (!m_recordRequired)
        return {};
    if (!m_audit)
        return tr("there is no audit trail");
    AuditRecord entry;
    entry.action = AuditAction::Export;
    entry.details = QJsonObject{{u"what"_s, m_what},
                                {u"file"_s, QFileInfo(m_path).fileName()},
                                {u"rows"_s, qint64(m_written)},
                                {u"columns"_s, QJsonArray::fromStringList(m_columnNames)}};
    const auto appended = m_audit->append(entry);
    return appended ? QString() : appended.errorMessage();
}

void CsvExporter::finish(bool ok, const QString &error)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_rows.clear();
    m_error = error;
    if (!ok)
        qCInfo(lcModels) << "CSV export stopped:" << error;
    emit finished(ok);
}

} // namespace console

#pragma once

#include "core/record/audittrail.h"

#include <QObject>
#include <QSaveFile>

#include <memory>

namespace console {

// Writes the audit entries matching a filter to a CSV file, oldest first, a page per turn of
// the event loop. The file appears only when the export finishes (QSaveFile): a cancelled or
// failed export leaves nothing half-written behind. Cells a spreadsheet would run as a formula
// are prefixed with an apostrophe.
class AuditCsvExport : public QObject
{
    Q_OBJECT
public:
    AuditCsvExport(AuditTrail *trail, const AuditFilter &filter, const QString &path,
                   QObject *parent = nullptr);
    ~AuditCsvExport() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    static QStringList header();
    static QString csvCell(const QString &value);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

signals:
    void progress(qint64 written, qint64 total);
    // ok false with an empty error: cancelled.
    void finished(bool ok, const QString &error);

private:
    void writePage();
    void fail(const QString &error);

    AuditTrail *m_trail;
    AuditFilter m_filter;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_total = 0;
    qint64 m_written = 0;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace console

#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAbstractItemModel;
class QSaveFile;

namespace console {

class AuditTrail;

// Writes what a view shows (rows in the model's order, the given columns in the given order)
// to a CSV file, a chunk per event-loop turn, so 100,000 rows never freeze the window.
// Progress is reported; cancel() stops and leaves no partial file behind (QSaveFile).
//
// Cells are RFC 4180 quoted. A cell that a spreadsheet would run as a formula (starting with
// = + - @ or a tab) is prefixed with an apostrophe: exported customer data must not execute.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    explicit CsvExporter(QObject *parent = nullptr);
    ~CsvExporter() override;

    // From now on every export is recorded in trail (an `export` entry: what, file name, rows,
    // columns) before the file is saved, and refused when it cannot be: without a trail
    // start() fails, and when the entry cannot be written the file is not saved.
    void recordIn(AuditTrail *trail, const QString &what);

    // Starts writing; returns false (and sets errorString) when the file cannot be opened.
    bool start(QAbstractItemModel *model, const QList<int> &columns, const QString &path);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    QString errorString() const { return m_error; }

    int rowsPerChunk() const { return m_chunk; }
    void setRowsPerChunk(int rows) { m_chunk = qMax(1, rows); }

    static QString escapeCell(const QString &value);

signals:
    void progress(int done, int total);
    // ok == false: cancelled or failed; errorString() says which.
    void finished(bool ok);

private:
    void writeChunk();
    void finish(bool ok, const QString &error);
    // Empty when recorded (or no record is asked for), else why not.
    QString record();

    QPointer<QAbstractItemModel> m_model;
    QList<int> m_columns;
    QStringList m_columnNames;
    QString m_path;
    bool m_recordRequired = false;
    QPointer<AuditTrail> m_audit;
    QString m_what;
    QList<QPersistentModelIndex> m_rows;
    std::unique_ptr<QSaveFile> m_file;
    qsizetype m_next = 0;
    qsizetype m_written = 0;
    int m_chunk = 2000;
    QString m_error;
};

} // namespace console

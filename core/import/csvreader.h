#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace console::bulkimport {

// Bounds on what a file may hold, checked before a buffer grows past them: an import file
// comes from outside (a spreadsheet export, a partner's system) and may be hostile.
struct ReadLimits
{
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qsizetype maxFieldBytes = 16 * 1024; // one cell
    qsizetype maxRecordBytes = 256 * 1024; // one row (a JSON Lines line)
    int maxFields = 512; // cells in a row
    int maxRows = 200000;
};

// One record of the file as read: its cells and the line it starts on (1-based, the header
// is line 1 of a CSV file).
struct SourceRow
{
    int line = 0;
    QStringList cells;
    // Something wrong with the row's shape (cell count, stray quote, not a JSON object);
    // the row is shown with it and not sent.
    QString problem;
};

struct ReadResult
{
    QStringList header;
    QList<SourceRow> rows;
    // Set when the file as a whole cannot be read (unclosed quote, a limit passed, empty):
    // nothing of it is imported.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// RFC 4180 CSV: comma (or semicolon or tab, when the header line uses that and no comma),
// fields in double quotes with "" for a quote, line breaks inside quotes, CRLF, LF or CR
// between records, an optional UTF-8 byte order mark. Blank lines are skipped. The first
// record is the header. Rows with a different number of cells carry a problem.
ReadResult readCsv(QByteArrayView data, const ReadLimits &limits = {});

// JSON Lines: one JSON object per line, either a Create Identity body
// ({"person_details":{"first_name":…}}) or flat keys; nested objects become dotted columns
// ("person_details.address.city"), arrays of objects indexed ones ("tax_details[0].tax_payer_id")
// and arrays of plain values one cell joined with "; ". The header is every key seen, in
// order of first appearance.
ReadResult readJsonLines(QByteArrayView data, const ReadLimits &limits = {});

// By file name: .jsonl/.ndjson are JSON Lines, anything else CSV.
ReadResult readImportData(QByteArrayView data, const QString &fileName,
                          const ReadLimits &limits = {});

} // namespace console::bulkimport

// The import file reader (core/import/csvreader.cpp): CSV and JSON Lines from a file someone
// hands the console. The first byte picks the reader (even: CSV, odd: JSON Lines).
//
// Invariants beyond "no crash": an accepted file has a header without a name twice and rows
// of exactly the header's width, no more rows than the limit, no cell longer than the limit,
// lines in increasing order; and a CSV read, written back with every cell quoted, reads back
// to the same header and cells (rows that are one empty cell are blank lines either way).
#include "core/import/csvreader.h"
#include "fuzzsupport.h"

#include <QSet>
#include <QStringList>

using namespace console::bulkimport;

namespace {

QByteArray quotedCsv(const QStringList &header, const QList<SourceRow> &rows)
{
    auto line = [](const QStringList &cells) -> QByteArray {
        QByteArray out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += '"' + cells.at(i).toUtf8().replace("\"", "\"\"") + '"';
        }
        return out + "\r\n";
    };
    QByteArray out = line(header);
    for (const auto &row : rows)
        out += line(row.cells);
    return out;
}

bool isBlank(const QStringList &cells)
{
    return cells.size() == 1 && cells.first().isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > fuzz::kMaxInput)
        return 0;
    const bool jsonLines = data[0] & 1;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    ReadLimits limits;
    limits.maxFieldBytes = 512;
    limits.maxRecordBytes = 4096;
    limits.maxFields = 32;
    limits.maxRows = 200;
    const ReadResult r = jsonLines ? readJsonLines(input, limits) : readCsv(input, limits);
    if (!r.ok()) {
        FUZZ_CHECK(!r.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(r.rows.size() <= limits.maxRows);
    FUZZ_CHECK(r.header.size() <= limits.maxFields);
    QSet<QString> names;
    for (const QString &name : r.header) {
        if (jsonLines || name.isEmpty())
            continue;
        FUZZ_CHECK(!names.contains(name.toLower()));
        names.insert(name.toLower());
    }
    int lastLine = 0;
    for (const auto &row : r.rows) {
        FUZZ_CHECK(row.cells.size() == r.header.size());
        FUZZ_CHECK(row.line > lastLine);
        lastLine = row.line;
        for (const QString &cell : row.cells)
            FUZZ_CHECK(cell.size() <= limits.maxFieldBytes);
    }
    if (jsonLines)
        return 0;

    ReadLimits roomy; // quoting adds bytes; the content is what is compared
    const ReadResult back = readCsv(quotedCsv(r.header, r.rows), roomy);
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(back.header == r.header);
    QList<QStringList> expected;
    for (const auto &row : r.rows)
        if (!isBlank(row.cells))
            expected.append(row.cells);
    FUZZ_CHECK(back.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        FUZZ_CHECK(back.rows.at(i).cells == expected.at(i));
    return 0;
}

#include "core/import/csvreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace console::bulkimport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("console::bulkimport::Reader", text);
}

QByteArrayView withoutBom(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    return data;
}

// The header's delimiter: a comma unless the first line has none outside quotes and has a
// semicolon or a tab (spreadsheets in locales with a decimal comma write semicolons).
char delimiterOf(QByteArrayView data)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char ch : data) {
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && (ch == '\n' || ch == '\r'))
            break;
        else if (!quoted && ch == ',')
            ++commas;
        else if (!quoted && ch == ';')
            ++semicolons;
        else if (!quoted && ch == '\t')
            ++tabs;
    }
    if (commas > 0)
        return ',';
    if (semicolons >= tabs && semicolons > 0)
        return ';';
    return tabs > 0 ? '\t' : ',';
}

// Header names: trimmed; a column named twice cannot be mapped unambiguously.
QString checkHeader(QStringList &header)
{
    QSet<QString> seen;
    for (QString &name : header) {
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        if (seen.contains(name.toLower()))
            return tr("The column \"%1\" appears twice in the header.").arg(name);
        seen.insert(name.toLower());
    }
    return {};
}

void checkShape(ReadResult &result)
{
    const auto width = result.header.size();
    for (SourceRow &row : result.rows) {
        if (row.cells.size() == width)
            continue;
        if (row.problem.isEmpty())
            row.problem =
                tr("This row has %1 cells; the header has %2.").arg(row.cells.size()).arg(width);
        while (row.cells.size() < width)
            row.cells.append(QString());
        row.cells.resize(width);
    }
}

} // namespace

ReadResult readCsv(QByteArrayView input, const ReadLimits &limits)
{
    ReadResult result;
    if (input.size() > limits.maxFileBytes) {
        result.error =
            tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    const QByteArrayView data = withoutBom(input);
    const char delimiter = delimiterOf(data);

    QList<SourceRow> records;
    SourceRow current;
    QByteArray field;
    qsizetype recordBytes = 0;
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    bool afterQuote = false; // a quoted field has closed; only a delimiter or line end may follow
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&]() -> bool {
        if (current.cells.size() >= limits.maxFields) {
            result.error =
                tr("Line %1 has more than %2 cells.").arg(current.line).arg(limits.maxFields);
            return false;
        }
        current.cells.append(QString::fromUtf8(field));
        field.clear();
        fieldWasQuoted = false;
        afterQuote = false;
        return true;
    };
    auto endRecord = [&]() -> bool {
        if (!endField())
            return false;
        // A blank line is one empty unquoted cell: not a record.
        const bool blank = current.cells.size() == 1 && current.cells.first().isEmpty();
        if (!blank) {
            if (records.size() > limits.maxRows) {
                result.error = tr("The file has more than %1 rows.").arg(limits.maxRows);
                return false;
            }
            records.append(std::move(current));
        }
        current = SourceRow();
        current.line = line;
        recordBytes = 0;
        return true;
    };

    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = data[i];
        if (++recordBytes > limits.maxRecordBytes) {
            result.error = tr("The row on line %1 is longer than %2 bytes.")
                               .arg(current.line)
                               .arg(limits.maxRecordBytes);
            return result;
        }
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < n && data[i + 1] == '"') {
                    ++i;
                    ++recordBytes;
                } else {
                    quoted = false;
                    afterQuote = true;
                    continue;
                }
            } else if (ch == '\n' || (ch == '\r' && !(i + 1 < n && data[i + 1] == '\n'))) {
                ++line;
            }
            if (field.size() >= limits.maxFieldBytes) {
                result.error = tr("A cell on line %1 is longer than %2 bytes.")
                                   .arg(current.line)
                                   .arg(limits.maxFieldBytes);
                return result;
            }
            field.append(ch);
            continue;
        }
        if (ch == delimiter) {
            if (!endField())
                return result;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && i + 1 < n && data[i + 1] == '\n')
                ++i;
            ++line;
            if (!endRecord())
                return result;
            continue;
        }
        if (ch == '"' && field.isEmpty() && !fieldWasQuoted && !afterQuote) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
            continue;
        }
        if (afterQuote && current.problem.isEmpty())
            current.problem = tr("Text follows a closing quote on line %1.").arg(line);
        if (field.size() >= limits.maxFieldBytes) {
            result.error = tr("A cell on line %1 is longer than %2 bytes.")
                               .arg(current.line)
                               .arg(limits.maxFieldBytes);
            return result;
        }
        field.append(ch);
    }
    if (quoted) {
        result.error = tr("A quoted cell that starts on line %1 is never closed.").arg(quoteLine);
        return result;
    }
    if (!field.isEmpty() || !current.cells.isEmpty() || fieldWasQuoted) {
        if (!endRecord())
            return result;
    }
    if (records.isEmpty()) {
        result.error = tr("The file is empty: it has no header row.");
        return result;
    }
    result.header = records.takeFirst().cells;
    if (const QString why = checkHeader(result.header); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    result.rows = std::move(records);
    checkShape(result);
    return result;
}

namespace {

// Flattens one JSON Lines object into column -> cell text.
void flatten(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        bool objects = false;
        for (const auto &item : a)
            objects = objects || item.isObject();
        if (objects) {
            for (qsizetype i = 0; i < a.size(); ++i)
                flatten(a.at(i), path + u'[' + QString::number(i) + u']', out);
            return;
        }
        QStringList parts;
        for (const auto &item : a)
            parts.append(item.isString()
                             ? item.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))
                                   .mid(1)
                                   .chopped(1));
        out.append({path, parts.join(u"; "_s)});
        return;
    }
    if (value.isBool())
        out.append({path, value.toBool() ? u"true"_s : u"false"_s});
    else if (value.isDouble())
        out.append({path, QString::number(value.toDouble(), 'g', 17)});
    else if (value.isString())
        out.append({path, value.toString()});
    else
        out.append({path, QString()});
}

} // namespace

ReadResult readJsonLines(QByteArrayView input, const ReadLimits &limits)
{
    ReadResult result;
    if (input.size() > limits.maxFileBytes) {
        result.error =
            tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    const QByteArrayView data = withoutBom(input);
    QHash<QString, int> columnOf;
    QList<QList<QPair<QString, QString>>> flat;
    qsizetype start = 0;
    int line = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++line;
        QByteArrayView text = data.sliced(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        if (text.size() > limits.maxRecordBytes) {
            result.error =
                tr("Line %1 is longer than %2 bytes.").arg(line).arg(limits.maxRecordBytes);
            return result;
        }
        if (result.rows.size() >= limits.maxRows) {
            result.error = tr("The file has more than %1 rows.").arg(limits.maxRows);
            return result;
        }
        SourceRow row;
        row.line = line;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        QList<QPair<QString, QString>> cells;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            row.problem = tr("Line %1 is not a JSON object.").arg(line);
        else
            flatten(doc.object(), QString(), cells);
        for (auto &[key, cell] : cells) {
            if (cell.size() > limits.maxFieldBytes) {
                result.error = tr("A value on line %1 is longer than %2 characters.")
                                   .arg(line)
                                   .arg(limits.maxFieldBytes);
                return result;
            }
            if (!columnOf.contains(key)) {
                if (columnOf.size() >= limits.maxFields) {
                    result.error =
                        tr("The file has more than %1 different fields.").arg(limits.maxFields);
                    return result;
                }
                columnOf.insert(key, int(result.header.size()));
                result.header.append(key);
            }
        }
        flat.append(cells);
        result.rows.append(row);
    }
    if (result.rows.isEmpty()) {
        result.error = tr("The file is empty: it has no JSON object.");
        return result;
    }
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        QStringList cells(result.header.size());
        for (const auto &[key, cell] : flat.at(r))
            cells[columnOf.value(key)] = cell;
        result.rows[r].cells = cells;
    }
    return result;
}

ReadResult readImportData(QByteArrayView data, const QString &fileName, const ReadLimits &limits)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(".jsonl"_L1) || lower.endsWith(".ndjson"_L1))
        return readJsonLines(data, limits);
    return readCsv(data, limits);
}

} // namespace console::bulkimport

#pragma once

#include "paxos/model/account.h"
#include "paxos/model/control.h"
#include "paxos/model/document.h"
#include "paxos/model/event.h"
#include "paxos/model/identity.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QTextStream;

// What paxosctl prints on standard output, as testable functions: a command builds a Table
// (for the table and csv formats) and hands over the JSON it received (for the json format).
namespace paxosctl {

// Translates paxosctl's texts (context "paxosctl") outside QObject classes.
QString tr(const char *text);

enum class Format { Table, Json, Csv };

std::optional<Format> formatFromName(QStringView name);

struct Column
{
    QString key; // csv header: the API's field name
    QString header; // table header: for people
};

// `value` is what csv prints (wire values, ISO timestamps); `label` is what the table shows
// (the enum table's label for an enum value). Both are already masked where needed.
struct Cell
{
    QString value;
    QString label;

    QString display() const { return label.isEmpty() ? value : label; }
};

struct Table
{
    QList<Column> columns;
    QList<QList<Cell>> rows;
    // One object: the table format prints "Header  value" lines instead of one wide row.
    bool record = false;
};

// Aligned columns separated by two spaces, a header line and a rule; a record prints one
// "Header  value" line per column. Ends with a newline unless empty.
QString renderTable(const Table &table);
// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
// doubled. The header row holds the column keys. A cell a spreadsheet would run as a formula
// (starting with = + - @, a tab or CR) gets a leading apostrophe, by the rule of the console's
// own CSV exports (console::AuditCsvExport::csvCell, which this calls).
QString renderCsv(const Table &table, bool withHeader = true);
QString csvField(const QString &value);
// Indented JSON with a trailing newline.
QString renderJson(const QJsonValue &value);
// One compact JSON document per line (JSON Lines), for streamed output.
QString renderJsonLine(const QJsonValue &value);

// The masks themselves: cip_id keeps its last four characters, a date of birth only its
// shape. `reveal` turns masking off.
QString maskCipId(const QString &value, bool reveal);
QString maskDateOfBirth(const QString &value, bool reveal);

// Whether personal data is printed as it is (--reveal) or masked (the default).
enum class Pii { Masked, Revealed };

// One result with its personal data masked: the cells of every PII column and the values of
// PII keys at any depth of the JSON, by the record store's list (console::redaction::isPiiKey:
// cip_id, govt_id, tax_payer_id, date_of_birth). `fields` names the keys whose values the mask
// changed, that is what printing the result unmasked would reveal.
struct MaskedResult
{
    Table table;
    QJsonValue json;
    QStringList fields;
};
MaskedResult maskPii(const Table &table, const QJsonValue &json);

// paxosctl's standard output. Every result passes through here, so that masking and the CSV
// cell rule hold for every command in every format: commands build a Table and hand over the
// JSON they received, and never write to the stream themselves.
class Output
{
public:
    // Asked before personal data is printed unmasked, with the keys it would reveal and the
    // identity shown (empty when unknown). false: the result is printed masked instead.
    using RevealGate = std::function<bool(const QStringList &fields, const QString &identityId)>;

    Output(QTextStream &stream, Format format, Pii pii);

    Format format() const { return m_format; }
    void setRevealGate(RevealGate gate) { m_gate = std::move(gate); }

    // One whole result in the chosen format.
    void result(const Table &table, const QJsonValue &json, const QString &identityId = {});
    // One item of a stream (`events follow`): a JSON line, a CSV row (the header before the
    // first) or, in table format, what `tableLine` makes of the masked row.
    void streamed(const Table &row, const QJsonValue &json, QString (*tableLine)(const Table &));
    // Words for people, printed in table format only (json and csv stay machine-readable).
    void note(const QString &text);

private:
    // The result as it may be printed: masked, unless revealing is asked for and allowed.
    MaskedResult prepare(const Table &table, const QJsonValue &json, const QString &identityId);

    QTextStream &m_stream;
    Format m_format;
    Pii m_pii;
    RevealGate m_gate;
    bool m_csvHeaderPrinted = false;
};

// The tables per resource.
// The tables hold values as they are; Output masks them.
Table identitiesTable(const QList<paxos::Identity> &identities);
Table identityRecord(const paxos::Identity &identity);
Table controlsTable(const QList<paxos::IdentityControl> &controls);
Table controlRecord(const paxos::IdentityControl &control);
Table documentsTable(const QList<paxos::Document> &documents);
Table uploadRecord(const QString &fileId, const QString &name);
Table eventsTable(const QList<paxos::Event> &events);
Table eventRecord(const paxos::Event &event);
Table accountsTable(const QList<paxos::Account> &accounts);
Table accountRecord(const paxos::Account &account);
Table tokenRecord(const QString &accessToken, qint64 expiresInSeconds, const QStringList &scopes);

// One line per event for `events follow` in table format: eventsTable()'s row, columns of
// fixed width so that lines printed as they arrive still line up.
QString eventLine(const Table &eventRow);
QString eventLineHeader();

} // namespace paxosctl

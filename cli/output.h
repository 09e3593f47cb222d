#pragma once

#include "paxos/model/account.h"
#include "paxos/model/control.h"
#include "paxos/model/document.h"
#include "paxos/model/event.h"
#include "paxos/model/identity.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

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
// doubled. The header row holds the column keys.
QString renderCsv(const Table &table, bool withHeader = true);
QString csvField(const QString &value);
// Indented JSON with a trailing newline.
QString renderJson(const QJsonValue &value);
// One compact JSON document per line (JSON Lines), for streamed output.
QString renderJsonLine(const QJsonValue &value);
// Picks the renderer; `json` is used for Format::Json only.
QString render(Format format, const Table &table, const QJsonValue &json);

// PII masking for table and csv output (json keeps what the API sent): cip_id keeps its last
// four characters, a date of birth only its shape. `reveal` turns masking off.
QString maskCipId(const QString &value, bool reveal);
QString maskDateOfBirth(const QString &value, bool reveal);

// The tables per resource.
Table identitiesTable(const QList<paxos::Identity> &identities, bool reveal);
Table identityRecord(const paxos::Identity &identity, bool reveal);
Table controlsTable(const QList<paxos::IdentityControl> &controls);
Table controlRecord(const paxos::IdentityControl &control);
Table documentsTable(const QList<paxos::Document> &documents);
Table uploadRecord(const QString &fileId, const QString &name);
Table eventsTable(const QList<paxos::Event> &events);
Table eventRecord(const paxos::Event &event);
Table accountsTable(const QList<paxos::Account> &accounts);
Table accountRecord(const paxos::Account &account);
Table tokenRecord(const QString &accessToken, qint64 expiresInSeconds, const QStringList &scopes);

// One line per event for `events follow` in table format, columns of fixed width so that
// lines printed as they arrive still line up.
QString eventLine(const paxos::Event &event);
QString eventLineHeader();

} // namespace paxosctl

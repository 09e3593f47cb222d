#include "cli/output.h"

#include "core/record/auditcsvexport.h"
#include "core/record/redaction.h"
#include "paxos/model/enums.h"
#include "paxos/net/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace paxosctl {

QString tr(const char *text)
{
    return QCoreApplication::translate("paxosctl", text);
}

namespace {

Cell plain(const QString &value)
{
    return Cell{value, {}};
}

Cell plain(const std::optional<QString> &value)
{
    return Cell{value.value_or(QString()), {}};
}

Cell enumCell(const paxos::EnumTable &table, const QString &wire)
{
    if (wire.isEmpty())
        return {};
    const QString label = table.label(wire);
    return Cell{wire, label == wire ? QString() : label};
}

Cell enumCell(const paxos::EnumTable &table, const std::optional<QString> &wire)
{
    return enumCell(table, wire.value_or(QString()));
}

Cell enumListCell(const paxos::EnumTable &table, const QStringList &wires)
{
    QStringList labels;
    labels.reserve(wires.size());
    for (const QString &w : wires)
        labels << table.label(w);
    return Cell{wires.join(u';'), labels.join(u", "_s)};
}

Cell timeCell(const std::optional<paxos::Timestamp> &ts)
{
    return ts && ts->isValid() ? plain(ts->toString()) : Cell{};
}

Cell boolCell(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return Cell{*value ? u"true"_s : u"false"_s, *value ? tr("yes") : tr("no")};
}

qsizetype displayWidth(const QString &text)
{
    // Column alignment counts characters; the CLI prints no wide (CJK) text of its own.
    return text.size();
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - displayWidth(text)), u' ');
}

QString requirementsText(const paxos::StatusDetails &details)
{
    QStringList parts;
    for (const auto &r : details.requirements) {
        QString text = paxos::enums::requirementType().label(r.type) + u" ("_s
            + paxos::enums::requirementStatus().label(r.status);
        if (r.awaitingActionFrom)
            text += u", "_s
                + tr("awaiting %1")
                      .arg(paxos::enums::awaitingActionFrom().label(*r.awaitingActionFrom));
        text += u')';
        parts << text;
    }
    return parts.join(u"; "_s);
}

QString controlsText(const paxos::StatusDetails &details)
{
    QStringList parts;
    for (const auto &c : details.activeControls)
        parts << paxos::enums::controlType().label(c.type);
    return parts.join(u", "_s);
}

QString eventSummary(const paxos::Event &event)
{
    if (const auto change = event.summaryStatusChange()) {
        return paxos::enums::identityStatus().label(change->oldSummaryStatus) + u" -> "_s
            + paxos::enums::identityStatus().label(change->newSummaryStatus);
    }
    if (const auto docs = event.documentsRequired())
        return tr("documents required: %1").arg(docs->requiredDocuments.join(u", "_s));
    if (const auto kyc = event.kycRefresh()) {
        if (kyc->nextKycRefreshDate)
            return tr("next KYC refresh %1").arg(kyc->nextKycRefreshDate->toString());
        return {};
    }
    if (const auto control = event.control()) {
        return paxos::enums::controlType().label(control->controlType) + u" ("_s
            + paxos::enums::controlReasonCode().label(control->reasonCode) + u')';
    }
    return {};
}

} // namespace

std::optional<Format> formatFromName(QStringView name)
{
    if (name == u"table")
        return Format::Table;
    if (name == u"json")
        return Format::Json;
    if (name == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QString renderTable(const Table &table)
{
    QString out;
    if (table.record) {
        qsizetype width = 0;
        for (const Column &c : table.columns)
            width = qMax(width, displayWidth(c.header));
        for (const auto &row : table.rows) {
            for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i) {
                const QString value = row.at(i).display();
                if (value.isEmpty())
                    continue;
                out += padded(table.columns.at(i).header, width) + u"  "_s + value + u'\n';
            }
        }
        return out;
    }
    QList<qsizetype> widths;
    for (const Column &c : table.columns)
        widths << displayWidth(c.header);
    for (const auto &row : table.rows)
        for (qsizetype i = 0; i < widths.size() && i < row.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i).display()));

    const auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 == cells.size())
                text += cells.at(i); // no trailing blanks
            else
                text += padded(cells.at(i), widths.at(i)) + u"  "_s;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QStringList headers;
    QStringList rules;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        headers << table.columns.at(i).header;
        rules << QString(widths.at(i), u'-');
    }
    out += line(headers);
    out += line(rules);
    for (const auto &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells << (i < row.size() ? row.at(i).display() : QString());
        out += line(cells);
    }
    return out;
}

QString csvField(const QString &value)
{
    // The console's exports and paxosctl's csv are read by the same spreadsheets: one rule.
    return console::AuditCsvExport::csvCell(value);
}

QString renderCsv(const Table &table, bool withHeader)
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u"\r\n"_s;
    };
    if (withHeader) {
        QStringList keys;
        for (const Column &c : table.columns)
            keys << c.key;
        line(keys);
    }
    for (const auto &row : table.rows) {
        QStringList fields;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields << (i < row.size() ? row.at(i).value : QString());
        line(fields);
    }
    return out;
}

QString renderJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString renderJsonLine(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) + u'\n';
}

QString maskCipId(const QString &value, bool reveal)
{
    return reveal || value.isEmpty() ? value : console::redaction::maskCipId(value);
}

QString maskDateOfBirth(const QString &value, bool reveal)
{
    return reveal || value.isEmpty() ? value : console::redaction::maskDate(value);
}

namespace {

QString maskPiiText(const QString &key, const QString &value)
{
    return key.compare(u"date_of_birth"_s, Qt::CaseInsensitive) == 0 ? maskDateOfBirth(value, false)
                                                                     : maskCipId(value, false);
}

QJsonValue maskJson(const QJsonValue &value, QStringList &fields)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(maskJson(item, fields));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!console::redaction::isPiiKey(it.key())) {
            out.insert(it.key(), maskJson(it.value(), fields));
            continue;
        }
        QJsonValue masked = it.value();
        if (masked.isString())
            masked = maskPiiText(it.key(), masked.toString());
        else if (!masked.isNull() && !masked.isUndefined())
            masked = console::redaction::redactedMarker(); // not a string: nothing to keep
        if (masked != it.value() && !fields.contains(it.key()))
            fields.append(it.key());
        out.insert(it.key(), masked);
    }
    return out;
}

} // namespace

MaskedResult maskPii(const Table &table, const QJsonValue &json)
{
    MaskedResult masked{table, {}, {}};
    QStringList fields;
    masked.json = maskJson(json, fields);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const QString &key = table.columns.at(c).key;
        if (!console::redaction::isPiiKey(key))
            continue;
        for (auto &row : masked.table.rows) {
            if (c >= row.size())
                continue;
            Cell &cell = row[c];
            const Cell before = cell;
            cell.value = cell.value.isEmpty() ? cell.value : maskPiiText(key, cell.value);
            cell.label = cell.label.isEmpty() ? cell.label : maskPiiText(key, cell.label);
            if ((cell.value != before.value || cell.label != before.label) && !fields.contains(key))
                fields.append(key);
        }
    }
    fields.sort();
    masked.fields = fields;
    return masked;
}

Output::Output(QTextStream &stream, Format format, Pii pii)
    : m_stream(stream)
    , m_format(format)
    , m_pii(pii)
{
}

MaskedResult Output::prepare(const Table &table, const QJsonValue &json, const QString &identityId)
{
    // Masked CSV or table output shows the table alone: its JSON is neither printed nor
    // needed to record a reveal, so it is not walked (on a listing of thousands, that walk
    // cost as much as decoding the pages).
    if (m_pii == Pii::Masked && m_format != Format::Json)
        return maskPii(table, QJsonValue());
    MaskedResult masked = maskPii(table, json);
    if (m_pii == Pii::Revealed && !masked.fields.isEmpty()
        && (!m_gate || m_gate(masked.fields, identityId)))
        return MaskedResult{table, json, masked.fields};
    return masked;
}

void Output::result(const Table &table, const QJsonValue &json, const QString &identityId)
{
    const MaskedResult shown = prepare(table, json, identityId);
    switch (m_format) {
    case Format::Json:
        m_stream << renderJson(shown.json);
        break;
    case Format::Csv:
        m_stream << renderCsv(shown.table);
        break;
    case Format::Table:
        m_stream << renderTable(shown.table);
        break;
    }
    m_stream.flush();
}

void Output::streamed(const Table &row, const QJsonValue &json, QString (*tableLine)(const Table &))
{
    const MaskedResult shown = prepare(row, json, {});
    switch (m_format) {
    case Format::Json:
        m_stream << renderJsonLine(shown.json);
        break;
    case Format::Csv:
        m_stream << renderCsv(shown.table, !m_csvHeaderPrinted);
        m_csvHeaderPrinted = true;
        break;
    case Format::Table:
        m_stream << tableLine(shown.table);
        break;
    }
    m_stream.flush();
}

void Output::note(const QString &text)
{
    if (m_format != Format::Table)
        return;
    m_stream << text;
    m_stream.flush();
}

namespace {

QList<Column> identityListColumns()
{
    return {{u"id"_s, tr("ID")},
            {u"type"_s, tr("Type")},
            {u"status"_s, tr("Status")},
            {u"name"_s, tr("Name")},
            {u"ref_id"_s, tr("Ref ID")},
            {u"cip_id"_s, tr("CIP ID")},
            {u"created_at"_s, tr("Created")}};
}

QString cipIdOf(const paxos::Identity &identity)
{
    if (identity.personDetails && identity.personDetails->cipId)
        return *identity.personDetails->cipId;
    if (identity.institutionDetails && identity.institutionDetails->cipId)
        return *identity.institutionDetails->cipId;
    return {};
}

} // namespace

Table identitiesTable(const QList<paxos::Identity> &identities)
{
    Table table;
    table.columns = identityListColumns();
    for (const auto &identity : identities) {
        table.rows.append({plain(identity.id),
                           enumCell(paxos::enums::identityType(), identity.type),
                           enumCell(paxos::enums::identityStatus(), identity.effectiveStatus()),
                           plain(identity.displayName()), plain(identity.refId),
                           plain(cipIdOf(identity)), timeCell(identity.createdAt)});
    }
    return table;
}

Table identityRecord(const paxos::Identity &identity)
{
    using namespace paxos::enums;
    Table table;
    table.record = true;
    table.columns = identityListColumns();
    table.columns.removeLast(); // created_at goes with updated_at at the end
    QList<Cell> row = identitiesTable({identity}).rows.constFirst();
    row.removeLast();

    const auto add = [&](const QString &key, const QString &header, const Cell &cell) {
        table.columns.append({key, header});
        row.append(cell);
    };
    const paxos::PersonDetails person = identity.personDetails.value_or(paxos::PersonDetails{});
    const paxos::InstitutionDetails institution =
        identity.institutionDetails.value_or(paxos::InstitutionDetails{});
    const bool isInstitution = identity.isInstitution();
    add(u"cip_id_type"_s, tr("CIP ID type"),
        enumCell(cipIdType(), isInstitution ? institution.cipIdType : person.cipIdType));
    add(u"cip_id_country"_s, tr("CIP ID country"),
        plain(isInstitution ? institution.cipIdCountry : person.cipIdCountry));
    add(u"date_of_birth"_s, tr("Date of birth"),
        plain(person.dateOfBirth ? person.dateOfBirth->toString() : QString()));
    add(u"nationality"_s, tr("Nationality"), plain(person.nationality));
    add(u"email"_s, tr("Email"), plain(isInstitution ? institution.email : person.email));
    add(u"phone_number"_s, tr("Phone"),
        plain(isInstitution ? institution.phoneNumber : person.phoneNumber));
    const std::optional<paxos::Address> address =
        isInstitution ? institution.businessAddress : person.address;
    add(u"address"_s, tr("Address"), plain(address ? address->singleLine() : QString()));
    add(u"verifier_type"_s, tr("Verifier"), enumCell(verifierType(), person.verifierType));
    add(u"id_verification_status"_s, tr("ID verification"),
        enumCell(identityStatus(), person.idVerificationStatus));
    add(u"sanctions_verification_status"_s, tr("Sanctions screening"),
        enumCell(identityStatus(),
                 isInstitution ? institution.sanctionsVerificationStatus
                               : person.sanctionsVerificationStatus));
    add(u"additional_screening_status"_s, tr("Additional screening"),
        enumCell(identityStatus(),
                 isInstitution ? institution.additionalScreeningStatus
                               : person.additionalScreeningStatus));
    const paxos::StatusDetails details = identity.statusDetails.value_or(paxos::StatusDetails{});
    add(u"requirements"_s, tr("Requirements"), plain(requirementsText(details)));
    add(u"active_controls"_s, tr("Active controls"), plain(controlsText(details)));
    add(u"created_at"_s, tr("Created"), timeCell(identity.createdAt));
    add(u"updated_at"_s, tr("Updated"), timeCell(identity.updatedAt));
    table.rows.append(row);
    return table;
}

Table controlsTable(const QList<paxos::IdentityControl> &controls)
{
    Table table;
    table.columns = {{u"id"_s, tr("ID")},
                     {u"type"_s, tr("Type")},
                     {u"set_by"_s, tr("Set by")},
                     {u"reason_code"_s, tr("Reason code")},
                     {u"reason"_s, tr("Reason")},
                     {u"is_overridable"_s, tr("Overridable")},
                     {u"created_at"_s, tr("Created")},
                     {u"deleted_at"_s, tr("Deleted")}};
    for (const auto &c : controls) {
        table.rows.append({plain(c.id), enumCell(paxos::enums::controlType(), c.type),
                           enumCell(paxos::enums::controlSetBy(), c.setBy),
                           enumCell(paxos::enums::controlReasonCode(), c.reasonCode),
                           plain(c.reason), boolCell(c.isOverridable), timeCell(c.createdAt),
                           timeCell(c.deletedAt)});
    }
    return table;
}

Table controlRecord(const paxos::IdentityControl &control)
{
    Table table = controlsTable({control});
    table.record = true;
    return table;
}

Table documentsTable(const QList<paxos::Document> &documents)
{
    Table table;
    table.columns = {{u"file_id"_s, tr("File ID")},
                     {u"name"_s, tr("Name")},
                     {u"document_types"_s, tr("Document types")},
                     {u"created_at"_s, tr("Uploaded")},
                     {u"archived_at"_s, tr("Archived")}};
    for (const auto &d : documents) {
        table.rows.append({plain(d.fileId), plain(d.name),
                           enumListCell(paxos::enums::documentType(), d.documentTypes),
                           timeCell(d.createdAt), timeCell(d.archivedAt)});
    }
    return table;
}

Table uploadRecord(const QString &fileId, const QString &name)
{
    Table table;
    table.record = true;
    table.columns = {{u"file_id"_s, tr("File ID")}, {u"name"_s, tr("Name")}};
    table.rows.append({plain(fileId), plain(name)});
    return table;
}

Table eventsTable(const QList<paxos::Event> &events)
{
    Table table;
    table.columns = {{u"id"_s, tr("ID")},
                     {u"type"_s, tr("Type")},
                     {u"identity_id"_s, tr("Identity")},
                     {u"created_at"_s, tr("Created")},
                     {u"summary"_s, tr("Summary")},
                     {u"is_test"_s, tr("Test")}};
    for (const auto &e : events) {
        table.rows.append({plain(e.id), enumCell(paxos::enums::eventType(), e.type),
                           plain(e.identityId()), timeCell(e.createdAt), plain(eventSummary(e)),
                           boolCell(e.isTest)});
    }
    return table;
}

Table eventRecord(const paxos::Event &event)
{
    Table table = eventsTable({event});
    table.record = true;
    return table;
}

Table accountsTable(const QList<paxos::Account> &accounts)
{
    Table table;
    table.columns = {{u"id"_s, tr("ID")},
                     {u"identity_id"_s, tr("Identity")},
                     {u"type"_s, tr("Type")},
                     {u"description"_s, tr("Description")},
                     {u"ref_id"_s, tr("Ref ID")},
                     {u"summary_status"_s, tr("Status")},
                     {u"created_at"_s, tr("Created")}};
    for (const auto &a : accounts) {
        table.rows.append(
            {plain(a.id), plain(a.identityId), enumCell(paxos::enums::accountType(), a.type),
             plain(a.description), plain(a.refId),
             enumCell(paxos::enums::identityStatus(), a.summaryStatus), timeCell(a.createdAt)});
    }
    return table;
}

Table accountRecord(const paxos::Account &account)
{
    Table table = accountsTable({account});
    table.record = true;
    return table;
}

Table tokenRecord(const QString &accessToken, qint64 expiresInSeconds, const QStringList &scopes)
{
    Table table;
    table.record = true;
    table.columns = {{u"access_token"_s, tr("Access token")},
                     {u"token_type"_s, tr("Token type")},
                     {u"expires_in"_s, tr("Expires in (s)")},
                     {u"scope"_s, tr("Scopes")}};
    table.rows.append({plain(accessToken), plain(u"bearer"_s),
                       plain(expiresInSeconds >= 0 ? QString::number(expiresInSeconds) : QString()),
                       plain(scopes.join(u' '))});
    return table;
}

namespace {
constexpr qsizetype kTimeWidth = 30;
constexpr qsizetype kTypeWidth = 30;
constexpr qsizetype kIdWidth = 36;
} // namespace

QString eventLineHeader()
{
    return padded(tr("Created"), kTimeWidth) + u"  "_s + padded(tr("Type"), kTypeWidth) + u"  "_s
        + padded(tr("Identity"), kIdWidth) + u"  "_s + padded(tr("Event ID"), kIdWidth) + u"  "_s
        + tr("Summary") + u'\n';
}

QString eventLine(const Table &eventRow)
{
    const auto cell = [&eventRow](QStringView key) -> QString {
        for (qsizetype i = 0; i < eventRow.columns.size(); ++i)
            if (eventRow.columns.at(i).key == key && !eventRow.rows.isEmpty()
                && i < eventRow.rows.constFirst().size())
                return eventRow.rows.constFirst().at(i).display();
        return {};
    };
    QString line = padded(cell(u"created_at"), kTimeWidth) + u"  "_s
        + padded(cell(u"type"), kTypeWidth) + u"  "_s + padded(cell(u"identity_id"), kIdWidth)
        + u"  "_s + padded(cell(u"id"), kIdWidth) + u"  "_s + cell(u"summary");
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

} // namespace paxosctl

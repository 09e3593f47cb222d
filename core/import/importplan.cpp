#include "core/import/importplan.h"

#include "core/record/auditcsvexport.h"
#include "paxos/model/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console::bulkimport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("console::bulkimport::ImportPlan", text);
}

struct Segment
{
    QString key;
    int index = -1;
};

QList<Segment> segmentsOf(const QString &path)
{
    QList<Segment> out;
    for (const QString &part : path.split(u'.')) {
        Segment s;
        const auto open = part.indexOf(u'[');
        if (open > 0 && part.endsWith(u']')) {
            s.key = part.left(open);
            s.index = part.mid(open + 1, part.size() - open - 2).toInt();
        } else {
            s.key = part;
        }
        out.append(s);
    }
    return out;
}

QJsonValue setIn(const QJsonValue &node, const QList<Segment> &segs, qsizetype at,
                 const QJsonValue &value)
{
    if (at == segs.size())
        return value;
    const Segment &s = segs.at(at);
    QJsonObject o = node.toObject();
    if (s.index < 0) {
        o.insert(s.key, setIn(o.value(s.key), segs, at + 1, value));
        return o;
    }
    QJsonArray a = o.value(s.key).toArray();
    // Indices come from the field table (0) or a JSON Lines file's own arrays; bounded there.
    while (a.size() <= s.index)
        a.append(QJsonObject());
    a[s.index] = setIn(a.at(s.index), segs, at + 1, value);
    o.insert(s.key, a);
    return o;
}

// "person_details.passthrough_verification_fields[1]" -> without the trailing index.
QString withoutTrailingIndex(const QString &path)
{
    static const QRegularExpression trailing(u"\\[\\d+\\]$"_s);
    QString p = path;
    p.remove(trailing);
    return p;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "true"_L1 || t == "yes"_L1 || t == "1"_L1 || t == "y"_L1)
        return true;
    if (t == "false"_L1 || t == "no"_L1 || t == "0"_L1 || t == "n"_L1)
        return false;
    return std::nullopt;
}

} // namespace

QString rowStatusName(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
        return u"ready"_s;
    case RowStatus::Invalid:
        return u"invalid"_s;
    case RowStatus::Skipped:
        return u"skipped"_s;
    case RowStatus::Sending:
        return u"sending"_s;
    case RowStatus::Created:
        return u"created"_s;
    case RowStatus::Existing:
        return u"existing"_s;
    case RowStatus::Duplicate:
        return u"duplicate"_s;
    case RowStatus::Failed:
        return u"failed"_s;
    case RowStatus::NotSent:
        return u"not_sent"_s;
    }
    return {};
}

QString rowStatusLabel(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
        return tr("Ready");
    case RowStatus::Invalid:
        return tr("Needs a fix");
    case RowStatus::Skipped:
        return tr("Skipped");
    case RowStatus::Sending:
        return tr("Sending");
    case RowStatus::Created:
        return tr("Created");
    case RowStatus::Existing:
        return tr("Already imported");
    case RowStatus::Duplicate:
        return tr("Duplicate government ID");
    case RowStatus::Failed:
        return tr("Failed");
    case RowStatus::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString duplicateDecisionName(DuplicateDecision decision)
{
    switch (decision) {
    case DuplicateDecision::Undecided:
        return u"undecided"_s;
    case DuplicateDecision::AccountOpened:
        return u"account_opened"_s;
    case DuplicateDecision::Declined:
        return u"declined"_s;
    }
    return {};
}

QString duplicateDecisionLabel(DuplicateDecision decision)
{
    switch (decision) {
    case DuplicateDecision::Undecided:
        return tr("not decided yet");
    case DuplicateDecision::AccountOpened:
        return tr("account opened on the existing identity");
    case DuplicateDecision::Declined:
        return tr("customer declined");
    }
    return {};
}

bool ImportRow::hasErrors() const
{
    return std::any_of(issues.begin(), issues.end(), [](const CellIssue &i) { return i.error; });
}

void setJsonPath(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    root = setIn(root, segmentsOf(path), 0, value).toObject();
}

QString ImportPlan::deriveRefId(const QString &layoutSignature, const QStringList &cells,
                                int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(layoutSignature.toUtf8());
    hash.addData(QByteArrayView("\x1e"));
    hash.addData(cells.join(u'\x1f').toUtf8());
    hash.addData(QByteArrayView("\x1e"));
    hash.addData(QByteArray::number(occurrence));
    return u"imp-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

void ImportPlan::load(QByteArrayView data, const QString &fileName, const ReadLimits &limits)
{
    *this = ImportPlan();
    m_fileName = fileName;
    ReadResult read = readImportData(data, fileName, limits);
    if (!read.ok()) {
        m_error = read.error;
        return;
    }
    m_header = read.header;
    const QString layout = headerSignature(m_header);
    QHash<QString, int> seen; // identical rows get distinct ref_ids
    m_rows.reserve(read.rows.size());
    for (SourceRow &source : read.rows) {
        ImportRow row;
        row.line = source.line;
        row.cells = std::move(source.cells);
        row.shapeProblem = source.problem;
        const QString key = row.cells.join(u'\x1f');
        const int occurrence = seen.value(key);
        seen.insert(key, occurrence + 1);
        row.derivedRefId = deriveRefId(layout, row.cells, occurrence);
        m_rows.append(std::move(row));
    }
    setMapping(autoMapping(m_header));
}

bool ImportPlan::loadFile(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *this = ImportPlan();
        m_fileName = name;
        m_error = tr("The file cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Bounded before reading: a file larger than the limit is not read at all.
    if (file.size() > limits.maxFileBytes) {
        *this = ImportPlan();
        m_fileName = name;
        m_error = tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray data = file.read(limits.maxFileBytes + 1);
    load(data, path, limits);
    m_fileName = name;
    return m_error.isEmpty();
}

void ImportPlan::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_mapping.targets.resize(m_header.size());
    for (int r = 0; r < rowCount(); ++r)
        check(r);
}

QList<int> ImportPlan::unmappedColumns() const
{
    QList<int> out;
    for (int c = 0; c < m_header.size(); ++c)
        if (m_mapping.targets.value(c).isEmpty())
            out.append(c);
    return out;
}

void ImportPlan::setCell(int row, int column, const QString &text)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_header.size())
        return;
    m_rows[row].cells[column] = text;
    check(row);
}

void ImportPlan::setSkipped(int row, bool skipped)
{
    if (row < 0 || row >= rowCount())
        return;
    ImportRow &r = m_rows[row];
    if (skipped) {
        if (r.status == RowStatus::Ready || r.status == RowStatus::Invalid
            || r.status == RowStatus::NotSent || r.status == RowStatus::Failed)
            r.status = RowStatus::Skipped;
    } else if (r.status == RowStatus::Skipped) {
        r.status = r.hasErrors() ? RowStatus::Invalid : RowStatus::Ready;
    }
}

void ImportPlan::setOutcome(int row, RowStatus status, const QString &identityId,
                            const QString &problem)
{
    if (row < 0 || row >= rowCount())
        return;
    ImportRow &r = m_rows[row];
    r.status = status;
    r.identityId = identityId;
    r.problem = problem;
}

bool ImportPlan::setDecision(int row, DuplicateDecision decision, const QString &detail)
{
    if (row < 0 || row >= rowCount() || m_rows.at(row).status != RowStatus::Duplicate)
        return false;
    m_rows[row].decision = decision;
    m_rows[row].decisionDetail = detail;
    return true;
}

QJsonObject ImportPlan::request(int row) const
{
    const ImportRow &r = m_rows.at(row);
    QJsonObject body;
    for (int c = 0; c < m_header.size(); ++c) {
        const QString &path = m_mapping.targets.value(c);
        const ImportField *field = path.isEmpty() ? nullptr : importField(path);
        const QString text = r.cells.value(c).trimmed();
        if (!field || text.isEmpty())
            continue; // an empty cell is a field left out, as the person form leaves it out
        QJsonValue value;
        if (field->kind == CellKind::List) {
            static const QRegularExpression separators(u"[;|]"_s);
            QJsonArray items;
            for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
                if (!part.trimmed().isEmpty())
                    items.append(part.trimmed());
            value = items;
        } else if (field->kind == CellKind::Bool) {
            const auto b = parseBool(text);
            value = b ? QJsonValue(*b) : QJsonValue(text); // left for validation to name
        } else {
            value = text;
        }
        setJsonPath(body, path, value);
    }
    body.insert(u"ref_id"_s, r.refId);
    return body;
}

void ImportPlan::check(int row)
{
    ImportRow &r = m_rows[row];
    const int refColumn = m_mapping.columnOf(u"ref_id"_s);
    const QString own = refColumn >= 0 ? r.cells.value(refColumn).trimmed() : QString();
    r.refId = own.isEmpty() ? r.derivedRefId : own;
    r.issues.clear();
    if (!r.shapeProblem.isEmpty())
        r.issues.append({-1, QString(), r.shapeProblem, true});
    for (int c = 0; c < m_header.size(); ++c) {
        const QString &path = m_mapping.targets.value(c);
        const ImportField *field = path.isEmpty() ? nullptr : importField(path);
        if (field && field->kind == CellKind::Bool && !r.cells.value(c).trimmed().isEmpty()
            && !parseBool(r.cells.value(c)))
            r.issues.append({c, path, tr("Write true or false."), true});
    }
    const QJsonObject body = request(row);
    for (const paxos::ValidationIssue &issue : paxos::validateCreateIdentity(body)) {
        int column = m_mapping.columnOf(issue.path);
        if (column < 0)
            column = m_mapping.columnOf(withoutTrailingIndex(issue.path));
        CellIssue cell{column, issue.path, issue.message, issue.isError()};
        if (column < 0 && !issue.path.isEmpty()) {
            QString labelPath = issue.path;
            labelPath.remove(QRegularExpression(u"\\[\\d+\\]"_s));
            cell.message = tr("%1: %2").arg(paxos::fieldLabel(labelPath), issue.message);
        }
        // The bool cell already says what is wrong with it.
        if (column >= 0
            && std::any_of(r.issues.begin(), r.issues.end(),
                           [column](const CellIssue &i) { return i.column == column; }))
            continue;
        r.issues.append(cell);
    }
    const bool finished = r.status == RowStatus::Created || r.status == RowStatus::Existing
        || r.status == RowStatus::Duplicate || r.status == RowStatus::Sending;
    if (!finished && r.status != RowStatus::Skipped)
        r.status = r.hasErrors() ? RowStatus::Invalid : RowStatus::Ready;
}

QList<int> ImportPlan::sendableRows() const
{
    QList<int> out;
    for (int r = 0; r < rowCount(); ++r) {
        const RowStatus s = m_rows.at(r).status;
        if ((s == RowStatus::Ready || s == RowStatus::NotSent || s == RowStatus::Failed)
            && !m_rows.at(r).hasErrors())
            out.append(r);
    }
    return out;
}

int ImportPlan::count(RowStatus status) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [status](const ImportRow &r) { return r.status == status; }));
}

bool ImportPlan::writeReport(QIODevice &out) const
{
    auto line = [](const QStringList &cells) -> QByteArray {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(AuditCsvExport::csvCell(cell));
        return (quoted.join(u',') + u"\r\n"_s).toUtf8();
    };
    if (out.write(line({u"line"_s, u"ref_id"_s, u"identity_id"_s, u"status"_s, u"problem"_s,
                        u"decision"_s, u"decision_detail"_s}))
        < 0)
        return false;
    for (const ImportRow &r : m_rows) {
        QString problem = r.problem;
        if (problem.isEmpty() && (r.status == RowStatus::Invalid || r.hasErrors())) {
            QStringList parts;
            for (const CellIssue &issue : r.issues) {
                if (!issue.error)
                    continue;
                parts.append(issue.column >= 0
                                 ? tr("%1: %2").arg(m_header.value(issue.column), issue.message)
                                 : issue.message);
            }
            problem = parts.join(u"; "_s);
        }
        const bool duplicate = r.status == RowStatus::Duplicate;
        if (out.write(line({QString::number(r.line), r.refId, r.identityId, rowStatusName(r.status),
                            problem, duplicate ? duplicateDecisionName(r.decision) : QString(),
                            duplicate ? r.decisionDetail : QString()}))
            < 0)
            return false;
    }
    return true;
}

} // namespace console::bulkimport

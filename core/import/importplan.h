#pragma once

#include "core/import/csvreader.h"
#include "core/import/fields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace console::bulkimport {

// Where a row is. Ready rows are the ones a send covers; Invalid ones wait for a fix.
enum class RowStatus {
    Ready, // checked, no error: will be sent
    Invalid, // has an error: not sent until fixed (or skipped)
    Skipped, // the user chose not to send it
    Sending,
    Created, // Paxos created the identity
    Existing, // an earlier run had created it (same ref_id): nothing new was created
    Duplicate, // 409 duplicate cip_id: another identity holds the government id (identityId)
    Failed, // Paxos refused it, or the call failed (problem)
    NotSent, // cancelled before it was sent, or refused by the write gate
};
QString rowStatusName(RowStatus status); // the report's wire name: "created", "duplicate"…
QString rowStatusLabel(RowStatus status); // translated words for the table

// What the reviewer decided for a row refused as a duplicate cip_id, in the duplicate-cip
// workflow opened from the import's results: open an account on the identity that holds the
// government id, or decline the customer. Written back into the row, so the result report
// says what became of it.
enum class DuplicateDecision {
    Undecided,
    AccountOpened, // detail: the new account's id
    Declined, // detail: the reason code given
};
QString duplicateDecisionName(DuplicateDecision decision); // report: "account_opened", …
QString duplicateDecisionLabel(DuplicateDecision decision); // translated words

// One problem of a row, on the cell it concerns when there is one.
struct CellIssue
{
    int column = -1; // -1: the row as a whole (a required field no column fills, the shape)
    QString path; // the field, when known
    QString message; // translated, with the field's name when it has no column
    bool error = true; // warnings do not stop the row
};

struct ImportRow
{
    int line = 0; // where it starts in the file
    QStringList cells; // as read, then as fixed in place
    QString shapeProblem; // from the reader: a row with the wrong number of cells …
    QString refId; // the one sent: the row's ref_id column, else derived (see derivedRefId)
    QString derivedRefId;
    QList<CellIssue> issues;
    RowStatus status = RowStatus::Ready;
    QString identityId;
    QString problem; // why it failed (after sending)
    DuplicateDecision decision = DuplicateDecision::Undecided; // Duplicate rows only
    QString decisionDetail;

    bool hasErrors() const;
};

// A file being imported: its rows, the column mapping, each row checked with the person
// form's rules (paxos::validateCreateIdentity) and the request it becomes. The console's
// import dialog and paxosctl identities import both work on one of these.
class ImportPlan
{
public:
    // Reads `data` (file name decides CSV or JSON Lines). On failure error() says why and
    // the plan has no rows.
    void load(QByteArrayView data, const QString &fileName, const ReadLimits &limits = {});
    // Reads the file from disk (bounded by limits.maxFileBytes before reading).
    bool loadFile(const QString &path, const ReadLimits &limits = {});

    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }
    const QStringList &header() const { return m_header; }
    const QList<ImportRow> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    const ImportRow &row(int i) const { return m_rows.at(i); }

    const ColumnMapping &mapping() const { return m_mapping; }
    // Maps columns and checks every row again.
    void setMapping(const ColumnMapping &mapping);
    // Columns no field is mapped to (the mapping step asks about them).
    QList<int> unmappedColumns() const;

    // A fix in place: the cell's text changes and the row is checked again.
    void setCell(int row, int column, const QString &text);
    void setSkipped(int row, bool skipped);
    // After sending: what became of it.
    void setOutcome(int row, RowStatus status, const QString &identityId = {},
                    const QString &problem = {});

    // Writes the duplicate workflow's decision into a Duplicate row; false for any other row.
    bool setDecision(int row, DuplicateDecision decision, const QString &detail = {});

    // The Create Identity body of a row (ref_id included), as it would be sent.
    QJsonObject request(int row) const;
    // Rows that a send covers: Ready, or an earlier try that did not reach an answer
    // (NotSent, Failed).
    QList<int> sendableRows() const;
    int count(RowStatus status) const;

    // A ref_id for a row without its own: "imp-" and 24 hex digits of a SHA-256 over the
    // file's layout (header signature), the row's cells as read and how many identical rows
    // came before it. Editing other rows of the file, or fixing this row in the preview,
    // leaves it as it is, so a second run of the same rows finds what the first created.
    static QString deriveRefId(const QString &layoutSignature, const QStringList &cells,
                               int occurrence);

    // The result report: line, ref_id, identity_id, status, problem, decision (a duplicate
    // row's: "undecided" until the workflow decided), decision_detail; every cell through
    // AuditCsvExport::csvCell (formula-injection guard).
    bool writeReport(QIODevice &out) const;

private:
    void check(int row);

    QString m_error;
    QString m_fileName;
    QStringList m_header;
    QList<ImportRow> m_rows;
    ColumnMapping m_mapping;
};

// Sets `value` at a JSON path with dots and indices ("tax_details[0].tax_payer_id").
void setJsonPath(QJsonObject &root, const QString &path, const QJsonValue &value);

} // namespace console::bulkimport

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace console::bulkimport {

// What a cell becomes in the Create Identity body.
enum class CellKind {
    Text, // a string
    List, // an array of strings, the cell split at ';' or '|'
    Bool, // true/false (yes/no, 1/0)
};

// A field of the person Create Identity request an import column can fill.
struct ImportField
{
    QString
        path; // the API's JSON path: "person_details.address.city", "tax_details[0].tax_payer_id"
    CellKind kind = CellKind::Text;
};

// Every person field of the guide ("Onboard a Person", required details), the CDD and the
// first tax details entry, plus ref_id and tax_details_not_required. metadata.KEY columns
// are accepted too (metadata is a string map).
const QList<ImportField> &importFields();
const ImportField *importField(const QString &path);
// A translated name for the mapping step ("City (person_details.address.city)").
QString importFieldLabel(const QString &path);

// Which column fills which field: one target path per column, empty = the column is ignored.
struct ColumnMapping
{
    QStringList targets;

    int columnOf(const QString &path) const { return int(targets.indexOf(path)); }
    QJsonObject toJson(const QStringList &header) const; // {"header name": "path", …}
    static ColumnMapping fromJson(const QJsonObject &json, const QStringList &header);
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// The target of a header that names a field the way the API does: the full dotted path
// ("person_details.address.city", "cdd.source_of_wealth" for customer_due_diligence), or its
// last segment when that is unambiguous among the person fields ("first_name", "city",
// "estimated_yearly_income", "tax_payer_id"). Case, spaces and dashes are forgiven. Empty when
// the header is not such a name (the user maps it).
QString apiFieldForHeader(const QString &header);
// apiFieldForHeader for every column; a field is given to one column only (the first).
ColumnMapping autoMapping(const QStringList &header);

// The same file layout gives the same signature: the normalised header names in order. A
// mapping made once for a layout is offered again for the next file of that layout.
QString headerSignature(const QStringList &header);

// Mappings remembered per layout, in one JSON file ({"signature": {"header": "path"}}).
class MappingMemory
{
public:
    explicit MappingMemory(QString filePath);
    // The remembered mapping for this header, if any.
    std::optional<ColumnMapping> recall(const QStringList &header) const;
    // Remembers it; false (with the reason) when the file cannot be written.
    bool remember(const QStringList &header, const ColumnMapping &mapping,
                  QString *error = nullptr);

private:
    QJsonObject load() const;
    QString m_path;
};

// A mapping file for paxosctl --mapping: {"header name": "api.path", …}; headers not named
// keep their automatic target. Unknown targets are an error.
bool applyMappingFile(const QJsonObject &json, const QStringList &header, ColumnMapping &mapping,
                      QString *error);

} // namespace console::bulkimport

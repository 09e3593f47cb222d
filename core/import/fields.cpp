#include "core/import/fields.h"

#include "paxos/model/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace console::bulkimport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("console::bulkimport::Fields", text);
}

QString normalizedHeader(QString header)
{
    header = header.trimmed().toLower();
    header.replace(u' ', u'_');
    header.replace(u'-', u'_');
    // "cdd." is the guide's short name for customer_due_diligence.
    if (header.startsWith("cdd."_L1))
        header = u"customer_due_diligence."_s + header.mid(4);
    // "tax_details.tax_payer_id" means the first entry.
    if (header.startsWith("tax_details."_L1))
        header = u"tax_details[0]."_s + header.mid(12);
    return header;
}

QString lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(u'.') + 1);
}

} // namespace

const QList<ImportField> &importFields()
{
    static const QList<ImportField> fields = [] {
        QList<ImportField> f;
        auto text = [&f](const QString &path) { f.append({path, CellKind::Text}); };
        auto list = [&f](const QString &path) { f.append({path, CellKind::List}); };
        text(u"ref_id"_s);
        const QString p = u"person_details."_s;
        for (const char *name :
             {"first_name", "middle_name", "last_name", "date_of_birth", "nationality", "cip_id",
              "cip_id_type", "cip_id_country", "phone_number", "email", "profession",
              "country_of_birth", "verifier_type", "passthrough_verifier_type",
              "passthrough_verified_at", "passthrough_verification_id",
              "passthrough_verification_status"})
            text(p + QLatin1StringView(name));
        list(p + "passthrough_verification_fields"_L1);
        for (const char *name : {"address1", "address2", "city", "province", "zip_code", "country"})
            text(p + "address."_L1 + QLatin1StringView(name));
        const QString c = u"customer_due_diligence."_s;
        for (const char *name :
             {"estimated_yearly_income", "expected_transfer_value", "source_of_wealth",
              "employment_status", "employment_industry_sector", "estimated_net_worth",
              "source_of_funds", "purpose_of_account"})
            text(c + QLatin1StringView(name));
        list(c + "aliases"_L1);
        list(c + "customer_regions"_L1);
        text(u"tax_details[0].tax_payer_id"_s);
        text(u"tax_details[0].tax_payer_country"_s);
        f.append({u"tax_details_not_required"_s, CellKind::Bool});
        return f;
    }();
    return fields;
}

const ImportField *importField(const QString &path)
{
    static const ImportField metadata{QString(), CellKind::Text};
    for (const auto &field : importFields())
        if (field.path == path)
            return &field;
    if (path.startsWith("metadata."_L1) && path.size() > 9)
        return &metadata;
    return nullptr;
}

QString importFieldLabel(const QString &path)
{
    if (path.isEmpty())
        return tr("(not imported)");
    QString validationPath = path;
    validationPath.replace("[0]"_L1, QString());
    return tr("%1 (%2)").arg(paxos::fieldLabel(validationPath), path);
}

QString apiFieldForHeader(const QString &header)
{
    const QString name = normalizedHeader(header);
    if (name.isEmpty())
        return {};
    if (name.startsWith("metadata."_L1) && name.size() > 9)
        return u"metadata."_s + header.trimmed().mid(9); // the key as written
    QString found;
    int matches = 0;
    for (const auto &field : importFields()) {
        if (field.path == name)
            return field.path;
        if (lastSegment(field.path) == name) {
            found = field.path;
            ++matches;
        }
    }
    // "country" alone is the address's country (the guide's address object), the others have
    // longer names (cip_id_country, country_of_birth, tax_payer_country).
    return matches == 1 ? found : QString();
}

ColumnMapping autoMapping(const QStringList &header)
{
    ColumnMapping mapping;
    for (const QString &name : header) {
        QString target = apiFieldForHeader(name);
        if (!target.isEmpty() && mapping.targets.contains(target))
            target.clear();
        mapping.targets.append(target);
    }
    return mapping;
}

QString headerSignature(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(name.trimmed().toLower());
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

QJsonObject ColumnMapping::toJson(const QStringList &header) const
{
    QJsonObject o;
    for (qsizetype i = 0; i < header.size() && i < targets.size(); ++i)
        o.insert(header.at(i), targets.at(i));
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    ColumnMapping m;
    for (const QString &name : header) {
        const QString target = json.value(name).toString();
        m.targets.append(importField(target) && !m.targets.contains(target) ? target : QString());
    }
    return m;
}

bool applyMappingFile(const QJsonObject &json, const QStringList &header, ColumnMapping &mapping,
                      QString *error)
{
    mapping.targets.resize(header.size());
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto column = header.indexOf(it.key());
        if (column < 0) {
            if (error)
                *error = tr("The mapping names the column \"%1\", which the file does not have.")
                             .arg(it.key());
            return false;
        }
        const QString target = it.value().toString();
        if (!target.isEmpty() && !importField(target)) {
            if (error)
                *error = tr("The mapping sends \"%1\" to \"%2\", which is not a person field.")
                             .arg(it.key(), target);
            return false;
        }
        // A field filled by two columns would be ambiguous: the mapped column wins.
        if (!target.isEmpty())
            for (QString &other : mapping.targets)
                if (other == target)
                    other.clear();
        mapping.targets[column] = target;
    }
    return true;
}

MappingMemory::MappingMemory(QString filePath)
    : m_path(std::move(filePath))
{
}

QJsonObject MappingMemory::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<ColumnMapping> MappingMemory::recall(const QStringList &header) const
{
    // Kept by position: one signature is one list of (normalised) names in one order.
    const QJsonArray kept = load().value(headerSignature(header)).toArray();
    if (kept.size() != header.size())
        return std::nullopt;
    ColumnMapping m;
    for (const auto &target : kept) {
        const QString path = target.toString();
        m.targets.append(importField(path) && !m.targets.contains(path) ? path : QString());
    }
    return m;
}

bool MappingMemory::remember(const QStringList &header, const ColumnMapping &mapping,
                             QString *error)
{
    QJsonObject all = load();
    all.insert(headerSignature(header), QJsonArray::fromStringList(mapping.targets));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(all).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace console::bulkimport

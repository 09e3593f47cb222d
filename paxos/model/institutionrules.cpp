#include "paxos/model/institutionrules.h"

#include "paxos/model/enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

// Sources: guides "Required Details" (the institution grid and its notes) and "Institution
// Types and Members" (regulation × trading table, member roles, role compatibility), and
// Appendix A of the reference. Choices where they are silent:
// - The regulation × trading table applies to every type whenever regulation_status or
//   trading_type is sent (the grid marks the dependent fields best effort for trusts, but
//   the table itself names no type). With only one of the two sent, the fields every
//   matching row shares are required (US_REGULATED alone → the regulator fields; PUBLIC
//   alone → listed_exchange and ticker_symbol).
// - ACCOUNT_OPENER is not in the role compatibility grid; it applies to every type.
// - A role the grid marks "--" for the type is a warning, not an error: Paxos's own trust
//   example (reference, Create Identity) still carries a BENEFICIAL_OWNER, and what the API
//   does with such a role is not documented.
// - "Corporations, LLCs, Partnerships typically require at least one BENEFICIAL_OWNER and one
//   MANAGEMENT_CONTROL_PERSON": "typically" makes a missing one a warning. A trust without a
//   GRANTOR, TRUSTEE or BENEFICIARY is an error ("must have").
// - A beneficial owner is "a person who owns 25% or more": one without ownership, or with
//   less than 25, is a warning. Ownership adding up to more than 100 is an error (it cannot
//   be true of any institution).
// - RIA needs Paxos's prior approval: a warning the user can act on, not a refusal.

namespace paxos::institution {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paxos::institution", text);
}

constexpr auto R = Need::Required;
constexpr auto B = Need::BestEffort;
constexpr auto D = Need::DependsOnRegulation;
constexpr auto P = Need::PaymentsOnly;
constexpr auto A = Need::Auto;

const QLatin1StringView kDetails("institution_details");
const QLatin1StringView kMembers("institution_members");

QString str(const QJsonObject &obj, QLatin1StringView key)
{
    return obj.value(key).toString();
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// The value at a two-level path ("institution_details.name", "tax_details").
QJsonValue valueAt(const QJsonObject &request, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return request.value(path);
    return request.value(path.left(dot)).toObject().value(path.mid(dot + 1));
}

bool isSsnOrItin(QStringView cipType)
{
    return cipType == u"SSN" || cipType == u"ITIN";
}

// Fields common to every row that matches the given regulation and trading (either may be
// empty = any). Empty optional when no row matches (a combination Paxos does not offer).
std::optional<QStringList> regulationFields(QStringView regulation, QStringView trading);
bool knownRegulation(QStringView regulation);
bool knownTrading(QStringView trading);

// The fields the table adds for a request's regulation and trading; a combination the table
// lacks (reported as a conflict) still needs what its trading type needs everywhere.
QStringList dependentFields(const QString &regulation, const QString &trading)
{
    const QString r = knownRegulation(regulation) ? regulation : QString();
    const QString t = knownTrading(trading) ? trading : QString();
    if (r.isEmpty() && t.isEmpty())
        return {};
    if (auto fields = regulationFields(r, t))
        return *fields;
    return regulationFields(QString(), t).value_or(QStringList());
}

std::optional<QStringList> regulationFields(QStringView regulation, QStringView trading)
{
    std::optional<QSet<QString>> common;
    for (const RegulationRow &row : regulationRows()) {
        if (!regulation.isEmpty() && regulation != QLatin1StringView(row.regulationStatus))
            continue;
        if (!trading.isEmpty() && trading != QLatin1StringView(row.tradingType))
            continue;
        QSet<QString> fields;
        for (const char *f : row.fields)
            fields.insert(QString::fromLatin1(f));
        common = common ? common->intersect(fields) : fields;
    }
    if (!common)
        return std::nullopt;
    QStringList out;
    // Keep the table's order for stable messages.
    for (const RegulationRow &row : regulationRows()) {
        for (const char *f : row.fields) {
            const QString s = QString::fromLatin1(f);
            if (common->contains(s) && !out.contains(s))
                out.append(s);
        }
    }
    return out;
}

bool knownRegulation(QStringView regulation)
{
    for (const RegulationRow &row : regulationRows()) {
        if (regulation == QLatin1StringView(row.regulationStatus))
            return true;
    }
    return false;
}

bool knownTrading(QStringView trading)
{
    for (const RegulationRow &row : regulationRows()) {
        if (trading == QLatin1StringView(row.tradingType))
            return true;
    }
    return false;
}

void add(QList<ValidationIssue> &out, const QString &path, const char *rule, const QString &message,
         ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    out.append(ValidationIssue{path, QString::fromLatin1(rule), message, severity});
}

QString requiredMessage(const QString &path)
{
    return tr("%1 is required.").arg(fieldLabel(path));
}

void checkMembers(QList<ValidationIssue> &out, QStringView type, const QJsonArray &members,
                  const QString &listPath)
{
    double total = 0.0;
    for (qsizetype n = 0; n < members.size(); ++n) {
        const QJsonObject m = members.at(n).toObject();
        const QString path = listPath + u'[' + QString::number(n) + u']';
        const QJsonArray roles = m.value("roles"_L1).toArray();
        bool owner = false;
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const QString role = roles.at(r).toString();
            owner = owner || role == "BENEFICIAL_OWNER"_L1;
            if (!type.isEmpty() && enums::institutionMemberRole().isCurrent(role)
                && !roleApplies(type, role)) {
                add(out, path + ".roles["_L1 + QString::number(r) + u']', "role",
                    tr("%1 does not apply to a %2.")
                        .arg(enums::institutionMemberRole().label(role),
                             enums::institutionType().label(type.toString()).toLower()),
                    ValidationIssue::Severity::Warning);
            }
        }
        const QJsonValue ownership = m.value("ownership"_L1);
        bool ok = false;
        const double percent = ownership.isString() ? ownership.toString().toDouble(&ok) : 0.0;
        if (ok && percent >= 0.0 && percent <= 100.0)
            total += percent;
        if (owner && isBlank(ownership)) {
            add(out, path + ".ownership"_L1, "ownership",
                tr("A beneficial owner owns 25% or more: give the ownership."),
                ValidationIssue::Severity::Warning);
        } else if (owner && ok && percent < 25.0) {
            add(out, path + ".ownership"_L1, "ownership",
                tr("A beneficial owner owns 25% or more; %1% makes this person something else.")
                    .arg(ownership.toString()),
                ValidationIssue::Severity::Warning);
        }
    }
    if (total > 100.0) {
        add(out, listPath, "ownership", tr("The members' ownership adds up to more than 100%."));
    }
}

// What the members as a whole must include for the type.
void checkComposition(QList<ValidationIssue> &out, QStringView type, const QJsonArray &members)
{
    QSet<QString> roles;
    for (const QJsonValue &m : members) {
        for (const QJsonValue &r : m.toObject().value("roles"_L1).toArray())
            roles.insert(r.toString());
    }
    const QString path = QString(kMembers);
    if (type == u"TRUST") {
        if (!roles.contains(u"GRANTOR"_s) && !roles.contains(u"TRUSTEE"_s)
            && !roles.contains(u"BENEFICIARY"_s)) {
            add(out, path, "members",
                tr("A trust needs at least one member who is a grantor, trustee or beneficiary."));
        }
        return;
    }
    if (type != u"CORPORATION" && type != u"LLC" && type != u"PARTNERSHIP")
        return;
    const bool owner = roles.contains(u"BENEFICIAL_OWNER"_s);
    const bool control = roles.contains(u"MANAGEMENT_CONTROL_PERSON"_s);
    if (!owner || !control) {
        add(out, path, "members",
            !owner && !control
                ? tr("Paxos typically needs a beneficial owner and a management control person.")
                : !owner ? tr("Paxos typically needs a beneficial owner.")
                         : tr("Paxos typically needs a management control person."),
            ValidationIssue::Severity::Warning);
    }
}

} // namespace

Need GridRow::need(Column column) const
{
    switch (column) {
    case Column::Trust:
        return trust;
    case Column::Company:
        return company;
    case Column::Ria:
        return ria;
    }
    return company;
}

const QList<GridRow> &requiredDetailsGrid()
{
    // The "Required Institution Details" table, row by row: Trust | Corporation, LLC,
    // Partnership | RIA.
    static const QList<GridRow> grid{
        {"institution_details.name", R, R, R},
        {"institution_details.business_address", R, R, R},
        {"institution_details.phone_number", B, B, B},
        {"institution_details.email", B, B, B},
        {"institution_details.institution_type", R, R, R},
        {"institution_details.institution_sub_type", R, R, R},
        {"institution_details.cip_id", R, R, R},
        {"institution_details.cip_id_type", R, R, R},
        {"institution_details.cip_id_country", R, R, R},
        {"institution_details.govt_registration_date", R, R, R},
        // Trust: required unless its cip_id_type is SSN or ITIN (the grid's note).
        {"institution_details.incorporation_address", B, R, R},
        {"institution_details.regulation_status", B, R, R},
        {"institution_details.trading_type", B, R, R},
        {"institution_details.listed_exchange", B, D, D},
        {"institution_details.ticker_symbol", B, D, D},
        {"institution_details.parent_institution_name", B, D, D},
        {"institution_details.regulator_name", B, D, D},
        {"institution_details.regulator_jurisdiction", B, D, D},
        {"institution_details.regulator_register_number", B, D, D},
        {"institution_details.doing_business_as", B, B, B},
        {"institution_details.business_description", B, R, B},
        {"tax_details", A, A, A},
        {"metadata", B, B, B},
        {"ref_id", B, B, B},
        {"customer_due_diligence.aliases", B, B, B},
        {"customer_due_diligence.source_of_wealth", B, R, B},
        {"customer_due_diligence.source_of_funds", B, R, B},
        {"customer_due_diligence.industry_sector", B, R, B},
        {"customer_due_diligence.has_underlying_trust_structure", B, R, B},
        {"customer_due_diligence.has_nominee_shareholders", B, R, B},
        {"customer_due_diligence.is_publicly_traded", B, B, B},
        {"customer_due_diligence.merchant_funding_source", P, P, P},
        {"customer_due_diligence.customer_regions", P, P, P},
    };
    return grid;
}

const QList<RegulationRow> &regulationRows()
{
    static const QList<RegulationRow> rows{
        {"US_REGULATED",
         "PRIVATE",
         {"regulator_name", "regulator_jurisdiction", "regulator_register_number"}},
        {"US_REGULATED",
         "PUBLIC",
         {"listed_exchange", "ticker_symbol", "regulator_name", "regulator_jurisdiction",
          "regulator_register_number"}},
        {"US_REGULATED",
         "PUBLICLY_TRADED_SUBSIDIARY",
         {"listed_exchange", "ticker_symbol", "regulator_name", "regulator_jurisdiction",
          "regulator_register_number", "parent_institution_name"}},
        {"INTL_REGULATED",
         "PRIVATE",
         {"regulator_name", "regulator_jurisdiction", "regulator_register_number"}},
        {"INTL_REGULATED",
         "PUBLIC",
         {"listed_exchange", "ticker_symbol", "regulator_name", "regulator_jurisdiction",
          "regulator_register_number"}},
        {"INTL_REGULATED",
         "PUBLICLY_TRADED_SUBSIDIARY",
         {"listed_exchange", "ticker_symbol", "regulator_name", "regulator_jurisdiction",
          "regulator_register_number", "parent_institution_name"}},
        {"NON_REGULATED", "PRIVATE", {}},
        {"NON_REGULATED", "PUBLIC", {"listed_exchange", "ticker_symbol"}},
    };
    return rows;
}

std::optional<Column> columnFor(QStringView institutionType, QStringView institutionSubType)
{
    if (institutionType.isEmpty())
        return std::nullopt;
    if (institutionType == u"TRUST")
        return Column::Trust;
    if (institutionSubType == u"REGISTERED_INVESTMENT_ADVISOR")
        return Column::Ria;
    return Column::Company;
}

QString columnLabel(Column column)
{
    switch (column) {
    case Column::Trust:
        return tr("Trust");
    case Column::Company:
        return tr("Corporation, LLC or partnership");
    case Column::Ria:
        return tr("Registered investment advisor");
    }
    return {};
}

QStringList allowedSubTypes(QStringView institutionType)
{
    if (institutionType == u"TRUST")
        return {u"INVESTMENT"_s};
    return enums::industrySector().wires();
}

QStringList rolesFor(QStringView institutionType)
{
    const QStringList all = enums::institutionMemberRole().wires();
    QStringList out;
    for (const QString &role : all) {
        if (roleApplies(institutionType, role))
            out.append(role);
    }
    return out;
}

bool roleApplies(QStringView institutionType, QStringView role)
{
    // The role compatibility grid; ACCOUNT_OPENER is not in it (see the top of this file).
    static const QSet<QString> trustRoles{u"TRUSTEE"_s, u"GRANTOR"_s, u"BENEFICIARY"_s};
    static const QSet<QString> companyRoles{u"BENEFICIAL_OWNER"_s, u"AUTHORIZED_USER"_s,
                                            u"MANAGEMENT_CONTROL_PERSON"_s};
    if (role == u"ACCOUNT_OPENER")
        return true;
    if (institutionType == u"TRUST")
        return trustRoles.contains(role.toString());
    if (institutionType == u"CORPORATION" || institutionType == u"LLC"
        || institutionType == u"PARTNERSHIP")
        return companyRoles.contains(role.toString());
    return true;
}

QStringList requiredPaths(const QJsonObject &request)
{
    const QJsonObject inst = request.value(kDetails).toObject();
    const QString type = str(inst, "institution_type"_L1);
    const auto column = columnFor(type, str(inst, "institution_sub_type"_L1));
    QStringList out;
    for (const GridRow &row : requiredDetailsGrid()) {
        const bool everywhere = row.trust == Need::Required && row.company == Need::Required
            && row.ria == Need::Required;
        if (column ? row.need(*column) == Need::Required : everywhere)
            out.append(QString::fromLatin1(row.path));
    }
    if (column == Column::Trust && !isSsnOrItin(str(inst, "cip_id_type"_L1)))
        out.append(u"institution_details.incorporation_address"_s);
    for (const QString &f :
         dependentFields(str(inst, "regulation_status"_L1), str(inst, "trading_type"_L1))) {
        const QString path = QString(kDetails) + u'.' + f;
        if (!out.contains(path))
            out.append(path);
    }
    return out;
}

QStringList bestEffortPaths(const QJsonObject &request)
{
    const QJsonObject inst = request.value(kDetails).toObject();
    const auto column =
        columnFor(str(inst, "institution_type"_L1), str(inst, "institution_sub_type"_L1));
    const QStringList required = requiredPaths(request);
    QStringList out;
    for (const GridRow &row : requiredDetailsGrid()) {
        const QString path = QString::fromLatin1(row.path);
        if (column && row.need(*column) == Need::BestEffort && !required.contains(path))
            out.append(path);
    }
    return out;
}

QList<ValidationIssue> check(const QJsonObject &request, Mode mode)
{
    QList<ValidationIssue> out;
    const QJsonObject inst = request.value(kDetails).toObject();
    const QString type = str(inst, "institution_type"_L1);
    const QString subType = str(inst, "institution_sub_type"_L1);
    const QString regulation = str(inst, "regulation_status"_L1);
    const QString trading = str(inst, "trading_type"_L1);
    const QString d = QString(kDetails);

    // Presence. An update is a delta: only the regulation table ties its sent fields.
    const QStringList required = mode == Mode::Create ? requiredPaths(request) : [&] {
        QStringList paths;
        for (const QString &f : dependentFields(regulation, trading))
            paths.append(d + u'.' + f);
        return paths;
    }();
    for (const QString &path : required) {
        const QJsonValue v = valueAt(request, path);
        // false is a perfectly good answer to the yes/no questions.
        if (v.isBool())
            continue;
        if (isBlank(v))
            add(out, path, "required", requiredMessage(path));
    }

    // Combinations.
    if (knownRegulation(regulation) && knownTrading(trading)
        && !regulationFields(regulation, trading)) {
        add(out, d + ".trading_type"_L1, "conflict",
            tr("A non-regulated institution cannot be a subsidiary of a publicly traded company."));
    }
    if (!type.isEmpty() && !subType.isEmpty() && enums::institutionType().isCurrent(type)
        && enums::industrySector().isCurrent(subType) && !allowedSubTypes(type).contains(subType)) {
        add(out, d + ".institution_sub_type"_L1, "conflict",
            tr("A trust must have the sub-type %1.")
                .arg(enums::industrySector().label(u"INVESTMENT"_s)));
    }
    if (subType == u"REGISTERED_INVESTMENT_ADVISOR") {
        add(out, d + ".institution_sub_type"_L1, "needs_approval",
            tr("Paxos must authorize the registered investment advisor sub-type for you before "
               "you use it."),
            ValidationIssue::Severity::Warning);
    }

    // Members.
    const QJsonArray members = request.value(kMembers).toArray();
    checkMembers(out, type, members, QString(kMembers));
    if (mode == Mode::Create)
        checkComposition(out, type, members);
    return out;
}

QList<ValidationIssue> checkAddedMembers(QStringView institutionType, const QJsonArray &members)
{
    QList<ValidationIssue> out;
    if (members.isEmpty())
        add(out, u"members"_s, "required", tr("Add at least one member."));
    for (qsizetype n = 0; n < members.size(); ++n) {
        const QString path = u"members["_s + QString::number(n) + u']';
        const QJsonObject m = members.at(n).toObject();
        if (isBlank(m.value("identity_id"_L1)))
            add(out, path + ".identity_id"_L1, "required", tr("Choose the member's identity."));
        if (isBlank(m.value("roles"_L1)))
            add(out, path + ".roles"_L1, "required", tr("Give the member at least one role."));
        const QJsonArray roles = m.value("roles"_L1).toArray();
        for (qsizetype r = 0; r < roles.size(); ++r) {
            if (auto problem =
                    validation::checkEnum(path + ".roles["_L1 + QString::number(r) + u']',
                                          roles.at(r).toString(), enums::institutionMemberRole()))
                out.append(*problem);
        }
        const QJsonValue ownership = m.value("ownership"_L1);
        bool ok = false;
        const double percent = ownership.isString() ? ownership.toString().toDouble(&ok) : 0.0;
        if (!ownership.isUndefined() && !ownership.isNull()
            && (!ok || percent < 0.0 || percent > 100.0))
            add(out, path + ".ownership"_L1, "ownership",
                tr("Ownership must be a percentage from 0 to 100 written as text, such as \"25\" "
                   "or \"12.5\"."));
    }
    checkMembers(out, institutionType, members, u"members"_s);
    return out;
}

} // namespace paxos::institution

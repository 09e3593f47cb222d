#pragma once

#include "paxos/model/validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Paxos's institution rules as data: which fields an institution must send depending on its
// type and sub-type (the "Required Institution Details" grid), which regulation status and
// trading type combinations exist and what each adds, which member roles apply to which
// type, and what the members of each type must include ("Institution Types and Members").
// The console's institution form, paxosctl and validateCreateIdentity() all read these
// tables, so a rule is written once. Choices where the guides are silent are at the top of
// institutionrules.cpp.

namespace paxos::institution {

// A column of the required-details grid.
enum class Column { Trust, Company /* Corporation, LLC, Partnership */, Ria };

// How a column treats a field (the grid's ✅, 🟡, "Depends on regulation status", …).
enum class Need {
    Required,
    BestEffort, // send when known; less friction during onboarding
    DependsOnRegulation, // required by the regulation × trading table (regulationRows())
    PaymentsOnly, // only for payments integrations
    Auto, // tax_details: filled by Paxos from an SSN, ITIN or EIN
};

struct GridRow
{
    const char *path; // "institution_details.name", "customer_due_diligence.source_of_funds"
    Need trust;
    Need company;
    Need ria;

    Need need(Column column) const;
};

// The grid, in the guide's order.
const QList<GridRow> &requiredDetailsGrid();

// One row of the regulation status × trading type table. A combination missing from the
// table (NON_REGULATED + PUBLICLY_TRADED_SUBSIDIARY) is refused.
struct RegulationRow
{
    const char *regulationStatus;
    const char *tradingType;
    QList<const char *> fields; // institution_details field names
};
const QList<RegulationRow> &regulationRows();

// Which column a type and sub-type fall in: a REGISTERED_INVESTMENT_ADVISOR sub-type is the
// RIA column, a TRUST the trust column, the other types the company column. No type, no
// column.
std::optional<Column> columnFor(QStringView institutionType, QStringView institutionSubType);
// A translated name of the column ("Corporation, LLC or partnership").
QString columnLabel(Column column);

// The sub-types a type may have: a trust only INVESTMENT; others every current value of the
// industry-sector table.
QStringList allowedSubTypes(QStringView institutionType);
// Member roles that apply to a type (the role compatibility grid); every role for an unknown
// or empty type.
QStringList rolesFor(QStringView institutionType);
bool roleApplies(QStringView institutionType, QStringView role);

// The fields (JSON paths) that must be present for `request` (a Create Identity body) as it
// stands: the grid's Required cells for its column, the regulation table's fields for its
// regulation status and trading type, incorporation_address for a trust without an SSN/ITIN.
// Without a type, the fields common to every column.
QStringList requiredPaths(const QJsonObject &request);
// The best-effort fields (🟡) for the request's column, for a form to mark "recommended".
QStringList bestEffortPaths(const QJsonObject &request);

// Every institution rule on a request body: presence (create only), combinations, the
// sub-type a type allows, RIA's prior approval (warning), the roles that apply to the type,
// what the members must include, beneficial owners' ownership. Update bodies are a delta:
// only the rules that tie sent fields together run. Issue paths and rule ids as in
// validation.h; messages translated in context "paxos::institution".
enum class Mode { Create, Update };
QList<ValidationIssue> check(const QJsonObject &request, Mode mode);

// The member part of check() for an Add Institution Members body: `members` joining an
// institution of `institutionType` (roles that apply, ownership). Paths "members[n].…".
QList<ValidationIssue> checkAddedMembers(QStringView institutionType, const QJsonArray &members);

} // namespace paxos::institution

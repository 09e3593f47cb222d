#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace console::onboarding {

// The editable part of an identity in the shape of a Create Identity body: person_details
// (without the read-only sub-statuses and deprecated echoes), customer_due_diligence
// (without created_at), tax_details (without tin_verification_status),
// tax_details_not_required, ref_id and metadata. This is what the person form edits, both
// for a new identity and for an existing one (from Get Identity with include_details=true).
QJsonObject editableShape(const QJsonObject &identity);

// What Update Identity is sent to turn `original` into `edited` (both in editableShape()).
// Only what changed is sent (Paxos merges a delta), with the documented exceptions:
//  - a changed residential address is sent whole, because the API marks address1, city,
//    province and country required in the object; a removed address2 is sent as "" (the
//    documented way to clear it);
//  - a changed tax_details list is sent whole (it replaces the stored list);
//  - tax_details_not_required becomes set_tax_details_not_required;
//  - a changed metadata map is sent whole (merge or replace is undocumented; sending the
//    whole map gives the same result either way for every key that is kept).
// Other fields that were emptied cannot be cleared through the API (only address2 can):
// they are left out and reported by uncleared().
struct UpdateDelta
{
    QJsonObject body;
    // Paths of fields the user emptied that the API offers no way to clear.
    QStringList uncleared;

    bool isEmpty() const { return body.isEmpty(); }
};
UpdateDelta updateDelta(const QJsonObject &original, const QJsonObject &edited);

// The body of a KYC refresh with nothing changed: only last_kyc_refresh_date (RFC 3339 UTC).
QJsonObject kycRefreshBody(const QDateTime &now);

// Whether an update body touches what Paxos re-screens: names, date of birth, address or
// the government id.
bool triggersRescreening(const QJsonObject &updateBody);

// One line of the before/after table shown before an update is sent.
struct DiffRow
{
    QString path; // "person_details.address.city", "tax_details"
    QString label; // "City"
    QString before; // display text; empty when absent
    QString after;
};
// Field-by-field differences between two editableShape() objects, in form order.
QList<DiffRow> diffRows(const QJsonObject &original, const QJsonObject &edited);

// The keys of person_details, its address and customer_due_diligence that the person form
// edits, in the order it shows them (diffs read top to bottom like the form). Other keys are
// kept as they are.
const QStringList &personFormKeys();
const QStringList &addressFormKeys();
const QStringList &cddFormKeys();

// Leaves out empty strings, empty objects and empty arrays, recursively: a form's raw
// output becomes a request that sends only what was filled in.
QJsonObject pruneEmpty(const QJsonObject &object);

} // namespace console::onboarding

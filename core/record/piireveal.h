#pragma once

#include "core/record/audittrail.h"

#include <QJsonObject>
#include <QStringList>

namespace console {

// What a screen is about to show in full: whose fields, which, and where.
struct PiiReveal
{
    QString identityId; // empty when the data belongs to no identity yet (an import row)
    QStringList fields; // wire names: cip_id, date_of_birth, tax_payer_id, ...
    QString where; // the view: "detail", "edit_form", "duplicate_cip", "import", ...
    QString environment; // the environment the data came from, when known
    QJsonObject context; // anything else that says which record was looked at
};

// Every look at PII is recorded here, before the value is shown: a pii.reveal entry in the
// hash-chained audit trail. The caller shows the values only when this succeeded (no record,
// no look); a null trail counts as a failure, so a view without a record keeps them masked.
StoreResult<AuditEntry> recordPiiReveal(AuditTrail *audit, const PiiReveal &reveal);

} // namespace console

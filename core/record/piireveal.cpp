#include "core/record/piireveal.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace console {

StoreResult<AuditEntry> recordPiiReveal(AuditTrail *audit, const PiiReveal &reveal)
{
    if (!audit) {
        return StoreError{
            QCoreApplication::translate("console::PiiReveal",
                                        "there is no audit trail to record the reveal in."),
            {}};
    }
    AuditRecord record;
    record.action = AuditAction::PiiReveal;
    record.identityId = reveal.identityId;
    record.environment = reveal.environment;
    record.details = reveal.context;
    record.details.insert(u"fields"_s, QJsonArray::fromStringList(reveal.fields));
    if (!reveal.where.isEmpty())
        record.details.insert(u"where"_s, reveal.where);
    return audit->append(record);
}

} // namespace console

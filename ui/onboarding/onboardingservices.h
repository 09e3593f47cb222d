#pragma once

#include "core/record/audittrail.h"
#include "core/record/drafts.h"
#include "core/record/notes.h"
#include "core/record/statushistory.h"
#include "core/session/writeconfirmation.h"
#include "paxos/net/connection.h"

#include <QPointer>
#include <QString>

namespace paxos {
class Connection;
}

namespace console {
class AuditTrail;
class Drafts;
class Notes;
class ReasonCodes;
class WriteGuard;
} // namespace console

namespace console::ui {

// What one onboarding dialog works with: the connection and the Production flag as they are
// when the dialog opens, plus the record services it writes to. Not a second services
// struct: OnboardingIntegration::formServices() takes every pointer from console::Services
// (core/services.h), and the dialog keeps weak pointers, so an environment switch while it
// is open leaves it without a connection rather than with a stale one. Any service may be
// null (then that part is off: no drafts, no audit record, no reason codes).
struct OnboardingServices
{
    QPointer<paxos::Connection> connection;
    QPointer<WriteGuard> writeGuard;
    QPointer<AuditTrail> audit;
    QPointer<Drafts> drafts;
    QPointer<Notes> notes;
    // Where a create's or update's answer is kept as a snapshot (cause: own call).
    QPointer<StatusHistory> history;
    QPointer<ReasonCodes> reasonCodes;
    bool production = false;
    // The environment's name, for what the dialog records (a reveal names where it looked).
    QString environment;
};

} // namespace console::ui

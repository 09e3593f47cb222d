#pragma once

#include "core/models/identityrow.h"
#include "core/record/assignments.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace console {

class AuditTrail;
class SoftLocks;

// Taking identities for oneself. Every take goes through here, whatever asked for it (the
// team line's Take, Next case): the store's atomic take (Assignments::take, one statement, so
// two reviewers taking at once cannot both win) and its assignment.change entry in ONE
// transaction — no record, no take. A failed take is recorded as failed; an identity someone
// else holds is neither taken nor recorded.
class CaseTaking
{
    Q_DECLARE_TR_FUNCTIONS(console::CaseTaking)

public:
    // Where the take came from, in the audit entry's details ("via").
    static constexpr auto kViaTeamPanel = "team_panel";
    static constexpr auto kViaNextCase = "next_case";

    // locks may be null (then others' soft locks are not looked at).
    CaseTaking(Store *store, Assignments *assignments, SoftLocks *locks, AuditTrail *audit);

    // Takes identityId for the current operator unless someone else has it.
    StoreResult<TakeResult> take(const QString &identityId, const QString &via) const;

    struct NextCase
    {
        QString identityId; // empty: nothing was free
        int considered = 0; // candidates looked at
        int held = 0; // assigned to someone (or open by another reviewer) when looked at
        int lost = 0; // taken by another reviewer between the look and the take
    };
    // Takes the first of `candidates` (oldest first) that nobody holds: not assigned to anyone
    // (the current operator included: what is theirs already is not a next case) and not open
    // in another reviewer's console. When another reviewer takes a candidate between the look
    // and the take, the atomic take refuses it and the next candidate is tried.
    StoreResult<NextCase> takeNext(const QStringList &candidates) const;

    // The queue rows a Next case may take, oldest first: pending identities by creation time
    // (unknown creation last), then id, so every console orders them alike.
    static QStringList candidates(const QList<IdentityRow> &rows);

private:
    StoreStatus record(const QString &identityId, const QString &via, bool ok) const;

    Store *m_store;
    Assignments *m_assignments;
    SoftLocks *m_locks;
    AuditTrail *m_audit;
};

} // namespace console

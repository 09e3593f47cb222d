#include "core/team/casetaking.h"

#include "core/record/audittrail.h"
#include "core/record/softlocks.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console {

namespace {
// Candidates are looked at a slice at a time: a queue of 100,000 pending rows costs a few
// indexed lookups until the first free one, not one per row.
constexpr qsizetype kSlice = 100;
} // namespace

CaseTaking::CaseTaking(Store *store, Assignments *assignments, SoftLocks *locks, AuditTrail *audit)
    : m_store(store)
    , m_assignments(assignments)
    , m_locks(locks)
    , m_audit(audit)
{
}

StoreStatus CaseTaking::record(const QString &identityId, const QString &via, bool ok) const
{
    // A console without a trail cannot take: the take would go unrecorded.
    if (!m_audit)
        return StoreError{tr("There is no audit trail to record the take in."), {}};
    AuditRecord entry;
    entry.action = AuditAction::AssignmentChange;
    entry.outcome = ok ? AuditOutcome::Succeeded : AuditOutcome::Failed;
    entry.identityId = identityId;
    entry.details = QJsonObject{{u"change"_s, u"take"_s},
                                {u"assignee"_s, m_store->currentOperator().name},
                                {u"via"_s, via}};
    if (auto appended = m_audit->append(entry); !appended)
        return StoreError{tr("The take could not be recorded in the audit trail: %1")
                              .arg(appended.errorMessage()),
                          appended.error().nativeCode};
    return storeOk();
}

StoreResult<TakeResult> CaseTaking::take(const QString &identityId, const QString &via) const
{
    if (identityId.isEmpty())
        return StoreError{tr("No identity given."), {}};
    TakeResult result;
    QString takeError;
    // The take and its entry commit together: a take the trail cannot hold is rolled back.
    const auto done = m_store->transaction([&]() -> StoreStatus {
        auto taken = m_assignments->take(identityId);
        if (!taken) {
            takeError = taken.errorMessage();
            return taken.error();
        }
        result = taken.value();
        if (!result.taken)
            return storeOk(); // someone else has it: nothing changed, nothing to record
        return record(identityId, via, true);
    });
    if (!done) {
        // The attempt is recorded when the store answers at all (a refused statement).
        if (!takeError.isEmpty())
            (void)record(identityId, via, false);
        return done.error();
    }
    return result;
}

StoreResult<CaseTaking::NextCase> CaseTaking::takeNext(const QStringList &candidates) const
{
    NextCase next;
    for (qsizetype start = 0; start < candidates.size(); start += kSlice) {
        const QStringList slice = candidates.mid(start, kSlice);
        const auto assigned = m_assignments->assigneesOf(slice);
        if (!assigned)
            return assigned.error();
        QHash<QString, QStringList> open;
        if (m_locks) {
            auto holders = m_locks->holdersOf(slice);
            if (!holders)
                return holders.error();
            open = std::move(holders.value());
        }
        for (const QString &id : slice) {
            ++next.considered;
            if (assigned->contains(id) || !open.value(id).isEmpty()) {
                ++next.held;
                continue;
            }
            auto taken = take(id, QString::fromLatin1(kViaNextCase));
            if (!taken)
                return taken.error();
            if (taken->taken) {
                next.identityId = id;
                return next;
            }
            // Another reviewer was quicker: their take won, try the next one.
            ++next.lost;
        }
    }
    return next;
}

QStringList CaseTaking::candidates(const QList<IdentityRow> &rows)
{
    QList<const IdentityRow *> pending;
    for (const IdentityRow &row : rows) {
        if (row.status == "PENDING"_L1)
            pending.append(&row);
    }
    std::sort(pending.begin(), pending.end(), [](const IdentityRow *a, const IdentityRow *b) {
        const bool aKnown = a->createdMs > 0;
        const bool bKnown = b->createdMs > 0;
        if (aKnown != bKnown)
            return aKnown;
        if (a->createdMs != b->createdMs)
            return a->createdMs < b->createdMs;
        return a->id < b->id;
    });
    QStringList ids;
    ids.reserve(pending.size());
    for (const IdentityRow *row : std::as_const(pending))
        ids.append(row->id);
    return ids;
}

} // namespace console

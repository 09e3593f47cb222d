#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/ratelimiter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>

class QTimer;

namespace paxos {
class Job;
} // namespace paxos

namespace console {

class IdentityTableModel;
class Session;
struct IdentityRow;

// The members of the institutions in the queue, so the queue's Waiting on column can name
// an institution's blocking member without the institution being opened. List Identities
// documents no way to include institution_members (paxos-identity-api.md §3.2), so each
// institution is read once with Get Identity (include_institution_members) and the answer is
// kept, keyed by the institution's id and updated_at: a list refresh that brings the same
// institution back (without members) finds them here when the model projects the row
// (IdentityTableModel::setKnownMembers), and a newer updated_at reads it again.
//
// What is read: every institution row that is PENDING (the ones that can be waiting on a
// member), and any institution the queue shows on screen (setVisible(), read first). Rows
// are looked at only as they arrive or change (rowsInserted / dataChanged of the model), never
// when the queue paints, so 100,000 rows cost one type check each as their page lands.
//
// How: at most kMaxInFlight reads at once, and, when the connection paces (Paxos's
// environments), spaced to kBudgetShare of the Identity API's paced rate so the reviewer's
// own calls keep the rest of the budget; nothing is started during a 429 cool-down. An
// event about an institution or one of its members (identityChanged()) reads it again.
// An environment switch forgets everything.
class InstitutionMembersCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 2;
    static constexpr double kBudgetShare = 0.2;

    InstitutionMembersCache(Session *session, IdentityTableModel *model, QObject *parent = nullptr);
    ~InstitutionMembersCache() override;

    // The members read for `institutionId` at exactly `updatedMs`; null when not known.
    const QList<paxos::InstitutionMember> *membersOf(const QString &institutionId,
                                                     qint64 updatedMs) const;

    // The ids the queue shows now: institutions among them are read before the others.
    void setVisible(const QStringList &ids);
    // An identity as an event (or a Get Identity) brought it: an institution read with its
    // members is kept as it is; an institution without them, or a member of a known
    // institution, has the institution read again.
    void identityChanged(const paxos::Identity &identity);
    // Forgets every answer and stops every read (environment switch).
    void clear();

    int queued() const { return int(m_queue.size()); }
    int inFlight() const { return int(m_inFlight.size()); }
    int readsStarted() const { return m_readsStarted; }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }

signals:
    // An institution's members were read (or taken from an event) and the queue told.
    void membersKnown(const QString &institutionId);
    // Nothing is queued or in flight any more.
    void idle();

private:
    struct Entry
    {
        qint64 updatedMs = 0;
        QList<paxos::InstitutionMember> members;
    };

    void scan(int first, int last);
    void consider(const IdentityRow &row, bool visible);
    void enqueue(const QString &id, bool front);
    void pump();
    void read(const QString &id);
    void store(const paxos::Identity &identity);
    bool needsRead(const IdentityRow &row) const;

    QPointer<Session> m_session;
    QPointer<IdentityTableModel> m_model;
    QHash<QString, Entry> m_entries;
    // member identity id -> the institutions it belongs to (for members' events)
    QHash<QString, QSet<QString>> m_institutionsOf;
    // Institutions whose members changed since they were read (a member's event).
    QSet<QString> m_stale;
    // A read that failed at this updated_at is not tried again until the row changes.
    QHash<QString, qint64> m_failedAt;
    std::deque<QString> m_queue;
    QSet<QString> m_queuedIds;
    QHash<QString, QPointer<paxos::Job>> m_inFlight;
    paxos::RateLimiter m_pace;
    QTimer *m_wake = nullptr;
    int m_readsStarted = 0;
    int m_maxInFlightSeen = 0;
};

} // namespace console

#pragma once

#include "core/models/statusexplainer.h"
#include "paxos/model/identity.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace paxos {
class Job;
} // namespace paxos

namespace console {

class Session;

// One member of an institution as the review shows it: the membership (roles, ownership)
// and the member's own state, what it waits on and who must act.
struct MemberReview
{
    QString memberId; // the membership's id (what Remove Institution Member takes)
    QString identityId;
    QString name;
    QStringList roles;
    QString ownership; // percent as Paxos sends it, "" when not given
    QString status; // the member identity's status (wire value)
    QString waitingOn; // plain words; empty when nothing
    Actor actor = Actor::Nobody;
    bool detailed = false; // the member identity itself was read (status_details known)
};

// One thing the institution needs, in plain words, and who must act on it.
struct RequirementLine
{
    QString text;
    Actor actor = Actor::Nobody;
};

// The institution review: an institution's members with each member's status and what it
// waits on (each member identity is read once with Get Identity for its status details),
// and the institution's own requirements (its status details, its document and sanctions
// checks, the members its type needs, the members not yet approved) in plain words with who
// must act. For a person it holds nothing.
class InstitutionReview : public QObject
{
    Q_OBJECT
public:
    // Members read per institution at most: beyond that the institution's own member list
    // (status only) is shown.
    static constexpr int kMaxMemberReads = 100;

    explicit InstitutionReview(Session *session, QObject *parent = nullptr);
    ~InstitutionReview() override;

    // The institution loaded (CurrentIdentity::loaded); a person clears the review.
    void setIdentity(const paxos::Identity &identity);
    void clear();

    bool isInstitution() const { return m_institution.has_value(); }
    const std::optional<paxos::Identity> &institution() const { return m_institution; }
    const QList<MemberReview> &members() const { return m_members; }
    QList<RequirementLine> requirements() const;
    bool isReadingMembers() const { return !m_reads.isEmpty(); }

    // What can be said from the institution alone (its member list carries each member's
    // name and status): the members, in the institution's order.
    static QList<MemberReview> membersOf(const paxos::Identity &institution);
    static QList<MemberReview> membersOf(const QList<paxos::InstitutionMember> &members);
    // The first member that holds the institution back (not approved), if any: for the
    // queue's "Waiting on" column.
    static std::optional<MemberReview> blockingMember(const paxos::Identity &institution);
    static std::optional<MemberReview>
    blockingMember(const QList<paxos::InstitutionMember> &members);
    // The institution's requirements in plain words, given its members as known.
    static QList<RequirementLine> explain(const paxos::Identity &institution,
                                          const QList<MemberReview> &members);

signals:
    // The members or their details changed.
    void changed();

private:
    void readMembers();

    QPointer<Session> m_session;
    std::optional<paxos::Identity> m_institution;
    QList<MemberReview> m_members;
    QHash<QString, QPointer<paxos::Job>> m_reads; // by member identity id
};

} // namespace console

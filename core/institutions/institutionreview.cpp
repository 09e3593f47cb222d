#include "core/institutions/institutionreview.h"

#include "core/session/session.h"
#include "paxos/api/identityjobs.h"
#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "paxos/model/statusdetails.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace console {

namespace {

QString roleLabels(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels << paxos::enums::institutionMemberRole().label(role);
    return labels.join(u", "_s);
}

// What a member waits on from its status alone (before, or without, its own details).
void explainFromStatus(MemberReview &member)
{
    if (member.status == u"APPROVED"_s) {
        member.waitingOn.clear();
        member.actor = Actor::Nobody;
        return;
    }
    member.waitingOn = describeStatus(member.status);
    member.actor = member.status == u"PENDING"_s ? Actor::Paxos : Actor::Us;
}

} // namespace

InstitutionReview::InstitutionReview(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

InstitutionReview::~InstitutionReview()
{
    clear();
}

void InstitutionReview::clear()
{
    for (const QPointer<paxos::Job> &job : std::as_const(m_reads)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    m_reads.clear();
    const bool had = m_institution.has_value();
    m_institution.reset();
    m_members.clear();
    if (had)
        emit changed();
}

QList<MemberReview> InstitutionReview::membersOf(const paxos::Identity &institution)
{
    return membersOf(institution.institutionMembers);
}

QList<MemberReview> InstitutionReview::membersOf(const QList<paxos::InstitutionMember> &members)
{
    QList<MemberReview> out;
    for (const paxos::InstitutionMember &m : members) {
        MemberReview member;
        member.memberId = m.id;
        member.identityId = m.identityId;
        member.name = m.name.value_or(QString());
        member.roles = m.roles;
        member.ownership = m.ownership.value_or(QString());
        member.status = m.effectiveStatus();
        explainFromStatus(member);
        out << member;
    }
    return out;
}

std::optional<MemberReview> InstitutionReview::blockingMember(const paxos::Identity &institution)
{
    return blockingMember(institution.institutionMembers);
}

std::optional<MemberReview>
InstitutionReview::blockingMember(const QList<paxos::InstitutionMember> &members)
{
    // A denied or disabled member before a pending one: that one needs someone to act.
    std::optional<MemberReview> pending;
    for (const MemberReview &member : membersOf(members)) {
        if (member.status.isEmpty() || member.status == u"APPROVED"_s)
            continue;
        if (member.status != u"PENDING"_s)
            return member;
        if (!pending)
            pending = member;
    }
    return pending;
}

void InstitutionReview::setIdentity(const paxos::Identity &identity)
{
    if (!identity.isInstitution()) {
        clear();
        return;
    }
    const bool same = m_institution && m_institution->id == identity.id;
    // The member details already read stay while the same institution is shown again.
    QHash<QString, MemberReview> known;
    if (same) {
        for (const MemberReview &member : std::as_const(m_members)) {
            if (member.detailed)
                known.insert(member.identityId, member);
        }
    } else {
        clear();
    }
    m_institution = identity;
    m_members = membersOf(identity);
    for (MemberReview &member : m_members) {
        const auto it = known.constFind(member.identityId);
        if (it != known.cend() && it->status == member.status) {
            member.waitingOn = it->waitingOn;
            member.actor = it->actor;
            member.detailed = true;
        }
    }
    emit changed();
    readMembers();
}

void InstitutionReview::readMembers()
{
    if (!m_session || !m_session->connection() || !m_institution)
        return;
    int started = 0;
    for (const MemberReview &member : std::as_const(m_members)) {
        if (member.detailed || member.identityId.isEmpty() || m_reads.contains(member.identityId)
            || started + m_reads.size() >= kMaxMemberReads)
            continue;
        auto *job = new paxos::GetIdentityJob(m_session->connection(), member.identityId, false,
                                              false, this);
        m_reads.insert(member.identityId, job);
        ++started;
        const QString institutionId = m_institution->id;
        const QString identityId = member.identityId;
        connect(job, &paxos::Job::finished, this,
                [this, job, institutionId, identityId](paxos::Job *) {
                    job->deleteLater();
                    m_reads.remove(identityId);
                    if (!m_institution || m_institution->id != institutionId)
                        return;
                    for (MemberReview &member : m_members) {
                        if (member.identityId != identityId)
                            continue;
                        member.detailed = true;
                        if (!job->isSucceeded()) {
                            member.waitingOn =
                                tr("Could not read this member: %1").arg(job->error()->message());
                            continue;
                        }
                        const paxos::Identity &person = job->result();
                        if (member.name.isEmpty())
                            member.name = person.displayName();
                        member.status = person.effectiveStatus();
                        explainFromStatus(member);
                        if (person.statusDetails) {
                            if (const paxos::Requirement *r =
                                    blockingRequirement(*person.statusDetails)) {
                                member.waitingOn = describeRequirement(*r) + u' ' + nextStep(*r);
                                member.actor = whoMustAct(*r);
                            }
                        }
                    }
                    emit changed();
                });
        job->start();
    }
}

QList<RequirementLine> InstitutionReview::requirements() const
{
    return m_institution ? explain(*m_institution, m_members) : QList<RequirementLine>();
}

QList<RequirementLine> InstitutionReview::explain(const paxos::Identity &institution,
                                                  const QList<MemberReview> &members)
{
    QList<RequirementLine> out;
    const QString status = institution.effectiveStatus();
    out << RequirementLine{describeStatus(status), Actor::Nobody};
    // What Paxos says holds it back.
    bool documentRequirement = false;
    if (institution.statusDetails) {
        for (const paxos::Requirement &r : institution.statusDetails->requirements) {
            documentRequirement = documentRequirement || r.type == u"DOCUMENT_VERIFICATION"_s;
            if (r.type == u"MEMBERS"_s)
                out << RequirementLine{tr("Paxos is waiting on the institution's members: each "
                                          "must be approved before the institution can be."),
                                       Actor::Nobody};
            else
                out << RequirementLine{describeRequirement(r) + u' ' + nextStep(r), whoMustAct(r)};
        }
    }
    // Its own checks (institution_details' read-only statuses).
    if (institution.institutionDetails) {
        const paxos::InstitutionDetails &d = *institution.institutionDetails;
        // The document check, when the status details did not already name it.
        const QString documents =
            documentRequirement ? QString() : d.documentVerificationStatus.value_or(QString());
        if (documents == u"PENDING"_s)
            out << RequirementLine{
                tr("Paxos verifies the institution's documents (formation documents, proof of "
                   "address, ownership structure). Upload them on the Documents tab if they "
                   "have not been sent; then Paxos reviews them."),
                Actor::Us};
        else if (documents == u"DENIED"_s || documents == u"ERROR"_s)
            out << RequirementLine{tr("The institution's documents were not accepted: upload "
                                      "corrected documents on the Documents tab."),
                                   Actor::Us};
        const QString sanctions = d.sanctionsVerificationStatus.value_or(QString());
        if (!sanctions.isEmpty() && sanctions != u"APPROVED"_s)
            out << RequirementLine{describeSubStatus(u"sanctions_verification_status", sanctions)
                                       + u'.',
                                   sanctions == u"PENDING"_s ? Actor::Paxos : Actor::Us};
    }
    // The members its type needs ("Institution Types and Members").
    if (institution.institutionDetails) {
        QJsonArray list;
        for (const MemberReview &m : members)
            list.append(QJsonObject{{u"identity_id"_s, m.identityId},
                                    {u"roles"_s, QJsonArray::fromStringList(m.roles)}});
        const QString type = institution.institutionDetails->institutionType.value_or(QString());
        const QJsonObject body{
            {u"institution_details"_s, QJsonObject{{u"institution_type"_s, type}}},
            {u"institution_members"_s, list}};
        for (const paxos::ValidationIssue &issue :
             paxos::institution::check(body, paxos::institution::Mode::Create)) {
            if (issue.path == u"institution_members"_s)
                out << RequirementLine{
                    issue.message + u' ' + tr("Add the member from here (Add member)."), Actor::Us};
        }
    }
    // Members not approved yet hold the institution back.
    for (const MemberReview &m : members) {
        if (m.status.isEmpty() || m.status == u"APPROVED"_s)
            continue;
        const QString who = m.name.isEmpty() ? m.identityId : m.name;
        out << RequirementLine{
            tr("%1 (%2) is not approved yet: %3").arg(who, roleLabels(m.roles), m.waitingOn),
            m.actor};
    }
    return out;
}

} // namespace console

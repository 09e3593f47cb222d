#include "core/onboarding/institutionmembers.h"

#include "core/writes/writeguard.h"
#include "paxos/api/memberjobs.h"
#include "paxos/model/institutionrules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace console::onboarding {

InstitutionMembers::InstitutionMembers(paxos::Connection *connection, WriteGuard *guard,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
{
}

QList<paxos::ValidationIssue>
InstitutionMembers::add(const QString &institutionId, const QString &institutionType,
                        const QList<paxos::InstitutionMember> &members,
                        const QString &institutionName)
{
    QJsonArray wire;
    for (const paxos::InstitutionMember &m : members)
        wire.append(m.toJson());
    const auto issues = paxos::institution::checkAddedMembers(institutionType, wire);
    if (paxos::hasErrors(issues))
        return issues;
    if (!m_guard) {
        emit refused(tr("Not sent: no write gate."));
        return issues;
    }
    WriteIntent intent;
    intent.title = tr("Add %n institution members", nullptr, int(members.size()));
    intent.target = institutionName;
    intent.identityId = institutionId;
    // Who joins with which roles: identity ids and role names, no personal values.
    QJsonArray joined;
    for (const paxos::InstitutionMember &m : members)
        joined.append(QJsonObject{{u"identity_id"_s, m.identityId},
                                  {u"roles"_s, QJsonArray::fromStringList(m.roles)}});
    intent.details = QJsonObject{{u"members"_s, joined}};
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        const auto *job = qobject_cast<const paxos::AddInstitutionMembersJob *>(&done);
        if (!job || !job->isSucceeded())
            return;
        QJsonArray ids;
        for (const paxos::InstitutionMember &m : job->result())
            ids.append(m.id);
        outcome.details.insert(u"member_ids"_s, ids);
    };
    ++m_running;
    emit started();
    m_guard->submit(
        new paxos::AddInstitutionMembersJob(m_connection, institutionId, members),
        std::move(intent), this,
        [this, institutionId](paxos::Job *done) {
            --m_running;
            if (!done->isSucceeded()) {
                emit failed(done->error().value_or(paxos::ApiError()));
                return;
            }
            emit added(institutionId,
                       static_cast<paxos::AddInstitutionMembersJob *>(done)->result());
        },
        [this](const QString &reason) {
            --m_running;
            emit refused(reason);
        });
    return issues;
}

void InstitutionMembers::remove(const QString &institutionId,
                                const paxos::InstitutionMember &member,
                                const QString &institutionName)
{
    if (!m_guard) {
        emit refused(tr("Not sent: no write gate."));
        return;
    }
    WriteIntent intent;
    const QString who = member.name.value_or(member.identityId);
    intent.title = tr("Remove %1 from the institution").arg(who);
    intent.target = institutionName;
    intent.identityId = institutionId;
    intent.details =
        QJsonObject{{u"member_id"_s, member.id}, {u"member_identity_id"_s, member.identityId}};
    ++m_running;
    emit started();
    const QString memberId = member.id;
    m_guard->submit(
        new paxos::RemoveInstitutionMemberJob(m_connection, memberId), std::move(intent), this,
        [this, institutionId, memberId](paxos::Job *done) {
            --m_running;
            if (!done->isSucceeded()) {
                emit failed(done->error().value_or(paxos::ApiError()));
                return;
            }
            emit removed(institutionId, memberId);
        },
        [this](const QString &reason) {
            --m_running;
            emit refused(reason);
        });
}

} // namespace console::onboarding

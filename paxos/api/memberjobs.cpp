#include "paxos/api/memberjobs.h"

#include "paxos/api/queries.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

template<class Member>
ApiRequest addMembersRequest(const QString &path, const QString &ownerKey, const QString &ownerId,
                             const QList<Member> &members, const QString &scope)
{
    QJsonArray array;
    for (const Member &m : members)
        array.append(m.toJson());
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(QJsonObject{{ownerKey, ownerId}, {u"members"_s, array}})
                       .toJson(QJsonDocument::Compact);
    request.requiredScope = scope;
    return request;
}

ApiRequest removeMemberRequest(const QString &path, const QString &memberId, const QString &scope)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path + u'/' + pathSegment(memberId);
    request.requiredScope = scope;
    return request;
}

template<class Member> QList<Member> membersOf(const QJsonObject &json)
{
    QList<Member> out;
    for (const QJsonValue &v : json.value("members"_L1).toArray())
        out.append(Member::fromJson(v.toObject()));
    return out;
}

} // namespace

AddAccountMembersJob::AddAccountMembersJob(Connection *connection, QString accountId,
                                           QList<AccountMember> members, QObject *parent)
    : ResultJob(connection, parent)
    , m_accountId(std::move(accountId))
    , m_members(std::move(members))
{
}

void AddAccountMembersJob::run()
{
    if (rejectIf(m_accountId.trimmed().isEmpty() || m_members.isEmpty(),
                 tr("an account and at least one member are required")))
        return;
    sendDecoded(addMembersRequest(u"/identity/account-members"_s, u"account_id"_s, m_accountId,
                                  m_members, u"identity:write_account"_s),
                [](const QJsonObject &json) { return membersOf<AccountMember>(json); });
}

RemoveAccountMemberJob::RemoveAccountMemberJob(Connection *connection, QString memberId,
                                               QObject *parent)
    : ResultJob(connection, parent)
    , m_memberId(std::move(memberId))
{
}

void RemoveAccountMemberJob::run()
{
    if (rejectIf(m_memberId.trimmed().isEmpty(), tr("a member id is required")))
        return;
    sendDecoded(removeMemberRequest(u"/identity/account-members"_s, m_memberId,
                                    u"identity:write_account"_s),
                [](const QJsonObject &json) { return json; });
}

AddInstitutionMembersJob::AddInstitutionMembersJob(Connection *connection, QString institutionId,
                                                   QList<InstitutionMember> members,
                                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_institutionId(std::move(institutionId))
    , m_members(std::move(members))
{
}

void AddInstitutionMembersJob::run()
{
    if (rejectIf(m_institutionId.trimmed().isEmpty() || m_members.isEmpty(),
                 tr("an institution and at least one member are required")))
        return;
    sendDecoded(addMembersRequest(u"/identity/institution-members"_s, u"institution_id"_s,
                                  m_institutionId, m_members, u"identity:write_identity"_s),
                [](const QJsonObject &json) { return membersOf<InstitutionMember>(json); });
}

RemoveInstitutionMemberJob::RemoveInstitutionMemberJob(Connection *connection, QString memberId,
                                                       QObject *parent)
    : ResultJob(connection, parent)
    , m_memberId(std::move(memberId))
{
}

void RemoveInstitutionMemberJob::run()
{
    if (rejectIf(m_memberId.trimmed().isEmpty(), tr("a member id is required")))
        return;
    sendDecoded(removeMemberRequest(u"/identity/institution-members"_s, m_memberId,
                                    u"identity:write_identity"_s),
                [](const QJsonObject &json) { return json; });
}

} // namespace paxos

#pragma once

#include "paxos/api/job.h"
#include "paxos/model/account.h"
#include "paxos/model/identity.h"

namespace paxos {

// POST /v2/identity/account-members — scope identity:write_account. Adds members to an
// account; the result is the members as created (with their server ids).
class AddAccountMembersJob : public ResultJob<QList<AccountMember>>
{
    Q_OBJECT
public:
    AddAccountMembersJob(Connection *connection, QString accountId, QList<AccountMember> members,
                         QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("AddAccountMembers"); }

protected:
    void run() override;

private:
    QString m_accountId;
    QList<AccountMember> m_members;
};

// DELETE /v2/identity/account-members/{id} — scope identity:write_account (member id).
class RemoveAccountMemberJob : public ResultJob<EmptyResult>
{
    Q_OBJECT
public:
    RemoveAccountMemberJob(Connection *connection, QString memberId, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("RemoveAccountMember"); }

protected:
    void run() override;

private:
    QString m_memberId;
};

// POST /v2/identity/institution-members — scope identity:write_identity. Body
// {institution_id, members[]}; the result is the members as the server returns them.
class AddInstitutionMembersJob : public ResultJob<QList<InstitutionMember>>
{
    Q_OBJECT
public:
    AddInstitutionMembersJob(Connection *connection, QString institutionId,
                             QList<InstitutionMember> members, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("AddInstitutionMembers"); }

protected:
    void run() override;

private:
    QString m_institutionId;
    QList<InstitutionMember> m_members;
};

// DELETE /v2/identity/institution-members/{id} — scope identity:write_identity (member id).
class RemoveInstitutionMemberJob : public ResultJob<EmptyResult>
{
    Q_OBJECT
public:
    RemoveInstitutionMemberJob(Connection *connection, QString memberId, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("RemoveInstitutionMember"); }

protected:
    void run() override;

private:
    QString m_memberId;
};

} // namespace paxos

#include "paxos/model/account.h"

#include "paxos/model/jsonutil.h"

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void AccountMember::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("roles"_L1, s.roles);
    f("type"_L1, s.type);
}

AccountMember AccountMember::fromJson(const QJsonObject &obj)
{
    return json::decode<AccountMember>(obj);
}

QJsonObject AccountMember::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void Account::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("type"_L1, s.type);
    f("description"_L1, s.description);
    f("ref_id"_L1, s.refId);
    f("metadata"_L1, s.metadata);
    f("members"_L1, s.members);
    f("profile_id"_L1, s.profileId);
    f("summary_status"_L1, s.summaryStatus);
    f("admin_disabled"_L1, s.adminDisabled);
    f("user_disabled"_L1, s.userDisabled);
    f("created_at"_L1, s.createdAt);
    f("updated_at"_L1, s.updatedAt);
}

Account Account::fromJson(const QJsonObject &obj)
{
    return json::decode<Account>(obj);
}

QJsonObject Account::toJson() const
{
    return json::encode(*this);
}

// The account object is required in these requests, so it is always written.
template<class Self, class F> void CreateAccountRequest::visit(Self &s, F &&f)
{
    f("create_profile"_L1, s.createProfile);
    f("account"_L1, s.account);
}

CreateAccountRequest CreateAccountRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<CreateAccountRequest>(obj);
}

QJsonObject CreateAccountRequest::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void UpdateAccountRequest::visit(Self &s, F &&f)
{
    f("set_user_disabled"_L1, s.setUserDisabled);
    f("account"_L1, s.account);
}

UpdateAccountRequest UpdateAccountRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<UpdateAccountRequest>(obj);
}

QJsonObject UpdateAccountRequest::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void AddAccountMembersRequest::visit(Self &s, F &&f)
{
    f("account_id"_L1, s.accountId);
    f("members"_L1, s.members);
}

AddAccountMembersRequest AddAccountMembersRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<AddAccountMembersRequest>(obj);
}

QJsonObject AddAccountMembersRequest::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void Profile::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("nickname"_L1, s.nickname);
    f("type"_L1, s.type);
    f("description"_L1, s.description);
    f("account_id"_L1, s.accountId);
}

Profile Profile::fromJson(const QJsonObject &obj)
{
    return json::decode<Profile>(obj);
}

QJsonObject Profile::toJson() const
{
    return json::encode(*this);
}

} // namespace paxos

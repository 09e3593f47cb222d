#pragma once

#include "paxos/model/timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paxos {

struct AccountMember
{
    QString id; // server-generated; sending one on create is a client error
    QString identityId;
    QStringList roles; // enums::accountMemberRole()
    std::optional<QString> type; // single-role field present in the spec schema
    QJsonObject raw;

    static AccountMember fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Ties an approved identity to balances (Appendix B).
struct Account
{
    QString id;
    QString identityId; // primary owner for tax purposes
    std::optional<QString> type; // enums::accountType()
    std::optional<QString> description;
    std::optional<QString> refId;
    std::optional<QJsonObject> metadata;
    QList<AccountMember> members;
    std::optional<QString> profileId;
    std::optional<QString> summaryStatus;
    std::optional<bool> adminDisabled;
    std::optional<bool> userDisabled;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;
    QJsonObject raw;

    static Account fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of POST /v2/identity/accounts: {"create_profile": …, "account": {…}}.
struct CreateAccountRequest
{
    Account account;
    std::optional<bool> createProfile; // a profile cannot be added later
    QJsonObject raw;

    static CreateAccountRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of PUT /v2/identity/accounts: account.id required; members, when sent, replace all.
struct UpdateAccountRequest
{
    Account account;
    std::optional<bool> setUserDisabled;
    QJsonObject raw;

    static UpdateAccountRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of POST /v2/identity/account-members; the answer has the same shape with member ids.
struct AddAccountMembersRequest
{
    QString accountId;
    QList<AccountMember> members;
    QJsonObject raw;

    static AddAccountMembersRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// A profile (GET /v2/profiles/{id}): what create_profile made holds the account's balances.
struct Profile
{
    QString id;
    QString nickname;
    std::optional<QString> type; // NORMAL (client-created) or DEFAULT (system-generated)
    std::optional<QString> description;
    std::optional<QString> accountId; // hidden in the reference; present on some answers
    QJsonObject raw;

    static Profile fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos

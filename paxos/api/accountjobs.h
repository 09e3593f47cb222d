#pragma once

#include "paxos/api/job.h"
#include "paxos/api/queries.h"
#include "paxos/model/account.h"
#include "paxos/model/page.h"

namespace paxos {

// GET /v2/identity/accounts — scope identity:read_account. One page.
class ListAccountsJob : public ResultJob<ListPage<Account>>
{
    Q_OBJECT
public:
    using Item = Account;
    using Query = ListAccountsQuery;
    ListAccountsJob(Connection *connection, ListAccountsQuery query = {},
                    QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListAccounts"); }
    void setPageCursor(const QString &cursor) { m_query.pageCursor = cursor; }

protected:
    void run() override;

private:
    ListAccountsQuery m_query;
};

// GET /v2/identity/accounts/{id} — scope identity:read_account.
class GetAccountJob : public ResultJob<Account>
{
    Q_OBJECT
public:
    GetAccountJob(Connection *connection, QString accountId, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("GetAccount"); }

protected:
    void run() override;

private:
    QString m_id;
};

// POST /v2/identity/accounts — scope identity:write_account.
class CreateAccountJob : public ResultJob<Account>
{
    Q_OBJECT
public:
    CreateAccountJob(Connection *connection, CreateAccountRequest request,
                     QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("CreateAccount"); }

protected:
    void run() override;

private:
    CreateAccountRequest m_request;
};

// PUT /v2/identity/accounts — scope identity:write_account. Body {account, set_user_disabled}.
class UpdateAccountJob : public ResultJob<Account>
{
    Q_OBJECT
public:
    UpdateAccountJob(Connection *connection, QJsonObject account,
                     std::optional<bool> setUserDisabled = std::nullopt, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("UpdateAccount"); }

protected:
    void run() override;

private:
    QJsonObject m_account;
    std::optional<bool> m_setUserDisabled;
};

// GET /v2/profiles/{profile_id} — scope funding:read_profile. The profile an account got from
// create_profile (Account.profile_id): the institution guide's next step after the account.
class GetProfileJob : public ResultJob<Profile>
{
    Q_OBJECT
public:
    GetProfileJob(Connection *connection, QString profileId, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("GetProfile"); }

protected:
    void run() override;

private:
    QString m_id;
};

} // namespace paxos

#include "paxos/api/accountjobs.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

const QString kRead = u"identity:read_account"_s;
const QString kWrite = u"identity:write_account"_s;

} // namespace

ListAccountsJob::ListAccountsJob(Connection *connection, ListAccountsQuery query, QObject *parent)
    : ResultJob(connection, parent)
    , m_query(std::move(query))
{
}

void ListAccountsJob::run()
{
    ApiRequest request;
    request.path = u"/identity/accounts"_s;
    request.query = m_query.toQuery();
    request.requiredScope = kRead;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = ListPage<Account>::fromJson(*json);
            succeed();
        }
    });
}

GetAccountJob::GetAccountJob(Connection *connection, QString accountId, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(accountId))
{
}

void GetAccountJob::run()
{
    if (m_id.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an account id is required")));
        return;
    }
    ApiRequest request;
    request.path = u"/identity/accounts/"_s + pathSegment(m_id);
    request.requiredScope = kRead;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = Account::fromJson(*json);
            succeed();
        }
    });
}

CreateAccountJob::CreateAccountJob(Connection *connection, CreateAccountRequest request,
                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_request(std::move(request))
{
}

void CreateAccountJob::run()
{
    if (m_request.account.identityId.isEmpty()) {
        fail(ApiError::invalidArgument(tr("an identity id is required")));
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = u"/identity/accounts"_s;
    request.body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = kWrite;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = Account::fromJson(*json);
            succeed();
        }
    });
}

UpdateAccountJob::UpdateAccountJob(Connection *connection, QJsonObject account,
                                   std::optional<bool> setUserDisabled, QObject *parent)
    : ResultJob(connection, parent)
    , m_account(std::move(account))
    , m_setUserDisabled(setUserDisabled)
{
}

void UpdateAccountJob::run()
{
    if (m_account.value("id"_L1).toString().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an account id is required")));
        return;
    }
    QJsonObject body{{u"account"_s, m_account}};
    if (m_setUserDisabled)
        body.insert(u"set_user_disabled"_s, *m_setUserDisabled);
    ApiRequest request;
    request.method = "PUT";
    request.path = u"/identity/accounts"_s;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.requiredScope = kWrite;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = Account::fromJson(*json);
            succeed();
        }
    });
}

} // namespace paxos

#include "paxos/api/accountjobs.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

const QString kRead = u"identity:read_account"_s;
const QString kWrite = u"identity:write_account"_s;
const QString kReadProfile = u"funding:read_profile"_s;

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
    sendDecoded(request, [](const QJsonObject &json) { return ListPage<Account>::fromJson(json); });
}

GetAccountJob::GetAccountJob(Connection *connection, QString accountId, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(accountId))
{
}

void GetAccountJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("an account id is required")))
        return;
    ApiRequest request;
    request.path = u"/identity/accounts/"_s + pathSegment(m_id);
    request.requiredScope = kRead;
    sendDecoded(request, [](const QJsonObject &json) { return Account::fromJson(json); });
}

CreateAccountJob::CreateAccountJob(Connection *connection, CreateAccountRequest request,
                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_request(std::move(request))
{
}

void CreateAccountJob::run()
{
    if (rejectIf(m_request.account.identityId.isEmpty(), tr("an identity id is required")))
        return;
    ApiRequest request;
    request.method = "POST";
    request.path = u"/identity/accounts"_s;
    request.body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = kWrite;
    sendDecoded(request, [](const QJsonObject &json) { return Account::fromJson(json); });
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
    if (rejectIf(m_account.value("id"_L1).toString().isEmpty(), tr("an account id is required")))
        return;
    QJsonObject body{{u"account"_s, m_account}};
    if (m_setUserDisabled)
        body.insert(u"set_user_disabled"_s, *m_setUserDisabled);
    ApiRequest request;
    request.method = "PUT";
    request.path = u"/identity/accounts"_s;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.requiredScope = kWrite;
    sendDecoded(request, [](const QJsonObject &json) { return Account::fromJson(json); });
}

GetProfileJob::GetProfileJob(Connection *connection, QString profileId, QObject *parent)
    : ResultJob(connection, parent)
    , m_id(std::move(profileId))
{
}

void GetProfileJob::run()
{
    if (rejectIf(m_id.trimmed().isEmpty(), tr("a profile id is required")))
        return;
    ApiRequest request;
    request.path = u"/profiles/"_s + pathSegment(m_id);
    request.requiredScope = kReadProfile;
    sendDecoded(request, [](const QJsonObject &json) { return Profile::fromJson(json); });
}

} // namespace paxos

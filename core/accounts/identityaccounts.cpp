#include "core/accounts/identityaccounts.h"

#include "core/session/session.h"
#include "core/writes/writeguard.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/listall.h"
#include "paxos/api/memberjobs.h"
#include "paxos/model/accountrules.h"

using namespace Qt::StringLiterals;

namespace console {

namespace {

// The roles a members list carries, for the record (ids, never names).
QJsonArray memberSummary(const QJsonArray &members)
{
    QJsonArray out;
    for (const QJsonValue &member : members) {
        const QJsonObject object = member.toObject();
        out.append(QJsonObject{{u"identity_id"_s, object.value(u"identity_id"_s)},
                               {u"roles"_s, object.value(u"roles"_s)}});
    }
    return out;
}

// The account in a write's answer (Create and Update Account answer with it).
std::optional<paxos::Account> answeredAccount(const paxos::Job &job)
{
    if (job.error())
        return std::nullopt;
    if (const auto *create = qobject_cast<const paxos::CreateAccountJob *>(&job))
        return create->result();
    if (const auto *update = qobject_cast<const paxos::UpdateAccountJob *>(&job))
        return update->result();
    return std::nullopt;
}

QString failure(const paxos::Job &job)
{
    return job.error() ? job.error()->message() : QString();
}

} // namespace

IdentityAccounts::IdentityAccounts(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

IdentityAccounts::~IdentityAccounts()
{
    // A list still running is only a read: stop it. Writes belong to the gate.
    if (m_list)
        m_list->cancel();
}

void IdentityAccounts::setIdentity(const QString &identityId)
{
    if (m_list) {
        m_list->disconnect(this);
        m_list->cancel();
        m_list = nullptr;
    }
    m_identityId = identityId;
    m_accounts.clear();
    // Profiles belong to the accounts shown (and to the environment they came from).
    for (const QPointer<paxos::Job> &read : std::as_const(m_profileReads)) {
        if (read) {
            read->disconnect(this);
            read->cancel();
        }
    }
    m_profileReads.clear();
    m_profiles.clear();
    m_profileProblems.clear();
    emit accountsChanged();
    if (identityId.isEmpty() || !m_session || !m_session->connection()) {
        emit loadingChanged(false);
        return;
    }
    paxos::ListAccountsQuery query;
    query.identityId = identityId;
    query.order = u"ASC"_s;
    auto *job = new paxos::ListAllJob<paxos::ListAccountsJob>(m_session->connection(), query, this);
    m_list = job;
    connect(job, &paxos::Job::finished, this, [this, job, identityId](paxos::Job *) {
        job->deleteLater();
        if (m_list != job)
            return;
        m_list = nullptr;
        emit loadingChanged(false);
        if (identityId != m_identityId)
            return;
        if (!job->isSucceeded()) {
            emit loadFailed(tr("The accounts could not be read: %1").arg(failure(*job)));
            return;
        }
        m_accounts = job->items();
        emit accountsChanged();
    });
    emit loadingChanged(true);
    job->start();
}

void IdentityAccounts::reload()
{
    setIdentity(m_identityId);
}

std::optional<paxos::Account> IdentityAccounts::account(const QString &accountId) const
{
    for (const paxos::Account &account : m_accounts) {
        if (account.id == accountId)
            return account;
    }
    return std::nullopt;
}

void IdentityAccounts::replace(const paxos::Account &account)
{
    if (account.identityId != m_identityId)
        return;
    for (paxos::Account &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            emit accountsChanged();
            return;
        }
    }
    m_accounts.append(account);
    emit accountsChanged();
}

void IdentityAccounts::open(const QString &accountId)
{
    if (accountId.isEmpty() || !m_session || !m_session->connection())
        return;
    auto *job = new paxos::GetAccountJob(m_session->connection(), accountId, this);
    connect(job, &paxos::Job::finished, this, [this, job](paxos::Job *) {
        job->deleteLater();
        if (job->isSucceeded())
            replace(job->result());
        else
            emit loadFailed(tr("The account could not be read: %1").arg(failure(*job)));
    });
    job->start();
}

void IdentityAccounts::readProfile(const QString &profileId)
{
    if (profileId.isEmpty() || m_profiles.contains(profileId) || m_profileReads.contains(profileId)
        || !m_session || !m_session->connection())
        return;
    m_profileProblems.remove(profileId);
    auto *job = new paxos::GetProfileJob(m_session->connection(), profileId, this);
    m_profileReads.insert(profileId, job);
    connect(job, &paxos::Job::finished, this, [this, job, profileId](paxos::Job *) {
        m_profileReads.remove(profileId);
        if (job->isSucceeded()) {
            m_profiles.insert(profileId, job->result());
        } else if (job->error()->kind() == paxos::ApiError::Kind::MissingScope) {
            m_profileProblems.insert(profileId,
                                     tr("this client may not read profiles (Paxos scope "
                                        "funding:read_profile)"));
        } else if (job->error()->isNotFound()) {
            m_profileProblems.insert(profileId, tr("Paxos knows no such profile"));
        } else {
            m_profileProblems.insert(profileId, failure(*job));
        }
        emit profileChanged(profileId);
    });
    job->start();
}

std::optional<paxos::Profile> IdentityAccounts::profile(const QString &profileId) const
{
    const auto it = m_profiles.constFind(profileId);
    return it == m_profiles.cend() ? std::nullopt : std::optional<paxos::Profile>(*it);
}

QString IdentityAccounts::profileProblem(const QString &profileId) const
{
    return m_profileProblems.value(profileId);
}

void IdentityAccounts::submit(paxos::Job *job, const QString &title, const QString &identityId,
                              const QJsonObject &details, const QString &doneMessage,
                              const QString &failedMessage)
{
    WriteGuard *guard = m_session ? m_session->writeGuard() : nullptr;
    if (!guard) {
        delete job;
        emit writeFailed(failedMessage.arg(tr("there is no connection.")));
        return;
    }
    WriteIntent intent;
    intent.title = title;
    intent.target = tr("identity %1").arg(identityId);
    intent.identityId = identityId;
    intent.details = details;
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (const auto account = answeredAccount(done))
            outcome.details.insert(u"account_id"_s, account->id);
    };
    ++m_writes;
    emit writeStarted(tr("%1…").arg(title));
    guard->submit(
        job, intent, this,
        [this, doneMessage, failedMessage](paxos::Job *finished) {
            --m_writes;
            if (finished->error()) {
                emit writeFailed(failedMessage.arg(failure(*finished)));
                return;
            }
            const paxos::Account account = answeredAccount(*finished).value_or(paxos::Account());
            replace(account);
            emit written(account, doneMessage);
            // Members added or removed change the account; read the list again so it shows
            // what Paxos now holds.
            reload();
        },
        [this, failedMessage](const QString &why) {
            --m_writes;
            emit writeFailed(failedMessage.arg(why));
        });
}

QList<paxos::ValidationIssue> IdentityAccounts::create(const QJsonObject &request)
{
    const auto issues = paxos::validateCreateAccount(request);
    if (paxos::hasErrors(issues) || !m_session || !m_session->connection())
        return issues;
    const QJsonObject account = request.value(u"account"_s).toObject();
    const QString owner = account.value(u"identity_id"_s).toString();
    auto *job = new paxos::CreateAccountJob(m_session->connection(),
                                            paxos::CreateAccountRequest::fromJson(request));
    submit(job, tr("Open an account"), owner,
           {{u"type"_s, account.value(u"type"_s)},
            {u"ref_id"_s, account.value(u"ref_id"_s)},
            {u"create_profile"_s, request.value(u"create_profile"_s).toBool()},
            {u"members"_s, memberSummary(account.value(u"members"_s).toArray())}},
           tr("The account was opened."), tr("The account was not opened: %1"));
    return issues;
}

QList<paxos::ValidationIssue> IdentityAccounts::checkUpdate(const QJsonObject &request) const
{
    const QString id = request.value(u"account"_s).toObject().value(u"id"_s).toString();
    const auto current = account(id);
    return paxos::validateUpdateAccount(request, current ? &current->members : nullptr);
}

QList<paxos::ValidationIssue> IdentityAccounts::update(const QJsonObject &request)
{
    const auto issues = checkUpdate(request);
    if (paxos::hasErrors(issues) || !m_session || !m_session->connection())
        return issues;
    const QJsonObject account = request.value(u"account"_s).toObject();
    const auto current = this->account(account.value(u"id"_s).toString());
    const QString owner = current ? current->identityId : m_identityId;
    std::optional<bool> disable;
    if (request.contains(u"set_user_disabled"_s))
        disable = request.value(u"set_user_disabled"_s).toBool();
    auto *job = new paxos::UpdateAccountJob(m_session->connection(), account, disable);
    QJsonObject details{{u"account_id"_s, account.value(u"id"_s)},
                        {u"fields"_s, QJsonArray::fromStringList(account.keys())}};
    if (account.contains(u"members"_s))
        details.insert(u"members"_s, memberSummary(account.value(u"members"_s).toArray()));
    if (disable)
        details.insert(u"set_user_disabled"_s, *disable);
    submit(job, tr("Update the account"), owner, details, tr("The account was updated."),
           tr("The account was not updated: %1"));
    return issues;
}

QList<paxos::ValidationIssue> IdentityAccounts::addMembers(const QString &accountId,
                                                           const QJsonArray &members)
{
    const QJsonObject request{{u"account_id"_s, accountId}, {u"members"_s, members}};
    const auto issues = paxos::validateAddAccountMembers(request);
    if (paxos::hasErrors(issues) || !m_session || !m_session->connection())
        return issues;
    QList<paxos::AccountMember> list;
    for (const QJsonValue &member : members)
        list << paxos::AccountMember::fromJson(member.toObject());
    const auto current = account(accountId);
    auto *job = new paxos::AddAccountMembersJob(m_session->connection(), accountId, list);
    submit(job, tr("Add account members"), current ? current->identityId : m_identityId,
           {{u"account_id"_s, accountId}, {u"members"_s, memberSummary(members)}},
           tr("The members were added."), tr("The members were not added: %1"));
    return issues;
}

void IdentityAccounts::removeMember(const QString &accountId, const QString &memberId)
{
    if (memberId.isEmpty() || !m_session || !m_session->connection())
        return;
    const auto current = account(accountId);
    auto *job = new paxos::RemoveAccountMemberJob(m_session->connection(), memberId);
    submit(job, tr("Remove an account member"), current ? current->identityId : m_identityId,
           {{u"account_id"_s, accountId}, {u"member_id"_s, memberId}},
           tr("The member was removed."), tr("The member was not removed: %1"));
}

} // namespace console

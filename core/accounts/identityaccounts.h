#pragma once

#include "paxos/model/account.h"
#include "paxos/model/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace paxos {
class Job;
} // namespace paxos

namespace console {

class Session;

// The accounts of one identity, and every change to them: the use case behind the Accounts
// tab. It lists the identity's accounts (every page), reads one, and creates, updates and
// changes the members of accounts. Each write is checked first against the account rules
// Paxos documents (paxos/model/accountrules.h; issues come back without anything sent) and
// then handed to the session's write gate (WriteGuard::submit), which confirms, records the
// intent and outcome, and sends it. After a write the list is read again.
//
// It reads through the session's connection of the moment, so an environment switch needs
// nothing but setIdentity() again (the owner clears it on environmentChanged).
class IdentityAccounts : public QObject
{
    Q_OBJECT
public:
    explicit IdentityAccounts(Session *session, QObject *parent = nullptr);
    ~IdentityAccounts() override;
    Session *session() const { return m_session; }

    // Lists `identityId`'s accounts; an empty id clears. A list still running for another
    // identity is cancelled and its answer dropped.
    void setIdentity(const QString &identityId);
    QString identityId() const { return m_identityId; }
    void reload();
    bool isLoading() const { return !m_list.isNull(); }
    const QList<paxos::Account> &accounts() const { return m_accounts; }
    std::optional<paxos::Account> account(const QString &accountId) const;

    // Reads one account again (Get Account) and puts the answer in the list.
    void open(const QString &accountId);

    // Body of Create Account ({account, create_profile}). Returns the rule issues; when it
    // has errors nothing was sent. Otherwise the gate has the write.
    QList<paxos::ValidationIssue> create(const QJsonObject &request);
    // Body of Update Account ({account: {id, …}, set_user_disabled}); checked against the
    // account's members as last read.
    QList<paxos::ValidationIssue> update(const QJsonObject &request);
    // Add Account Members / Remove Account Member.
    QList<paxos::ValidationIssue> addMembers(const QString &accountId, const QJsonArray &members);
    void removeMember(const QString &accountId, const QString &memberId);
    bool isWriting() const { return m_writes > 0; }

    // The profile create_profile made for an account (Get Profile, read-only), read once per
    // profile id while this identity is shown. profileChanged() says when it (or the reason
    // it could not be read) is known.
    void readProfile(const QString &profileId);
    std::optional<paxos::Profile> profile(const QString &profileId) const;
    // Why the profile could not be read, in words; empty when it was (or is being) read.
    QString profileProblem(const QString &profileId) const;
    bool isReadingProfile(const QString &profileId) const
    {
        return m_profileReads.contains(profileId);
    }

    // The Update Account rules need the members as they are now.
    QList<paxos::ValidationIssue> checkUpdate(const QJsonObject &request) const;

signals:
    void loadingChanged(bool loading);
    // The list was replaced (loaded, cleared, or one account read or written).
    void accountsChanged();
    void loadFailed(const QString &message);
    void writeStarted(const QString &message);
    // A write succeeded; `account` is Paxos's answer (empty id for a member removal).
    void written(const paxos::Account &account, const QString &message);
    // Refused by the gate or answered with an error by Paxos, in words.
    void writeFailed(const QString &message);
    void profileChanged(const QString &profileId);

private:
    void submit(paxos::Job *job, const QString &title, const QString &identityId,
                const QJsonObject &details, const QString &doneMessage,
                const QString &failedMessage);
    void replace(const paxos::Account &account);

    QPointer<Session> m_session;
    QString m_identityId;
    QList<paxos::Account> m_accounts;
    QPointer<paxos::Job> m_list;
    QHash<QString, paxos::Profile> m_profiles;
    QHash<QString, QString> m_profileProblems;
    QHash<QString, QPointer<paxos::Job>> m_profileReads;
    int m_writes = 0;
};

} // namespace console

#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sandbox {

struct IdentityRow
{
    qint64 seq = 0;
    QString id;
    QString refId;
    QString cipKey; // "cip_id|cip_id_type|cip_id_country", the documented uniqueness triple
    QString type;
    QString status;
    QString controlTypes; // ",DORMANT,SELL_ONLY," for the control_type filter
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    QJsonObject body; // wire fields as stored (person_details, cdd, tax_details, ...)
    QJsonObject state; // sandbox-internal: open EDD types, KYC refresh phase, ever approved
};

struct ControlRow
{
    qint64 seq = 0;
    QString id;
    QString identityId;
    QString type;
    QString setBy;
    bool overridable = true;
    QString reasonCode;
    QString reason;
    qint64 createdUs = 0;
    std::optional<qint64> deletedUs;
};

struct DocumentRow
{
    qint64 seq = 0;
    QString fileId;
    QString identityId;
    QString name;
    QStringList types;
    qint64 createdUs = 0;
    std::optional<qint64> archivedUs;
    QString uploadToken;
    bool uploaded = false;
    qint64 size = 0;
    QString contentType;
};

struct EventRow
{
    qint64 seq = 0;
    QString id;
    QString type;
    QString objectType;
    QJsonObject object;
    qint64 createdUs = 0;
    bool isTest = false;
    int undelivered = 0;
};

struct AccountRow
{
    qint64 seq = 0;
    QString id;
    QString identityId;
    QString refId;
    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    QJsonObject body;
};

struct TokenRow
{
    QString clientId;
    QStringList scopes;
    qint64 expiresUs = 0;
};

struct TimeFilter
{
    std::optional<qint64> lt, lte, eq, gte, gt;
    bool isEmpty() const { return !lt && !lte && !eq && !gte && !gt; }
};

struct PageKey
{
    qint64 createdUs = 0;
    qint64 seq = 0;
};

struct IdentityQuery
{
    QString status;
    QString type;
    QString controlType;
    TimeFilter created;
    TimeFilter updated;
    bool ascending = false;
    int limit = 100;
    std::optional<PageKey> after;
};

// What a list page needs of each identity before its JSON: the page key and the id.
struct IdentityKey
{
    qint64 seq = 0;
    QString id;
    qint64 createdUs = 0;
};

struct EventQuery
{
    QString type;
    TimeFilter created;
    bool isTest = false;
    int limit = 100;
};

struct AccountQuery
{
    QString identityId;
    TimeFilter created;
    TimeFilter updated;
    bool ascending = false;
    int limit = 100;
    std::optional<PageKey> after;
};

// All sandbox state in one SQLite database (a file under --data-dir, or `:memory:`), used
// from the server's thread only. Uniqueness (ref_id, the cip triple, document names,
// account ref_ids) is also enforced by UNIQUE constraints, so it holds even if a code
// path forgot to check first.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &dataDir, QString *error); // empty dataDir = in memory
    void close();
    QString lastError() const { return m_lastError; }

    bool begin();
    bool commit();
    void rollback();
    bool reset();

    // Identities
    bool insertIdentity(IdentityRow &row);
    bool updateIdentity(const IdentityRow &row);
    std::optional<IdentityRow> identityById(const QString &id);
    std::optional<IdentityRow> identityByRefId(const QString &refId);
    std::optional<IdentityRow> identityByCipKey(const QString &cipKey);
    // Identities whose emulator state (the JSON `state` column) contains `needle`.
    QList<IdentityRow> identitiesWithState(const QString &needle);
    QList<IdentityRow> listIdentities(const IdentityQuery &query);
    // listIdentities() without reading the rows: their keys and ids, in the same order.
    QList<IdentityKey> listIdentityKeys(const IdentityQuery &query);
    // Identities of a type whose stored JSON contains `needle` (members are kept inside the
    // institution's JSON; callers check the match themselves).
    QList<IdentityRow> identitiesContaining(const QString &type, const QString &needle);
    qint64 identityCount();

    // Controls
    bool insertControl(ControlRow &row);
    bool deleteControl(const QString &id, qint64 deletedUs);
    std::optional<ControlRow> controlById(const QString &id);
    QList<ControlRow> controlsFor(const QString &identityId, bool includeDeleted, int limit = -1,
                                  qint64 afterSeq = 0);

    // Documents
    bool insertDocument(DocumentRow &row);
    bool markUploaded(const QString &fileId, qint64 size, const QString &contentType,
                      const QByteArray &data);
    std::optional<DocumentRow> documentByToken(const QString &token);
    bool documentNameExists(const QString &identityId, const QString &name);
    QList<DocumentRow> documentsFor(const QString &identityId);

    // Events
    bool insertEvent(EventRow &row);
    bool adjustUndelivered(const QString &eventId, int delta);
    std::optional<EventRow> eventById(const QString &id);
    QList<EventRow> listEvents(const EventQuery &query);

    // Accounts
    bool insertAccount(AccountRow &row);
    bool updateAccount(const AccountRow &row);
    std::optional<AccountRow> accountById(const QString &id);
    std::optional<AccountRow> accountByRefId(const QString &refId);
    std::optional<AccountRow> accountByMemberId(const QString &memberId);
    std::optional<AccountRow> accountByProfileId(const QString &profileId);
    QList<AccountRow> listAccounts(const AccountQuery &query);

    // OAuth tokens, stored as SHA-256 digests so a copied database file holds no usable token.
    bool insertToken(const QString &token, const TokenRow &row);
    std::optional<TokenRow> token(const QString &token);
    bool revokeAllTokens();

    QSqlDatabase database() const { return m_db; }

    // Moves on with every change to the state: each statement that is not a SELECT, each
    // transaction's begin, commit and rollback, reset(), open() and close(). Whatever is
    // derived from the state (rendered identities) and kept between requests is valid only
    // while this stays the same, so a cached answer never differs from one computed afresh.
    // Writers that bypass the Store's statements (the seeder) go through begin()/commit() and
    // so move it too. Issuing or revoking OAuth tokens does not move it (no answer but
    // authentication depends on them; every client's first call issues one): those move
    // only the token generation, which the token look-up's own cache follows.
    quint64 generation() const { return m_generation; }

private:
    bool createSchema();
    bool fail(const QString &what, const QString &error);
    // Prepares sql, binds values in order and runs it; a failure is remembered as `what`.
    // What a statement that is not a SELECT changes: the state, or only the tokens table.
    enum class Change { State, Tokens };
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values,
                                 const QString &what, Change change = Change::State);
    // run() for an INSERT: the new row's seq goes to *seq.
    bool insert(const QString &sql, const QVariantList &values, const QString &what, qint64 *seq);

    void changed()
    {
        ++m_generation;
        ++m_tokenGeneration;
    }

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    QHash<QString, QSqlQuery> m_statements; // prepared, by statement text
    quint64 m_generation = 0;
    quint64 m_tokenGeneration = 0; // moves with m_generation and with token writes
    // Tokens already looked up, by digest, for one token generation (every API call
    // authenticates).
    QHash<QString, TokenRow> m_tokenCache;
    quint64 m_tokenCacheGeneration = 0;
};

} // namespace sandbox

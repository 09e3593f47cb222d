#pragma once

#include "core/record/storeresult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace console {

class Settings;

enum class StoreBackend {
    Sqlite, // one file in the user's data directory (the default)
    PostgreSql, // shared by a team
};

// Where the store lives. The PostgreSQL password is given at run time (from the credential
// store) and is never written anywhere by this class.
struct StoreConfig
{
    StoreBackend backend = StoreBackend::Sqlite;
    QString sqlitePath; // empty: defaultSqlitePath()
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    int connectTimeoutSeconds = 5;
    // PostgreSQL on another machine is only reached over TLS (sslmode=require) unless the user
    // turned this off; a server on this machine (loopback, a socket) is reached as it offers.
    bool requireTls = true;
    // Where this computer keeps its checkpoints of the audit chain (AuditCheckpoints); empty:
    // AuditCheckpoints::defaultFilePath().
    QString auditCheckpointFile;

    static StoreConfig sqlite(const QString &path);
    static StoreConfig postgreSql(const QString &host, int port, const QString &database,
                                  const QString &user, const QString &password);

    // <AppDataLocation>/console.sqlite
    static QString defaultSqlitePath();

    // The location from the settings (store/* keys); the password is not a setting: read it
    // from the CredentialStore under credentialkeys::storePassword() and set it here.
    static StoreConfig fromSettings(const Settings &settings);

    // For logs and dialogs: backend and location, never the password.
    QString describe() const;

    // The QPSQL connect options: connect timeout, application name, and sslmode.
    QString postgresConnectOptions() const;
    // localhost, a loopback address, or a Unix socket (empty host or a folder).
    static bool isLoopbackHost(const QString &host);
};

// Who is at the keyboard: the operator name the user chose and the OS account.
struct Operator
{
    QString name;
    QString osUser;

    // osUser from the environment; name defaults to it.
    static Operator fromEnvironment(const QString &name = {});
};

// Topics the repositories announce after a write, so views can refresh. With PostgreSQL
// the announcement reaches every console connected to the same database.
enum class StoreTopic {
    Audit,
    Notes,
    ReasonCodes,
    StatusHistory,
    RequestLedger,
    Drafts,
    ProcessedEvents,
    TeamSettings,
    Assignments,
    SoftLocks,
    Documents,
};

QString storeTopicName(StoreTopic topic);
std::optional<StoreTopic> storeTopicFromName(QStringView name);

// The console's own record (audit trail, notes, status history, request ledger, drafts,
// processed events, team settings) behind Qt SQL: SQLite by default, PostgreSQL for a team,
// same schema and the same queries on both. open() brings the schema up to date through
// numbered migrations. Every query is short and served by an index, so calls are made on the
// UI thread. The repositories (AuditTrail, Notes, ...) are thin classes over one Store.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    StoreStatus open(const StoreConfig &config);
    void close();

    // Opens and closes a throwaway store at config: empty when that works, else why not.
    // Meant for a worker thread, since a server that does not answer holds the caller for the
    // whole connect timeout and a Store belongs to the thread that opened it.
    static QString probe(const StoreConfig &config);
    bool isOpen() const;
    // False from the moment a call found the team database unreachable until one reaches it
    // again; always true for SQLite.
    bool isReachable() const { return m_reachable; }

    StoreBackend backend() const { return m_backend; }
    QString describe() const { return m_description; }
    // Names the database itself, not how it was reached: "sqlite:<canonical path>" or
    // "postgresql://<host>:<port>/<database>". Audit checkpoints are filed under it.
    QString locationKey() const { return m_locationKey; }
    QString auditCheckpointFile() const { return m_auditCheckpointFile; }

    // Applied schema version; latestSchemaVersion() after a successful open().
    int schemaVersion() const;
    static int latestSchemaVersion();

    const Operator &currentOperator() const { return m_operator; }
    void setOperator(const Operator &op) { m_operator = op; }

    // Milliseconds since the epoch. Replaceable so tests can move time.
    qint64 nowMs() const;
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Prepares, binds positional '?' values and runs one statement. A null QString binds as
    // '' (columns are NOT NULL), so callers need not care. Bound values are never logged.
    // PostgreSQL: when the connection was lost, it is opened again; a read outside a
    // transaction is then run again, anything else fails with a StoreError that says the team
    // database could not be reached and nothing was saved (never silently dropped).
    StoreResult<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;

    // Runs work inside one transaction; commits when it returns ok, rolls back otherwise.
    // Nested calls are part of the outer transaction. PostgreSQL: a connection found lost
    // when the transaction begins is opened again first (nothing was sent yet); one lost
    // during the work fails the whole transaction with the "cannot be reached" error.
    StoreStatus transaction(const std::function<StoreStatus()> &work);
    // Runs work once the outermost transaction commits (now, outside one); dropped on
    // rollback. A later call with the same key replaces the earlier one, so a thousand
    // appends in one transaction do the follow-up once.
    void afterCommit(const QString &key, std::function<void()> work);

    // Announces a change locally and, on PostgreSQL, to the other consoles.
    void notifyChanged(StoreTopic topic);

    QSqlDatabase database() const;

signals:
    // A repository wrote to topic: here, or (PostgreSQL) in another console.
    void changed(console::StoreTopic topic, bool fromOtherConsole);
    // PostgreSQL: the team database stopped answering (why says what the server or driver
    // said) or answers again. Emitted on a change only, when a call finds it out, so the
    // window never goes on claiming a team record it cannot reach.
    void reachabilityChanged(bool reachable, const QString &why);

private:
    StoreStatus migrate();
    StoreResult<int> readSchemaVersion() const;
    void onDriverNotification(const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload);
    StoreResult<QSqlQuery> runOnce(const QString &sql, const QVariantList &values) const;
    // PostgreSQL: true when the server still answers on this connection.
    bool connectionAlive() const;
    // Closes and opens the PostgreSQL connection again (at most every few seconds); empty
    // when it is back, else why not.
    QString reconnect() const;
    void subscribeNotifications();
    // The "cannot be reached" error; maybeSaved when the connection broke after the change
    // was sent, so whether the server kept it is unknown.
    StoreError unreachable(const QString &detail, bool maybeSaved = false) const;
    // Records and announces a change of reachability (const: found out inside const calls).
    void setReachable(bool reachable, const QString &why) const;

    QString m_connectionName;
    StoreBackend m_backend = StoreBackend::Sqlite;
    QString m_description;
    Operator m_operator;
    std::function<qint64()> m_clock;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<std::pair<QString, std::function<void()>>> m_afterCommit;
    QString m_locationKey;
    StoreConfig m_config; // to reconnect with (PostgreSQL); the password only in memory
    mutable qint64 m_nextReconnectMs = 0;
    mutable QString m_lastReconnectError;
    mutable bool m_reachable = true;
    QString m_auditCheckpointFile;
};

// Maps a failed query to a StoreError with the driver text (never the bound values).
StoreError storeErrorFromQuery(const QSqlQuery &query, const QString &what);

} // namespace console

Q_DECLARE_METATYPE(console::StoreTopic)

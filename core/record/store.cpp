#include "core/record/store.h"

#include "core/logging.h"
#include "core/record/auditcheckpoints.h"
#include "core/record/migrations.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace console {

namespace {

// One PostgreSQL channel for every topic; the payload names the topic.
constexpr auto kNotifyChannel = "cc_store_changes"_L1;

QString tr(const char *text)
{
    return QCoreApplication::translate("console::Store", text);
}

} // namespace

StoreConfig StoreConfig::sqlite(const QString &path)
{
    StoreConfig c;
    c.backend = StoreBackend::Sqlite;
    c.sqlitePath = path;
    return c;
}

StoreConfig StoreConfig::postgreSql(const QString &host, int port, const QString &database,
                                    const QString &user, const QString &password)
{
    StoreConfig c;
    c.backend = StoreBackend::PostgreSql;
    c.host = host;
    c.port = port;
    c.database = database;
    c.user = user;
    c.password = password;
    return c;
}

QString StoreConfig::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/console.sqlite"_s;
}

StoreConfig StoreConfig::fromSettings(const Settings &settings)
{
    StoreConfig c;
    if (settings.get<QString>(SettingKey::StoreBackend) == "postgresql"_L1) {
        c.backend = StoreBackend::PostgreSql;
        c.host = settings.get<QString>(SettingKey::StorePgHost);
        c.port = settings.get<int>(SettingKey::StorePgPort);
        c.database = settings.get<QString>(SettingKey::StorePgDatabase);
        c.user = settings.get<QString>(SettingKey::StorePgUser);
        c.requireTls = settings.get<bool>(SettingKey::StorePgRequireTls);
    } else {
        c.sqlitePath = settings.get<QString>(SettingKey::StoreSqlitePath);
    }
    return c;
}

QString StoreConfig::describe() const
{
    if (backend == StoreBackend::Sqlite)
        return u"SQLite "_s
            + QDir::toNativeSeparators(sqlitePath.isEmpty() ? defaultSqlitePath() : sqlitePath);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

bool StoreConfig::isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.startsWith(u'/'))
        return true; // libpq's Unix socket
    if (h.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString StoreConfig::postgresConnectOptions() const
{
    // require: the session is encrypted or not made at all. libpq then also checks the
    // server's certificate when ~/.postgresql/root.crt exists (verify-ca behaviour).
    const bool tls = requireTls && !isLoopbackHost(host);
    return u"connect_timeout=%1;application_name=compliance-console;sslmode=%2"_s.arg(
        QString::number(connectTimeoutSeconds), tls ? u"require"_s : u"prefer"_s);
}

Operator Operator::fromEnvironment(const QString &name)
{
    Operator op;
    op.osUser = qEnvironmentVariable("USER");
    if (op.osUser.isEmpty())
        op.osUser = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services, containers and cron jobs often run without USER: ask the account database,
    // so the audit trail names a real account rather than "unknown".
    if (op.osUser.isEmpty()) {
        if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
            op.osUser = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    if (op.osUser.isEmpty())
        op.osUser = u"unknown"_s;
    op.name = name.isEmpty() ? op.osUser : name;
    return op;
}

QString storeTopicName(StoreTopic topic)
{
    switch (topic) {
    case StoreTopic::Audit:
        return u"audit"_s;
    case StoreTopic::Notes:
        return u"notes"_s;
    case StoreTopic::ReasonCodes:
        return u"reason_codes"_s;
    case StoreTopic::StatusHistory:
        return u"status_history"_s;
    case StoreTopic::RequestLedger:
        return u"request_ledger"_s;
    case StoreTopic::Drafts:
        return u"drafts"_s;
    case StoreTopic::ProcessedEvents:
        return u"processed_events"_s;
    case StoreTopic::TeamSettings:
        return u"team_settings"_s;
    case StoreTopic::Assignments:
        return u"assignments"_s;
    case StoreTopic::SoftLocks:
        return u"soft_locks"_s;
    case StoreTopic::Documents:
        return u"documents"_s;
    }
    return {};
}

std::optional<StoreTopic> storeTopicFromName(QStringView name)
{
    for (int i = 0; i <= int(StoreTopic::Documents); ++i) {
        const auto topic = StoreTopic(i);
        if (name == storeTopicName(topic))
            return topic;
    }
    return std::nullopt;
}

StoreError storeErrorFromQuery(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    StoreError err;
    err.nativeCode = e.nativeErrorCode();
    err.message = tr("%1 failed: %2").arg(what, e.text().trimmed());
    return err;
}

Store::Store(QObject *parent)
    : QObject(parent)
{
    static std::atomic<int> counter{0};
    m_connectionName = u"cc-store-%1"_s.arg(++counter);
    m_operator = Operator::fromEnvironment();
}

Store::~Store()
{
    close();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int Store::schemaVersion() const
{
    return m_schemaVersion;
}

int Store::latestSchemaVersion()
{
    return migrations::all(StoreBackend::Sqlite).constLast().version;
}

qint64 Store::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen() && db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
}

namespace {
// Set while probe() opens a store: "Test connection" must leave the database as it found it,
// so the open connects, authenticates and asks one question, and never migrates (which would
// create the record's tables in a database the user only looked at).
thread_local bool t_probing = false;
} // namespace

QString Store::probe(const StoreConfig &config)
{
    Store store;
    t_probing = true;
    const StoreStatus opened = store.open(config);
    t_probing = false;
    if (!opened)
        return opened.errorMessage();
    const auto answered = store.run(u"SELECT 1"_s);
    store.close();
    return answered ? QString() : answered.errorMessage();
}

StoreStatus Store::open(const StoreConfig &config)
{
    close();
    m_backend = config.backend;
    m_description = config.describe();
    m_config = config;
    m_nextReconnectMs = 0;
    m_reachable = true;
    m_auditCheckpointFile = config.auditCheckpointFile.isEmpty()
        ? AuditCheckpoints::defaultFilePath()
        : config.auditCheckpointFile;

    const bool pg = config.backend == StoreBackend::PostgreSql;
    const QString driver = pg ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return StoreError{tr("The Qt SQL driver %1 is not installed (package %2).")
                              .arg(driver, pg ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s),
                          {}};
    }

    // The handle must be gone before close() removes the connection, or Qt warns that it is
    // still in use: failures leave the block first.
    std::optional<StoreError> failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        if (pg) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setConnectOptions(config.postgresConnectOptions());
        } else {
            const QString path =
                config.sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath() : config.sqlitePath;
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                failure = StoreError{
                    tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()), {}};
            // The store holds identity snapshots (personal data): only the owner may read it.
            // Created 0600 in one step (no moment at 0644); a store from an older console is
            // tightened. SQLite gives its -wal and -shm files the database file's mode.
            if (!failure && !QFileInfo::exists(path)) {
                QFile file(path);
                file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner);
            } else if (!failure) {
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            }
            db.setDatabaseName(path);
            m_locationKey = u"sqlite:"_s + QFileInfo(path).absoluteFilePath();
            // Another console (or paxosctl) may be writing: wait for its lock, briefly.
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!failure && !db.open())
            failure = StoreError{tr("Cannot open the store (%1): %2")
                                     .arg(m_description, db.lastError().text().trimmed()),
                                 {}};
    }
    if (failure) {
        close();
        return *failure;
    }
    if (pg) {
        m_locationKey = u"postgresql://%1:%2/%3"_s.arg(config.host.toLower())
                            .arg(config.port)
                            .arg(config.database);
    } else {
        // The file exists now: name it without symlinks, however it was reached.
        const QString canonical = QFileInfo(m_locationKey.mid(7)).canonicalFilePath();
        if (!canonical.isEmpty())
            m_locationKey = u"sqlite:"_s + canonical;
    }

    if (!pg) {
        for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                   u"PRAGMA foreign_keys=ON"_s}) {
            if (auto r = run(pragma); !r.ok()) {
                close();
                return r.error();
            }
        }
    }

    if (t_probing)
        return storeOk(); // connected and authenticated: all a probe wants to know

    if (auto migrated = migrate(); !migrated.ok()) {
        close();
        return migrated;
    }

    if (pg)
        subscribeNotifications();
    qCInfo(lcStore) << "opened" << m_description << "schema" << m_schemaVersion;
    return storeOk();
}

StoreResult<QSqlQuery> Store::runOnce(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL; statements without values run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            qCWarning(lcStore).noquote() << "query failed:" << query.lastError().text() << sql;
            return storeErrorFromQuery(query, tr("A store query"));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "prepare failed:" << query.lastError().text() << sql;
        return storeErrorFromQuery(query, tr("Preparing a query"));
    }
    for (const QVariant &v : values) {
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(v);
    }
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "query failed:" << query.lastError().text() << sql;
        return storeErrorFromQuery(query, tr("A store query"));
    }
    return query;
}

void Store::subscribeNotifications()
{
    QSqlDriver *driverObject = database().driver();
    disconnect(driverObject, &QSqlDriver::notification, this, &Store::onDriverNotification);
    if (driverObject->subscribeToNotification(kNotifyChannel)) {
        connect(driverObject, &QSqlDriver::notification, this, &Store::onDriverNotification);
    } else {
        qCWarning(lcStore) << "no change notifications from" << m_description;
    }
}

StoreError Store::unreachable(const QString &detail, bool maybeSaved) const
{
    const QString text = maybeSaved
        ? tr("The connection to the team database (%1) broke: %2 The change had been sent: "
             "check whether it was saved before trying again.")
        : tr("The team database cannot be reached (%1): %2 Nothing was saved; try again when "
             "it is back.");
    return StoreError{text.arg(m_description, detail), u"cc-unreachable"_s};
}

void Store::setReachable(bool reachable, const QString &why) const
{
    if (std::exchange(m_reachable, reachable) == reachable)
        return;
    emit const_cast<Store *>(this)->reachabilityChanged(reachable, why);
}

bool Store::connectionAlive() const
{
    if (!isOpen())
        return false;
    QSqlQuery probe(database());
    return probe.exec(u"SELECT 1"_s);
}

QString Store::reconnect() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // While the server is away every call would wait the whole connect timeout: try again
    // only every few seconds and fail fast in between.
    if (now < m_nextReconnectMs)
        return m_lastReconnectError;
    QSqlDatabase db = database();
    db.close();
    // The same options as at open(): TLS stays required across reconnects.
    db.setConnectOptions(m_config.postgresConnectOptions());
    if (!db.open()) {
        m_lastReconnectError = db.lastError().text().trimmed();
        m_nextReconnectMs = now + 3000;
        setReachable(false, m_lastReconnectError);
        qCWarning(lcStore).noquote()
            << "reconnect to" << m_description << "failed:" << m_lastReconnectError;
        return m_lastReconnectError;
    }
    m_nextReconnectMs = 0;
    m_lastReconnectError.clear();
    qCInfo(lcStore) << "reconnected to" << m_description;
    setReachable(true, {});
    // Subscriptions belong to the session that is gone.
    const_cast<Store *>(this)->subscribeNotifications();
    return {};
}

StoreResult<QSqlQuery> Store::run(const QString &sql, const QVariantList &values) const
{
    auto result = runOnce(sql, values);
    if (result || m_backend != StoreBackend::PostgreSql || m_transactionDepth > 0)
        return result;
    if (connectionAlive())
        return result; // a plain SQL error, not the connection
    const QString why = reconnect();
    if (!why.isEmpty())
        return unreachable(why);
    // Only a read is safe to send again: a write may have reached the server before the
    // connection broke, so its caller hears that it was not saved and decides.
    if (sql.trimmed().startsWith("SELECT"_L1, Qt::CaseInsensitive) && !sql.contains("pg_notify"_L1))
        return runOnce(sql, values);
    return unreachable(tr("the connection was lost while writing (it is back now)."), true);
}

StoreStatus Store::transaction(const std::function<StoreStatus()> &work)
{
    // Nested calls join the outermost transaction: one commit or one rollback for all.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        StoreStatus inner = work();
        --m_transactionDepth;
        return inner;
    }
    const bool pg = m_backend == StoreBackend::PostgreSql;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        const QString text = db.lastError().text();
        // Nothing was sent but BEGIN: after a lost connection, open it again and go on.
        if (!pg || connectionAlive())
            return StoreError{tr("Cannot start a transaction: %1").arg(text), {}};
        if (const QString why = reconnect(); !why.isEmpty())
            return unreachable(why);
        db = database();
        if (!db.transaction())
            return unreachable(db.lastError().text().trimmed());
    }
    ++m_transactionDepth;
    StoreStatus result = work();
    --m_transactionDepth;
    const auto followUps = std::exchange(m_afterCommit, {});
    if (!result.ok()) {
        db.rollback();
        // A connection lost in the middle: say so (and have it back for the next call). The
        // server rolls back the transaction of a session that ends: nothing was saved.
        if (pg && !connectionAlive()) {
            const QString why = reconnect();
            return unreachable(why.isEmpty() ? tr("the connection was lost (it is back now).")
                                             : why);
        }
        return result;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        if (pg && !connectionAlive()) {
            const QString why = reconnect();
            return unreachable(
                why.isEmpty() ? tr("the connection was lost while saving (it is back now).") : why,
                true);
        }
        return StoreError{tr("Cannot commit: %1").arg(text), {}};
    }
    for (const auto &[key, followUp] : followUps)
        followUp();
    return result;
}

void Store::afterCommit(const QString &key, std::function<void()> work)
{
    if (m_transactionDepth == 0) {
        work();
        return;
    }
    for (auto &[existing, pending] : m_afterCommit) {
        if (existing == key) {
            pending = std::move(work);
            return;
        }
    }
    m_afterCommit.append({key, std::move(work)});
}

void Store::notifyChanged(StoreTopic topic)
{
    if (m_backend == StoreBackend::PostgreSql && isOpen()) {
        // Best effort: the local signal below still fires if the notification cannot be sent.
        (void)run(u"SELECT pg_notify(?, ?)"_s, {QString(kNotifyChannel), storeTopicName(topic)});
    }
    emit changed(topic, false);
}

void Store::onDriverNotification(const QString &name, QSqlDriver::NotificationSource source,
                                 const QVariant &payload)
{
    if (name != kNotifyChannel || source == QSqlDriver::SelfSource)
        return;
    if (const auto topic = storeTopicFromName(payload.toString()))
        emit changed(*topic, true);
}

StoreResult<int> Store::readSchemaVersion() const
{
    auto q = run(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

StoreStatus Store::migrate()
{
    if (auto created = run(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                           "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                           "applied_at_ms BIGINT NOT NULL)"_s);
        !created.ok()) {
        return created.error();
    }
    auto current = readSchemaVersion();
    if (!current.ok())
        return current.error();
    const int latest = latestSchemaVersion();
    if (current.value() > latest) {
        return StoreError{tr("The store was written by a newer Compliance Console (schema %1); "
                             "this one understands schema %2 at most.")
                              .arg(current.value())
                              .arg(latest),
                          {}};
    }

    const auto steps = migrations::all(m_backend);
    for (const auto &step : steps) {
        if (step.version <= current.value())
            continue;
        auto applied = transaction([&]() -> StoreStatus {
            // Two consoles starting together against one PostgreSQL: the second waits here,
            // then sees the step applied and skips it.
            if (m_backend == StoreBackend::PostgreSql) {
                if (auto l = run(u"LOCK TABLE schema_migrations IN EXCLUSIVE MODE"_s); !l.ok())
                    return l.error();
            }
            auto again = readSchemaVersion();
            if (!again.ok())
                return again.error();
            if (again.value() >= step.version)
                return storeOk();
            for (const QString &sql : step.statements) {
                if (auto r = run(sql); !r.ok())
                    return StoreError{
                        tr("Schema step %1 failed: %2").arg(step.version).arg(r.errorMessage()),
                        r.error().nativeCode};
            }
            if (auto r = run(u"INSERT INTO schema_migrations (version, description, "
                             "applied_at_ms) VALUES (?, ?, ?)"_s,
                             {step.version, step.description, nowMs()});
                !r.ok()) {
                return r.error();
            }
            return storeOk();
        });
        if (!applied.ok())
            return applied;
        qCInfo(lcStore) << "schema step" << step.version << "applied";
    }
    auto final = readSchemaVersion();
    if (!final.ok())
        return final.error();
    m_schemaVersion = final.value();
    return storeOk();
}

} // namespace console

#include "support/storebackends.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using console::StoreBackend;

namespace storetest {

namespace {

struct PgServer
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
};

std::optional<PgServer> readFixture(QString *why)
{
    const QString path = qEnvironmentVariable("CC_TEST_PG_FILE");
    if (path.isEmpty()) {
        *why = u"CC_TEST_PG_FILE is not set: run the tests through ctest, which starts the "
               "PostgreSQL fixture"_s;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *why = u"No PostgreSQL fixture (%1 missing): is postgresql installed? "
               "(scripts/install-deps.sh)"_s.arg(path);
        return std::nullopt;
    }
    PgServer s;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq));
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "host"_L1)
            s.host = value;
        else if (key == "port"_L1)
            s.port = value.toInt();
        else if (key == "user"_L1)
            s.user = value;
        else if (key == "password"_L1)
            s.password = value;
        else if (key == "database"_L1)
            s.database = value;
    }
    return s;
}

// Runs one statement on the server's maintenance database.
bool adminExec(const PgServer &s, const QString &sql, QString *why)
{
    const QString name = u"cc-test-admin-%1"_s.arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(s.database);
        db.setConnectOptions(u"connect_timeout=5"_s);
        if (!db.open()) {
            *why = u"Cannot reach the PostgreSQL fixture: %1"_s.arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *why = u"PostgreSQL: %1"_s.arg(q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool postgresRequired()
{
    return qEnvironmentVariable("CI").compare("true"_L1, Qt::CaseInsensitive) == 0;
}

void addBackendRows()
{
    QTest::addColumn<StoreBackend>("backend");
    QTest::newRow("sqlite") << StoreBackend::Sqlite;
    QTest::newRow("postgresql") << StoreBackend::PostgreSql;
}

std::unique_ptr<FreshStore> FreshStore::create(StoreBackend backend, QString *why)
{
    std::unique_ptr<FreshStore> fresh(new FreshStore);
    if (backend == StoreBackend::Sqlite) {
        if (!fresh->m_dir.isValid()) {
            *why = u"No temporary folder"_s;
            return nullptr;
        }
        fresh->m_config = console::StoreConfig::sqlite(fresh->m_dir.filePath(u"console.sqlite"_s));
        return fresh;
    }
    const auto server = readFixture(why);
    if (!server)
        return nullptr;
    const QString dbName = u"cc_t_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (!adminExec(*server, u"CREATE DATABASE "_s + dbName, why))
        return nullptr;
    fresh->m_dropName = dbName;
    fresh->m_config = console::StoreConfig::postgreSql(server->host, server->port, dbName,
                                                       server->user, server->password);
    return fresh;
}

FreshStore::~FreshStore()
{
    if (m_dropName.isEmpty())
        return;
    QString why;
    if (const auto server = readFixture(&why))
        adminExec(*server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_dropName), &why);
}

} // namespace storetest

#include "cli/auditrecorder.h"

#include "cli/environment.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

// The console's application and organisation name (app/main.cpp): its settings and data
// folders are derived from them.
constexpr auto kConsoleName = "compliance-console"_L1;

// Runs `work` with the console's application identity, so that QStandardPaths answers with
// the console's folders, then puts paxosctl's back.
template<class F> auto asConsole(F work)
{
    const QString app = QCoreApplication::applicationName();
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(kConsoleName);
    QCoreApplication::setOrganizationName(kConsoleName);
    auto result = work();
    QCoreApplication::setApplicationName(app);
    QCoreApplication::setOrganizationName(org);
    return result;
}

} // namespace

std::optional<StoreSpec> parseStoreSpec(const QString &spec, QString *error)
{
    StoreSpec s;
    const QString text = spec.trimmed();
    if (text.isEmpty() || text == u"console") {
        s.kind = StoreSpec::Kind::Console;
        return s;
    }
    if (text == u"none") {
        s.kind = StoreSpec::Kind::None;
        return s;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        QString database = url.path();
        if (database.startsWith(u'/'))
            database.remove(0, 1);
        QString problem;
        if (!url.isValid())
            problem = url.errorString();
        else if (!url.password().isEmpty())
            problem = tr("put no password in --store; set PAXOSCTL_STORE_PASSWORD or keep it in "
                         "the keychain");
        else if (url.userName().isEmpty() || url.host().isEmpty() || database.isEmpty()
                 || database.contains(u'/'))
            problem = tr("write it as postgresql://USER@HOST[:PORT]/DATABASE");
        else if (url.port(5432) <= 0)
            problem = tr("the port must be a number");
        if (!problem.isEmpty()) {
            // Never echo a password someone put in the URL.
            const QString shown =
                url.isValid() ? url.toString(QUrl::RemovePassword) : u"postgresql://…"_s;
            if (error)
                *error = tr("--store %1: %2").arg(shown, problem);
            return std::nullopt;
        }
        s.kind = StoreSpec::Kind::PostgreSql;
        s.user = url.userName();
        s.host = url.host();
        s.port = url.port(5432);
        s.database = database;
        return s;
    }
    s.kind = StoreSpec::Kind::Sqlite;
    s.path = QFileInfo(text).absoluteFilePath();
    return s;
}

QString consoleOperatorName()
{
    return asConsole([] {
        return console::Settings::createDefault()->get<QString>(console::SettingKey::OperatorName);
    });
}

console::StoreConfig consoleStoreConfig()
{
    return asConsole([] {
        const auto settings = console::Settings::createDefault();
        console::StoreConfig config = console::StoreConfig::fromSettings(*settings);
        if (config.backend == console::StoreBackend::Sqlite && config.sqlitePath.isEmpty())
            config.sqlitePath = console::StoreConfig::defaultSqlitePath();
        return config;
    });
}

QString environmentDisplayName(const ResolvedEnvironment &environment)
{
    // The names app/application.cpp gives its Session targets.
    using Kind = paxos::Environment::Kind;
    const paxos::Environment &env = environment.environment;
    switch (env.kind()) {
    case Kind::LocalSandbox:
        return tr("Local sandbox");
    case Kind::PaxosSandbox:
        return tr("Paxos Sandbox");
    case Kind::Production:
        return tr("Production");
    case Kind::Custom:
        break;
    }
    return tr("Custom: %1").arg(env.apiBase().host());
}

Table auditTable(const QList<console::AuditEntry> &entries, bool full)
{
    Table t;
    t.columns = {
        {u"seq"_s, tr("Seq")}, {u"at"_s, tr("Time (UTC)")}, {u"operator"_s, tr("Operator")}};
    if (full)
        t.columns.append({u"os_user"_s, tr("OS user")});
    t.columns += {{u"environment"_s, tr("Environment")},
                  {u"action"_s, tr("Action")},
                  {u"identity_id"_s, tr("Identity ID")},
                  {u"outcome"_s, tr("Outcome")},
                  {u"request_id"_s, tr("Request ID")}};
    if (full)
        t.columns += {{u"details"_s, tr("Details")},
                      {u"prev_hash"_s, tr("Previous hash")},
                      {u"hash"_s, tr("Hash")}};
    for (const console::AuditEntry &e : entries) {
        QList<Cell> row = {
            Cell{QString::number(e.seq), {}},
            Cell{e.at().toString(Qt::ISODateWithMs), e.at().toString(u"yyyy-MM-dd HH:mm:ss"_s)},
            Cell{e.operatorName, {}}};
        if (full)
            row.append(Cell{e.osUser, {}});
        row += {Cell{e.environment, {}}, Cell{e.action, console::auditActionLabel(e.action)},
                Cell{e.identityId, {}}, Cell{e.outcome, {}}, Cell{e.requestId, {}}};
        if (full)
            row += {Cell{e.detailsJson, {}}, Cell{e.prevHash, {}}, Cell{e.hash, {}}};
        t.rows.append(row);
    }
    return t;
}

QJsonObject auditEntryJson(const console::AuditEntry &e)
{
    return QJsonObject{{u"seq"_s, e.seq},
                       {u"at"_s, e.at().toString(Qt::ISODateWithMs)},
                       {u"operator"_s, e.operatorName},
                       {u"os_user"_s, e.osUser},
                       {u"environment"_s, e.environment},
                       {u"action"_s, e.action},
                       {u"identity_id"_s, e.identityId},
                       {u"outcome"_s, e.outcome},
                       {u"request_id"_s, e.requestId},
                       {u"details"_s, e.details()},
                       {u"prev_hash"_s, e.prevHash},
                       {u"hash"_s, e.hash}};
}

AuditRecorder::AuditRecorder(QObject *parent)
    : QObject(parent)
    , m_store(new console::Store(this))
    , m_trail(new console::AuditTrail(m_store, this))
{
}

AuditRecorder::~AuditRecorder() = default;

bool AuditRecorder::isOpen() const
{
    return m_store->isOpen();
}

void AuditRecorder::setOperator(const console::Operator &op)
{
    m_store->setOperator(op);
}

void AuditRecorder::setEnvironment(const QString &environment)
{
    m_trail->setEnvironment(environment);
}

console::StoreResult<console::AuditEntry> AuditRecorder::record(const console::AuditRecord &record)
{
    return m_trail->append(record);
}

void AuditRecorder::open(const StoreSpec &spec, std::function<void(const QString &)> done)
{
    console::StoreConfig config;
    switch (spec.kind) {
    case StoreSpec::Kind::None:
        QTimer::singleShot(0, this, [done] { done(tr("--store none opens no store")); });
        return;
    case StoreSpec::Kind::Console:
        config = consoleStoreConfig();
        break;
    case StoreSpec::Kind::Sqlite:
        config = console::StoreConfig::sqlite(spec.path);
        break;
    case StoreSpec::Kind::PostgreSql:
        config =
            console::StoreConfig::postgreSql(spec.host, spec.port, spec.database, spec.user, {});
        break;
    }
    m_description = config.describe();
    if (config.backend == console::StoreBackend::Sqlite)
        return openConfig(config, std::move(done));

    config.password = qEnvironmentVariable("PAXOSCTL_STORE_PASSWORD");
    if (!config.password.isEmpty())
        return openConfig(config, std::move(done));
    // The password the console saved with its store settings.
    const QString key = console::credentialkeys::storePassword(config.host, config.port,
                                                               config.database, config.user);
    if (!m_credentials)
        m_credentials = new console::KeychainCredentialStore(this);
    auto handled = std::make_shared<bool>(false);
    connect(m_credentials, &console::CredentialStore::readFinished, this,
            [this, key, config, done, handled](const QString &readKey, const QByteArray &secret) {
                if (readKey != key || std::exchange(*handled, true))
                    return;
                console::StoreConfig withPassword = config;
                withPassword.password = QString::fromUtf8(secret);
                openConfig(withPassword, done);
            });
    connect(m_credentials, &console::CredentialStore::failed, this,
            [this, key, done, handled](const QString &readKey, console::CredentialOperation,
                                       console::CredentialError, const QString &message) {
                if (readKey != key || std::exchange(*handled, true))
                    return;
                done(tr("no password for the store %1: set PAXOSCTL_STORE_PASSWORD or save it "
                        "in the console (%2)")
                         .arg(m_description, message));
            });
    m_credentials->read(key);
}

void AuditRecorder::openConfig(console::StoreConfig config,
                               std::function<void(const QString &)> done)
{
    // Answered from the event loop, as the keychain path is.
    QTimer::singleShot(0, this, [this, config = std::move(config), done = std::move(done)] {
        const console::StoreStatus opened = m_store->open(config);
        done(opened.ok() ? QString() : opened.errorMessage());
    });
}

} // namespace paxosctl

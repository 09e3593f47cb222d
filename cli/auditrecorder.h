#pragma once

#include "cli/output.h"
#include "core/record/audittrail.h"
#include "paxos/net/redaction.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace console {
class CredentialStore;
} // namespace console

// paxosctl's side of the console's review record: which store --store names, and the one
// AuditTrail every write is appended to, so that the console and paxosctl keep one chain.
namespace paxosctl {

struct ResolvedEnvironment;

// What --store (or PAXOSCTL_STORE) names.
struct StoreSpec
{
    enum class Kind {
        Console, // the store the console's settings name (the default)
        None, // do not record
        Sqlite, // this SQLite file
        PostgreSql, // postgresql://user@host[:port]/database
    };
    Kind kind = Kind::Console;
    QString path;
    QString host;
    int port = 5432;
    QString database;
    QString user;
};

// "console", "none", "postgresql://user@host:port/database" or a file path; nullopt and
// `error` for a PostgreSQL URL that lacks a part (or carries a password, which would end up
// in shell history: PAXOSCTL_STORE_PASSWORD or the keychain hold it).
std::optional<StoreSpec> parseStoreSpec(const QString &spec, QString *error);

// Where the console keeps its record, read the way the console reads it: its settings files
// (console::Settings::createDefault() under the console's application name) through
// console::StoreConfig::fromSettings(), the SQLite file defaulting to the console's data
// folder. Never holds a password.
console::StoreConfig consoleStoreConfig();
// The name the reviewer set in the console's Record settings; empty when none.
QString consoleOperatorName();

// The console's name for an environment ("Local sandbox", "Paxos Sandbox", "Production",
// "Custom: host"), so that entries from both read the same.
QString environmentDisplayName(const ResolvedEnvironment &environment);

// `audit list`: the table format shows the columns people read; csv (`full`) adds the OS
// user, the details and both hashes.
Table auditTable(const QList<console::AuditEntry> &entries, bool full);
QJsonObject auditEntryJson(const console::AuditEntry &entry);

// The store and its audit trail for one paxosctl run. Opening is asynchronous because a
// PostgreSQL password may have to come from the keychain.
class AuditRecorder : public QObject
{
    Q_OBJECT
public:
    explicit AuditRecorder(QObject *parent = nullptr);
    ~AuditRecorder() override;

    // Opens the store `spec` names (not Kind::None); `done` is called from the event loop with
    // an empty string on success, else why the store could not be opened.
    void open(const StoreSpec &spec, std::function<void(const QString &error)> done);

    bool isOpen() const;
    QString describe() const { return m_description; }
    void setOperator(const console::Operator &op);
    void setEnvironment(const QString &environment);

    console::Store *store() const { return m_store; }
    console::AuditTrail *trail() const { return m_trail; }
    console::StoreResult<console::AuditEntry> record(const console::AuditRecord &record);

private:
    void openConfig(console::StoreConfig config, std::function<void(const QString &)> done);

    console::Store *m_store;
    console::AuditTrail *m_trail;
    console::CredentialStore *m_credentials = nullptr;
    QString m_description;
};

} // namespace paxosctl

#pragma once

#include "cli/output.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The command table: every command's name, help text, arguments, options and the scopes it
// needs, as data. --help of every level and the man page are generated from it, and the
// parser reads the same entries, so they cannot drift apart.
namespace paxosctl {

enum ExitCode {
    ExitOk = 0,
    // The API answered with an error (4xx/5xx other than 401/403); also: the audit store could
    // not be opened (nothing was sent), or `audit verify` found a broken link.
    ExitApiProblem = 1,
    ExitUsage = 2, // bad command line or input file; nothing was sent
    ExitNetworkOrAuth = 3, // no connection, timeout, rejected credentials or missing scope
    ExitInterrupted = 130, // SIGINT (128 + 2, as shells report it)
};

enum class CommandId {
    Token,
    IdentitiesList,
    IdentitiesGet,
    IdentitiesCreate,
    IdentitiesUpdate,
    IdentitiesSandboxStatus,
    IdentitiesScenario,
    DocumentsUpload,
    DocumentsList,
    ControlsList,
    ControlsCreate,
    ControlsDelete,
    EventsList,
    EventsGet,
    EventsFollow,
    AccountsCreate,
    AccountsList,
    AccountsGet,
    AuditList,
    AuditVerify,
    AuditExport,
    SandboxSeed,
};

struct OptionSpec
{
    QStringList names; // first is the canonical name, e.g. {"file", "f"}
    QString valueName; // empty for a flag
    QString description;
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

struct ArgumentSpec
{
    QString name; // e.g. "IDENTITY_ID"
    QString description;
};

struct CommandSpec
{
    CommandId id;
    QString group; // "identities"; for a command without group ("token") the name itself
    QString name; // "list"; empty for "token"
    QString summary; // one line
    QString description; // paragraphs separated by blank lines
    QList<ArgumentSpec> arguments; // all required
    QList<OptionSpec> options;
    QStringList scopes; // asked for in the token request
    bool writes = false; // changes data: needs --yes against production
    QStringList examples;

    QString path() const { return name.isEmpty() ? group : group + u' ' + name; }
    // The audit commands read the review record and never call the API.
    bool callsApi() const { return group != u"audit"; }
    const OptionSpec *option(QStringView name) const;
};

const QList<CommandSpec> &commandTable();
const QList<OptionSpec> &globalOptions();
// Groups in the order of the table, with their one-line descriptions.
QStringList commandGroups();
QString groupSummary(const QString &group);
const CommandSpec *findCommand(const QString &group, const QString &name);
QList<const CommandSpec *> commandsOfGroup(const QString &group);

// Options given on the command line, by canonical name. A flag maps to one empty string per
// occurrence.
struct GlobalOptions
{
    QString env = QStringLiteral("local");
    Format format = Format::Table;
    bool verbose = false;
    bool curl = false;
    bool reveal = false;
    bool yes = false;
    QString clientId;
    int timeoutSeconds = 30;
    QString store; // --store; empty: PAXOSCTL_STORE, else "console"
    QString operatorName; // --operator; empty: PAXOSCTL_OPERATOR, else the OS user
};

struct Invocation
{
    enum class Action { Run, Help, Version, ManPage };
    Action action = Action::Run;
    // Help: the topic (empty = overview, a group, or a command path "identities list").
    QString helpTopic;
    const CommandSpec *command = nullptr;
    GlobalOptions global;
    QStringList arguments; // positional, as many as command->arguments
    QMap<QString, QStringList> options;

    bool isSet(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const
    {
        const QStringList v = options.value(name);
        return v.isEmpty() ? QString() : v.constLast();
    }
    QStringList values(const QString &name) const { return options.value(name); }
};

struct ParseResult
{
    std::optional<Invocation> invocation;
    QString error; // usage error (exit 2) when invocation is empty
};

// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
ParseResult parseCommandLine(const QStringList &arguments);

// Help text for a topic ("", a group or "group name"); empty when the topic is unknown.
QString helpText(const QString &topic);
// The man page (roff, man(7) macros), the source of cli/paxosctl.1.
QString manPage();

} // namespace paxosctl

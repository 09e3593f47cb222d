#pragma once

#include "cli/output.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The command table: every command's name, help text, arguments, options, the scopes it
// needs and its handler, as data. --help of every level and the man page are generated from
// it, the parser reads the same entries and the runner calls the handler of the row it
// parsed, so they cannot drift apart. The rows live in cli/commands/, a file per group.
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

class RunContext;

// A command's handler: reads its arguments and options from the context, starts its calls
// and ends the run through the context (done, fail or usageError).
using CommandHandler = void (*)(RunContext &);

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

// One row of the table. Rows are written with designated initialisers in the file of their
// group (cli/commands/), next to their handler.
struct CommandSpec
{
    QString group; // "identities"; for a command without group ("token") the name itself
    QString name; // "list"; empty for "token"
    QString summary; // one line
    QString description; // paragraphs separated by blank lines
    QList<ArgumentSpec> arguments; // all required
    QList<OptionSpec> options;
    QStringList scopes; // asked for in the token request
    bool writes = false; // changes data: recorded, and needs --yes against production
    // Reads the review record only and never calls the API (the audit commands).
    bool readsRecordOnly = false;
    // Uses paxos-sandbox's admin API: refused before any credential is read unless --env
    // is a paxos-sandbox on this computer.
    bool sandboxAdminOnly = false;
    QStringList examples;
    CommandHandler handler = nullptr;

    QString path() const { return name.isEmpty() ? group : group + u' ' + name; }
    bool callsApi() const { return !readsRecordOnly; }
    const OptionSpec *option(QStringView name) const;
};

// The commands of one group, in the order help and the man page list them.
struct CommandGroup
{
    QString name;
    QString summary; // one line for the overview; empty for a group of one command
    QList<CommandSpec> commands;
};

// Every group, in order: the table is their commands one after the other.
const QList<CommandGroup> &commandGroupList();
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
    // --rate-limit-window: 0 = Paxos' own window, and a server on this machine unpaced.
    int rateLimitWindowSeconds = 0;
    // --parallel: calls on the wire at once (a listing's --all pages that many at a time).
    static constexpr int kDefaultParallel = 32;
    int parallel = kDefaultParallel;
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

#include "cli/commands.h"

#include "cli/commands/specs.h"
#include "paxos/net/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The table's lookups, the global options and the command-line parser. The rows are in
// cli/commands/ (a file per group, each row next to its handler); help and the man page are
// generated in help.cpp.
namespace paxosctl {

namespace {

using specs::flag;
using specs::opt;

QList<OptionSpec> buildGlobalOptions()
{
    return {
        opt({u"env"_s, u"e"_s}, u"ENV"_s,
            tr("local (a paxos-sandbox on 127.0.0.1:8640, the default), sandbox (the Paxos "
               "Sandbox), production, or the URL of a paxos-sandbox (http://host:port).")),
        opt({u"format"_s}, u"FORMAT"_s,
            tr("table (aligned columns with readable labels, the default), json (what the API "
               "answered, indented) or csv (RFC 4180, wire values).")),
        flag({u"reveal"_s},
             tr("Show cip_id and date of birth unmasked, in every format. A run that records "
                "its writes in a store records the reveal there (pii.reveal).")),
        flag({u"verbose"_s, u"v"_s},
             tr("Print every HTTP exchange (redacted: no secret, masked PII) to standard error.")),
        flag({u"curl"_s},
             tr("Print every call as a cURL command (secrets as placeholders) to standard error.")),
        opt({u"client-id"_s}, u"ID"_s, tr("OAuth client id (overrides PAXOS_CLIENT_ID).")),
        opt({u"timeout"_s}, u"SECONDS"_s,
            tr("Give up on a call without progress after SECONDS (default 30).")),
        opt({u"rate-limit-window"_s}, u"SECONDS"_s,
            tr("Pace calls to Paxos' documented rates averaged over SECONDS instead of Paxos' "
               "5 minutes, also against a server on this machine (unpaced otherwise): for a "
               "paxos-sandbox started with --enforce-rate-limits --rate-limit-window SECONDS.")),
        opt({u"parallel"_s}, u"N"_s,
            tr("Put up to N calls on the wire at once (1-%1, default %2): identities list --all "
               "pages that many created_at slices at a time. Pacing to Paxos' rates is the same "
               "whatever N is.")
                .arg(paxos::Connection::kMaxInFlight)
                .arg(GlobalOptions::kDefaultParallel)),
        flag({u"yes"_s, u"y"_s}, tr("Confirm a change against production.")),
        opt({u"store"_s}, u"SPEC"_s,
            tr("Where writes are recorded and audit commands read: console (the console's "
               "store, the default), none (record nothing), a SQLite file path, or "
               "postgresql://USER@HOST:PORT/DATABASE. Overrides PAXOSCTL_STORE.")),
        opt({u"operator"_s}, u"NAME"_s,
            tr("Operator name in the audit trail (overrides PAXOSCTL_OPERATOR; default: the "
               "name set in the console's Record settings, else the OS user).")),
        flag({u"help"_s, u"h"_s}, tr("Show help for paxosctl, a group or a command.")),
        flag({u"version"_s}, tr("Show the version.")),
    };
}

} // namespace

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = buildGlobalOptions();
    return options;
}

const OptionSpec *CommandSpec::option(QStringView optionName) const
{
    for (const OptionSpec &o : options)
        if (o.names.constFirst() == optionName)
            return &o;
    return nullptr;
}

const QList<CommandGroup> &commandGroupList()
{
    // A new group is added here; a new command only to its group's file.
    static const QList<CommandGroup> groups = {
        tokenGroup(),    identitiesGroup(),   documentsGroup(), controlsGroup(), eventsGroup(),
        accountsGroup(), institutionsGroup(), auditGroup(),     sandboxGroup()};
    return groups;
}

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = [] {
        QList<CommandSpec> all;
        for (const CommandGroup &group : commandGroupList())
            all += group.commands;
        return all;
    }();
    return table;
}

QStringList commandGroups()
{
    QStringList groups;
    for (const CommandSpec &c : commandTable())
        if (!groups.contains(c.group))
            groups << c.group;
    return groups;
}

QString groupSummary(const QString &group)
{
    for (const CommandGroup &g : commandGroupList())
        if (g.name == group && !g.summary.isEmpty())
            return g.summary;
    if (const CommandSpec *c = findCommand(group, {}))
        return c->summary;
    return {};
}

const CommandSpec *findCommand(const QString &group, const QString &name)
{
    for (const CommandSpec &c : commandTable())
        if (c.group == group && c.name == name)
            return &c;
    return nullptr;
}

QList<const CommandSpec *> commandsOfGroup(const QString &group)
{
    QList<const CommandSpec *> list;
    for (const CommandSpec &c : commandTable())
        if (c.group == group)
            list << &c;
    return list;
}

namespace {

void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &options)
{
    for (const OptionSpec &o : options)
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
}

// Reads the global options a parser saw into `global`; returns an error text or "".
QString takeGlobals(const QCommandLineParser &parser, GlobalOptions &global)
{
    if (parser.isSet(u"env"_s))
        global.env = parser.value(u"env"_s);
    if (parser.isSet(u"format"_s)) {
        const auto f = formatFromName(parser.value(u"format"_s));
        if (!f)
            return tr("unknown format \"%1\" (table, json or csv)").arg(parser.value(u"format"_s));
        global.format = *f;
    }
    global.verbose = global.verbose || parser.isSet(u"verbose"_s);
    global.curl = global.curl || parser.isSet(u"curl"_s);
    global.reveal = global.reveal || parser.isSet(u"reveal"_s);
    global.yes = global.yes || parser.isSet(u"yes"_s);
    if (parser.isSet(u"client-id"_s))
        global.clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"store"_s))
        global.store = parser.value(u"store"_s);
    if (parser.isSet(u"operator"_s))
        global.operatorName = parser.value(u"operator"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int s = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || s <= 0 || s > 3600)
            return tr("--timeout needs a number of seconds between 1 and 3600");
        global.timeoutSeconds = s;
    }
    if (parser.isSet(u"rate-limit-window"_s)) {
        bool ok = false;
        const int s = parser.value(u"rate-limit-window"_s).toInt(&ok);
        if (!ok || s <= 0 || s > 3600)
            return tr("--rate-limit-window needs a number of seconds between 1 and 3600");
        global.rateLimitWindowSeconds = s;
    }
    if (parser.isSet(u"parallel"_s)) {
        bool ok = false;
        const int n = parser.value(u"parallel"_s).toInt(&ok);
        if (!ok || n < 1 || n > paxos::Connection::kMaxInFlight)
            return tr("--parallel needs a number of calls between 1 and %1")
                .arg(paxos::Connection::kMaxInFlight);
        global.parallel = n;
    }
    return {};
}

} // namespace

ParseResult parseCommandLine(const QStringList &arguments)
{
    const QString program = arguments.value(0, u"paxosctl"_s);
    Invocation inv;

    // Level 1: global options up to the command word.
    QCommandLineParser top;
    top.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addOptions(top, globalOptions());
    top.addOption(QCommandLineOption(u"man"_s, tr("Print the man page source."), QString()));
    if (!top.parse(arguments))
        return {std::nullopt, top.errorText()};
    if (QString e = takeGlobals(top, inv.global); !e.isEmpty())
        return {std::nullopt, e};
    if (top.isSet(u"man"_s)) {
        inv.action = Invocation::Action::ManPage;
        return {inv, {}};
    }
    if (top.isSet(u"version"_s)) {
        inv.action = Invocation::Action::Version;
        return {inv, {}};
    }
    QStringList rest = top.positionalArguments();
    if (top.isSet(u"help"_s) || rest.isEmpty() || rest.constFirst() == u"help") {
        if (!rest.isEmpty() && rest.constFirst() == u"help")
            rest.removeFirst();
        inv.action = Invocation::Action::Help;
        inv.helpTopic = rest.mid(0, 2).join(u' ');
        if (helpText(inv.helpTopic).isEmpty())
            return {std::nullopt, tr("no help for \"%1\"; try paxosctl --help").arg(inv.helpTopic)};
        return {inv, {}};
    }

    const QString group = rest.takeFirst();
    const CommandSpec *command = findCommand(group, {});
    if (!command) {
        if (commandsOfGroup(group).isEmpty())
            return {std::nullopt, tr("unknown command \"%1\"; try paxosctl --help").arg(group)};
        if (rest.isEmpty() || rest.constFirst().startsWith(u'-')) {
            if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
                inv.action = Invocation::Action::Help;
                inv.helpTopic = group;
                return {inv, {}};
            }
            return {std::nullopt, tr("\"%1\" needs a command; try paxosctl %1 --help").arg(group)};
        }
        const QString name = rest.takeFirst();
        command = findCommand(group, name);
        if (!command)
            return {std::nullopt,
                    tr("unknown command \"%1 %2\"; try paxosctl %1 --help").arg(group, name)};
    }

    // Level 2: the command's own options, and the global ones once more.
    QCommandLineParser sub;
    addOptions(sub, globalOptions());
    addOptions(sub, command->options);
    if (!sub.parse(QStringList{program} + rest))
        return {std::nullopt, command->path() + u": "_s + sub.errorText()};
    if (QString e = takeGlobals(sub, inv.global); !e.isEmpty())
        return {std::nullopt, e};
    if (sub.isSet(u"help"_s)) {
        inv.action = Invocation::Action::Help;
        inv.helpTopic = command->path();
        return {inv, {}};
    }
    inv.command = command;
    inv.arguments = sub.positionalArguments();
    if (inv.arguments.size() != command->arguments.size()) {
        QStringList names;
        for (const ArgumentSpec &a : command->arguments)
            names << a.name;
        if (names.isEmpty())
            return {std::nullopt,
                    tr("%1 takes no arguments (got \"%2\")")
                        .arg(command->path(), inv.arguments.join(u' '))};
        return {std::nullopt, tr("%1 needs %2").arg(command->path(), names.join(u' '))};
    }
    for (const OptionSpec &o : command->options) {
        const QString name = o.names.constFirst();
        if (!sub.isSet(name))
            continue;
        if (o.takesValue()) {
            const QStringList values = sub.values(name);
            if (!o.repeatable && values.size() > 1)
                return {std::nullopt, tr("--%1 given more than once").arg(name)};
            inv.options.insert(name, values);
        } else {
            inv.options.insert(name, QStringList{QString()});
        }
    }
    return {inv, {}};
}

} // namespace paxosctl

// --help of every level and the man page (cli/paxosctl.1), generated from the command table.
#include "cli/commands.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

struct Section
{
    QString title;
    QString text; // paragraphs separated by "\n\n"; lines starting with two blanks are kept
};

QList<Section> overviewSections()
{
    return {
        {tr("ENVIRONMENTS"),
         tr("--env local talks to a paxos-sandbox on http://127.0.0.1:8640 (start one with "
            "\"paxos-sandbox\") with its demo client (demo / demo-secret) unless credentials are "
            "given. --env URL does the same for a paxos-sandbox elsewhere; token URL "
            "URL/oauth2/token, API URL/v2. --env sandbox and --env production are Paxos's "
            "servers and need credentials.")},
        {tr("CREDENTIALS"),
         tr("The client id comes from --client-id or PAXOS_CLIENT_ID, the secret from "
            "PAXOS_CLIENT_SECRET. Without PAXOS_CLIENT_SECRET the secret is read from the OS "
            "keychain (service \"compliance-console\", the one the console saves to; key "
            "\"client-secret/ENV/CLIENT_ID\", ENV being local, sandbox, production or custom "
            "for a URL). Secrets and tokens never appear in --verbose or --curl output.")},
        {tr("OUTPUT"),
         tr("Results go to standard output, everything else (errors, warnings, --verbose, "
            "--curl) to standard error. Every format, json included, masks cip_id and the "
            "other government ids (last four characters kept) and the date of birth; "
            "--reveal shows them, and a write that is recorded in a store records the reveal "
            "as a pii.reveal entry (when that entry cannot be written, the data stays masked). "
            "json prints the API's answer otherwise as received. In csv a cell that a "
            "spreadsheet would run as a formula (starting with = + - @, a tab or a carriage "
            "return) starts with an apostrophe, as in the console's exports.")},
        {tr("EXIT STATUS"),
         tr("  0    success\n"
            "  1    the API answered with a problem (printed as type, title, detail; a 409 "
            "also prints the id that already exists); the audit store could not be opened "
            "(nothing was sent); audit verify found a broken link\n"
            "  2    usage: unknown command or option, bad value, unreadable or invalid input "
            "file; nothing was sent\n"
            "  3    network or authentication: no connection, timeout, rejected credentials, "
            "missing scope (HTTP 401/403)\n"
            "  130  interrupted (Ctrl-C); the running call was cancelled")},
        {tr("AUDIT"),
         tr("Every write (identities create, update and sandbox-status, documents upload, "
            "controls create and delete, accounts create) is recorded in the console's audit "
            "trail, in the same hash chain the console appends to: the operator (--operator, "
            "PAXOSCTL_OPERATOR, else the name set in the console's Record settings, else the "
            "OS user) and OS user, the time, the environment as "
            "the console names it, the identity, the outcome (a refused create, such as a "
            "duplicate cip_id with the id that holds it, is recorded as failed) and the "
            "request id: the X-Request-Id paxosctl sends with every call, or the server's own "
            "when it answers with another. Secrets never reach the trail; cip_id is "
            "masked.\n\n"
            "--store (or PAXOSCTL_STORE) picks the store: console, the default, is the one the "
            "console's settings name (its SQLite file is created, as the console would, when "
            "the console has not run yet); none records nothing; a path is that SQLite file; "
            "postgresql://USER@HOST:PORT/DATABASE a shared store, its password from "
            "PAXOSCTL_STORE_PASSWORD or the keychain entry the console saved. A write whose "
            "store cannot be opened is not sent (exit 1; --store none runs it unrecorded). A "
            "write that succeeded but could not be recorded keeps its exit status and warns. "
            "Reads never open the store.\n\n"
            "audit list, audit verify and audit export read the trail.")},
        {tr("THE GUIDE'S FLOW"),
         tr("  paxos-sandbox &\n"
            "  paxosctl token\n"
            "  paxosctl identities create --example      # prints the new id, PENDING\n"
            "  paxosctl identities get ID                # APPROVED\n"
            "  paxosctl identities create --example      # exit 1: duplicate cip_id, existing "
            "id")},
    };
}

QString wrap(const QString &text, int indent, int width = 79)
{
    QString out;
    const QString pad(indent, u' ');
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            out += u'\n';
        const QStringList lines = paragraphs.at(p).split(u'\n');
        for (const QString &srcLine : lines) {
            if (srcLine.startsWith(u"  "_s)) { // preformatted
                out += pad + srcLine.mid(2) + u'\n';
                continue;
            }
            QString line;
            for (const QString &word : srcLine.split(u' ', Qt::SkipEmptyParts)) {
                if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                    out += pad + line + u'\n';
                    line.clear();
                }
                line += (line.isEmpty() ? QString() : u" "_s) + word;
            }
            out += pad + line + u'\n';
        }
    }
    return out;
}

QString optionSyntax(const OptionSpec &o)
{
    QStringList forms;
    for (const QString &n : o.names)
        forms << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString s = forms.join(u", "_s);
    if (o.takesValue())
        s += u' ' + o.valueName;
    return s;
}

QString optionsBlock(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        const QString syntax = optionSyntax(o);
        out += u"  "_s + syntax + u'\n';
        out += wrap(o.description, 6);
    }
    return out;
}

QString usageOf(const CommandSpec &c)
{
    QString s = u"paxosctl [GLOBAL OPTIONS] "_s + c.path();
    for (const ArgumentSpec &a : c.arguments)
        s += u' ' + a.name;
    if (!c.options.isEmpty())
        s += u" [OPTIONS]"_s;
    return s;
}

QString commandHelp(const CommandSpec &c)
{
    QString out = tr("Usage: %1").arg(usageOf(c)) + u"\n\n"_s;
    out += wrap(c.summary + u'.', 0) + u'\n' + wrap(c.description, 0);
    if (!c.arguments.isEmpty()) {
        out += u'\n' + tr("Arguments:") + u'\n';
        for (const ArgumentSpec &a : c.arguments)
            out += u"  "_s + a.name + u'\n' + wrap(a.description, 6);
    }
    if (!c.options.isEmpty())
        out += u'\n' + tr("Options:") + u'\n' + optionsBlock(c.options);
    out += u'\n' + tr("Global options (before or after the command):") + u'\n'
        + optionsBlock(globalOptions());
    if (!c.scopes.isEmpty())
        out += u'\n' + tr("Scopes: %1").arg(c.scopes.join(u", "_s)) + u'\n';
    if (!c.examples.isEmpty()) {
        out += u'\n' + tr("Examples:") + u'\n';
        for (const QString &e : c.examples)
            out += u"  "_s + e + u'\n';
    }
    return out;
}

QString commandList(const QList<const CommandSpec *> &commands)
{
    qsizetype width = 0;
    for (const CommandSpec *c : commands)
        width = qMax(width, c->path().size());
    QString out;
    for (const CommandSpec *c : commands)
        out +=
            u"  "_s + c->path() + QString(width - c->path().size() + 2, u' ') + c->summary + u'\n';
    return out;
}

QString overviewHelp()
{
    QString out = tr("Usage: paxosctl [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]") + u"\n\n"_s;
    out += wrap(tr("A command-line client for the Paxos v2 Identity API: identities, documents, "
                   "controls, events and accounts, against a local paxos-sandbox, the Paxos "
                   "Sandbox or production. Writes are recorded in the console's audit trail."),
                0);
    out += u'\n' + tr("Commands:") + u'\n';
    QList<const CommandSpec *> all;
    for (const CommandSpec &c : commandTable())
        all << &c;
    out += commandList(all);
    out += u'\n' + tr("Global options:") + u'\n' + optionsBlock(globalOptions());
    for (const Section &s : overviewSections())
        out += u'\n' + s.title + u'\n' + wrap(s.text, 2);
    out += u'\n'
        + wrap(tr("\"paxosctl COMMAND --help\" (or \"paxosctl help COMMAND\") describes a "
                  "command; \"man paxosctl\" has everything on one page."),
               0);
    return out;
}

// roff: escape backslashes and dashes, protect a leading period or quote.
QString roff(const QString &text)
{
    QString s = text;
    s.replace(u"\\"_s, u"\\e"_s);
    s.replace(u"-"_s, u"\\-"_s);
    QStringList lines = s.split(u'\n');
    for (QString &l : lines)
        if (l.startsWith(u'.') || l.startsWith(u'\''))
            l.prepend(u"\\&"_s);
    return lines.join(u'\n');
}

QString roffParagraphs(const QString &text)
{
    QString out;
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (const QString &p : paragraphs) {
        if (p.startsWith(u"  "_s)) {
            out += u".PP\n.nf\n"_s;
            for (const QString &l : p.split(u'\n'))
                out += roff(l.mid(2)) + u'\n';
            out += u".fi\n"_s;
        } else {
            out += u".PP\n"_s + roff(p) + u'\n';
        }
    }
    return out;
}

QString roffOptions(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        QStringList forms;
        for (const QString &n : o.names)
            forms << u"\\fB"_s + roff((n.size() == 1 ? u"-"_s : u"--"_s) + n) + u"\\fR"_s;
        QString head = forms.join(u", "_s);
        if (o.takesValue())
            head += u" \\fI"_s + roff(o.valueName) + u"\\fR"_s;
        out += u".TP\n"_s + head + u'\n' + roff(o.description) + u'\n';
    }
    return out;
}

} // namespace

QString helpText(const QString &topic)
{
    const QStringList words = topic.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return overviewHelp();
    if (words.size() == 1) {
        if (const CommandSpec *c = findCommand(words.constFirst(), {}))
            return commandHelp(*c);
        const QList<const CommandSpec *> list = commandsOfGroup(words.constFirst());
        if (list.isEmpty())
            return {};
        return tr("Usage: paxosctl [GLOBAL OPTIONS] %1 COMMAND ...").arg(words.constFirst())
            + u"\n\n"_s + wrap(groupSummary(words.constFirst()) + u'.', 0) + u'\n' + tr("Commands:")
            + u'\n' + commandList(list) + u'\n'
            + tr("\"paxosctl %1 COMMAND --help\" describes a command.").arg(words.constFirst())
            + u'\n';
    }
    if (const CommandSpec *c = findCommand(words.at(0), words.at(1)))
        return commandHelp(*c);
    return {};
}

QString manPage()
{
    QString out;
    out += u".\\\" Generated by \"paxosctl --man\" from the command table in cli/commands/.\n"_s;
    out += u".TH PAXOSCTL 1 \"\" \"Compliance Console\" \"User Commands\"\n"_s;
    out += u".SH NAME\npaxosctl \\- command\\-line client for the Paxos v2 Identity API\n"_s;
    out += u".SH SYNOPSIS\n.B paxosctl\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR "
           "[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n"_s;
    out += u".SH DESCRIPTION\n"_s
        + roffParagraphs(
               tr("paxosctl talks to the Paxos v2 Identity API: identities, documents, controls, "
                  "events and accounts, against a local paxos-sandbox, the Paxos Sandbox or "
                  "production. It is the scripting companion of Compliance Console: its writes are "
                  "recorded in the console's audit trail."));
    out += u".SH GLOBAL OPTIONS\n"_s + roffOptions(globalOptions());
    out += u".SH COMMANDS\n"_s;
    for (const CommandSpec &c : commandTable()) {
        QString usage = u"\\fBpaxosctl "_s + roff(c.path()) + u"\\fR"_s;
        for (const ArgumentSpec &a : c.arguments)
            usage += u" \\fI"_s + roff(a.name) + u"\\fR"_s;
        if (!c.options.isEmpty())
            usage += u" [\\fIOPTIONS\\fR]"_s;
        out += u".SS \""_s + roff(c.path()) + u"\"\n"_s + usage + u"\n.br\n"_s + roff(c.summary)
            + u".\n"_s;
        out += roffParagraphs(c.description);
        if (!c.arguments.isEmpty()) {
            for (const ArgumentSpec &a : c.arguments)
                out += u".TP\n\\fI"_s + roff(a.name) + u"\\fR\n"_s + roff(a.description) + u'\n';
        }
        out += roffOptions(c.options);
        if (!c.scopes.isEmpty())
            out += u".PP\n"_s + roff(tr("Scopes: %1").arg(c.scopes.join(u", "_s))) + u'\n';
        if (!c.examples.isEmpty()) {
            out += u".PP\n.nf\n"_s;
            for (const QString &e : c.examples)
                out += roff(e) + u'\n';
            out += u".fi\n"_s;
        }
    }
    for (const Section &s : overviewSections())
        out += u".SH "_s + roff(s.title) + u'\n' + roffParagraphs(s.text);
    out += u".SH ENVIRONMENT\n"_s + u".TP\n.B PAXOS_CLIENT_ID\n"_s + roff(tr("OAuth client id."))
        + u'\n' + u".TP\n.B PAXOS_CLIENT_SECRET\n"_s
        + roff(tr("OAuth client secret; when unset the OS keychain is asked.")) + u'\n'
        + u".TP\n.B PAXOSCTL_STORE\n"_s
        + roff(tr("The store writes are recorded in, as --store takes it.")) + u'\n'
        + u".TP\n.B PAXOSCTL_STORE_PASSWORD\n"_s
        + roff(tr("Password of a PostgreSQL store; when unset the OS keychain is asked.")) + u'\n'
        + u".TP\n.B PAXOSCTL_OPERATOR\n"_s
        + roff(tr("Operator name in the audit trail, as --operator takes it.")) + u'\n';
    out += u".SH SEE ALSO\n.BR paxos\\-sandbox (1)\n"_s;
    return out;
}

} // namespace paxosctl

#include "cli/commands.h"
#include "cli/runner.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxosctl;

class TestCliArguments : public QObject
{
    Q_OBJECT

private:
    static QStringList argv(const QString &line)
    {
        return QStringList{u"paxosctl"_s} + line.split(u' ', Qt::SkipEmptyParts);
    }

private slots:
    void parsesCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("arguments");

        QTest::newRow("token") << u"token"_s << u"token"_s << QStringList();
        QTest::newRow("identities list") << u"identities list --summary-status PENDING --all"_s
                                         << u"identities list"_s << QStringList();
        QTest::newRow("identities get")
            << u"identities get abc"_s << u"identities get"_s << QStringList{u"abc"_s};
        QTest::newRow("create from file")
            << u"identities create -f person.json"_s << u"identities create"_s << QStringList();
        QTest::newRow("import") << u"identities import people.csv --report r.csv --mapping m.json"_s
                                << u"identities import"_s << QStringList{u"people.csv"_s};
        QTest::newRow("sandbox-status")
            << u"identities sandbox-status ID --id-verification APPROVED"_s
            << u"identities sandbox-status"_s << QStringList{u"ID"_s};
        QTest::newRow("upload") << u"documents upload ID a.pdf --type X --type Y"_s
                                << u"documents upload"_s << QStringList{u"ID"_s, u"a.pdf"_s};
        QTest::newRow("controls delete")
            << u"controls delete C --reason r"_s << u"controls delete"_s << QStringList{u"C"_s};
        QTest::newRow("events follow") << u"events follow --max 3 --until-type identity.approved"_s
                                       << u"events follow"_s << QStringList();
        QTest::newRow("accounts get")
            << u"accounts get A"_s << u"accounts get"_s << QStringList{u"A"_s};
        QTest::newRow("accounts update")
            << u"accounts update A --member P:BENEFICIAL_OWNER --member Q:AUTHORIZED_USER --disable"_s
            << u"accounts update"_s << QStringList{u"A"_s};
        QTest::newRow("accounts add-members")
            << u"accounts add-members A --member P:FINANCIAL_ADVISOR"_s << u"accounts add-members"_s
            << QStringList{u"A"_s};
        QTest::newRow("accounts remove-member")
            << u"accounts remove-member M --identity I"_s << u"accounts remove-member"_s
            << QStringList{u"M"_s};
        QTest::newRow("accounts profile")
            << u"accounts profile P"_s << u"accounts profile"_s << QStringList{u"P"_s};
        QTest::newRow("institutions create")
            << u"institutions create --example --member P:BENEFICIAL_OWNER:60"_s
            << u"institutions create"_s << QStringList();
        QTest::newRow("institutions add-members")
            << u"institutions add-members I --member P:AUTHORIZED_USER --member Q:TRUSTEE"_s
            << u"institutions add-members"_s << QStringList{u"I"_s};
        QTest::newRow("institutions remove-member")
            << u"institutions remove-member M --institution I"_s << u"institutions remove-member"_s
            << QStringList{u"M"_s};
        QTest::newRow("audit list") << u"audit list --identity ID --action identity.create"_s
                                    << u"audit list"_s << QStringList();
        QTest::newRow("audit verify") << u"audit verify"_s << u"audit verify"_s << QStringList();
        QTest::newRow("audit export")
            << u"audit export out.csv"_s << u"audit export"_s << QStringList{u"out.csv"_s};
    }

    void parsesCommands()
    {
        QFETCH(QString, line);
        QFETCH(QString, command);
        QFETCH(QStringList, arguments);
        const ParseResult r = parseCommandLine(argv(line));
        QVERIFY2(r.invocation, qPrintable(r.error));
        QCOMPARE(r.invocation->action, Invocation::Action::Run);
        QVERIFY(r.invocation->command);
        QCOMPARE(r.invocation->command->path(), command);
        QCOMPARE(r.invocation->arguments, arguments);
    }

    void readsOptionValues()
    {
        const ParseResult r = parseCommandLine(
            argv(u"documents upload ID a.pdf --type IDENTITY_VERIFICATION -t PROOF_OF_FUNDS "
                 "--name b.pdf"_s));
        QVERIFY2(r.invocation, qPrintable(r.error));
        QCOMPARE(r.invocation->values(u"type"_s),
                 (QStringList{u"IDENTITY_VERIFICATION"_s, u"PROOF_OF_FUNDS"_s}));
        QCOMPARE(r.invocation->value(u"name"_s), u"b.pdf"_s);
        QVERIFY(!r.invocation->isSet(u"file"_s));

        const ParseResult flags =
            parseCommandLine(argv(u"identities list --include-details --all"_s));
        QVERIFY(flags.invocation);
        QVERIFY(flags.invocation->isSet(u"include-details"_s));
        QVERIFY(flags.invocation->isSet(u"all"_s));
        QVERIFY(!flags.invocation->isSet(u"limit"_s));
    }

    void globalOptionsAnywhere_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("before") << u"--env sandbox --format csv --reveal -v --curl token"_s;
        QTest::newRow("after") << u"token --env sandbox --format csv --reveal -v --curl"_s;
        QTest::newRow("mixed") << u"-e sandbox token --format=csv --reveal --verbose --curl"_s;
    }

    void globalOptionsAnywhere()
    {
        QFETCH(QString, line);
        const ParseResult r = parseCommandLine(argv(line));
        QVERIFY2(r.invocation, qPrintable(r.error));
        const GlobalOptions &g = r.invocation->global;
        QCOMPARE(g.env, u"sandbox"_s);
        QCOMPARE(g.format, Format::Csv);
        QVERIFY(g.reveal);
        QVERIFY(g.verbose);
        QVERIFY(g.curl);
    }

    void defaults()
    {
        const ParseResult r = parseCommandLine(argv(u"events list"_s));
        QVERIFY(r.invocation);
        QCOMPARE(r.invocation->global.env, u"local"_s);
        QCOMPARE(r.invocation->global.format, Format::Table);
        QCOMPARE(r.invocation->global.timeoutSeconds, 30);
        QCOMPARE(r.invocation->global.rateLimitWindowSeconds, 0);
        const ParseResult paced = parseCommandLine(argv(u"--rate-limit-window 2 events list"_s));
        QVERIFY(paced.invocation);
        QCOMPARE(paced.invocation->global.rateLimitWindowSeconds, 2);
        QCOMPARE(r.invocation->global.parallel, GlobalOptions::kDefaultParallel);
        const ParseResult parallel =
            parseCommandLine(argv(u"--parallel 6 identities list --all"_s));
        QVERIFY(parallel.invocation);
        QCOMPARE(parallel.invocation->global.parallel, 6);
        QVERIFY(!r.invocation->global.reveal);
        QVERIFY(!r.invocation->global.yes);
        // Empty: PAXOSCTL_STORE / PAXOSCTL_OPERATOR, else the console's store and the OS user.
        QVERIFY(r.invocation->global.store.isEmpty());
        QVERIFY(r.invocation->global.operatorName.isEmpty());
    }

    void storeAndOperatorAnywhere()
    {
        for (const QString &line :
             {u"--store /tmp/s.sqlite --operator ada identities create --example"_s,
              u"identities create --example --store /tmp/s.sqlite --operator ada"_s}) {
            const ParseResult r = parseCommandLine(argv(line));
            QVERIFY2(r.invocation, qPrintable(r.error));
            QCOMPARE(r.invocation->global.store, u"/tmp/s.sqlite"_s);
            QCOMPARE(r.invocation->global.operatorName, u"ada"_s);
        }
    }

    // Which commands record (writes), which read the record (audit) and which touch neither.
    void writesAndAuditCommands()
    {
        QStringList writes;
        for (const CommandSpec &c : commandTable()) {
            if (c.writes)
                writes << c.path();
            QCOMPARE(c.callsApi(), c.group != u"audit");
            QCOMPARE(c.sandboxAdminOnly,
                     c.path() == u"identities scenario" || c.path() == u"sandbox seed");
            if (!c.callsApi())
                QVERIFY2(!c.writes && c.scopes.isEmpty(), qPrintable(c.path()));
        }
        QCOMPARE(writes,
                 (QStringList{u"identities create"_s, u"identities import"_s,
                              u"identities update"_s, u"identities sandbox-status"_s,
                              u"identities scenario"_s, u"documents upload"_s, u"controls create"_s,
                              u"controls delete"_s, u"accounts create"_s, u"accounts update"_s,
                              u"accounts add-members"_s, u"accounts remove-member"_s,
                              u"institutions create"_s, u"institutions add-members"_s,
                              u"institutions remove-member"_s, u"sandbox seed"_s}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << u"frobnicate"_s << u"unknown command"_s;
        QTest::newRow("unknown subcommand") << u"identities delete X"_s << u"unknown command"_s;
        QTest::newRow("group only") << u"identities"_s << u"needs a command"_s;
        QTest::newRow("unknown option") << u"identities list --bogus"_s << u"bogus"_s;
        QTest::newRow("missing value") << u"identities list --limit"_s << u"limit"_s;
        QTest::newRow("missing argument") << u"identities get"_s << u"IDENTITY_ID"_s;
        QTest::newRow("extra argument") << u"token extra"_s << u"no arguments"_s;
        QTest::newRow("two missing") << u"documents upload ID"_s << u"IDENTITY_ID FILE"_s;
        QTest::newRow("bad format") << u"--format xml token"_s << u"xml"_s;
        QTest::newRow("bad timeout") << u"token --timeout 0"_s << u"--timeout"_s;
        QTest::newRow("bad rate limit window")
            << u"token --rate-limit-window 0"_s << u"--rate-limit-window"_s;
        QTest::newRow("parallel 0") << u"--parallel 0 token"_s << u"--parallel"_s;
        QTest::newRow("parallel too many") << u"--parallel 65 token"_s << u"--parallel"_s;
        QTest::newRow("repeated single option")
            << u"identities create --ref-id a --ref-id b"_s << u"more than once"_s;
        QTest::newRow("help for nothing") << u"help nothing"_s << u"nothing"_s;
    }

    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const ParseResult r = parseCommandLine(argv(line));
        QVERIFY(!r.invocation);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void help_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("topic");
        QTest::newRow("no arguments") << QString() << QString();
        QTest::newRow("--help") << u"--help"_s << QString();
        QTest::newRow("help") << u"help"_s << QString();
        QTest::newRow("help group") << u"help events"_s << u"events"_s;
        QTest::newRow("group --help") << u"events --help"_s << u"events"_s;
        QTest::newRow("help command") << u"help identities create"_s << u"identities create"_s;
        QTest::newRow("command --help") << u"identities create --help"_s << u"identities create"_s;
        QTest::newRow("command -h") << u"accounts list -h"_s << u"accounts list"_s;
        QTest::newRow("token --help") << u"token --help"_s << u"token"_s;
    }

    void help()
    {
        QFETCH(QString, line);
        QFETCH(QString, topic);
        const ParseResult r = parseCommandLine(argv(line));
        QVERIFY2(r.invocation, qPrintable(r.error));
        QCOMPARE(r.invocation->action, Invocation::Action::Help);
        QCOMPARE(r.invocation->helpTopic, topic);
        QVERIFY(!helpText(topic).isEmpty());
    }

    void versionAndMan()
    {
        auto r = parseCommandLine(argv(u"--version"_s));
        QVERIFY(r.invocation);
        QCOMPARE(r.invocation->action, Invocation::Action::Version);
        r = parseCommandLine(argv(u"--man"_s));
        QVERIFY(r.invocation);
        QCOMPARE(r.invocation->action, Invocation::Action::ManPage);
    }

    // Help is generated from the table: every command and option shows up in both the
    // command's --help and the man page.
    void helpCoversTheTable()
    {
        const QString man = manPage();
        const QString overview = helpText({});
        for (const CommandSpec &c : commandTable()) {
            const QString help = helpText(c.path());
            QVERIFY2(help.contains(u"Usage: paxosctl [GLOBAL OPTIONS] "_s + c.path()),
                     qPrintable(c.path()));
            QVERIFY2(overview.contains(c.path()), qPrintable(c.path()));
            QVERIFY2(man.contains(u".SS \""_s + QString(c.path()).replace(u"-"_s, u"\\-"_s)),
                     qPrintable(c.path()));
            QVERIFY(!c.summary.isEmpty());
            QVERIFY(!c.description.isEmpty());
            for (const ArgumentSpec &a : c.arguments)
                QVERIFY(help.contains(a.name));
            for (const OptionSpec &o : c.options) {
                QVERIFY2(!o.description.isEmpty(), qPrintable(o.names.constFirst()));
                QVERIFY2(help.contains(u"--"_s + o.names.constFirst()),
                         qPrintable(c.path() + u" --"_s + o.names.constFirst()));
                QVERIFY2(man.contains(u"\\-\\-"_s
                                      + QString(o.names.constFirst()).replace(u"-"_s, u"\\-"_s)),
                         qPrintable(o.names.constFirst()));
            }
        }
        for (const OptionSpec &o : globalOptions())
            QVERIFY(overview.contains(u"--"_s + o.names.constFirst()));
        // What the brief asks the help to explain.
        for (const QString &needle :
             {u"PAXOS_CLIENT_ID"_s, u"PAXOS_CLIENT_SECRET"_s, u"compliance-console"_s,
              u"client-secret/ENV/CLIENT_ID"_s, u"130"_s, u"PAXOSCTL_OPERATOR"_s,
              u"PAXOSCTL_STORE"_s, u"--store none"_s, u"audit verify"_s})
            QVERIFY2(overview.contains(needle), qPrintable(needle));
        for (const QString &variable :
             {u"PAXOSCTL_STORE"_s, u"PAXOSCTL_STORE_PASSWORD"_s, u"PAXOSCTL_OPERATOR"_s})
            QVERIFY2(man.contains(u".B "_s + variable + u'\n'), qPrintable(variable));
    }

    // The table is the program: every row has a handler, a help page and a man page entry,
    // paths are unique, and each group's rows carry its name.
    void everyRowIsComplete()
    {
        QStringList paths;
        qsizetype rows = 0;
        for (const CommandGroup &group : commandGroupList()) {
            QVERIFY(!group.commands.isEmpty());
            QVERIFY2(!groupSummary(group.name).isEmpty(), qPrintable(group.name));
            for (const CommandSpec &c : group.commands) {
                QCOMPARE(c.group, group.name);
                QVERIFY2(c.handler, qPrintable(c.path()));
                QVERIFY2(!paths.contains(c.path()), qPrintable(c.path()));
                paths << c.path();
                QCOMPARE(findCommand(c.group, c.name), &commandTable().at(rows));
                ++rows;
            }
        }
        QCOMPARE(rows, commandTable().size());
        const QString man = manPage();
        for (const CommandSpec &c : commandTable()) {
            QVERIFY2(
                helpText(c.path()).startsWith(u"Usage: paxosctl [GLOBAL OPTIONS] "_s + c.path()),
                qPrintable(c.path()));
            QVERIFY2(
                man.contains(u".SS \""_s + QString(c.path()).replace(u"-"_s, u"\\-"_s) + u"\"\n"_s),
                qPrintable(c.path()));
            const ParseResult parsed =
                parseCommandLine(QStringList{u"paxosctl"_s} + c.path().split(u' ')
                                 + QStringList(c.arguments.size(), u"x"_s));
            QVERIFY2(parsed.invocation, qPrintable(parsed.error));
            QCOMPARE(parsed.invocation->command, &c);
        }
    }

    void committedManPageIsGenerated()
    {
        QFile file(QStringLiteral(PAXOSCTL_MAN_PAGE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromUtf8(file.readAll()), manPage());
    }

    void resolvesEnvironments_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<bool>("demoClient");
        QTest::newRow("local") << u"local"_s << u"local"_s
                               << u"http://127.0.0.1:8640/oauth2/token"_s
                               << u"http://127.0.0.1:8640/v2"_s << true;
        QTest::newRow("sandbox") << u"sandbox"_s << u"sandbox"_s
                                 << u"https://oauth.sandbox.paxos.com/oauth2/token"_s
                                 << u"https://api.sandbox.paxos.com/v2"_s << false;
        QTest::newRow("production")
            << u"production"_s << u"production"_s << u"https://oauth.paxos.com/oauth2/token"_s
            << u"https://api.paxos.com/v2"_s << false;
        QTest::newRow("url") << u"http://127.0.0.1:4000"_s << u"custom"_s
                             << u"http://127.0.0.1:4000/oauth2/token"_s
                             << u"http://127.0.0.1:4000/v2"_s << true;
        QTest::newRow("url with /v2/")
            << u"http://127.0.0.1:4000/v2/"_s << u"custom"_s
            << u"http://127.0.0.1:4000/oauth2/token"_s << u"http://127.0.0.1:4000/v2"_s << true;
    }

    void resolvesEnvironments()
    {
        QFETCH(QString, env);
        QFETCH(QString, key);
        QFETCH(QString, tokenUrl);
        QFETCH(QString, apiBase);
        QFETCH(bool, demoClient);
        QString error;
        const auto r = resolveEnvironment(env, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->key, key);
        QCOMPARE(r->environment.tokenUrl().toString(), tokenUrl);
        QCOMPARE(r->environment.apiBase().toString(), apiBase);
        QCOMPARE(r->isPaxosSandboxServer, demoClient);
    }

    // --yes is asked for by destination: a URL on Paxos's production host is Production.
    void productionByHost()
    {
        QString error;
        const auto r = resolveEnvironment(u"https://api.paxos.com"_s, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->environment.isProduction());
        QVERIFY(!resolveEnvironment(u"https://api.sandbox.paxos.com"_s, &error)
                     ->environment.isProduction());
    }

    void rejectsBadEnvironments_data()
    {
        QTest::addColumn<QString>("env");
        QTest::newRow("word") << u"staging"_s;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s;
        QTest::newRow("no host") << u"http://"_s;
        QTest::newRow("plain http to a remote host") << u"http://api.example.test/v2"_s;
    }

    void rejectsBadEnvironments()
    {
        QFETCH(QString, env);
        QString error;
        QVERIFY(!resolveEnvironment(env, &error));
        QVERIFY(error.contains(u"--env"_s));
    }

    void exitCodes_data()
    {
        QTest::addColumn<paxos::ApiError>("error");
        QTest::addColumn<int>("code");
        const auto http = [](int status) {
            return paxos::ApiError::fromHttp(status,
                                             R"({"type":"about:blank","title":"x","status":)"
                                                 + QByteArray::number(status)
                                                 + R"(,"detail":"d"})");
        };
        QTest::newRow("400") << http(400) << int(ExitApiProblem);
        QTest::newRow("404") << http(404) << int(ExitApiProblem);
        QTest::newRow("500") << http(500) << int(ExitApiProblem);
        QTest::newRow("401") << http(401) << int(ExitNetworkOrAuth);
        QTest::newRow("403") << http(403) << int(ExitNetworkOrAuth);
        QTest::newRow("network") << paxos::ApiError::network(u"refused"_s)
                                 << int(ExitNetworkOrAuth);
        QTest::newRow("timeout") << paxos::ApiError::timeout(1000) << int(ExitNetworkOrAuth);
        QTest::newRow("auth") << paxos::ApiError::authentication(401, {}) << int(ExitNetworkOrAuth);
        QTest::newRow("scope") << paxos::ApiError::missingScope({u"events:read_event"_s})
                               << int(ExitNetworkOrAuth);
        QTest::newRow("cancelled") << paxos::ApiError::cancelled() << int(ExitInterrupted);
        QTest::newRow("invalid") << paxos::ApiError::invalidArgument(u"x"_s) << int(ExitUsage);
        QTest::newRow("decode") << paxos::ApiError::decode(u"x"_s) << int(ExitApiProblem);
    }

    void exitCodes()
    {
        QFETCH(paxos::ApiError, error);
        QFETCH(int, code);
        QCOMPARE(exitCodeFor(error), code);
    }

    void conflictPrintsExistingId()
    {
        const QByteArray body =
            R"({"type":"https://developer.paxos.com/docs/v2/problems/already-exists",)"
            R"("title":"Already Exists","status":409,)"
            R"("detail":"duplicate (cip_id, cip_id_type, cip_id_country) provided",)"
            R"("meta":{"existing":{"id":"0d3d7a4e-1111-4c4c-8888-123456789abc"}}})";
        const paxos::ApiError error = paxos::ApiError::fromHttp(409, body);
        QCOMPARE(exitCodeFor(error), int(ExitApiProblem));
        const QString text = errorText(error);
        QVERIFY(text.startsWith(u"paxosctl: "_s));
        QVERIFY(
            text.contains(u"type: https://developer.paxos.com/docs/v2/problems/already-exists"_s));
        QVERIFY(text.contains(u"title: Already Exists"_s));
        QVERIFY(text.contains(u"detail: duplicate (cip_id"_s));
        QVERIFY(text.contains(u"existing id: 0d3d7a4e-1111-4c4c-8888-123456789abc"_s));
        const QJsonObject json = errorJson(error);
        QCOMPARE(json.value(u"existing_id"_s).toString(),
                 u"0d3d7a4e-1111-4c4c-8888-123456789abc"_s);
        QCOMPARE(json.value(u"status"_s).toInt(), 409);
        QCOMPARE(json.value(u"error"_s).toString(),
                 paxos::ApiError::kindKey(paxos::ApiError::Kind::DuplicateCipId));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"

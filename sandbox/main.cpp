// paxos-sandbox: command-line parsing around sandbox::Server.
#include "sandbox/server.h"
#include "sandbox/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("paxos-sandbox", text);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "paxos-sandbox: %s\n", qPrintable(message));
    std::exit(2);
}

double rateOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        fail(tr("--%1 must be a share between 0 and 1").arg(name));
    return value;
}

int intOption(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(tr("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return value;
}

// Reads a secret-bearing file, warning when others may read it too.
QString readSecretFile(const QString &path, const QString &option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
    if (QFileInfo(file).permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        std::fprintf(stderr, "paxos-sandbox: %s\n",
                     qPrintable(tr("warning: %1 holds secrets but others may read it "
                                   "(chmod 600)")
                                    .arg(path)));
    const qint64 kMaxSecretFile = 64 * 1024;
    if (file.size() > kMaxSecretFile)
        fail(tr("--%1: %2 is larger than 64 KiB").arg(option, path));
    return QString::fromUtf8(file.read(kMaxSecretFile));
}

// One ID:SECRET[:SCOPES] client, from the command line, a file or the environment (`from`
// names which, for the error message; never the spec itself, which holds the secret).
sandbox::ClientCredentials parseClient(const QString &spec, const QString &from)
{
    // Scopes contain ':' themselves, so split only twice.
    const QString id = spec.section(u':', 0, 0).trimmed();
    const QString secret = spec.section(u':', 1, 1).trimmed();
    const QString scopes = spec.section(u':', 2).trimmed();
    if (id.isEmpty() || secret.isEmpty())
        fail(tr("%1 must be ID:SECRET[:SCOPE,SCOPE...]").arg(from));
    sandbox::ClientCredentials client{id, secret, {}};
    client.scopes = scopes.split(u',', Qt::SkipEmptyParts);
    for (const QString &scope : std::as_const(client.scopes)) {
        if (!sandbox::enums::scopes().contains(scope))
            fail(tr("%1: unknown scope %2").arg(from, scope));
    }
    return client;
}

// Clients listed one per line (or separated by white space); '#' starts a comment line.
QList<sandbox::ClientCredentials> parseClientList(const QString &text, const QString &from)
{
    QList<sandbox::ClientCredentials> clients;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        const QStringList specs = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        for (const QString &spec : specs)
            clients << parseClient(spec, from);
    }
    return clients;
}

// "Name: value" for a webhook.
void setWebhookHeader(sandbox::WebhookTarget *target, const QString &header, const QString &from)
{
    const QString line = header.trimmed();
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || line.contains(u'\n'))
        fail(tr("%1 must be one 'Name: value' line").arg(from));
    target->headerName = line.left(colon).trimmed();
    target->headerValue = line.mid(colon + 1).trimmed();
}

// More connections than the default soft limit of 1024 descriptors can be open at once (the
// server caps them itself), so the soft limit is raised as far as the hard one allows.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted =
        limit.rlim_max == RLIM_INFINITY ? 65536 : qMin<rlim_t>(limit.rlim_max, 65536);
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paxos-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A stateful local Paxos Sandbox: OAuth at /oauth2/token, the Identity API under "
           "/v2/, emulator controls under /sandbox-admin/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&](const QString &name, const char *help, const QString &valueName = {},
                         const QString &def = {}) {
        parser.addOption(QCommandLineOption(name, tr(help), valueName, def));
    };
    opt(u"host"_s, "Address to listen on.", u"ADDRESS"_s, u"127.0.0.1"_s);
    opt(u"port"_s, "Port to listen on; 0 picks a free one.", u"PORT"_s, u"8640"_s);
    opt(u"data-dir"_s, "Keep state in DIR/sandbox.sqlite (default: the user data directory).",
        u"DIR"_s);
    opt(u"in-memory"_s, "Keep state in memory only (for tests).");
    opt(u"client"_s,
        "An OAuth client ID:SECRET[:SCOPE,SCOPE...] (repeatable). The secret shows in the "
        "process list: prefer --client-file or PAXOS_SANDBOX_CLIENTS.",
        u"ID:SECRET[:SCOPES]"_s);
    opt(u"client-file"_s,
        "Read OAuth clients, one ID:SECRET[:SCOPES] per line, from FILE (repeatable).", u"FILE"_s);
    opt(u"webhook"_s, "POST event notifications to URL (repeatable).", u"URL"_s);
    opt(u"webhook-header"_s,
        "'Name: value' header for the preceding --webhook (shows in the process list: prefer "
        "--webhook-header-file or --webhook-header-env).",
        u"HEADER"_s);
    opt(u"webhook-header-file"_s, "Read the preceding --webhook's 'Name: value' header from FILE.",
        u"FILE"_s);
    opt(u"webhook-header-env"_s,
        "Read the preceding --webhook's 'Name: value' header from environment variable VAR.",
        u"VAR"_s);
    opt(u"max-connections"_s, "Answer 503 to connections past N open ones.", u"N"_s, u"1024"_s);
    opt(u"header-timeout"_s, "Seconds a request head may take to arrive (408 after).", u"SECONDS"_s,
        u"10"_s);
    opt(u"idle-timeout"_s, "Close a connection silent for SECONDS.", u"SECONDS"_s, u"120"_s);
    opt(u"webhook-retry-base"_s, "First webhook retry delay in milliseconds.", u"MS"_s, u"5000"_s);
    opt(u"webhook-retry-window"_s, "Give up webhook retries after SECONDS.", u"SECONDS"_s,
        u"86400"_s);
    opt(u"token-ttl"_s, "Access-token lifetime in seconds.", u"SECONDS"_s, u"3599"_s);
    opt(u"seed-identities"_s, "Create N realistic identities in an empty store.", u"N"_s, u"0"_s);
    opt(u"seed"_s, "Random seed for --seed-identities.", u"SEED"_s, u"20260401"_s);
    opt(u"log-requests"_s, "Log one line per request (method, path, status, time) to stderr.");
    opt(u"enforce-rate-limits"_s, "Answer 429 past Paxos' documented per-endpoint limits.");
    opt(u"rate-limit-window"_s, "Rate-limit averaging window in seconds.", u"SECONDS"_s, u"300"_s);
    opt(u"kyc-refresh-window"_s,
        "Seconds a KYC refresh stays open before it expires (default 30 days).", u"SECONDS"_s,
        u"2592000"_s);
    opt(u"fault-latency"_s, "Add MS milliseconds to every API answer.", u"MS"_s, u"0"_s);
    opt(u"fault-500"_s, "Share of API requests answered 500.", u"SHARE"_s, u"0"_s);
    opt(u"fault-503"_s, "Share of API requests answered 503.", u"SHARE"_s, u"0"_s);
    opt(u"fault-drop"_s, "Share of API requests whose connection is dropped.", u"SHARE"_s, u"0"_s);
    opt(u"fault-malformed"_s, "Share of API requests answered with a broken JSON body.", u"SHARE"_s,
        u"0"_s);
    opt(u"fault-429-burst"_s, "Answer the next N API requests 429.", u"N"_s, u"0"_s);
    opt(u"fault-retry-after"_s, "Retry-After seconds on injected 429s (-1: no header).",
        u"SECONDS"_s, u"-1"_s);
    parser.process(app);

    if (parser.isSet(u"log-requests"_s))
        QLoggingCategory::setFilterRules(u"sandbox.http.debug=true"_s);

    sandbox::ServerOptions options;
    const QString host = parser.value(u"host"_s);
    options.host =
        host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (options.host.isNull())
        fail(tr("--host must be an IP address or localhost"));
    options.port = quint16(intOption(parser, u"port"_s, 0, 65535));
    options.inMemory = parser.isSet(u"in-memory"_s);
    if (options.inMemory && parser.isSet(u"data-dir"_s))
        fail(tr("--data-dir and --in-memory exclude each other"));
    options.dataDir = parser.isSet(u"data-dir"_s)
        ? parser.value(u"data-dir"_s)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    for (const QString &spec : parser.values(u"client"_s))
        options.clients << parseClient(spec, u"--client"_s);
    for (const QString &file : parser.values(u"client-file"_s))
        options.clients << parseClientList(readSecretFile(file, u"client-file"_s),
                                           u"a client in "_s + file);
    // The environment is not visible to other users the way the command line is.
    const QString envClients = qEnvironmentVariable("PAXOS_SANDBOX_CLIENTS");
    if (!envClients.trimmed().isEmpty())
        options.clients << parseClientList(envClients, u"a client in PAXOS_SANDBOX_CLIENTS"_s);
    // --webhook-header belongs to the --webhook before it, so walk the raw arguments.
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        const qsizetype eq = arg.indexOf(u'=');
        if (arg.startsWith(u"--") && eq > 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(i + 1);
        }
        if (arg == u"--webhook") {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != u"http" && url.scheme() != u"https"))
                fail(tr("--webhook must be an absolute http(s) URL"));
            options.webhooks << sandbox::WebhookTarget{url, {}, {}};
        } else if (arg == u"--webhook-header" || arg == u"--webhook-header-file"
                   || arg == u"--webhook-header-env") {
            if (options.webhooks.isEmpty())
                fail(tr("%1 must follow a --webhook").arg(arg));
            QString header = value;
            if (arg == u"--webhook-header-file") {
                header = readSecretFile(value, u"webhook-header-file"_s);
            } else if (arg == u"--webhook-header-env") {
                if (!qEnvironmentVariableIsSet(value.toLocal8Bit().constData()))
                    fail(tr("--webhook-header-env: %1 is not set").arg(value));
                header = qEnvironmentVariable(value.toLocal8Bit().constData());
            }
            setWebhookHeader(&options.webhooks.last(), header, arg);
        }
    }
    options.webhookRetryBaseMs = intOption(parser, u"webhook-retry-base"_s, 1, 3600000);
    options.webhookRetryWindowMs =
        qint64(intOption(parser, u"webhook-retry-window"_s, 0, 7 * 86400)) * 1000;
    options.tokenTtlSeconds = intOption(parser, u"token-ttl"_s, 1, 30 * 86400);
    options.seedIdentities = intOption(parser, u"seed-identities"_s, 0, 10000000);
    options.seed = quint32(intOption(parser, u"seed"_s, 0, std::numeric_limits<int>::max()));
    options.enforceRateLimits = parser.isSet(u"enforce-rate-limits"_s);
    options.rateLimitWindowSeconds = intOption(parser, u"rate-limit-window"_s, 1, 3600);
    options.kycRefreshWindowSeconds =
        intOption(parser, u"kyc-refresh-window"_s, 1, 366 * 24 * 3600);
    options.maxConnections = intOption(parser, u"max-connections"_s, 1, 100000);
    options.headerTimeoutMs = intOption(parser, u"header-timeout"_s, 1, 3600) * 1000;
    options.idleTimeoutMs = intOption(parser, u"idle-timeout"_s, 1, 86400) * 1000;
    options.faults.latencyMs = intOption(parser, u"fault-latency"_s, 0, 600000);
    options.faults.error500Rate = rateOption(parser, u"fault-500"_s);
    options.faults.error503Rate = rateOption(parser, u"fault-503"_s);
    options.faults.dropRate = rateOption(parser, u"fault-drop"_s);
    options.faults.malformedRate = rateOption(parser, u"fault-malformed"_s);
    options.faults.burst429 = intOption(parser, u"fault-429-burst"_s, 0, 1000000);
    options.faults.retryAfterSeconds = intOption(parser, u"fault-retry-after"_s, -1, 86400);

    raiseDescriptorLimit();
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        fail(tr("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto bytes = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    sandbox::Server server(options);
    QString error;
    if (!server.start(&error))
        fail(tr("cannot start: %1").arg(error));
    if (options.clients.isEmpty()) {
        const sandbox::ClientCredentials demo = sandbox::demoClient();
        std::printf("demo client: client_id=%s client_secret=%s (every scope)\n",
                    qPrintable(demo.id), qPrintable(demo.secret));
    }
    std::printf("state: %s\n",
                options.inMemory ? "in memory"
                                 : qPrintable(options.dataDir + u"/sandbox.sqlite"_s));
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    const int rc = app.exec();
    server.stop();
    std::printf("paxos-sandbox stopped\n");
    return rc;
}

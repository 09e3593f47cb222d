#include "cli/runner.h"

#include "cli/auditrecorder.h"
#include "cli/runcontext.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/net/connection.h"
#include "paxos/net/redaction.h"
#include "paxos/net/requestlog.h"

#include <QTextStream>

#ifdef PAXOSCTL_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

// The demo client every paxos-sandbox has unless started with other --client options.
const QString kDemoClientId = u"demo"_s;
const QString kDemoClientSecret = u"demo-secret"_s;
// The keychain service the console writes client secrets to.
const QString kKeychainService = u"compliance-console"_s;

QString headerLines(const QString &prefix, const paxos::redact::HeaderList &headers)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += prefix + QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return out;
}

} // namespace

Runner::Runner(Invocation invocation, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_ctx(new RunContext(std::move(invocation), out, err, this))
    , m_err(err)
{
    connect(m_ctx, &RunContext::finished, this, &Runner::finished);
}

Runner::~Runner() = default;

void Runner::interrupt()
{
    m_ctx->interrupt();
}

void Runner::start()
{
    RunContext &ctx = *m_ctx;
    const CommandSpec &command = ctx.command();
    const GlobalOptions &global = ctx.invocation().global;
    QString error;
    const auto env = resolveEnvironment(global.env, &error);
    if (!env)
        return ctx.usageError(error);
    ctx.setEnvironment(*env);
    // The admin API's commands are refused before any credential or store is looked at.
    if (command.sandboxAdminOnly && !paxos::SandboxAdminJob::isAvailable(env->environment))
        return ctx.usageError(tr("%1 exists only on a paxos-sandbox on this computer (--env "
                                 "local, or its http://127.0.0.1:PORT URL)")
                                  .arg(command.path()));
    // The environment alone says whether it is Production.
    if (env->environment.isProduction() && command.writes && !global.yes)
        return ctx.usageError(
            tr("%1 changes production data; add --yes to confirm").arg(command.path()));

    const bool callsApi = command.callsApi();
    if (callsApi && !command.writes)
        return startApi(); // reads never open the store
    QString storeText = global.store;
    if (storeText.isEmpty())
        storeText = qEnvironmentVariable("PAXOSCTL_STORE");
    const auto spec = parseStoreSpec(storeText, &error);
    if (!spec)
        return ctx.usageError(error);
    if (spec->kind == StoreSpec::Kind::None) {
        if (!callsApi)
            return ctx.usageError(tr("%1 reads the audit trail, and --store none names no store")
                                      .arg(command.path()));
        return startApi();
    }
    QString operatorName = global.operatorName;
    if (operatorName.isEmpty())
        operatorName = qEnvironmentVariable("PAXOSCTL_OPERATOR");
    // The same person at the same desk signs as the console does.
    if (operatorName.trimmed().isEmpty())
        operatorName = consoleOperatorName();
    auto *recorder = new AuditRecorder(this);
    recorder->setOperator(console::Operator::fromEnvironment(operatorName.trimmed()));
    recorder->setEnvironment(environmentDisplayName(*env));
    ctx.setRecorder(recorder);
    recorder->open(*spec, [this, callsApi](const QString &storeError) {
        RunContext &ctx = *m_ctx;
        if (ctx.isFinished())
            return;
        if (!storeError.isEmpty()) {
            // Refused before anything is sent: an unrecorded write is the user's choice.
            if (callsApi)
                ctx.warn(tr("%1 was not sent: the audit store cannot be opened: %2\n"
                            "  --store PATH records in another file; --store none runs it "
                            "without recording")
                             .arg(ctx.command().path(), storeError));
            else
                ctx.warn(tr("the audit store cannot be opened: %1").arg(storeError));
            return ctx.done(ExitApiProblem);
        }
        if (!callsApi)
            return dispatch();
        startApi();
    });
}

void Runner::startApi()
{
    RunContext &ctx = *m_ctx;
    QString clientId = ctx.invocation().global.clientId;
    if (clientId.isEmpty())
        clientId = qEnvironmentVariable("PAXOS_CLIENT_ID");
    const QString secret = qEnvironmentVariable("PAXOS_CLIENT_SECRET");
    if (clientId.isEmpty() && secret.isEmpty() && ctx.environment().isPaxosSandboxServer)
        return haveCredentials(kDemoClientId, kDemoClientSecret);
    if (clientId.isEmpty()) {
        ctx.warn(tr("no client id: set PAXOS_CLIENT_ID or pass --client-id"));
        return ctx.done(ExitNetworkOrAuth);
    }
    if (!secret.isEmpty())
        return haveCredentials(clientId, secret);
    readSecretFromKeychain(clientId);
}

void Runner::readSecretFromKeychain(const QString &clientId)
{
    const QString key = u"client-secret/%1/%2"_s.arg(m_ctx->environment().key, clientId);
#ifdef PAXOSCTL_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    m_keychainJob = job;
    connect(job, &QKeychain::Job::finished, this, [this, job, clientId, key] {
        if (m_ctx->isFinished())
            return;
        if (job->error() != QKeychain::NoError || job->textData().isEmpty()) {
            m_ctx->warn(tr("no client secret: set PAXOS_CLIENT_SECRET, or save it in the keychain "
                           "(service \"%1\", key \"%2\"): %3")
                            .arg(kKeychainService, key, job->errorString()));
            return m_ctx->done(ExitNetworkOrAuth);
        }
        haveCredentials(clientId, job->textData());
    });
    job->start();
#else
    m_ctx->warn(tr("no client secret: set PAXOS_CLIENT_SECRET (this paxosctl was built without "
                   "keychain support, so key \"%1\" cannot be read)")
                    .arg(key));
    m_ctx->done(ExitNetworkOrAuth);
#endif
}

void Runner::haveCredentials(const QString &clientId, const QString &secret)
{
    RunContext &ctx = *m_ctx;
    const GlobalOptions &global = ctx.invocation().global;
    auto *connection = new paxos::Connection(&ctx);
    connection->setEnvironment(ctx.environment().environment);
    connection->setTimeoutMs(global.timeoutSeconds * 1000);
    // Against a remote Paxos a listing's time is its rounds of latency: more calls at once,
    // fewer rounds (bench/README.md). Imports keep their own bound (4 in flight).
    connection->setMaxInFlight(global.parallel);
    // A local paxos-sandbox limits nothing unless told to, so it is unpaced by default; one
    // that enforces says so only with a 429, and then throttles for a whole window. The
    // person who started it with --enforce-rate-limits knows its window and says so here.
    if (global.rateLimitWindowSeconds > 0) {
        connection->setPacing(paxos::Connection::Pacing::On);
        connection->setRateWindowMs(qint64(global.rateLimitWindowSeconds) * 1000);
    }
    if (global.verbose || global.curl)
        connect(connection->requestLog(), &paxos::RequestLog::entryAdded, this,
                &Runner::printLogEntry);
    // Only --verbose shows response bodies: without it none is kept (a listing's pages
    // would each be redacted and held for nothing).
    connection->requestLog()->setKeepResponseBodies(global.verbose);
    ctx.setConnection(connection, clientId, secret);
    dispatch();
}

void Runner::printLogEntry(const paxos::RequestLogEntry &e)
{
    if (m_ctx->invocation().global.curl)
        m_err << paxos::toCurl(e) << u"\n\n"_s;
    if (m_ctx->invocation().global.verbose) {
        QString text = u"* %1 (attempt %2)\n"_s.arg(e.operation).arg(e.attempt);
        text += u"> "_s + QString::fromLatin1(e.method) + u' ' + e.url.toString(QUrl::FullyEncoded)
            + u'\n';
        text += headerLines(u"> "_s, e.requestHeaders);
        if (!e.requestBody.isEmpty())
            text += u">\n"_s + QString::fromUtf8(e.requestBody) + u'\n';
        if (e.httpStatus)
            text += u"< %1 (%2 ms)\n"_s.arg(e.httpStatus).arg(e.durationMs);
        else
            text +=
                u"< "_s + tr("no response: %1").arg(e.error) + u" (%1 ms)\n"_s.arg(e.durationMs);
        text += headerLines(u"< "_s, e.responseHeaders);
        if (!e.responseBody.isEmpty())
            text += u"<\n"_s + QString::fromUtf8(e.responseBody) + u'\n';
        m_err << text << u'\n';
    }
    m_err.flush();
}

void Runner::dispatch()
{
    // Every row has a handler (a unit test holds the table to it).
    m_ctx->command().handler(*m_ctx);
}

} // namespace paxosctl

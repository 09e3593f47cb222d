#include "cli/runner.h"

#include "cli/auditrecorder.h"
#include "core/record/auditcsvexport.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/controljobs.h"
#include "paxos/api/documentjobs.h"
#include "paxos/api/eventfollower.h"
#include "paxos/api/eventjobs.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "paxos/model/validation.h"
#include "paxos/net/connection.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#ifdef PAXOSCTL_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paxosctl {

namespace {

// The demo client every paxos-sandbox has unless started with other --client options.
const QString kDemoClientId = u"demo"_s;
const QString kDemoClientSecret = u"demo-secret"_s;
// The keychain service the console writes client secrets to.
const QString kKeychainService = u"compliance-console"_s;

QJsonArray rawArray(const auto &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.raw.isEmpty() ? item.toJson() : item.raw);
    return array;
}

QJsonObject rawOf(const auto &value)
{
    return value.raw.isEmpty() ? value.toJson() : value.raw;
}

QString headerLines(const QString &prefix, const paxos::redact::HeaderList &headers)
{
    QString out;
    for (const auto &[name, value] : headers)
        out += prefix + QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return out;
}

} // namespace

std::optional<ResolvedEnvironment> resolveEnvironment(const QString &env, QString *error)
{
    ResolvedEnvironment r;
    if (env == u"local") {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(kLocalSandboxPort);
        r.environment = paxos::Environment::localSandbox(url);
        r.key = u"local"_s;
        r.isPaxosSandboxServer = true;
        return r;
    }
    if (env == u"sandbox") {
        r.environment = paxos::Environment::paxosSandbox();
        r.key = u"sandbox"_s;
        return r;
    }
    if (env == u"production") {
        r.environment = paxos::Environment::production();
        r.key = u"production"_s;
        return r;
    }
    QUrl url(env, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        if (error)
            *error = tr("--env must be local, sandbox, production or an http(s) URL, not \"%1\"")
                         .arg(env);
        return std::nullopt;
    }
    // Accept the server root as well as its API base ("…/v2").
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v2"))
        path.chop(3);
    url.setPath(path);
    QUrl tokenUrl = url;
    tokenUrl.setPath(path + u"/oauth2/token"_s);
    QUrl apiBase = url;
    apiBase.setPath(path + u"/v2"_s);
    r.environment = paxos::Environment::custom(tokenUrl, apiBase);
    r.key = u"custom"_s;
    r.isPaxosSandboxServer = true;
    return r;
}

int exitCodeFor(const paxos::ApiError &error)
{
    using Kind = paxos::ApiError::Kind;
    switch (error.kind()) {
    case Kind::Problem:
        return (error.httpStatus() == 401 || error.httpStatus() == 403) ? ExitNetworkOrAuth
                                                                        : ExitApiProblem;
    case Kind::DuplicateCipId:
    case Kind::DuplicateRefId:
    case Kind::Decode:
        return ExitApiProblem;
    case Kind::MissingScope:
    case Kind::Authentication:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::NotConfigured:
        return ExitNetworkOrAuth;
    case Kind::Cancelled:
        return ExitInterrupted;
    case Kind::InvalidArgument:
        return ExitUsage;
    }
    return ExitApiProblem;
}

QString errorText(const paxos::ApiError &error)
{
    QString out = u"paxosctl: "_s + error.message() + u'\n';
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += u"  "_s + label + u": "_s + value + u'\n';
    };
    if (const auto &p = error.problem()) {
        line(tr("type"), p->type);
        line(tr("title"), p->title);
        line(tr("status"), p->status ? QString::number(p->status) : QString());
        line(tr("detail"), p->detail);
    } else {
        line(tr("detail"), error.detail());
    }
    if (!error.scopes().isEmpty())
        line(tr("missing scopes"), error.scopes().join(u' '));
    line(tr("existing id"), error.existingId());
    return out;
}

QJsonObject errorJson(const paxos::ApiError &error)
{
    QJsonObject obj{{u"error"_s, paxos::ApiError::kindKey(error.kind())},
                    {u"message"_s, error.message()}};
    if (const auto &p = error.problem()) {
        obj.insert(u"type"_s, p->type);
        obj.insert(u"title"_s, p->title);
        obj.insert(u"status"_s, p->status);
        obj.insert(u"detail"_s, p->detail);
    } else if (!error.detail().isEmpty()) {
        obj.insert(u"detail"_s, error.detail());
    }
    if (!error.existingId().isEmpty())
        obj.insert(u"existing_id"_s, error.existingId());
    return obj;
}

Runner::Runner(Invocation invocation, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_inv(std::move(invocation))
    , m_out(out)
    , m_err(err)
    , m_output(out, m_inv.global.format, m_inv.global.reveal ? Pii::Revealed : Pii::Masked)
{
    m_output.setRevealGate([this](const QStringList &fields, const QString &identityId) {
        return recordReveal(fields, identityId);
    });
}

Runner::~Runner() = default;

void Runner::start()
{
    QString error;
    const auto env = resolveEnvironment(m_inv.global.env, &error);
    if (!env)
        return usageError(error);
    m_env = *env;
    // The admin API's commands are refused before any credential or store is looked at.
    const CommandId id = m_inv.command->id;
    if ((id == CommandId::SandboxSeed || id == CommandId::IdentitiesScenario)
        && !requireSandboxAdmin(m_inv.command->path()))
        return;
    if (m_env.environment.isProduction() && m_inv.command->writes && !m_inv.global.yes)
        return usageError(
            tr("%1 changes production data; add --yes to confirm").arg(m_inv.command->path()));

    const bool callsApi = m_inv.command->callsApi();
    if (callsApi && !m_inv.command->writes)
        return startApi(); // reads never open the store
    QString storeText = m_inv.global.store;
    if (storeText.isEmpty())
        storeText = qEnvironmentVariable("PAXOSCTL_STORE");
    const auto spec = parseStoreSpec(storeText, &error);
    if (!spec)
        return usageError(error);
    if (spec->kind == StoreSpec::Kind::None) {
        if (!callsApi)
            return usageError(tr("%1 reads the audit trail, and --store none names no store")
                                  .arg(m_inv.command->path()));
        return startApi();
    }
    QString operatorName = m_inv.global.operatorName;
    if (operatorName.isEmpty())
        operatorName = qEnvironmentVariable("PAXOSCTL_OPERATOR");
    // The same person at the same desk signs as the console does.
    if (operatorName.trimmed().isEmpty())
        operatorName = consoleOperatorName();
    m_recorder = new AuditRecorder(this);
    m_recorder->setOperator(console::Operator::fromEnvironment(operatorName.trimmed()));
    m_recorder->setEnvironment(environmentDisplayName(m_env));
    m_recorder->open(*spec, [this, callsApi](const QString &storeError) {
        if (m_finished)
            return;
        if (!storeError.isEmpty()) {
            // Refused before anything is sent: an unrecorded write is the user's choice.
            if (callsApi)
                warn(tr("%1 was not sent: the audit store cannot be opened: %2\n"
                        "  --store PATH records in another file; --store none runs it without "
                        "recording")
                         .arg(m_inv.command->path(), storeError));
            else
                warn(tr("the audit store cannot be opened: %1").arg(storeError));
            return done(ExitApiProblem);
        }
        if (!callsApi)
            return dispatch();
        startApi();
    });
}

void Runner::startApi()
{
    QString clientId = m_inv.global.clientId;
    if (clientId.isEmpty())
        clientId = qEnvironmentVariable("PAXOS_CLIENT_ID");
    const QString secret = qEnvironmentVariable("PAXOS_CLIENT_SECRET");
    if (clientId.isEmpty() && secret.isEmpty() && m_env.isPaxosSandboxServer)
        return haveCredentials(kDemoClientId, kDemoClientSecret);
    if (clientId.isEmpty()) {
        warn(tr("no client id: set PAXOS_CLIENT_ID or pass --client-id"));
        return done(ExitNetworkOrAuth);
    }
    if (!secret.isEmpty())
        return haveCredentials(clientId, secret);
    readSecretFromKeychain(clientId);
}

void Runner::readSecretFromKeychain(const QString &clientId)
{
    const QString key = u"client-secret/%1/%2"_s.arg(m_env.key, clientId);
#ifdef PAXOSCTL_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    m_keychainJob = job;
    connect(job, &QKeychain::Job::finished, this, [this, job, clientId, key] {
        if (m_finished)
            return;
        if (job->error() != QKeychain::NoError || job->textData().isEmpty()) {
            warn(tr("no client secret: set PAXOS_CLIENT_SECRET, or save it in the keychain "
                    "(service \"%1\", key \"%2\"): %3")
                     .arg(kKeychainService, key, job->errorString()));
            return done(ExitNetworkOrAuth);
        }
        haveCredentials(clientId, job->textData());
    });
    job->start();
#else
    warn(tr("no client secret: set PAXOS_CLIENT_SECRET (this paxosctl was built without "
            "keychain support, so key \"%1\" cannot be read)")
             .arg(key));
    done(ExitNetworkOrAuth);
#endif
}

void Runner::haveCredentials(const QString &clientId, const QString &secret)
{
    m_connection = new paxos::Connection(this);
    m_connection->setEnvironment(m_env.environment);
    m_connection->setTimeoutMs(m_inv.global.timeoutSeconds * 1000);
    QStringList scopes = m_inv.command->scopes;
    if (m_inv.command->id == CommandId::Token)
        scopes =
            m_inv.isSet(u"scope"_s) ? m_inv.values(u"scope"_s) : paxos::Connection::allScopes();
    m_connection->setCredentials(clientId, secret, scopes);
    if (m_inv.global.verbose || m_inv.global.curl)
        connect(m_connection->requestLog(), &paxos::RequestLog::entryAdded, this,
                &Runner::printLogEntry);
    if (m_recorder)
        connect(m_connection->requestLog(), &paxos::RequestLog::entryAdded, this,
                [this](const paxos::RequestLogEntry &e) {
                    if (e.httpStatus != 0)
                        m_requestIds.insert(e.operation, e.requestId);
                });
    dispatch();
}

void Runner::printLogEntry(const paxos::RequestLogEntry &e)
{
    if (m_inv.global.curl)
        m_err << paxos::toCurl(e) << u"\n\n"_s;
    if (m_inv.global.verbose) {
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
    switch (m_inv.command->id) {
    case CommandId::Token:
        return runToken();
    case CommandId::IdentitiesList:
        return runIdentitiesList();
    case CommandId::IdentitiesGet:
        return runIdentitiesGet();
    case CommandId::IdentitiesCreate:
        return runIdentitiesCreate();
    case CommandId::IdentitiesUpdate:
        return runIdentitiesUpdate();
    case CommandId::IdentitiesSandboxStatus:
        return runSandboxStatus();
    case CommandId::IdentitiesScenario:
        return runScenario();
    case CommandId::DocumentsUpload:
        return runDocumentsUpload();
    case CommandId::DocumentsList:
        return runDocumentsList();
    case CommandId::ControlsList:
        return runControlsList();
    case CommandId::ControlsCreate:
        return runControlsCreate();
    case CommandId::ControlsDelete:
        return runControlsDelete();
    case CommandId::EventsList:
        return runEventsList();
    case CommandId::EventsGet:
        return runEventsGet();
    case CommandId::EventsFollow:
        return runEventsFollow();
    case CommandId::AccountsCreate:
        return runAccountsCreate();
    case CommandId::AccountsList:
        return runAccountsList();
    case CommandId::AccountsGet:
        return runAccountsGet();
    case CommandId::AuditList:
        return runAuditList();
    case CommandId::AuditVerify:
        return runAuditVerify();
    case CommandId::AuditExport:
        return runAuditExport();
    case CommandId::SandboxSeed:
        return runSandboxSeed();
    }
}

void Runner::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    warn(tr("interrupted"));
    if (!m_createRefId.isEmpty() && m_job && !m_job->isFinished())
        warn(tr("the identity may have reached Paxos: sending the same body with --ref-id %1 "
                "shows it instead of creating a second one")
                 .arg(m_createRefId));
    if (m_follower)
        m_follower->stop();
    if (m_cancelAuditTask) {
        // The verifier or export answers from the event loop with "cancelled".
        std::exchange(m_cancelAuditTask, {})();
        return;
    }
    if (m_job && !m_job->isFinished()) {
        // The job answers with a Cancelled error from the event loop; fail() maps it to 130.
        m_job->cancel();
        return;
    }
    done(ExitInterrupted);
}

template<class J> void Runner::run(J *job, std::function<void(J *)> onSuccess)
{
    m_job = job;
    // Lists of every page and uploads can take a while: on a terminal, say how far they got.
    if (::isatty(STDERR_FILENO)) {
        connect(job, &paxos::Job::progress, this, [this, job](qint64 doneSoFar, qint64 total) {
            if (m_finished)
                return;
            const bool bytes = job->operationName() == u"UploadDocument";
            const QString text = bytes ? tr("%1 of %2 bytes sent").arg(doneSoFar).arg(total)
                                       : tr("%1 items so far").arg(doneSoFar);
            m_err << u"\r"_s << text << u"\x1b[K"_s;
            m_err.flush();
            m_progressShown = true;
        });
    }
    connect(job, &paxos::Job::finished, this, [this, job, onSuccess = std::move(onSuccess)] {
        if (m_finished)
            return;
        if (job->error())
            return fail(*job->error());
        onSuccess(job);
    });
    job->start();
}

void Runner::printResult(const Table &table, const QJsonValue &json, const QString &identityId)
{
    m_output.result(table, json, identityId);
}

bool Runner::recordReveal(const QStringList &fields, const QString &identityId)
{
    // Reads open no store: there is nothing to record in. A run that records its writes
    // records what it shows unmasked as the console does, and shows nothing it could not
    // record.
    if (!m_recorder)
        return true;
    console::AuditRecord record;
    record.action = console::AuditAction::PiiReveal;
    record.identityId = identityId;
    record.details = QJsonObject{{u"fields"_s, QJsonArray::fromStringList(fields)},
                                 {u"command"_s, m_inv.command->path()}};
    const auto stored = m_recorder->record(record);
    if (stored)
        return true;
    warn(tr("the reveal could not be recorded in the audit trail (%1), so %2 stay masked: %3")
             .arg(m_recorder->describe(), fields.join(u", "_s), stored.errorMessage()));
    return false;
}

void Runner::warn(const QString &text)
{
    m_err << u"paxosctl: "_s << text << u'\n';
    m_err.flush();
}

void Runner::usageError(const QString &text)
{
    warn(text);
    done(ExitUsage);
}

void Runner::fail(const paxos::ApiError &error)
{
    const auto recordFailure = std::exchange(m_recordFailure, {});
    if (m_interrupted || error.kind() == paxos::ApiError::Kind::Cancelled) {
        if (recordFailure)
            recordFailure(paxos::ApiError::cancelled());
        return done(ExitInterrupted);
    }
    if (m_inv.global.format == Format::Json)
        m_err << renderJson(QJsonObject{{u"error"_s, errorJson(error)}});
    else
        m_err << errorText(error);
    m_err.flush();
    if (recordFailure)
        recordFailure(error);
    done(exitCodeFor(error));
}

void Runner::recordWrite(console::AuditRecord record, const QString &operation)
{
    m_recordFailure = {};
    if (!m_recorder)
        return;
    record.requestId = m_requestIds.value(operation);
    const auto stored = m_recorder->record(record);
    if (!stored)
        warn(tr("%1 is not recorded in the audit trail (%2): %3")
                 .arg(m_inv.command->path(), m_recorder->describe(), stored.errorMessage()));
}

void Runner::recordFailureOf(
    const console::AuditRecord &record, const QString &operation,
    std::function<void(console::AuditRecord &, const paxos::ApiError &)> adjust)
{
    if (!m_recorder)
        return;
    m_recordFailure = [this, record, operation, adjust](const paxos::ApiError &error) {
        console::AuditRecord failed = record;
        const bool cancelled = error.kind() == paxos::ApiError::Kind::Cancelled;
        failed.outcome =
            cancelled ? console::AuditOutcome::Cancelled : console::AuditOutcome::Failed;
        failed.details.insert(u"error"_s, error.message());
        if (adjust)
            adjust(failed, error);
        recordWrite(failed, operation);
    };
}

void Runner::done(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_progressShown)
        m_err << u"\r\x1b[K"_s;
    if (m_follower)
        m_follower->stop();
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

std::optional<QJsonObject> Runner::readJsonInput()
{
    const QString path = m_inv.isSet(u"file"_s) ? m_inv.value(u"file"_s) : u"-"_s;
    QByteArray data;
    QString source = path;
    if (path == u"-") {
        source = tr("standard input");
        if (::isatty(STDIN_FILENO)) {
            warn(tr("reading JSON from standard input (end with Ctrl-D; --file FILE reads a "
                    "file)"));
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            usageError(tr("cannot read standard input"));
            return std::nullopt;
        }
        data = in.readAll();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        data = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        usageError(tr("%1 is not valid JSON: %2 at offset %3")
                       .arg(source, parseError.errorString())
                       .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        usageError(tr("%1 must hold a JSON object").arg(source));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> Runner::jsonInputUnlessFlags(const QStringList &flags)
{
    const bool fromFlags = std::any_of(flags.begin(), flags.end(),
                                       [this](const QString &f) { return m_inv.isSet(f); });
    if (fromFlags && !m_inv.isSet(u"file"_s))
        return QJsonObject();
    return readJsonInput();
}

std::optional<int> Runner::intOption(const QString &name, int min, int max)
{
    bool ok = false;
    const int v = m_inv.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        usageError(tr("--%1 needs a number from %2 to %3").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

bool Runner::timeOption(const QString &name, std::optional<paxos::Timestamp> &out)
{
    if (!m_inv.isSet(name))
        return true;
    const auto ts = paxos::Timestamp::parse(m_inv.value(name));
    if (!ts) {
        usageError(tr("--%1 needs an RFC 3339 time such as 2026-01-31T12:00:00Z, not \"%2\"")
                       .arg(name, m_inv.value(name)));
        return false;
    }
    out = ts;
    return true;
}

bool Runner::enumOption(const QString &name, const paxos::EnumTable &table,
                        std::optional<QString> &out)
{
    if (!m_inv.isSet(name))
        return true;
    const QString value = m_inv.value(name).toUpper();
    if (!table.isCurrent(value)) {
        usageError(tr("--%1: \"%2\" is not one of %3")
                       .arg(name, m_inv.value(name), table.wires().join(u", "_s)));
        return false;
    }
    out = value;
    return true;
}

bool Runner::timeRangeOption(const QString &field, paxos::TimeRange &range)
{
    return timeOption(field + u".lt"_s, range.lt) && timeOption(field + u".lte"_s, range.lte)
        && timeOption(field + u".eq"_s, range.eq) && timeOption(field + u".gte"_s, range.gte)
        && timeOption(field + u".gt"_s, range.gt);
}

bool Runner::pagingOptions(std::optional<int> &limit, std::optional<QString> *order)
{
    if (m_inv.isSet(u"limit"_s)) {
        const auto value = intOption(u"limit"_s, 1, 1000);
        if (!value)
            return false;
        limit = *value;
    }
    if (order && m_inv.isSet(u"order"_s)) {
        const QString value = m_inv.value(u"order"_s).toUpper();
        if (value != u"ASC" && value != u"DESC") {
            usageError(tr("--order is ASC or DESC"));
            return false;
        }
        *order = value;
    }
    if (m_inv.isSet(u"all"_s) && m_inv.isSet(u"page-cursor"_s)) {
        usageError(tr("--all starts at the first page; drop --page-cursor"));
        return false;
    }
    return true;
}

template<class PageJob>
void Runner::listPages(typename PageJob::Query query,
                       std::function<Table(const QList<typename PageJob::Item> &)> table)
{
    if (m_inv.isSet(u"all"_s)) {
        using All = paxos::ListAllJob<PageJob>;
        return run<All>(new All(m_connection, query, this), [this, table](All *job) {
            printResult(table(job->items()), QJsonObject{{u"items"_s, rawArray(job->items())}});
            done(ExitOk);
        });
    }
    query.pageCursor = m_inv.value(u"page-cursor"_s);
    run<PageJob>(new PageJob(m_connection, query, this), [this, table](PageJob *job) {
        const auto &page = job->result();
        printResult(table(page.items), rawOf(page));
        if (page.hasMore() && m_inv.global.format != Format::Json)
            warn(tr("more on the next page: add --page-cursor %1, or --all")
                     .arg(page.nextPageCursor));
        done(ExitOk);
    });
}

// ---- token ---------------------------------------------------------------------------------

void Runner::runToken()
{
    auto *tokens = m_connection->tokenProvider();
    auto expiresInMs = std::make_shared<qint64>(-1);
    connect(tokens, &paxos::TokenProvider::tokenRefreshed, this,
            [expiresInMs](const QStringList &, qint64 ms) { *expiresInMs = ms; });
    tokens->fetch(this, [this, tokens, expiresInMs](const paxos::TokenProvider::Result &result) {
        if (m_finished)
            return;
        if (result.error)
            return fail(*result.error);
        const qint64 seconds = *expiresInMs >= 0 ? *expiresInMs / 1000 : -1;
        const QStringList scopes = tokens->grantedScopes();
        QJsonObject json{{u"access_token"_s, result.accessToken},
                         {u"token_type"_s, u"bearer"_s},
                         {u"scope"_s, scopes.join(u' ')}};
        if (seconds >= 0)
            json.insert(u"expires_in"_s, seconds);
        printResult(tokenRecord(result.accessToken, seconds, scopes), json);
        done(ExitOk);
    });
}

// ---- identities ----------------------------------------------------------------------------

void Runner::runIdentitiesList()
{
    using namespace paxos::enums;
    paxos::ListIdentitiesQuery q;
    if (!enumOption(u"summary-status"_s, identityStatus(), q.summaryStatus)
        || !enumOption(u"identity-type"_s, identityType(), q.identityType)
        || !enumOption(u"control-type"_s, controlType(), q.controlType)
        || !timeRangeOption(u"created-at"_s, q.createdAt)
        || !timeRangeOption(u"updated-at"_s, q.updatedAt) || !pagingOptions(q.limit, &q.order))
        return;
    q.includeDetails = m_inv.isSet(u"include-details"_s);
    listPages<paxos::ListIdentitiesJob>(q, &identitiesTable);
}

void Runner::runIdentitiesGet()
{
    run<paxos::GetIdentityJob>(
        new paxos::GetIdentityJob(m_connection, m_inv.arguments.constFirst(),
                                  !m_inv.isSet(u"no-details"_s),
                                  m_inv.isSet(u"include-institution-members"_s), this),
        [this](paxos::GetIdentityJob *job) {
            printResult(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            done(ExitOk);
        });
}

namespace {

// Prints validation issues; true when none of them is an error.
bool reportIssues(QTextStream &err, const QList<paxos::ValidationIssue> &issues)
{
    for (const auto &issue : issues) {
        err << u"paxosctl: "_s << (issue.isError() ? tr("error") : tr("warning")) << u": "_s
            << (issue.path.isEmpty() ? QString() : issue.path + u": "_s) << issue.message << u'\n';
    }
    err.flush();
    return !paxos::hasErrors(issues);
}

} // namespace

void Runner::runIdentitiesCreate()
{
    QJsonObject body;
    if (m_inv.isSet(u"example"_s)) {
        if (m_inv.isSet(u"file"_s))
            return usageError(tr("give either --example or --file"));
        body = paxos::examples::sandboxExamplePerson(
            m_inv.isSet(u"ref-id"_s) ? m_inv.value(u"ref-id"_s) : paxos::examples::newRefId());
    } else {
        const auto input = readJsonInput();
        if (!input)
            return;
        body = *input;
    }
    if (m_inv.isSet(u"ref-id"_s))
        body.insert(u"ref_id"_s, m_inv.value(u"ref-id"_s));
    // Every create carries a ref_id, so that a retry after a lost answer is recognised.
    if (body.value(u"ref_id"_s).toString().isEmpty())
        body.insert(u"ref_id"_s, paxos::examples::newRefId());
    m_createRefId = body.value(u"ref_id"_s).toString();
    if (!m_inv.isSet(u"no-validate"_s) && !reportIssues(m_err, paxos::validateCreateIdentity(body)))
        return usageError(tr("the identity was not sent (fix the errors, or --no-validate)"));
    // What the console records for a create: the fields sent (not their values), the ref_id.
    console::AuditRecord audit;
    audit.action = console::AuditAction::IdentityCreate;
    audit.details =
        QJsonObject{{u"fields"_s, console::auditFieldPaths(body)}, {u"ref_id"_s, m_createRefId}};
    recordFailureOf(audit, u"CreateIdentity"_s,
                    [](console::AuditRecord &failed, const paxos::ApiError &error) {
                        // A duplicate cip_id names the identity that holds it.
                        if (error.existingId().isEmpty())
                            return;
                        failed.identityId = error.existingId();
                        failed.details.insert(u"existing_identity_id"_s, error.existingId());
                    });
    run<paxos::CreateIdentityJob>(
        new paxos::CreateIdentityJob(m_connection, body, this),
        [this, audit](paxos::CreateIdentityJob *job) {
            if (job->isRecovered())
                warn(tr("an identity with ref_id %1 existed already; it is shown instead")
                         .arg(job->refId()));
            console::AuditRecord created = audit;
            created.identityId = job->result().id;
            if (job->isRecovered())
                created.details.insert(u"recovered"_s, true);
            // The create is recorded before the identity is shown, so that a reveal of it
            // follows the create in the trail.
            recordWrite(created, u"CreateIdentity"_s);
            printResult(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            done(ExitOk);
        });
}

void Runner::runIdentitiesUpdate()
{
    const auto delta = readJsonInput();
    if (!delta)
        return;
    if (delta->isEmpty())
        return usageError(tr("the update is empty: give the fields that change"));
    if (!m_inv.isSet(u"no-validate"_s)
        && !reportIssues(m_err, paxos::validateUpdateIdentity(*delta)))
        return usageError(tr("the update was not sent (fix the errors, or --no-validate)"));
    console::AuditRecord audit;
    audit.action = console::AuditAction::IdentityUpdate;
    audit.identityId = m_inv.arguments.constFirst();
    audit.details = QJsonObject{{u"fields"_s, console::auditFieldPaths(*delta)}};
    recordFailureOf(audit, u"UpdateIdentity"_s);
    run<paxos::UpdateIdentityJob>(
        new paxos::UpdateIdentityJob(m_connection, m_inv.arguments.constFirst(), *delta, this),
        [this, audit](paxos::UpdateIdentityJob *job) {
            recordWrite(audit, u"UpdateIdentity"_s);
            printResult(identityRecord(job->result()), rawOf(job->result()), job->result().id);
            done(ExitOk);
        });
}

void Runner::runSandboxStatus()
{
    if (m_env.environment.isProduction())
        return usageError(tr("sandbox-status exists only in sandboxes, not in production"));
    QJsonObject statuses;
    if (m_inv.isSet(u"file"_s)) {
        const auto input = readJsonInput();
        if (!input)
            return;
        statuses = *input;
    }
    const QList<QPair<QString, QString>> statusFlags = {
        {u"id-verification"_s, u"id_verification_status"_s},
        {u"sanctions"_s, u"sanctions_verification_status"_s},
        {u"document-verification"_s, u"document_verification_status"_s},
        {u"additional-screening"_s, u"additional_screening_status"_s}};
    for (const auto &[option, key] : statusFlags) {
        std::optional<QString> value;
        if (!enumOption(option, paxos::enums::identityStatus(), value))
            return;
        if (value)
            statuses.insert(key, *value);
    }
    for (const QString &key : {u"user_disabled"_s, u"admin_disabled"_s}) {
        QString option = key;
        option.replace(u'_', u'-');
        if (!m_inv.isSet(option))
            continue;
        const QString v = m_inv.value(option).toLower();
        if (v != u"true" && v != u"false")
            return usageError(tr("--%1 is true or false").arg(option));
        statuses.insert(key, QJsonObject{{u"disabled"_s, v == u"true"}});
    }
    if (statuses.isEmpty())
        return usageError(tr("nothing to set: give a status flag or --file"));
    const QString id = m_inv.arguments.constFirst();
    console::AuditRecord audit;
    audit.action = console::AuditAction::SandboxStatusSet;
    audit.identityId = id;
    audit.details = QJsonObject{{u"statuses"_s, statuses}};
    changeInSandbox(new paxos::SetSandboxIdentityStatusJob(m_connection, id, statuses, this), audit,
                    u"SandboxSetIdentityStatus"_s);
}

template<class J>
void Runner::changeInSandbox(J *job, const console::AuditRecord &audit, const QString &operation)
{
    recordFailureOf(audit, operation);
    run<J>(job, [this, audit, operation](J *) {
        // Recorded now: the change is made even if showing the identity fails.
        recordWrite(audit, operation);
        run<paxos::GetIdentityJob>(
            new paxos::GetIdentityJob(m_connection, audit.identityId, true, false, this),
            [this](paxos::GetIdentityJob *job) {
                printResult(identityRecord(job->result()), rawOf(job->result()), job->result().id);
                done(ExitOk);
            });
    });
}

bool Runner::requireSandboxAdmin(const QString &what)
{
    if (paxos::SandboxAdminJob::isAvailable(m_env.environment))
        return true;
    usageError(tr("%1 exists only on a paxos-sandbox on this computer (--env local, or its "
                  "http://127.0.0.1:PORT URL)")
                   .arg(what));
    return false;
}

void Runner::runScenario()
{
    const QString id = m_inv.arguments.value(0);
    const QString scenario = m_inv.arguments.value(1).trimmed();
    if (scenario.isEmpty())
        return usageError(tr("SCENARIO is empty"));
    // Recorded as the console records it: a sandbox status change with the scenario.
    console::AuditRecord audit;
    audit.action = console::AuditAction::SandboxStatusSet;
    audit.identityId = id;
    audit.details = QJsonObject{{u"scenario"_s, scenario}};
    changeInSandbox(paxos::SandboxAdminJob::scenario(m_connection, id, scenario, this), audit,
                    u"SandboxAdminScenario"_s);
}

void Runner::runSandboxSeed()
{
    int count = 40;
    if (m_inv.isSet(u"count"_s)) {
        const auto n = intOption(u"count"_s, 1, 10000);
        if (!n)
            return;
        count = *n;
    }
    run<paxos::SandboxAdminJob>(
        paxos::SandboxAdminJob::seed(m_connection, count, this),
        [this](paxos::SandboxAdminJob *job) {
            const QJsonObject answer = job->result();
            Table table;
            table.record = true;
            table.columns = {{u"created"_s, tr("Added")},
                             {u"identities"_s, tr("Identities in the sandbox")},
                             {u"seed"_s, tr("Seed")}};
            table.rows = {{Cell{QString::number(answer.value(u"created"_s).toInt()), {}},
                           Cell{QString::number(answer.value(u"identities"_s).toInt()), {}},
                           Cell{QString::number(qint64(answer.value(u"seed"_s).toDouble())), {}}}};
            printResult(table, answer);
            done(ExitOk);
        });
}

// ---- documents -----------------------------------------------------------------------------

void Runner::runDocumentsUpload()
{
    const QString identityId = m_inv.arguments.at(0);
    const QString path = m_inv.arguments.at(1);
    QStringList types;
    for (const QString &t : m_inv.values(u"type"_s)) {
        const QString type = t.toUpper();
        if (!paxos::enums::documentType().isCurrent(type))
            return usageError(tr("--type: \"%1\" is not one of %2")
                                  .arg(t, paxos::enums::documentType().wires().join(u", "_s)));
        types << type;
    }
    if (types.isEmpty())
        return usageError(tr("give at least one --type"));
    const QFileInfo info(path);
    if (!info.isFile())
        return usageError(tr("no such file: %1").arg(path));
    if (info.size() >= paxos::UploadDocumentContentJob::kMaxBytes)
        return usageError(tr("%1 is too large: Paxos takes files under 100 MB").arg(path));
    const QString name = m_inv.isSet(u"name"_s) ? m_inv.value(u"name"_s) : info.fileName();
    if (paxos::UploadDocumentContentJob::contentTypeFor(name).isEmpty())
        return usageError(tr("%1: Paxos takes PDF, JPEG and PNG files only").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    // The console records what was uploaded by its SHA-256, so the bytes can be matched later.
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    console::AuditRecord audit;
    audit.action = console::AuditAction::DocumentUpload;
    audit.identityId = identityId;
    audit.details = QJsonObject{{u"name"_s, name},
                                {u"document_types"_s, QJsonArray::fromStringList(types)},
                                {u"sha256"_s, sha256}};
    recordFailureOf(audit, u"DocumentUpload"_s);
    const qint64 size = content.size();
    run<paxos::UploadDocumentJob>(
        new paxos::UploadDocumentJob(m_connection, identityId, name, types, content, this),
        [this, audit, size](paxos::UploadDocumentJob *job) {
            const auto &ticket = job->result();
            console::AuditRecord uploaded = audit;
            uploaded.details.insert(u"file_id"_s, ticket.fileId);
            if (!ticket.name.isEmpty())
                uploaded.details.insert(u"name"_s, ticket.name);
            uploaded.details.insert(u"size_bytes"_s, size);
            // The pre-signed upload URL is a credential: it is not printed.
            printResult(uploadRecord(ticket.fileId, ticket.name),
                        QJsonObject{{u"file_id"_s, ticket.fileId}, {u"name"_s, ticket.name}});
            recordWrite(uploaded, u"DocumentUpload"_s);
            done(ExitOk);
        });
}

void Runner::runDocumentsList()
{
    run<paxos::ListDocumentsJob>(
        new paxos::ListDocumentsJob(m_connection, m_inv.arguments.constFirst(),
                                    !m_inv.isSet(u"no-pending"_s), this),
        [this](paxos::ListDocumentsJob *job) {
            const auto &list = job->result();
            printResult(documentsTable(list.documents), rawOf(list));
            if (!list.pendingDocuments.isEmpty()) {
                QStringList labels;
                for (const QString &t : list.pendingDocuments)
                    labels << paxos::enums::documentType().label(t);
                m_output.note(u'\n' + tr("Still required: %1").arg(labels.join(u", "_s)) + u'\n');
            }
            done(ExitOk);
        });
}

// ---- controls ------------------------------------------------------------------------------

void Runner::runControlsList()
{
    paxos::ListControlsQuery q;
    q.identityId = m_inv.arguments.constFirst();
    q.includeDeleted = m_inv.isSet(u"include-deleted"_s);
    if (!pagingOptions(q.limit, nullptr))
        return;
    listPages<paxos::ListIdentityControlsJob>(q, &controlsTable);
}

void Runner::runControlsCreate()
{
    const auto input =
        jsonInputUnlessFlags({u"identity"_s, u"type"_s, u"reason-code"_s, u"reason"_s});
    if (!input)
        return;
    QJsonObject body = *input;
    const QList<QPair<QString, QString>> fields = {{u"identity"_s, u"identity_id"_s},
                                                   {u"type"_s, u"type"_s},
                                                   {u"reason-code"_s, u"reason_code"_s},
                                                   {u"reason"_s, u"reason"_s}};
    for (const auto &[option, key] : fields)
        if (m_inv.isSet(option))
            body.insert(key,
                        key == u"reason" || key == u"identity_id" ? m_inv.value(option)
                                                                  : m_inv.value(option).toUpper());
    const auto request = paxos::CreateIdentityControlRequest::fromJson(body);
    if (request.identityId.isEmpty())
        return usageError(tr("the control needs identity_id (--identity)"));
    const auto *type = paxos::enums::controlType().entry(request.type);
    if (!type || type->is(paxos::Legacy))
        return usageError(
            tr("type must be one of %1").arg(paxos::enums::controlType().wires().join(u", "_s)));
    if (type->is(paxos::PaxosOnly))
        return usageError(tr("%1 controls are set by Paxos only").arg(request.type));
    if (!paxos::enums::controlReasonCode().isCurrent(request.reasonCode))
        return usageError(tr("reason_code must be one of %1")
                              .arg(paxos::enums::controlReasonCode().wires().join(u", "_s)));
    console::AuditRecord audit;
    audit.action = console::AuditAction::ControlCreate;
    audit.identityId = request.identityId;
    audit.details = QJsonObject{{u"type"_s, request.type},
                                {u"reason_code"_s, request.reasonCode},
                                {u"reason"_s, request.reason.value_or(QString())},
                                {u"control_id"_s, QString()}};
    recordFailureOf(audit, u"CreateIdentityControl"_s);
    run<paxos::CreateIdentityControlJob>(
        new paxos::CreateIdentityControlJob(m_connection, request, this),
        [this, audit](paxos::CreateIdentityControlJob *job) {
            printResult(controlRecord(job->result()), rawOf(job->result()));
            console::AuditRecord created = audit;
            created.details.insert(u"control_id"_s, job->result().id);
            recordWrite(created, u"CreateIdentityControl"_s);
            done(ExitOk);
        });
}

void Runner::runControlsDelete()
{
    const QString id = m_inv.arguments.constFirst();
    console::AuditRecord audit;
    audit.action = console::AuditAction::ControlDelete;
    // The API answers a delete with {} and has no call to look a control up: the identity
    // is known only when --identity names it.
    audit.identityId = m_inv.value(u"identity"_s);
    audit.details = QJsonObject{{u"control_id"_s, id}, {u"reason"_s, m_inv.value(u"reason"_s)}};
    recordFailureOf(audit, u"DeleteIdentityControl"_s);
    run<paxos::DeleteIdentityControlJob>(
        new paxos::DeleteIdentityControlJob(m_connection, id, m_inv.value(u"reason"_s), this),
        [this, id, audit](paxos::DeleteIdentityControlJob *job) {
            Table table;
            table.record = true;
            table.columns = {{u"control_id"_s, tr("Control ID")}, {u"deleted"_s, tr("Deleted")}};
            table.rows.append({Cell{id, {}}, Cell{u"true"_s, tr("yes")}});
            printResult(table, job->result());
            recordWrite(audit, u"DeleteIdentityControl"_s);
            done(ExitOk);
        });
}

// ---- events --------------------------------------------------------------------------------

void Runner::runEventsList()
{
    paxos::ListEventsQuery q;
    if (m_inv.isSet(u"type"_s))
        q.type = m_inv.value(u"type"_s);
    q.isTest = m_inv.isSet(u"test"_s);
    if (!timeRangeOption(u"created-at"_s, q.createdAt))
        return;
    if (m_inv.isSet(u"limit"_s)) {
        const auto limit = intOption(u"limit"_s, 1, 100);
        if (!limit)
            return;
        q.limit = *limit;
    }
    if (m_inv.isSet(u"all"_s)) {
        for (const QString &n : {u"created-at.lt"_s, u"created-at.lte"_s, u"created-at.eq"_s,
                                 u"created-at.gte"_s, u"limit"_s})
            if (m_inv.isSet(n))
                return usageError(tr("--all pages by time and takes only --type, --test and "
                                     "--created-at.gt, not --%1")
                                      .arg(n));
        auto *follower = new paxos::EventFollower(m_connection, this);
        m_follower = follower;
        follower->setType(q.type);
        follower->setIncludeTestEvents(q.isTest);
        if (q.createdAt.gt)
            follower->setStartAfter(*q.createdAt.gt);
        auto collected = std::make_shared<QList<paxos::Event>>();
        connect(follower, &paxos::EventFollower::eventsArrived, this,
                [collected](const QList<paxos::Event> &events) { *collected += events; });
        connect(follower, &paxos::EventFollower::caughtUp, this, [this, collected] {
            if (m_finished)
                return;
            printResult(eventsTable(*collected), QJsonObject{{u"events"_s, rawArray(*collected)}});
            done(ExitOk);
        });
        connect(follower, &paxos::EventFollower::errorOccurred, this,
                [this](const paxos::ApiError &error) { fail(error); });
        follower->pollNow();
        return;
    }
    run<paxos::ListEventsJob>(new paxos::ListEventsJob(m_connection, q, this),
                              [this](paxos::ListEventsJob *job) {
                                  printResult(eventsTable(job->result()),
                                              QJsonObject{{u"events"_s, rawArray(job->result())}});
                                  done(ExitOk);
                              });
}

void Runner::runEventsGet()
{
    run<paxos::GetEventJob>(new paxos::GetEventJob(m_connection, m_inv.arguments.constFirst(),
                                                   m_inv.isSet(u"test"_s), this),
                            [this](paxos::GetEventJob *job) {
                                printResult(eventRecord(job->result()), rawOf(job->result()));
                                done(ExitOk);
                            });
}

void Runner::printEvents(const QList<paxos::Event> &events)
{
    const QString identity = m_inv.value(u"identity"_s);
    const QString untilType = m_inv.value(u"until-type"_s);
    const int max = m_inv.isSet(u"max"_s) ? m_inv.value(u"max"_s).toInt() : 0;
    for (const paxos::Event &event : events) {
        if (m_finished)
            return;
        if (!identity.isEmpty() && event.identityId() != identity)
            continue;
        m_output.streamed(eventsTable({event}), rawOf(event), &eventLine);
        ++m_followPrinted;
        if ((!untilType.isEmpty() && event.type == untilType)
            || (max > 0 && m_followPrinted >= max))
            return done(ExitOk);
    }
}

void Runner::runEventsFollow()
{
    if (m_inv.isSet(u"max"_s) && !intOption(u"max"_s, 1, 1000000))
        return;
    int interval = 2000;
    if (m_inv.isSet(u"interval"_s)) {
        const auto v = intOption(u"interval"_s, 100, 3600 * 1000);
        if (!v)
            return;
        interval = *v;
    }
    std::optional<paxos::Timestamp> since;
    if (!timeOption(u"since"_s, since))
        return;
    if (since && m_inv.isSet(u"from-start"_s))
        return usageError(tr("give either --since or --from-start"));

    auto *follower = new paxos::EventFollower(m_connection, this);
    m_follower = follower;
    if (m_inv.isSet(u"type"_s))
        follower->setType(m_inv.value(u"type"_s));
    follower->setIncludeTestEvents(m_inv.isSet(u"test"_s));
    follower->setPollIntervalMs(interval);
    if (since)
        follower->setStartAfter(*since);
    else if (!m_inv.isSet(u"from-start"_s))
        follower->setStartAfter(paxos::Timestamp::now());
    connect(follower, &paxos::EventFollower::eventsArrived, this, &Runner::printEvents);
    connect(follower, &paxos::EventFollower::errorOccurred, this,
            [this](const paxos::ApiError &error) {
                if (m_finished)
                    return;
                // Lost connections are waited out (the follower polls again); a problem with
                // the credentials or the request will not fix itself.
                using Kind = paxos::ApiError::Kind;
                if (error.kind() == Kind::Network || error.kind() == Kind::Timeout
                    || error.httpStatus() >= 500 || error.isRateLimited()) {
                    warn(tr("%1; trying again").arg(error.message()));
                    return;
                }
                fail(error);
            });
    m_output.note(eventLineHeader());
    follower->start();
}

// ---- accounts ------------------------------------------------------------------------------

void Runner::runAccountsCreate()
{
    const auto input = jsonInputUnlessFlags(
        {u"identity"_s, u"type"_s, u"description"_s, u"ref-id"_s, u"create-profile"_s});
    if (!input)
        return;
    QJsonObject body = *input;
    QJsonObject account = body.value(u"account"_s).toObject();
    const QList<QPair<QString, QString>> fields = {{u"identity"_s, u"identity_id"_s},
                                                   {u"description"_s, u"description"_s},
                                                   {u"ref-id"_s, u"ref_id"_s}};
    for (const auto &[option, key] : fields)
        if (m_inv.isSet(option))
            account.insert(key, m_inv.value(option));
    if (m_inv.isSet(u"type"_s)) {
        std::optional<QString> type;
        if (!enumOption(u"type"_s, paxos::enums::accountType(), type))
            return;
        account.insert(u"type"_s, *type);
    }
    body.insert(u"account"_s, account);
    if (m_inv.isSet(u"create-profile"_s))
        body.insert(u"create_profile"_s, true);
    const auto request = paxos::CreateAccountRequest::fromJson(body);
    if (request.account.identityId.isEmpty())
        return usageError(tr("the account needs account.identity_id (--identity)"));
    console::AuditRecord audit;
    audit.action = console::AuditAction::AccountCreate;
    audit.identityId = request.account.identityId;
    audit.details = QJsonObject{{u"type"_s, request.account.type.value_or(QString())},
                                {u"create_profile"_s, request.createProfile.value_or(false)}};
    recordFailureOf(audit, u"CreateAccount"_s);
    run<paxos::CreateAccountJob>(new paxos::CreateAccountJob(m_connection, request, this),
                                 [this, audit](paxos::CreateAccountJob *job) {
                                     printResult(accountRecord(job->result()),
                                                 rawOf(job->result()));
                                     console::AuditRecord created = audit;
                                     created.details.insert(u"account_id"_s, job->result().id);
                                     recordWrite(created, u"CreateAccount"_s);
                                     done(ExitOk);
                                 });
}

void Runner::runAccountsList()
{
    paxos::ListAccountsQuery q;
    if (m_inv.isSet(u"identity"_s))
        q.identityId = m_inv.value(u"identity"_s);
    if (!timeRangeOption(u"created-at"_s, q.createdAt)
        || !timeRangeOption(u"updated-at"_s, q.updatedAt) || !pagingOptions(q.limit, &q.order))
        return;
    listPages<paxos::ListAccountsJob>(q, &accountsTable);
}

void Runner::runAccountsGet()
{
    run<paxos::GetAccountJob>(
        new paxos::GetAccountJob(m_connection, m_inv.arguments.constFirst(), this),
        [this](paxos::GetAccountJob *job) {
            printResult(accountRecord(job->result()), rawOf(job->result()));
            done(ExitOk);
        });
}

// ---- audit ---------------------------------------------------------------------------------

std::optional<console::AuditFilter> Runner::auditFilterOptions()
{
    console::AuditFilter filter;
    filter.identityId = m_inv.value(u"identity"_s);
    if (m_inv.isSet(u"action"_s)) {
        const QString action = m_inv.value(u"action"_s).toLower();
        if (!console::auditActionFromName(action)) {
            QStringList names;
            for (const console::AuditAction a : console::allAuditActions())
                names << console::auditActionName(a);
            usageError(tr("--action: \"%1\" is not one of %2")
                           .arg(m_inv.value(u"action"_s), names.join(u", "_s)));
            return std::nullopt;
        }
        filter.action = action;
    }
    return filter;
}

void Runner::runAuditList()
{
    auto filter = auditFilterOptions();
    if (!filter)
        return;
    filter->limit = 100;
    if (m_inv.isSet(u"limit"_s)) {
        const auto limit = intOption(u"limit"_s, 1, 100000);
        if (!limit)
            return;
        filter->limit = *limit;
    }
    const auto entries = m_recorder->trail()->list(*filter);
    if (!entries) {
        warn(tr("the audit trail cannot be read (%1): %2")
                 .arg(m_recorder->describe(), entries.errorMessage()));
        return done(ExitApiProblem);
    }
    QJsonArray json;
    for (const console::AuditEntry &e : entries.value())
        json.append(auditEntryJson(e));
    printResult(auditTable(entries.value(), m_inv.global.format == Format::Csv),
                QJsonObject{{u"entries"_s, json}});
    done(ExitOk);
}

void Runner::runAuditVerify()
{
    auto *verifier = new console::AuditVerifier(m_recorder->store(), this);
    m_cancelAuditTask = [verifier] { verifier->cancel(); };
    if (::isatty(STDERR_FILENO)) {
        connect(verifier, &console::AuditVerifier::progress, this,
                [this](qint64 checked, qint64 total) {
                    m_err << u"\r"_s << tr("%1 of %2 entries checked").arg(checked).arg(total)
                          << u"\x1b[K"_s;
                    m_err.flush();
                    m_progressShown = true;
                });
    }
    connect(
        verifier, &console::AuditVerifier::finished, this,
        [this](bool completed, const console::AuditVerification &result, const QString &error) {
            m_cancelAuditTask = {};
            if (!completed && error.isEmpty())
                return done(ExitInterrupted);
            if (!completed) {
                warn(tr("the audit trail cannot be read (%1): %2")
                         .arg(m_recorder->describe(), error));
                return done(ExitApiProblem);
            }
            const QString text = !result.intact
                ? tr("chain broken at seq %1: %2").arg(result.firstBrokenSeq).arg(result.problem)
                : result.entriesChecked == 1
                ? tr("chain intact: 1 entry")
                : tr("chain intact: %1 entries").arg(result.entriesChecked);
            const QJsonObject json{{u"intact"_s, result.intact},
                                   {u"entries_checked"_s, result.entriesChecked},
                                   {u"first_broken_seq"_s, result.firstBrokenSeq},
                                   {u"problem"_s, result.problem}};
            if (m_inv.global.format == Format::Table) {
                m_output.note(text + u'\n');
            } else {
                Table table;
                table.record = true;
                table.columns = {{u"intact"_s, tr("Intact")},
                                 {u"entries_checked"_s, tr("Entries checked")},
                                 {u"first_broken_seq"_s, tr("First broken seq")},
                                 {u"problem"_s, tr("Problem")}};
                table.rows.append({Cell{result.intact ? u"true"_s : u"false"_s, {}},
                                   Cell{QString::number(result.entriesChecked), {}},
                                   Cell{QString::number(result.firstBrokenSeq), {}},
                                   Cell{result.problem, {}}});
                printResult(table, json);
            }
            done(result.intact ? ExitOk : ExitApiProblem);
        });
    verifier->start();
}

void Runner::runAuditExport()
{
    const auto filter = auditFilterOptions();
    if (!filter)
        return;
    const QString path = QFileInfo(m_inv.arguments.constFirst()).absoluteFilePath();
    auto *exporter = new console::AuditCsvExport(m_recorder->trail(), *filter, path, this);
    m_cancelAuditTask = [exporter] { exporter->cancel(); };
    auto written = std::make_shared<qint64>(0);
    connect(exporter, &console::AuditCsvExport::progress, this,
            [this, written](qint64 rows, qint64 total) {
                *written = rows;
                if (!::isatty(STDERR_FILENO))
                    return;
                m_err << u"\r"_s << tr("%1 of %2 entries written").arg(rows).arg(total)
                      << u"\x1b[K"_s;
                m_err.flush();
                m_progressShown = true;
            });
    connect(exporter, &console::AuditCsvExport::finished, this,
            [this, path, filter, written](bool ok, const QString &error) {
                m_cancelAuditTask = {};
                // An export of the trail is itself recorded, as the console records its own.
                console::AuditRecord record;
                record.action = console::AuditAction::Export;
                record.outcome = ok ? console::AuditOutcome::Succeeded
                                    : (error.isEmpty() ? console::AuditOutcome::Cancelled
                                                       : console::AuditOutcome::Failed);
                record.details = QJsonObject{{u"what"_s, u"audit_csv"_s},
                                             {u"file"_s, QFileInfo(path).fileName()},
                                             {u"filter_action"_s, filter->action},
                                             {u"filter_identity"_s, filter->identityId},
                                             {u"filter_operator"_s, filter->operatorName},
                                             {u"filter_outcome"_s, filter->outcome}};
                if (!error.isEmpty())
                    record.details.insert(u"error"_s, error);
                if (ok) {
                    Table table;
                    table.record = true;
                    table.columns = {{u"file"_s, tr("File")}, {u"entries"_s, tr("Entries")}};
                    table.rows.append({Cell{path, {}}, Cell{QString::number(*written), {}}});
                    printResult(table, QJsonObject{{u"file"_s, path}, {u"entries"_s, *written}});
                }
                recordWrite(record, {});
                if (!ok && error.isEmpty())
                    return done(ExitInterrupted);
                if (!ok) {
                    warn(tr("the audit trail was not exported: %1").arg(error));
                    return done(ExitApiProblem);
                }
                done(ExitOk);
            });
    exporter->start();
}

} // namespace paxosctl

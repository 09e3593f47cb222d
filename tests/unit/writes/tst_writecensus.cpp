#include "core/record/audittrail.h"
#include "core/record/store.h"
#include "core/writes/writeguard.h"
#include "core/writes/writeregistry.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/controljobs.h"
#include "paxos/api/documentjobs.h"
#include "paxos/api/eventjobs.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"
#include "paxos/api/memberjobs.h"
#include "paxos/api/sandboxadminjobs.h"
#include "paxos/net/connection.h"
#include "support/fakehttpserver.h"
#include "support/loopbacknetwork.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using paxos::Connection;
using paxos::Job;

namespace {

// One way to build each job class of paxos/api, reads included: the census drives them all
// and lets their traffic say which ones write.
struct JobMaker
{
    QString jobClass;
    std::function<Job *(Connection *)> make;
};

QList<JobMaker> everyJob()
{
    using namespace paxos;
    const QString id = u"3f1b9f2e-1111-4222-8333-444455556666"_s;
    return {
        {u"ListAccountsJob"_s, [](Connection *c) { return new ListAccountsJob(c); }},
        {u"GetAccountJob"_s, [id](Connection *c) { return new GetAccountJob(c, id); }},
        {u"GetProfileJob"_s, [id](Connection *c) { return new GetProfileJob(c, id); }},
        {u"CreateAccountJob"_s,
         [id](Connection *c) {
             CreateAccountRequest r;
             r.account.identityId = id;
             return new CreateAccountJob(c, r);
         }},
        {u"UpdateAccountJob"_s,
         [id](Connection *c) {
             return new UpdateAccountJob(c, QJsonObject{{u"id"_s, id}}, true);
         }},
        {u"ListIdentityControlsJob"_s,
         [id](Connection *c) {
             ListControlsQuery q;
             q.identityId = id;
             return new ListIdentityControlsJob(c, q);
         }},
        {u"CreateIdentityControlJob"_s,
         [id](Connection *c) {
             CreateIdentityControlRequest r;
             r.identityId = id;
             r.type = u"DORMANT"_s;
             r.reasonCode = u"INACTIVITY"_s;
             return new CreateIdentityControlJob(c, r);
         }},
        {u"DeleteIdentityControlJob"_s,
         [id](Connection *c) { return new DeleteIdentityControlJob(c, id, u"done"_s); }},
        {u"RequestDocumentUploadJob"_s,
         [id](Connection *c) {
             DocumentUploadRequest r;
             r.name = u"proof.pdf"_s;
             r.documentTypes = {u"PROOF_OF_RESIDENCY"_s};
             return new RequestDocumentUploadJob(c, id, r);
         }},
        {u"UploadDocumentContentJob"_s,
         [](Connection *c) {
             // The pre-signed URL comes from step 1; the census points it at its own server.
             QUrl url = c->environment().apiBase();
             url.setPath(u"/upload/direct"_s);
             return new UploadDocumentContentJob(c, url, "%PDF-1.4", u"proof.pdf"_s);
         }},
        {u"UploadDocumentJob"_s,
         [id](Connection *c) {
             return new UploadDocumentJob(c, id, u"proof.pdf"_s, {u"PROOF_OF_RESIDENCY"_s},
                                          "%PDF-1.4");
         }},
        {u"ListDocumentsJob"_s, [id](Connection *c) { return new ListDocumentsJob(c, id); }},
        {u"ListEventsJob"_s, [](Connection *c) { return new ListEventsJob(c); }},
        {u"GetEventJob"_s, [id](Connection *c) { return new GetEventJob(c, id); }},
        {u"CreateIdentityJob"_s,
         [](Connection *c) {
             return new CreateIdentityJob(
                 c, QJsonObject{{u"person_details"_s, QJsonObject{{u"first_name"_s, u"A"_s}}}});
         }},
        {u"GetIdentityJob"_s, [id](Connection *c) { return new GetIdentityJob(c, id); }},
        {u"ListIdentitiesJob"_s, [](Connection *c) { return new ListIdentitiesJob(c); }},
        {u"UpdateIdentityJob"_s,
         [id](Connection *c) {
             return new UpdateIdentityJob(
                 c, id, QJsonObject{{u"last_kyc_refresh_date"_s, u"2026-12-07T00:00:00Z"_s}});
         }},
        {u"SetSandboxIdentityStatusJob"_s,
         [id](Connection *c) {
             return new SetSandboxIdentityStatusJob(
                 c, id, QJsonObject{{u"id_verification_status"_s, u"APPROVED"_s}});
         }},
        {u"ListAllJob"_s, [](Connection *c) { return new ListAllJob<ListIdentitiesJob>(c, {}); }},
        {u"AddAccountMembersJob"_s,
         [id](Connection *c) {
             AccountMember m;
             m.identityId = id;
             m.roles = {u"BENEFICIAL_OWNER"_s};
             return new AddAccountMembersJob(c, id, {m});
         }},
        {u"RemoveAccountMemberJob"_s,
         [id](Connection *c) { return new RemoveAccountMemberJob(c, id); }},
        {u"AddInstitutionMembersJob"_s,
         [id](Connection *c) {
             InstitutionMember m;
             m.identityId = id;
             m.roles = {u"BENEFICIAL_OWNER"_s};
             return new AddInstitutionMembersJob(c, id, {m});
         }},
        {u"RemoveInstitutionMemberJob"_s,
         [id](Connection *c) { return new RemoveInstitutionMemberJob(c, id); }},
        {u"SandboxAdminJob"_s, [](Connection *c) { return SandboxAdminJob::seed(c, 1); }},
        {u"SandboxAdminJob"_s,
         [id](Connection *c) { return SandboxAdminJob::scenario(c, id, u"approve"_s); }},
    };
}

// Job classes declared in paxos/api's headers, found the way a reader would grep for them.
std::set<QString> jobClassesInSources()
{
    std::set<QString> out;
    const QRegularExpression decl(
        uR"(^\s*(?:template\s*<[^>]*>\s*)?class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(\w+))"_s,
        QRegularExpression::MultilineOption);
    const QDir dir(QStringLiteral(CC_PAXOS_API_DIR));
    for (const QString &name : dir.entryList({u"*.h"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto it = decl.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString base = m.captured(2);
            if (base == u"Job" || base == u"ResultJob" || base.endsWith(u"JobBase"))
                out.insert(m.captured(1));
        }
    }
    // Abstract bases are not operations.
    out.erase(u"ResultJob"_s);
    out.erase(u"ListAllJobBase"_s);
    return out;
}

// Answers like Paxos would, well enough for every job to decode its answer.
void answerLikePaxos(FakeHttpServer &server, int &requestIds)
{
    server.setHandler([&server, &requestIds](std::shared_ptr<FakeHttpServer::Exchange> ex) {
        const QByteArray path = ex->request.target;
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"x-request-id", "srv-" + QByteArray::number(++requestIds)}};
        if (path.endsWith("/oauth2/token")) {
            ex->respond(200,
                        QJsonDocument(QJsonObject{{u"access_token"_s, u"token"_s},
                                                  {u"token_type"_s, u"bearer"_s},
                                                  {u"expires_in"_s, 3600}})
                            .toJson(QJsonDocument::Compact),
                        headers);
            return;
        }
        if (path.startsWith("/upload/")) {
            ex->respond(200, {}, headers, "text/plain");
            return;
        }
        const QJsonObject body{
            {u"id"_s, u"3f1b9f2e-1111-4222-8333-444455556666"_s},
            {u"identity_id"_s, u"3f1b9f2e-1111-4222-8333-444455556666"_s},
            {u"upload_url"_s, server.url(u"/upload/f1"_s).toString()},
            {u"file_id"_s, u"f1"_s},
            {u"name"_s, u"proof.pdf"_s},
            {u"items"_s, QJsonArray()},
            {u"members"_s, QJsonArray()},
            {u"created"_s, 1},
            {u"identities"_s, 1},
        };
        ex->respond(200, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    });
}

class Confirmer : public console::WriteConfirmer
{
public:
    bool answer = false;
    int asked = 0;
    void confirm(const console::WriteConfirmationRequest &, std::function<void(bool)> done) override
    {
        ++asked;
        done(answer);
    }
};

} // namespace

class TestWriteCensus : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        answerLikePaxos(*m_server, m_requestIds);
        m_store = std::make_unique<console::Store>();
        QVERIFY(m_store
                    ->open(console::StoreConfig::sqlite(
                        m_dir.filePath(u"record-%1.sqlite"_s.arg(++m_run))))
                    .ok());
        m_trail = std::make_unique<console::AuditTrail>(m_store.get());
        m_trail->setEnvironment(u"Production"_s);
    }
    void cleanup()
    {
        m_trail.reset();
        m_store.reset();
        m_server.reset();
    }

    // The list of writes is the list the sources have: every job class in paxos/api's
    // headers is driven here, and the ones that send anything but a GET are exactly the
    // registry's. A new job class without a maker, or a new write missing from the registry
    // (so the gate would refuse it... or a gate that did not know it), fails here.
    void registryIsEveryWriteInTheSources()
    {
        std::set<QString> made;
        for (const auto &maker : everyJob())
            made.insert(maker.jobClass);
        const std::set<QString> declared = jobClassesInSources();
        QVERIFY(declared.size() > 20);
        for (const QString &c : declared)
            QVERIFY2(made.count(c), qPrintable(u"no census maker for %1"_s.arg(c)));

        // A local sandbox on loopback with no gate: every job sends what it sends.
        Connection connection(paxos::Clock::system(), nullptr);
        connection.setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        connection.setCredentials(u"client"_s, u"secret"_s);
        std::map<QString, QString> writingOperations; // operation -> job class
        for (const auto &maker : everyJob()) {
            const int before = m_server->requestCount();
            Job *job = maker.make(&connection);
            job->setAutoDelete(false);
            QSignalSpy finished(job, &Job::finished);
            job->start();
            QVERIFY(finished.wait(10000));
            const auto requests = m_server->requests().mid(before);
            for (const auto &r : requests) {
                if (r.method != "GET" && !r.target.endsWith("/oauth2/token"))
                    writingOperations[job->operationName()] = maker.jobClass;
            }
            delete job;
        }
        std::map<QString, QString> registered;
        for (const auto &w : console::writeOperations()) {
            registered[QString(w.operation)] = QString(w.jobClass);
            QVERIFY2(declared.count(QString(w.jobClass)),
                     qPrintable(u"%1 is not a job class of paxos/api"_s.arg(w.jobClass)));
        }
        for (const auto &[op, cls] : writingOperations)
            QVERIFY2(registered.count(op) && registered[op] == cls,
                     qPrintable(u"%1 (%2) writes but is not in the write registry"_s.arg(op, cls)));
        for (const auto &[op, cls] : registered)
            QVERIFY2(writingOperations.count(op),
                     qPrintable(u"%1 (%2) is registered but sent no write"_s.arg(op, cls)));
    }

    // Every write, against a server the console takes for Production: refused unconfirmed,
    // refused when started around the gate, and with intent + outcome when confirmed.
    void everyWriteInProductionPassesTheGate()
    {
        LoopbackNetwork network;
        network.mapHost(u"oauth.paxos.com"_s, m_server->url());
        network.mapHost(u"api.paxos.com"_s, m_server->url());
        Connection connection(paxos::Clock::system(), &network);
        connection.setEnvironment(paxos::Environment::production());
        connection.setCredentials(u"client"_s, u"secret"_s);
        console::WriteGuard gate;
        Confirmer confirmer;
        gate.setConfirmer(&confirmer);
        gate.setProduction(connection.environment().isProduction(), u"Production"_s);
        gate.setAuditTrail(m_trail.get());
        gate.attach(&connection);
        QVERIFY(gate.isProduction());

        for (const auto &w : console::writeOperations()) {
            const QString op = QString(w.operation);
            const auto maker = makerFor(op, &connection);
            QVERIFY2(maker, qPrintable(op));
            auto writesSeen = [this] {
                int n = 0;
                for (const auto &r : m_server->requests())
                    n += (r.method != "GET" && !r.target.endsWith("/oauth2/token")) ? 1 : 0;
                return n;
            };
            const int writesBefore = writesSeen();
            const qint64 entriesBefore = entryCount();

            // 1. Not confirmed: nothing reaches the server, nothing is recorded.
            confirmer.answer = false;
            const int asked = confirmer.asked;
            QString refusal;
            gate.submit(maker(), {op, u"census"_s, {}, {}, {}}, this, {},
                        [&](const QString &why) { refusal = why; });
            QCOMPARE(confirmer.asked, asked + 1);
            QVERIFY(!refusal.isEmpty());

            // 2. Around the gate: the connection refuses it before anything is sent.
            Job *bypass = maker();
            bypass->setAutoDelete(false);
            QSignalSpy bypassed(bypass, &Job::finished);
            bypass->start();
            QVERIFY(bypassed.wait(10000));
            if (w.jobClass != "SandboxAdminJob"_L1) // refused by the admin API check first
                QVERIFY2(bypass->error() && bypass->error()->message().contains(u"write gate"_s),
                         qPrintable(op));
            delete bypass;
            QCOMPARE(writesSeen(), writesBefore);
            QCOMPARE(entryCount(), entriesBefore);

            // 3. Confirmed: intent before, outcome after, with the server's request id.
            confirmer.answer = true;
            bool done = false;
            gate.submit(maker(), {op, u"census"_s, {}, {}, {}}, this, [&](Job *) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            const auto entries = m_trail->list({.order = console::AuditFilter::Order::OldestFirst});
            QVERIFY(entries.ok());
            QCOMPARE(qint64(entries->size()), entriesBefore + 2);
            const auto &intent = entries->at(entries->size() - 2);
            const auto &outcome = entries->last();
            QCOMPARE(intent.action, console::auditActionName(w.action));
            QCOMPARE(intent.outcome, u"intent"_s);
            QCOMPARE(outcome.action, intent.action);
            QCOMPARE(outcome.details().value(u"intent_seq"_s).toInteger(), intent.seq);
            if (w.jobClass == "SandboxAdminJob"_L1) {
                // Production has no admin API: refused by the job, recorded as failed.
                QCOMPARE(outcome.outcome, u"failed"_s);
                QCOMPARE(writesSeen(), writesBefore);
            } else {
                QCOMPARE(outcome.outcome, u"succeeded"_s);
                QVERIFY2(outcome.requestId.startsWith(u"srv-"_s), qPrintable(op));
                QVERIFY(writesSeen() > writesBefore);
            }
        }
    }

    // The admin API exists only on a local sandbox, where no confirmation is asked: its writes
    // still pass the gate and leave intent and outcome.
    void sandboxAdminWritesLocally()
    {
        Connection connection(paxos::Clock::system(), nullptr);
        connection.setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        console::WriteGuard gate;
        gate.setAuditTrail(m_trail.get());
        gate.attach(&connection);
        for (const QString &op : {u"SandboxAdminSeed"_s, u"SandboxAdminScenario"_s}) {
            Job *bypass = makerFor(op, &connection)();
            bypass->setAutoDelete(false);
            QSignalSpy bypassed(bypass, &Job::finished);
            bypass->start();
            QVERIFY(bypassed.wait(10000));
            QVERIFY(bypass->error() && bypass->error()->message().contains(u"write gate"_s));
            delete bypass;
            QCOMPARE(m_server->requestCount(), 0);
        }
        for (const QString &op : {u"SandboxAdminSeed"_s, u"SandboxAdminScenario"_s}) {
            bool done = false;
            gate.submit(makerFor(op, &connection)(), {}, this, [&](Job *job) {
                QVERIFY(!job->error());
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
        QCOMPARE(m_server->requestCount(), 2);
        const auto entries = m_trail->list({.order = console::AuditFilter::Order::OldestFirst});
        QCOMPARE(entries->size(), qsizetype(4));
        QCOMPARE(entries->at(0).outcome, u"intent"_s);
        QCOMPARE(entries->at(1).outcome, u"succeeded"_s);
        QCOMPARE(entries->at(1).action, u"sandbox.seed"_s);
        QCOMPARE(entries->at(3).action, u"identity.sandbox_status"_s);
    }

    // No record, no write: when the intent cannot be appended nothing is sent.
    void refusedWhenTheRecordCannotBeWritten()
    {
        Connection connection(paxos::Clock::system(), nullptr);
        connection.setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        connection.setCredentials(u"client"_s, u"secret"_s);
        console::WriteGuard gate;
        gate.setAuditTrail(m_trail.get());
        gate.attach(&connection);
        m_store->close();
        QString refusal;
        gate.submit(makerFor(u"UpdateIdentity"_s, &connection)(), {}, this, {},
                    [&](const QString &why) { refusal = why; });
        QVERIFY2(refusal.contains(u"audit trail"_s), qPrintable(refusal));
        QCOMPARE(m_server->requestCount(), 0);

        // Without any trail the gate refuses too, unless recording was turned off on purpose.
        console::WriteGuard bare;
        bare.attach(&connection);
        refusal.clear();
        bare.submit(makerFor(u"UpdateIdentity"_s, &connection)(), {}, this, {},
                    [&](const QString &why) { refusal = why; });
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void refusedWhileOffline()
    {
        Connection connection(paxos::Clock::system(), nullptr);
        connection.setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        console::WriteGuard gate;
        gate.setAuditTrail(m_trail.get());
        gate.attach(&connection);
        gate.setReadOnly(true, u"No connection"_s);
        QString refusal;
        gate.submit(makerFor(u"CreateIdentity"_s, &connection)(), {}, this, {},
                    [&](const QString &why) { refusal = why; });
        QCOMPARE(refusal, u"No connection"_s);
        QCOMPARE(entryCount(), qint64(0));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // The gate owns the job: the outcome is recorded after whoever asked is gone, and a write
    // still in flight when the gate goes (the console quits) is recorded as unknown.
    void outcomeOutlivesTheCallerAndUnknownOnQuit()
    {
        Connection connection(paxos::Clock::system(), nullptr);
        connection.setEnvironment(paxos::Environment::localSandbox(m_server->url()));
        connection.setCredentials(u"client"_s, u"secret"_s);
        auto gate = std::make_unique<console::WriteGuard>();
        gate->setAuditTrail(m_trail.get());
        gate->attach(&connection);
        auto *caller = new QObject;
        bool called = false;
        gate->submit(makerFor(u"CreateIdentityControl"_s, &connection)(), {}, caller,
                     [&](Job *) { called = true; });
        delete caller;
        QTRY_COMPARE_WITH_TIMEOUT(entryCount(), qint64(2), 10000);
        QVERIFY(!called);
        QCOMPARE(lastEntry().outcome, u"succeeded"_s);

        // The server keeps the next answer: the write is in flight when the gate goes.
        std::shared_ptr<FakeHttpServer::Exchange> held;
        m_server->setHandler([&](std::shared_ptr<FakeHttpServer::Exchange> ex) { held = ex; });
        gate->submit(makerFor(u"DeleteIdentityControl"_s, &connection)(), {}, this, {});
        QTRY_VERIFY_WITH_TIMEOUT(held, 10000);
        QCOMPARE(gate->writesInFlight(), 1);
        gate.reset();
        QCOMPARE(entryCount(), qint64(4));
        QCOMPARE(lastEntry().outcome, u"unknown"_s);
        QCOMPARE(lastEntry().action, u"control.delete"_s);
        QVERIFY(connection.writeAuthority() == nullptr);
    }

private:
    std::function<Job *()> makerFor(const QString &operation, Connection *connection)
    {
        for (const auto &maker : everyJob()) {
            std::unique_ptr<Job> probe(maker.make(connection));
            if (probe->operationName() == operation)
                return [maker, connection] { return maker.make(connection); };
        }
        return {};
    }
    qint64 entryCount() const { return m_trail->count({}).value(); }
    console::AuditEntry lastEntry() const { return m_trail->list({.limit = 1}).value().value(0); }

    QTemporaryDir m_dir;
    int m_run = 0;
    int m_requestIds = 0;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<console::Store> m_store;
    std::unique_ptr<console::AuditTrail> m_trail;
};

QTEST_GUILESS_MAIN(TestWriteCensus)
#include "tst_writecensus.moc"

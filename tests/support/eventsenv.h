#pragma once

// What the events integration tests share: an in-process paxos-sandbox whose webhooks retry
// fast, a SQLite store in a temporary folder, a connection with the demo client, the webhook
// receiver registered with the sandbox, and the event processor wired to both.

#include "core/events/eventprocessor.h"
#include "core/events/followuptracker.h"
#include "core/record/audittrail.h"
#include "core/record/documentrecords.h"
#include "core/record/processedevents.h"
#include "core/record/statushistory.h"
#include "core/record/store.h"
#include "core/webhook/webhookreceiver.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"
#include "paxos/model/examples.h"
#include "paxos/net/connection.h"
#include "paxos/net/environment.h"
#include "sandbox/server.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace eventstest {

inline constexpr int kTimeout = 20000;
inline const QByteArray kHeader = QByteArrayLiteral("X-Api-Key");
inline const QByteArray kKey = QByteArrayLiteral("wh-test-key-5f1c");

// Creates an identity from the guide's person with a fresh cip_id and extra metadata.
// Returns its id, or an empty string (with a warning) on error.
inline QString createIdentity(paxos::Connection *connection, const QJsonObject &metadata = {})
{
    QJsonObject body = paxos::examples::sandboxExamplePerson(paxos::examples::newRefId());
    QJsonObject person = body.value(QStringLiteral("person_details")).toObject();
    const int serial = QRandomGenerator::global()->bounded(1000, 9999);
    const int group = QRandomGenerator::global()->bounded(10, 99);
    person.insert(QStringLiteral("cip_id"), QStringLiteral("173-%1-%2").arg(group).arg(serial));
    body.insert(QStringLiteral("person_details"), person);
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    auto *job = new paxos::CreateIdentityJob(connection, body);
    job->setAutoDelete(false);
    QSignalSpy done(job, &paxos::Job::finished);
    job->start();
    QString id;
    if (done.wait(kTimeout) && job->isSucceeded())
        id = job->result().id;
    else
        qWarning("create failed: %s",
                 job->error() ? qPrintable(job->error()->message()) : "timeout");
    delete job;
    return id;
}

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<sandbox::Server> server;
    console::Store store;
    std::unique_ptr<console::ProcessedEvents> processed;
    std::unique_ptr<console::StatusHistory> history;
    std::unique_ptr<console::DocumentRecords> documents;
    std::unique_ptr<console::AuditTrail> audit;
    std::unique_ptr<paxos::Connection> connection;
    // The console's changes go through a write gate that records into `audit`; not attached,
    // so a test can still send a raw job to set up the sandbox.
    std::unique_ptr<console::WriteGuard> gate;
    std::unique_ptr<console::WebhookReceiver> receiver;
    std::unique_ptr<console::EventProcessor> processor;
    QString webhookId;

    // Starts everything; returns an empty string or what failed.
    QString start(bool registerWebhook = true)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        sandbox::ServerOptions options;
        options.port = 0;
        options.inMemory = true;
        options.webhookRetryBaseMs = 200;
        options.webhookAttemptTimeoutMs = 2000;
        server = std::make_unique<sandbox::Server>(options);
        QString error;
        if (!server->start(&error))
            return error;
        if (auto status = store.open(
                console::StoreConfig::sqlite(dir.filePath(QStringLiteral("console.sqlite"))));
            !status)
            return status.errorMessage();
        processed = std::make_unique<console::ProcessedEvents>(&store);
        history = std::make_unique<console::StatusHistory>(&store);
        documents = std::make_unique<console::DocumentRecords>(&store);
        audit = std::make_unique<console::AuditTrail>(&store);
        connection = std::make_unique<paxos::Connection>();
        connection->setEnvironment(paxos::Environment::localSandbox(server->url()));
        const auto demo = sandbox::demoClient();
        connection->setCredentials(demo.id, demo.secret);
        gate = std::make_unique<console::WriteGuard>();
        gate->setAuditTrail(audit.get());
        receiver = std::make_unique<console::WebhookReceiver>();
        console::WebhookReceiverConfig config;
        config.apiKey = kKey;
        config.headerName = kHeader;
        if (!receiver->start(config, &error))
            return error;
        processor = std::make_unique<console::EventProcessor>(processed.get(), history.get());
        processor->setConnection(connection.get());
        QObject::connect(receiver.get(), &console::WebhookReceiver::notificationReceived,
                         processor.get(), &console::EventProcessor::handleNotification);
        if (registerWebhook)
            webhookId = server->addWebhook(
                {receiver->url(), QString::fromLatin1(kHeader), QString::fromLatin1(kKey)});
        return {};
    }

    QString createIdentity(const QJsonObject &metadata = {})
    {
        return eventstest::createIdentity(connection.get(), metadata);
    }

    // Feeds applied events and fetched identities to a follow-up tracker and keeps each
    // identity's latest status in *status.
    void follow(console::FollowUpTracker *tracker, QHash<QString, QString> *status)
    {
        QObject::connect(processor.get(), &console::EventProcessor::eventApplied, tracker,
                         &console::FollowUpTracker::applyEvent);
        QObject::connect(processor.get(), &console::EventProcessor::identityUpdated, tracker,
                         &console::FollowUpTracker::applyIdentity);
        QObject::connect(processor.get(), &console::EventProcessor::identityUpdated, tracker,
                         [status](const paxos::Identity &identity) {
                             status->insert(identity.id, identity.effectiveStatus());
                         });
    }

    // True once the event of this type for this identity has been applied.
    bool isApplied(const QString &identityId, const QString &type) const
    {
        const auto rec = recordFor(identityId, type);
        return rec && rec->state == console::EventRecord::State::Applied;
    }

    // The first record of this type for this identity, if any.
    std::optional<console::EventRecord> recordFor(const QString &identityId,
                                                  const QString &type) const
    {
        for (const auto &rec : processor->records()) {
            if (rec.identityId == identityId && rec.type == type)
                return rec;
        }
        return std::nullopt;
    }
};

} // namespace eventstest

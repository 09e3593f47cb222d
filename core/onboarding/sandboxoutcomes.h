#pragma once

#include "core/writes/writeguard.h"
#include "paxos/api/job.h"
#include "paxos/net/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace paxos {
class ApiCall;
class Connection;
class Job;
class SandboxAdminJob;
} // namespace paxos

namespace console {

class WriteGuard;

namespace onboarding {

// One scenario trigger of paxos-sandbox (sandbox/README.md, "Scenario triggers").
struct SandboxScenario
{
    QString key; // what is sent: "deny", "edd:PROOF_OF_FUNDS", …
    QString label; // "Sanctions hit (denied)"
    QString effect; // one sentence: what the identity does next
};

// Drives the outcomes of an identity in a sandbox so a demo can walk every branch:
// Sandbox Set Identity Status (any sandbox, Paxos's too) and the local sandbox's scenario
// triggers (POST /sandbox-admin/identities/{id}/scenario, answered to loopback only), and
// fills an empty local sandbox with demo identities. Refuses everything in Production.
class SandboxOutcomes : public QObject
{
    Q_OBJECT
public:
    // Every change goes through `guard` (core/writes); without one nothing is sent.
    SandboxOutcomes(paxos::Connection *connection, WriteGuard *guard, QObject *parent = nullptr);
    ~SandboxOutcomes() override;

    void setConnection(paxos::Connection *connection) { m_connection = connection; }

    // Scenarios offered (the README's table, EDD with the usual document types).
    static QList<SandboxScenario> scenarios();
    // Sandbox Set Identity Status is allowed (not Production).
    bool canSetStatus() const;
    // The scenario endpoint exists: the connection points at a local paxos-sandbox.
    bool canRunScenario() const { return reachesAdminApi(m_connection); }
    // The connection points at a paxos-sandbox's admin API (not Production, on loopback).
    static bool reachesAdminApi(const paxos::Connection *connection);

    // `statuses`: SandboxSetIdentityStatusRequest keys, e.g. {"sanctions_verification_status":
    // "APPROVED"} or {"user_disabled": {"disabled": true}}.
    void setStatus(const QString &identityId, const QJsonObject &statuses);
    void runScenario(const QString &identityId, const QString &scenario);
    // Fills the local sandbox with `count` realistic identities and their history
    // (POST /sandbox-admin/seed), for a demo that starts from an empty queue.
    void addDemoIdentities(int count);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

signals:
    // The identity changed; reload it. `identity` is the sandbox's answer when it sent one.
    void applied(const QString &identityId, const QJsonObject &identity);
    void failed(const paxos::ApiError &error);
    void demoIdentitiesAdded(int created, int total);

private:
    void run(paxos::Job *job, WriteIntent intent, std::function<void(paxos::Job *)> succeeded);

    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    QPointer<paxos::Job> m_job;
};

} // namespace onboarding
} // namespace console

#pragma once

#include "paxos/api/job.h"
#include "paxos/net/environment.h"

namespace paxos {

// paxos-sandbox's admin API (/sandbox-admin/, sandbox/README.md), outside the Paxos
// contract: answered only to loopback peers and without a token. Demos and scripts use it to
// fill a sandbox with demo identities or to walk an identity through a scenario. The result
// is the admin API's JSON answer.
class SandboxAdminJob : public ResultJob<QJsonObject>
{
    Q_OBJECT
public:
    // `path` below the server root, e.g. "/sandbox-admin/seed".
    SandboxAdminJob(Connection *connection, QString operation, QString path, QJsonObject body,
                    QObject *parent = nullptr);
    QString operationName() const override { return m_operation; }

    // The environment can have an admin API: a paxos-sandbox on this machine (Paxos has no
    // loopback servers), never Production.
    static bool isAvailable(const Environment &environment);

    // POST /sandbox-admin/seed: `count` realistic identities with their history.
    static SandboxAdminJob *seed(Connection *connection, int count, QObject *parent = nullptr);
    // POST /sandbox-admin/identities/{id}/scenario.
    static SandboxAdminJob *scenario(Connection *connection, const QString &identityId,
                                     const QString &scenario, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_operation;
    QString m_path;
    QJsonObject m_body;
};

} // namespace paxos

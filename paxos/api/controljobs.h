#pragma once

#include "paxos/api/job.h"
#include "paxos/api/queries.h"
#include "paxos/model/control.h"
#include "paxos/model/page.h"

namespace paxos {

// GET /v2/identity/controls?identity_id=… — scope identity:read_identity_control. One page.
class ListIdentityControlsJob : public ResultJob<ListPage<IdentityControl>>
{
    Q_OBJECT
public:
    using Item = IdentityControl;
    using Query = ListControlsQuery;
    ListIdentityControlsJob(Connection *connection, ListControlsQuery query,
                            QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListIdentityControls"); }
    void setPageCursor(const QString &cursor) { m_query.pageCursor = cursor; }

protected:
    void run() override;

private:
    ListControlsQuery m_query;
};

// POST /v2/identity/controls — scope identity:write_identity_control. Not repeated after a
// lost answer: a second control of the same type is a conflict, not a no-op.
class CreateIdentityControlJob : public ResultJob<IdentityControl>
{
    Q_OBJECT
public:
    CreateIdentityControlJob(Connection *connection, CreateIdentityControlRequest request,
                             QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("CreateIdentityControl"); }

protected:
    void run() override;

private:
    CreateIdentityControlRequest m_request;
};

// DELETE /v2/identity/controls?control_id=…&reason=… — scope identity:write_identity_control.
// Query parameters, no body, as the reference says. Paxos answers `{}`.
class DeleteIdentityControlJob : public ResultJob<EmptyResult>
{
    Q_OBJECT
public:
    DeleteIdentityControlJob(Connection *connection, QString controlId, QString reason = {},
                             QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DeleteIdentityControl"); }

protected:
    void run() override;

private:
    QString m_controlId;
    QString m_reason;
};

} // namespace paxos

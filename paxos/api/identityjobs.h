#pragma once

#include "paxos/api/job.h"
#include "paxos/api/queries.h"
#include "paxos/model/identity.h"
#include "paxos/model/page.h"

namespace paxos {

// POST /v2/identity/identities — scope identity:write_identity.
//
// Safe to retry: the body always carries a `ref_id` (a new UUID when the caller gave none),
// so the connection may resend it after a timeout or a lost answer. If an earlier attempt
// (or an earlier run) already created the identity, Paxos answers 409 "duplicate ref_id";
// the job then fetches that identity and succeeds with it, with isRecovered() true. A 409 for
// a duplicate cip_id fails with ApiError::Kind::DuplicateCipId carrying the existing id —
// unless an unanswered attempt of this very job created it (same ref_id), which is recovered.
class CreateIdentityJob : public ResultJob<Identity>
{
    Q_OBJECT
public:
    CreateIdentityJob(Connection *connection, QJsonObject request, QObject *parent = nullptr);
    CreateIdentityJob(Connection *connection, const Identity &draft, QObject *parent = nullptr);

    QString operationName() const override { return QStringLiteral("CreateIdentity"); }
    QString refId() const { return m_refId; }
    QJsonObject requestBody() const { return m_request; }
    // The identity existed already under this ref_id and was fetched instead of created.
    bool isRecovered() const { return m_recovered; }
    // Off: a duplicate ref_id fails with ApiError::Kind::DuplicateRefId instead.
    void setResolveDuplicateRefId(bool on) { m_resolveDuplicateRefId = on; }

protected:
    void run() override;

private:
    void recover(const ApiError &conflict, bool requireSameRefId);

    QJsonObject m_request;
    QString m_refId;
    bool m_recovered = false;
    bool m_resolveDuplicateRefId = true;
};

// GET /v2/identity/identities/{id} — scope identity:read_identity.
// Details (person/institution) are asked for by default: they are why one opens an identity.
class GetIdentityJob : public ResultJob<Identity>
{
    Q_OBJECT
public:
    GetIdentityJob(Connection *connection, QString identityId, bool includeDetails = true,
                   bool includeInstitutionMembers = false, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("GetIdentity"); }
    QString identityId() const { return m_id; }

protected:
    void run() override;

private:
    QString m_id;
    bool m_includeDetails;
    bool m_includeMembers;
};

// GET /v2/identity/identities — scope identity:read_identity. One page.
class ListIdentitiesJob : public ResultJob<ListPage<Identity>>
{
    Q_OBJECT
public:
    using Item = Identity;
    using Query = ListIdentitiesQuery;
    ListIdentitiesJob(Connection *connection, ListIdentitiesQuery query = {},
                      QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListIdentities"); }
    const ListIdentitiesQuery &query() const { return m_query; }
    // For the pager: the same query at another cursor.
    void setPageCursor(const QString &cursor) { m_query.pageCursor = cursor; }

protected:
    void run() override;

private:
    ListIdentitiesQuery m_query;
};

// PUT /v2/identity/identities/{id} — scope identity:write_identity. `delta` holds only what
// changes (Paxos merges it); the answer is the updated identity.
class UpdateIdentityJob : public ResultJob<Identity>
{
    Q_OBJECT
public:
    UpdateIdentityJob(Connection *connection, QString identityId, QJsonObject delta,
                      QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("UpdateIdentity"); }

protected:
    void run() override;

private:
    QString m_id;
    QJsonObject m_delta;
};

// PUT /v2/identity/identities/{id}/sandbox-status — Sandbox only, scope
// identity:write_identity. Keys: id_verification_status, sanctions_verification_status,
// document_verification_status, additional_screening_status (IdentityStatus values),
// user_disabled / admin_disabled ({"disabled": bool}). Paxos answers `{}`.
class SetSandboxIdentityStatusJob : public ResultJob<EmptyResult>
{
    Q_OBJECT
public:
    SetSandboxIdentityStatusJob(Connection *connection, QString identityId, QJsonObject statuses,
                                QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("SandboxSetIdentityStatus"); }

protected:
    void run() override;

private:
    QString m_id;
    QJsonObject m_statuses;
};

} // namespace paxos

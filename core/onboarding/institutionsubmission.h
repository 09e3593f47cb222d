#pragma once

#include "paxos/model/identity.h"
#include "paxos/model/validation.h"
#include "paxos/net/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console {

class WriteGuard;

namespace onboarding {

// The editable part of an institution in the shape of a Create Identity body, from Get
// Identity with details: institution_details without the read-only sub-statuses,
// customer_due_diligence without created_at, tax_details_not_required, ref_id, metadata.
// Members are not in it: after creation they change through InstitutionMembers.
QJsonObject institutionEditableShape(const QJsonObject &identity);
// The Update Identity body that turns `original` into `edited` (both editable shapes): the
// institution_details and CDD fields that changed (an address whole, as its required parts
// must travel together), ref_id, set_tax_details_not_required, metadata whole. Fields that
// were emptied are left out: the API has no way to clear them.
QJsonObject institutionUpdateDelta(const QJsonObject &original, const QJsonObject &edited);

// Creates or updates an institution identity: the request is checked against Paxos's
// institution rules (paxos/model/institutionrules.h, through validateCreateIdentity()), then
// handed to the write gate (console::WriteGuard::submit), which confirms it in Production and
// records intent and outcome. A request with errors is not sent.
//
// Like every create, an institution carries a ref_id: after an attempt whose outcome is
// unknown (time-out, lost connection), sending the same ref_id again resolves the duplicate
// ref_id 409 to the institution that attempt created.
class InstitutionSubmission : public QObject
{
    Q_OBJECT
public:
    InstitutionSubmission(paxos::Connection *connection, WriteGuard *guard,
                          QObject *parent = nullptr);
    ~InstitutionSubmission() override;

    // `target` names the institution for the confirmation and the audit trail. Returns the
    // client-side issues; when any is an error nothing is sent.
    QList<paxos::ValidationIssue> create(const QJsonObject &request, const QString &target);
    QList<paxos::ValidationIssue> update(const QString &identityId, const QJsonObject &delta,
                                         const QString &target);
    void cancel();
    bool isRunning() const { return m_running; }
    bool outcomeUnknownFor(const QString &refId) const
    {
        return !refId.isEmpty() && refId == m_uncertainRefId;
    }

signals:
    void started();
    // recovered: an earlier attempt with the same ref_id had created it.
    void succeeded(const paxos::Identity &identity, bool recovered);
    // After a create, the institution read once more with its members: the status Paxos gave
    // it (by default PENDING for document verification). Not emitted when that read fails.
    void decided(const paxos::Identity &identity);
    void failed(const paxos::ApiError &error);
    void refused(const QString &reason);

private:
    void send(paxos::Job *job, bool isCreate, const QString &identityId, const QString &refId,
              const QJsonObject &body, const QString &target);

    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    QPointer<paxos::Job> m_job;
    bool m_running = false;
    QString m_uncertainRefId;
};

} // namespace onboarding
} // namespace console

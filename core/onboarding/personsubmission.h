#pragma once

#include "core/record/audittrail.h"
#include "core/session/writeconfirmation.h"
#include "paxos/api/job.h"
#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console {

class AuditTrail;
class StatusHistory;
class WriteGuard;

namespace onboarding {

// The request field a 400 names, when its detail starts with (or contains) a JSON path of
// the request, e.g. "person_details.first_name must match …" → "person_details.first_name".
// Paxos does not publish its validation wording, so anything else gives an empty string and
// the detail is shown verbatim.
QString fieldPathInDetail(const QString &detail);

// Sends a Create or Update Identity (a KYC refresh too) through the write gate (core/writes:
// refused offline, typed confirmation in Production, intent and outcome in the audit trail),
// and can be cancelled. Without a gate nothing is sent.
//
// Retrying is safe: a create always carries its ref_id. When an attempt ended without a
// known outcome (timeout, network loss, cancelled after sending), submitting the same ref_id
// again resolves a "duplicate ref_id" 409 to the identity that attempt created. A duplicate
// ref_id on a first attempt is reported as an error instead: the ref_id the user typed
// belongs to another identity.
class PersonSubmission : public QObject
{
    Q_OBJECT
public:
    // history, when given, keeps each answer as a snapshot caused by the console's own call.
    PersonSubmission(paxos::Connection *connection, WriteGuard *guard, QObject *parent = nullptr,
                     StatusHistory *history = nullptr);
    ~PersonSubmission() override;

    void setConnection(paxos::Connection *connection) { m_connection = connection; }

    // `target` names the person for the confirmation and the audit trail.
    void create(const QJsonObject &request, const QString &target);
    void update(const QString &identityId, const QJsonObject &body, const QString &target);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    // Whether the last create of `refId` ended without a known outcome.
    bool outcomeUnknownFor(const QString &refId) const
    {
        return !refId.isEmpty() && refId == m_uncertainRefId;
    }

signals:
    void started();
    void retrying(const QString &reason);
    // recovered: an earlier attempt with the same ref_id had created it.
    void succeeded(const paxos::Identity &identity, bool recovered);
    // After a create, the identity asked for once more: the sandbox decides at once, so the
    // decision shows without waiting for the queue. Not emitted when that read fails.
    void decided(const paxos::Identity &identity);
    void failed(const paxos::ApiError &error);
    // The write gate said no (read-only, not confirmed, the record cannot be written), or the
    // write was cancelled before it was sent; reason in words.
    void refused(const QString &reason);

private:
    void run(paxos::Job *job, const QString &title, const QString &target, bool isCreate,
             const QString &identityId, const QString &refId, const QJsonObject &body);
    void handleSucceeded(paxos::Job *job, bool isCreate, const QString &refId);
    void handleFailed(const paxos::ApiError &error, bool isCreate, const QString &refId);

    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    QPointer<StatusHistory> m_history;
    QPointer<paxos::Job> m_job;
    QString m_uncertainRefId;
};

} // namespace onboarding
} // namespace console

#pragma once

#include "core/record/audittrail.h"
#include "paxos/net/apierror.h"
#include "paxos/net/connection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace paxos {
class Job;
} // namespace paxos

namespace console {

// What a write is about to do, in words the confirmation shows.
struct WriteConfirmationRequest
{
    QString action; // "Disable identity", "Update person details"
    QString target; // "Billy Duncan (ref_id cus-1042)"
    QString environment; // "Production"
    // What the reviewer has to type to confirm (e.g. the environment's name).
    QString phrase;
};

// Asks the reviewer to confirm a write. Implementations never block: they answer later
// through `done`. The window installs a dialog, paxosctl answers with --yes, tests script it.
class WriteConfirmer
{
public:
    virtual ~WriteConfirmer() = default;
    virtual void confirm(const WriteConfirmationRequest &request,
                         std::function<void(bool confirmed)> done) = 0;
};

// One change as the caller describes it to the gate.
struct WriteIntent
{
    QString title; // what the confirmation says is about to happen: "Create person identity"
    QString target; // whom it is about: "Billy Duncan (ref_id cus-1042)"
    QString identityId; // recorded with both entries; empty when not known yet (a create)
    // Recorded with both entries (field paths, control ids; never PII values: the trail
    // redacts what it is given, but the caller should not hand it any).
    QJsonObject details;
    // Runs once the job has ended, on the gate, whether or not the caller still exists: adds
    // what the answer says to the outcome entry (the created identity, the new control id).
    // Capture values, never the caller.
    std::function<void(const paxos::Job &job, AuditRecord &outcome)> describeOutcome;
    // A batch confirmed with confirmBatch(): in Production the write is not asked about again
    // while the batch has writes left (0: not part of a batch, asked on its own).
    quint64 batch = 0;
};

// The one door every change at Paxos goes through, in the console and in paxosctl. A write
// is a paxos::Job handed to submit(); the gate then
//   1. refuses it while the console is offline or read-only, and refuses an operation that
//      is not a known write (core/writes/writeregistry.h);
//   2. in Production, asks the typed confirmation (the WriteConfirmer);
//   3. appends an *intent* entry to the audit trail, and refuses to send when that fails;
//   4. issues the job a ticket (the connection sends no change without one, see
//      paxos::WriteAuthority) and starts it;
//   5. appends the *outcome* entry (succeeded, failed, cancelled) with the request id when the
//      job ends. The gate owns the job from submit() on, so the outcome is recorded even when
//      whoever asked is gone; a write still in flight when the gate goes (the console quits)
//      is recorded as unknown.
// Registered on a connection with attach(), it is the connection's write authority: a job
// started any other way fails before anything is sent.
class WriteGuard : public QObject, public paxos::WriteAuthority
{
    Q_OBJECT
public:
    explicit WriteGuard(QObject *parent = nullptr);
    ~WriteGuard() override;

    void setConfirmer(WriteConfirmer *confirmer) { m_confirmer = confirmer; }
    WriteConfirmer *confirmer() const { return m_confirmer; }

    void setProduction(bool production, const QString &environmentLabel);
    bool isProduction() const { return m_production; }
    // Writes are refused while the connection is lost (read-only mode).
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Where intent and outcome are recorded. Without a trail writes are refused, unless the
    // user chose to record nothing (paxosctl --store none): setUnrecordedAllowed(true).
    void setAuditTrail(AuditTrail *trail) { m_trail = trail; }
    AuditTrail *auditTrail() const { return m_trail; }
    void setUnrecordedAllowed(bool allowed) { m_unrecordedAllowed = allowed; }

    // Becomes `connection`'s write authority (and stops being the previous one's).
    void attach(paxos::Connection *connection);
    paxos::Connection *connection() const { return m_connection; }

    // Sends `job` through the gate. The gate takes the job (it becomes the job's parent).
    // `finished` runs after the outcome is recorded, with the job (read its result or error
    // there), and `refused` when the write was not sent, with the reason in words for the
    // user; neither is called once `context` is destroyed. A refusal that needs nobody's
    // answer (offline, not a known write, no record) is reported from inside submit().
    void submit(paxos::Job *job, WriteIntent intent, QObject *context,
                std::function<void(paxos::Job *job)> finished,
                std::function<void(const QString &reason)> refused = {});

    // Many writes of one operation at once (an import): in Production the reviewer is asked
    // ONCE, with the count, and the answer is recorded (a write.batch_confirm entry with the
    // operation and count); `proceed` gets the batch id to put in each WriteIntent::batch.
    // A batch covers at most `count` writes of `operation`; each is still refused offline and
    // recorded with intent and outcome. Outside Production nothing is asked or recorded.
    void confirmBatch(const QString &title, const QString &operation, int count, QObject *context,
                      std::function<void(quint64 batch)> proceed,
                      std::function<void(const QString &reason)> refused = {});
    // Ends a batch early (the rest of it was cancelled): its remaining writes are not covered.
    void endBatch(quint64 batch) { m_batches.remove(batch); }

    // Confirmation only, for a change that is not a Paxos call. Prefer submit().
    void requestWrite(const QString &action, const QString &target, QObject *context,
                      std::function<void()> proceed,
                      std::function<void(const QString &reason)> refused = {});

    // Writes sent and not yet answered.
    int writesInFlight() const { return int(m_inFlight.size()); }
    // Records every write in flight as unknown and stops waiting for it (quitting). The
    // calls are cancelled; Paxos may still have applied them.
    void abandonWritesInFlight();

    bool admitsWrite(quint64 ticket) const override;

    static QString confirmationPhrase() { return QStringLiteral("PRODUCTION"); }

signals:
    void writeConfirmed(const QString &action, const QString &target);
    void writeRefused(const QString &action, const QString &target, const QString &reason);
    void writesInFlightChanged(int count);
    // An outcome could not be recorded (the write itself went through or failed as reported).
    void recordProblem(const QString &message);

private:
    struct InFlight
    {
        QPointer<paxos::Job> job;
        AuditRecord outcome; // what the outcome entry starts from
        qint64 intentSeq = 0;
        std::function<void(const paxos::Job &, AuditRecord &)> describeOutcome;
    };

    void send(paxos::Job *job, WriteIntent intent, AuditAction action, QPointer<QObject> context,
              std::function<void(paxos::Job *)> finished,
              std::function<void(const QString &)> refuse);
    void recordOutcome(quint64 ticket, AuditOutcome outcome, const paxos::Job *job);
    // Checks that need no answer from anyone: offline, recording.
    std::optional<QString> refusalNow() const;

    WriteConfirmer *m_confirmer = nullptr;
    QPointer<AuditTrail> m_trail;
    QPointer<paxos::Connection> m_connection;
    bool m_unrecordedAllowed = false;
    bool m_production = false;
    bool m_readOnly = false;
    QString m_environmentLabel;
    QString m_readOnlyReason;
    QHash<quint64, InFlight> m_inFlight; // by ticket
    struct Batch
    {
        QString operation;
        int remaining = 0;
    };
    QHash<quint64, Batch> m_batches; // confirmed batches, by id
    // Whether `job` is covered by a confirmed batch (and takes one write from it).
    bool takeFromBatch(quint64 batch, const QString &operation);
};

} // namespace console

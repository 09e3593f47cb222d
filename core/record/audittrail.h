#pragma once

#include "core/record/auditcheckpoints.h"
#include "core/record/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace console {

// What was done. The wire names are what the store and the CSV hold.
enum class AuditAction {
    IdentityCreate,
    IdentityUpdate,
    SandboxStatusSet,
    DocumentUpload,
    ControlCreate,
    ControlDelete,
    AccountCreate,
    DuplicateCipDecision,
    PiiReveal,
    Export,
    EnvironmentSwitch,
    NoteAdd,
    AssignmentChange,
    ReasonCodeChange, // the team's reason-code list: add, rename, retire, restore, reorder
    // Writes that only the write gate records (see core/writes/writeguard.h).
    AccountUpdate,
    AccountMemberAdd,
    AccountMemberRemove,
    InstitutionMemberAdd,
    InstitutionMemberRemove,
    SandboxSeed,
    BatchConfirm, // one Production confirmation for a batch of writes (an import)
};
QString auditActionName(AuditAction action);

// The field paths a create or update sent ("person_details.cip_id", "ref_id"; metadata as
// one), never the values: what an audit entry says was sent, since the body holds PII.
QJsonArray auditFieldPaths(const QJsonObject &body);
std::optional<AuditAction> auditActionFromName(QStringView name);
// Human words for a wire name; unknown names (from a newer console) come back unchanged.
QString auditActionLabel(const QString &name);
QList<AuditAction> allAuditActions();

// Intended: a write about to be sent (the write gate records it before sending). Unknown: a
// write whose answer never came because the console quit or was closed while it was in flight;
// Paxos may or may not have applied it.
enum class AuditOutcome { Succeeded, Failed, Cancelled, Intended, Unknown };
QString auditOutcomeName(AuditOutcome outcome);

// What a caller records. Operator and environment come from the trail unless set here.
// details is redacted before it is stored (no secrets, government ids masked).
struct AuditRecord
{
    AuditAction action = AuditAction::IdentityUpdate;
    AuditOutcome outcome = AuditOutcome::Succeeded;
    QString identityId;
    QString requestId;
    QJsonObject details;
    QString environment;
};

// One stored link of the chain.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString operatorName;
    QString osUser;
    QString environment;
    QString action;
    QString identityId;
    QString outcome;
    QString requestId;
    QString detailsJson; // exactly as stored and hashed
    QString prevHash;
    QString hash;

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    QJsonObject details() const;
};

// Which entries to list; empty fields do not filter. Paging is by seq (keyset): pass the
// last seq you got as afterSeq (oldest first) or beforeSeq (newest first).
struct AuditFilter
{
    enum class Order { NewestFirst, OldestFirst };
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QString operatorName;
    QString action;
    QString identityId;
    QString environment;
    QString outcome;
    qint64 afterSeq = 0;
    qint64 beforeSeq = 0;
    int limit = 500;
    Order order = Order::NewestFirst;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem; // what is wrong with that link, for the user
};

// The append-only, hash-chained audit trail. Every entry's hash is SHA-256 over
// canonicalForm() of the entry, which includes the previous entry's hash; the chain head row
// remembers the last link, so an edited, removed or reordered row — or a cut-off tail — is
// reported by verify() as the first broken link. The database also refuses UPDATE and DELETE
// (and TRUNCATE on PostgreSQL) on the table; the chain is what catches someone who got
// around them. Someone who also rewrites the head, or recomputes every hash, is caught by the
// checkpoints each computer keeps outside the database (AuditCheckpoints): every append and
// every intact verify() moves them forward, and verify() compares the chain with them.
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    explicit AuditTrail(Store *store, QObject *parent = nullptr);

    // Environment recorded when an AuditRecord leaves it empty.
    void setEnvironment(const QString &environment) { m_environment = environment; }
    QString environment() const { return m_environment; }

    StoreResult<AuditEntry> append(const AuditRecord &record);
    StoreResult<QList<AuditEntry>> list(const AuditFilter &filter) const;
    StoreResult<qint64> count(const AuditFilter &filter) const;
    // Checks the whole chain at once; AuditVerifier does the same a page per event-loop turn.
    StoreResult<AuditVerification> verify() const;

    // The bytes that are hashed: a compact JSON array of every field in a fixed order, numbers
    // as decimal strings, ending with the previous hash.
    static QByteArray canonicalForm(const AuditEntry &entry);
    static QString computeHash(const AuditEntry &entry);
    static QString genesisHash();

private:
    Store *m_store;
    QString m_environment;
};

// The chain check, a page at a time: AuditTrail::verify() and AuditVerifier drive it.
class AuditChainCheck
{
public:
    explicit AuditChainCheck(const Store *store)
        : m_store(store)
    {
    }

    // Reads this computer's checkpoint and the chain head; the check ends at that head.
    StoreStatus begin();
    // Checks up to pageSize more entries; true when the check is complete (result() is final).
    StoreResult<bool> step(int pageSize);
    const AuditVerification &result() const { return m_result; }
    // Entries the head says there are.
    qint64 expectedEntries() const { return m_headSeq; }

private:
    bool broken(qint64 seq, const QString &problem);
    QString checkpointTime() const;

    const Store *m_store;
    std::optional<AuditCheckpoint> m_checkpoint;
    AuditVerification m_result;
    qint64 m_headSeq = 0;
    QString m_headHash;
    qint64 m_expectedSeq = 1;
    QString m_prevHash;
};

// Verifies the audit chain without blocking the event loop, with progress and cancel.
class AuditVerifier : public QObject
{
    Q_OBJECT
public:
    explicit AuditVerifier(Store *store, QObject *parent = nullptr);

    void start();
    void cancel() { m_cancelled = true; }
    void setPageSize(int entries) { m_pageSize = qMax(1, entries); }

signals:
    void progress(qint64 checked, qint64 total);
    // completed false: cancelled (error empty) or the store failed (error says why).
    void finished(bool completed, const console::AuditVerification &result, const QString &error);

private:
    void step();

    Store *m_store;
    std::unique_ptr<AuditChainCheck> m_check;
    int m_pageSize = 2000;
    bool m_cancelled = false;
};

} // namespace console

Q_DECLARE_METATYPE(console::AuditVerification)

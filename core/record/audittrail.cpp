#include "core/record/audittrail.h"

#include "core/record/auditcheckpoints.h"
#include "core/record/redaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

namespace {

struct ActionInfo
{
    AuditAction action;
    QLatin1StringView name;
    const char *label;
};

// One table: wire name and label of every action, in the order filters offer them.
constexpr ActionInfo kActions[] = {
    {AuditAction::IdentityCreate, "identity.create"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Create identity")},
    {AuditAction::IdentityUpdate, "identity.update"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Update identity")},
    {AuditAction::SandboxStatusSet, "identity.sandbox_status"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Set sandbox status")},
    {AuditAction::DocumentUpload, "document.upload"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Upload document")},
    {AuditAction::ControlCreate, "control.create"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Create control")},
    {AuditAction::ControlDelete, "control.delete"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Delete control")},
    {AuditAction::AccountCreate, "account.create"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Create account")},
    {AuditAction::DuplicateCipDecision, "identity.duplicate_cip_decision"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Duplicate government id decision")},
    {AuditAction::PiiReveal, "pii.reveal"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Reveal personal data")},
    {AuditAction::Export, "export"_L1, QT_TRANSLATE_NOOP("console::AuditTrail", "Export")},
    {AuditAction::EnvironmentSwitch, "environment.switch"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Switch environment")},
    {AuditAction::NoteAdd, "note.add"_L1, QT_TRANSLATE_NOOP("console::AuditTrail", "Add note")},
    {AuditAction::AssignmentChange, "assignment.change"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Change assignment")},
    {AuditAction::ReasonCodeChange, "reason_code.change"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Change reason codes")},
    {AuditAction::AccountUpdate, "account.update"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Update account")},
    {AuditAction::AccountMemberAdd, "account.member_add"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Add account members")},
    {AuditAction::AccountMemberRemove, "account.member_remove"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Remove account member")},
    {AuditAction::InstitutionMemberAdd, "institution.member_add"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Add institution members")},
    {AuditAction::InstitutionMemberRemove, "institution.member_remove"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Remove institution member")},
    {AuditAction::SandboxSeed, "sandbox.seed"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Seed sandbox")},
    {AuditAction::BatchConfirm, "write.batch_confirm"_L1,
     QT_TRANSLATE_NOOP("console::AuditTrail", "Confirm a batch of changes")},
};

constexpr auto kColumns = "seq, at_ms, operator_name, os_user, environment, action, identity_id, "
                          "outcome, request_id, details, prev_hash, hash"_L1;

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.operatorName = q.value(2).toString();
    e.osUser = q.value(3).toString();
    e.environment = q.value(4).toString();
    e.action = q.value(5).toString();
    e.identityId = q.value(6).toString();
    e.outcome = q.value(7).toString();
    e.requestId = q.value(8).toString();
    e.detailsJson = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

// WHERE clause and values for a filter; only the conditions in use, so indexes apply.
QString whereClause(const AuditFilter &f, QVariantList &values, bool withPaging)
{
    QStringList conds;
    auto add = [&](const QString &cond, const QVariant &value) {
        conds.append(cond);
        values.append(value);
    };
    if (f.from.isValid())
        add(u"at_ms >= ?"_s, f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add(u"at_ms < ?"_s, f.to.toMSecsSinceEpoch());
    if (!f.operatorName.isEmpty())
        add(u"operator_name = ?"_s, f.operatorName);
    if (!f.action.isEmpty())
        add(u"action = ?"_s, f.action);
    if (!f.identityId.isEmpty())
        add(u"identity_id = ?"_s, f.identityId);
    if (!f.environment.isEmpty())
        add(u"environment = ?"_s, f.environment);
    if (!f.outcome.isEmpty())
        add(u"outcome = ?"_s, f.outcome);
    if (withPaging && f.afterSeq > 0)
        add(u"seq > ?"_s, f.afterSeq);
    if (withPaging && f.beforeSeq > 0)
        add(u"seq < ?"_s, f.beforeSeq);
    return conds.isEmpty() ? QString() : u" WHERE "_s + conds.join(u" AND "_s);
}

} // namespace

QJsonArray auditFieldPaths(const QJsonObject &body)
{
    QJsonArray out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isObject() && it.key() != "metadata"_L1) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                out.append(QString(it.key() + u'.' + in.key()));
        } else {
            out.append(it.key());
        }
    }
    return out;
}

QString auditActionName(AuditAction action)
{
    for (const auto &info : kActions) {
        if (info.action == action)
            return info.name;
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(QStringView name)
{
    for (const auto &info : kActions) {
        if (name == info.name)
            return info.action;
    }
    return std::nullopt;
}

QString auditActionLabel(const QString &name)
{
    for (const auto &info : kActions) {
        if (name == info.name)
            return QCoreApplication::translate("console::AuditTrail", info.label);
    }
    return name;
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> out;
    for (const auto &info : kActions)
        out.append(info.action);
    return out;
}

QString auditOutcomeName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Succeeded:
        return u"succeeded"_s;
    case AuditOutcome::Failed:
        return u"failed"_s;
    case AuditOutcome::Cancelled:
        return u"cancelled"_s;
    case AuditOutcome::Intended:
        return u"intent"_s;
    case AuditOutcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QJsonObject AuditEntry::details() const
{
    return QJsonDocument::fromJson(detailsJson.toUtf8()).object();
}

AuditTrail::AuditTrail(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString AuditTrail::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditTrail::canonicalForm(const AuditEntry &e)
{
    const QJsonArray fields = {
        QString::number(e.seq),
        QString::number(e.atMs),
        e.operatorName,
        e.osUser,
        e.environment,
        e.action,
        e.identityId,
        e.outcome,
        e.requestId,
        e.detailsJson,
        e.prevHash,
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString AuditTrail::computeHash(const AuditEntry &entry)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(entry), QCryptographicHash::Sha256).toHex());
}

StoreResult<AuditEntry> AuditTrail::append(const AuditRecord &record)
{
    AuditEntry entry;
    entry.atMs = m_store->nowMs();
    entry.operatorName = m_store->currentOperator().name;
    entry.osUser = m_store->currentOperator().osUser;
    entry.environment = record.environment.isEmpty() ? m_environment : record.environment;
    entry.action = auditActionName(record.action);
    entry.identityId = record.identityId;
    entry.outcome = auditOutcomeName(record.outcome);
    entry.requestId = record.requestId;
    entry.detailsJson = QString::fromUtf8(
        QJsonDocument(redaction::redactObject(record.details)).toJson(QJsonDocument::Compact));

    auto status = m_store->transaction([&]() -> StoreStatus {
        // Writing the head row first takes the write lock (SQLite) or the row lock
        // (PostgreSQL) before reading it, so two consoles cannot fork the chain.
        if (auto r = m_store->run(u"UPDATE audit_chain_head SET seq = seq WHERE id = 1"_s); !r)
            return r.error();
        auto head = m_store->run(u"SELECT seq, hash FROM audit_chain_head WHERE id = 1"_s);
        if (!head)
            return head.error();
        if (!head.value().next())
            return StoreError{tr("The audit chain head is missing."), {}};
        entry.seq = head.value().value(0).toLongLong() + 1;
        entry.prevHash = head.value().value(1).toString();
        entry.hash = computeHash(entry);
        auto ins = m_store->run(u"INSERT INTO audit_trail (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                "?, ?, ?, ?)"_s.arg(kColumns),
                                {entry.seq, entry.atMs, entry.operatorName, entry.osUser,
                                 entry.environment, entry.action, entry.identityId, entry.outcome,
                                 entry.requestId, entry.detailsJson, entry.prevHash, entry.hash});
        if (!ins)
            return ins.error();
        if (auto r = m_store->run(u"UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1"_s,
                                  {entry.seq, entry.hash});
            !r) {
            return r.error();
        }
        // This computer has now seen the chain up to this entry: remember it outside the
        // database once it is committed.
        Store *store = m_store;
        m_store->afterCommit(u"audit-checkpoint"_s, [store, seq = entry.seq, hash = entry.hash] {
            advanceAuditCheckpoint(*store, seq, hash);
        });
        return storeOk();
    });
    if (!status)
        return status.error();
    m_store->notifyChanged(StoreTopic::Audit);
    return entry;
}

StoreResult<QList<AuditEntry>> AuditTrail::list(const AuditFilter &filter) const
{
    QVariantList values;
    QString sql = u"SELECT %1 FROM audit_trail"_s.arg(kColumns) + whereClause(filter, values, true)
        + (filter.order == AuditFilter::Order::NewestFirst ? u" ORDER BY seq DESC"_s
                                                           : u" ORDER BY seq ASC"_s)
        + u" LIMIT ?"_s;
    values.append(qMax(1, filter.limit));
    auto q = m_store->run(sql, values);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out.append(entryFromQuery(q.value()));
    return out;
}

StoreResult<qint64> AuditTrail::count(const AuditFilter &filter) const
{
    QVariantList values;
    auto q = m_store->run(u"SELECT COUNT(*) FROM audit_trail"_s + whereClause(filter, values, true),
                          values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

StoreResult<AuditVerification> AuditTrail::verify() const
{
    AuditChainCheck check(m_store);
    if (auto begun = check.begin(); !begun)
        return begun.error();
    for (;;) {
        auto done = check.step(2000);
        if (!done)
            return done.error();
        if (done.value())
            return check.result();
    }
}

bool AuditChainCheck::broken(qint64 seq, const QString &problem)
{
    m_result.intact = false;
    m_result.firstBrokenSeq = seq;
    m_result.problem = problem;
    return true;
}

StoreStatus AuditChainCheck::begin()
{
    m_result = {};
    m_expectedSeq = 1;
    m_prevHash = AuditTrail::genesisHash();
    m_checkpoint.reset();
    if (!m_store->auditCheckpointFile().isEmpty()) {
        auto cp = AuditCheckpoints(m_store->auditCheckpointFile()).read(m_store->locationKey());
        if (!cp)
            return cp.error();
        m_checkpoint = cp.value();
    }
    // The check ends at the head as read now: entries other consoles append meanwhile are
    // not part of this check, and cannot make it fail.
    auto head = m_store->run(u"SELECT seq, hash FROM audit_chain_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    if (!head.value().next()) {
        m_headSeq = -1;
        return storeOk();
    }
    m_headSeq = head.value().value(0).toLongLong();
    m_headHash = head.value().value(1).toString();
    return storeOk();
}

StoreResult<bool> AuditChainCheck::step(int pageSize)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("console::AuditTrail", text);
    };
    if (!m_result.intact)
        return true;
    if (m_headSeq < 0)
        return broken(1, tr("The chain head is missing."));
    auto q = m_store->run(u"SELECT %1 FROM audit_trail WHERE seq >= ? AND seq <= ? "
                          "ORDER BY seq ASC LIMIT ?"_s.arg(kColumns),
                          {m_expectedSeq, m_headSeq, pageSize});
    if (!q)
        return q.error();
    int rows = 0;
    while (q.value().next()) {
        ++rows;
        const AuditEntry e = entryFromQuery(q.value());
        if (e.seq != m_expectedSeq)
            return broken(m_expectedSeq, tr("Entry %1 is missing.").arg(m_expectedSeq));
        if (e.prevHash != m_prevHash)
            return broken(e.seq, tr("Entry %1 does not link to the entry before it.").arg(e.seq));
        if (AuditTrail::computeHash(e) != e.hash)
            return broken(e.seq, tr("Entry %1 was changed after it was written.").arg(e.seq));
        // A chain recomputed from the first entry on links perfectly; only what this computer
        // remembers from outside the database tells it apart.
        if (m_checkpoint && e.seq == m_checkpoint->seq && e.hash != m_checkpoint->hash) {
            return broken(e.seq,
                          tr("Entry %1 is not the entry this computer saw there on %2: the "
                             "record was rewritten at or before it.")
                              .arg(e.seq)
                              .arg(checkpointTime()));
        }
        m_prevHash = e.hash;
        ++m_expectedSeq;
        ++m_result.entriesChecked;
    }
    if (rows == pageSize)
        return false;
    const qint64 lastSeq = m_expectedSeq - 1;
    if (lastSeq < m_headSeq)
        return broken(lastSeq + 1,
                      tr("Entries from %1 to %2 are missing.").arg(lastSeq + 1).arg(m_headSeq));
    if (m_prevHash != m_headHash)
        return broken(lastSeq, tr("The chain head does not match the last entry."));
    // A head moved back (or rows added around it) while appends only ever move it forward.
    // One statement, so one snapshot of both.
    auto now = m_store->run(u"SELECT (SELECT seq FROM audit_chain_head WHERE id = 1), "
                            "(SELECT COALESCE(MAX(seq), 0) FROM audit_trail)"_s);
    if (!now)
        return now.error();
    if (!now.value().next())
        return broken(1, tr("The chain head is missing."));
    const qint64 headNow = now.value().value(0).toLongLong();
    const qint64 maxSeq = now.value().value(1).toLongLong();
    if (headNow < m_headSeq || maxSeq > headNow)
        return broken(qMin(headNow, m_headSeq) + 1,
                      tr("The chain head does not match the last entry."));
    if (m_checkpoint && lastSeq < m_checkpoint->seq) {
        return broken(lastSeq + 1,
                      tr("The record ends at entry %1, but this computer saw it up to entry %2 "
                         "on %3: entries were removed or the record was replaced.")
                          .arg(lastSeq)
                          .arg(m_checkpoint->seq)
                          .arg(checkpointTime()));
    }
    // Intact: this computer has now seen the chain up to here.
    advanceAuditCheckpoint(*m_store, lastSeq, m_prevHash);
    return true;
}

QString AuditChainCheck::checkpointTime() const
{
    if (!m_checkpoint)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_checkpoint->savedAtMs, Qt::UTC).toString(Qt::ISODate);
}

AuditVerifier::AuditVerifier(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<AuditVerification>();
}

void AuditVerifier::start()
{
    m_cancelled = false;
    m_check = std::make_unique<AuditChainCheck>(m_store);
    if (auto begun = m_check->begin(); !begun) {
        const QString error = begun.errorMessage();
        QTimer::singleShot(0, this, [this, error] { emit finished(false, {}, error); });
        return;
    }
    QTimer::singleShot(0, this, &AuditVerifier::step);
}

void AuditVerifier::step()
{
    if (m_cancelled) {
        m_check.reset();
        emit finished(false, {}, QString());
        return;
    }
    auto done = m_check->step(m_pageSize);
    if (!done) {
        m_check.reset();
        emit finished(false, {}, done.errorMessage());
        return;
    }
    const AuditVerification result = m_check->result();
    emit progress(result.entriesChecked, qMax(result.entriesChecked, m_check->expectedEntries()));
    if (!done.value()) {
        QTimer::singleShot(0, this, &AuditVerifier::step);
        return;
    }
    m_check.reset();
    emit finished(true, result, QString());
}

} // namespace console

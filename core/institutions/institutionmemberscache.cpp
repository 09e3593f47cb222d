#include "core/institutions/institutionmemberscache.h"

#include "core/models/identityrow.h"
#include "core/models/identitytablemodel.h"
#include "core/session/session.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/clock.h"
#include "paxos/net/connection.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

namespace {
const QString kInstitution = u"INSTITUTION"_s;
const QString kPending = u"PENDING"_s;

qint64 msecsOf(const paxos::Identity &identity)
{
    return identity.updatedAt && identity.updatedAt->isValid()
        ? identity.updatedAt->toDateTime().toMSecsSinceEpoch()
        : 0;
}
} // namespace

InstitutionMembersCache::InstitutionMembersCache(Session *session, IdentityTableModel *model,
                                                 QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &InstitutionMembersCache::pump);
    if (model) {
        // The model asks while it projects a row that came without members.
        model->setKnownMembers(
            [this](const QString &id, qint64 updatedMs) { return membersOf(id, updatedMs); });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { scan(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    scan(topLeft.row(), bottomRight.row());
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            // A reload: what was queued named rows that may be gone; the answers stay valid
            // (keyed by updated_at) for the rows that come back.
            m_queue.clear();
            m_queuedIds.clear();
        });
    }
    if (session)
        connect(session, &Session::environmentChanged, this, &InstitutionMembersCache::clear);
}

InstitutionMembersCache::~InstitutionMembersCache()
{
    if (m_model)
        m_model->setKnownMembers({});
    clear();
}

const QList<paxos::InstitutionMember> *InstitutionMembersCache::membersOf(const QString &id,
                                                                          qint64 updatedMs) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.cend() && it->updatedMs == updatedMs ? &it->members : nullptr;
}

void InstitutionMembersCache::clear()
{
    for (const QPointer<paxos::Job> &job : std::as_const(m_inFlight)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    m_inFlight.clear();
    m_entries.clear();
    m_institutionsOf.clear();
    m_stale.clear();
    m_failedAt.clear();
    m_queue.clear();
    m_queuedIds.clear();
    m_pace.reset();
    m_wake->stop();
}

void InstitutionMembersCache::scan(int first, int last)
{
    if (!m_model)
        return;
    last = qMin(last, m_model->rowCount() - 1);
    for (int row = qMax(0, first); row <= last; ++row)
        consider(m_model->identityRowAt(row), false);
}

bool InstitutionMembersCache::needsRead(const IdentityRow &row) const
{
    if (row.type != kInstitution)
        return false;
    if (m_stale.contains(row.id))
        return true;
    if (const auto failed = m_failedAt.constFind(row.id);
        failed != m_failedAt.cend() && *failed == row.updatedMs)
        return false;
    const auto it = m_entries.constFind(row.id);
    // An answer newer than the row is fine: the row is upserted from it.
    return it == m_entries.cend() || it->updatedMs < row.updatedMs;
}

void InstitutionMembersCache::consider(const IdentityRow &row, bool visible)
{
    if (!needsRead(row))
        return;
    // Off screen only a pending institution can be waiting on a member worth naming.
    if (!visible && row.status != kPending)
        return;
    enqueue(row.id, visible);
}

void InstitutionMembersCache::enqueue(const QString &id, bool front)
{
    if (m_inFlight.contains(id))
        return; // its answer comes; a newer row is looked at again when it lands
    if (m_queuedIds.contains(id)) {
        if (!front)
            return;
        std::erase(m_queue, id);
    }
    m_queuedIds.insert(id);
    if (front)
        m_queue.push_front(id);
    else
        m_queue.push_back(id);
    if (!m_wake->isActive())
        m_wake->start(0); // after the page or change that brought it is handled
}

void InstitutionMembersCache::setVisible(const QStringList &ids)
{
    if (!m_model)
        return;
    // In reverse so the top of the screen ends up first in the queue.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const QModelIndex index = m_model->indexOfId(*it);
        if (index.isValid())
            consider(m_model->identityRowAt(index.row()), true);
    }
}

void InstitutionMembersCache::identityChanged(const paxos::Identity &identity)
{
    if (identity.isInstitution() && !identity.institutionMembers.isEmpty()) {
        store(identity);
        return;
    }
    QSet<QString> institutions = m_institutionsOf.value(identity.id);
    if (identity.isInstitution())
        institutions.insert(identity.id);
    for (const QString &institutionId : std::as_const(institutions)) {
        m_stale.insert(institutionId);
        m_failedAt.remove(institutionId);
        if (m_model && m_model->indexOfId(institutionId).isValid())
            enqueue(institutionId, true);
    }
}

void InstitutionMembersCache::pump()
{
    paxos::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection || !m_model)
        return;
    while (m_inFlight.size() < kMaxInFlight && !m_queue.empty()) {
        const QString id = m_queue.front();
        const QModelIndex index = m_model->indexOfId(id);
        if (!index.isValid() || !needsRead(m_model->identityRowAt(index.row()))) {
            m_queue.pop_front();
            m_queuedIds.remove(id);
            continue;
        }
        // After a 429 every request from the address is throttled: wait it out.
        if (const qint64 cool = connection->coolDownRemainingMs(); cool > 0) {
            m_wake->start(int(qMin<qint64>(cool, 60000)));
            return;
        }
        if (connection->isPaced()) {
            const double rate = connection->rateLimit(paxos::RateClass::Identity) * kBudgetShare;
            if (m_pace.rate() != rate)
                m_pace.setRate(rate);
            const qint64 wait = m_pace.reserve(connection->clock()->monotonicMs());
            if (wait > 0) {
                // The slot is booked: this read goes when it comes.
                m_queue.pop_front();
                m_queuedIds.remove(id);
                m_inFlight.insert(id, nullptr);
                QTimer::singleShot(int(qMin<qint64>(wait, 60000)), this, [this, id] {
                    if (m_inFlight.contains(id) && !m_inFlight.value(id))
                        read(id);
                });
                continue;
            }
        }
        m_queue.pop_front();
        m_queuedIds.remove(id);
        m_inFlight.insert(id, nullptr);
        read(id);
    }
    m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_inFlight.size()));
    if (m_queue.empty() && m_inFlight.isEmpty())
        emit idle();
}

void InstitutionMembersCache::read(const QString &id)
{
    paxos::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        m_inFlight.remove(id);
        return;
    }
    m_stale.remove(id);
    ++m_readsStarted;
    // With details: the answer replaces the queue's row, which shows the name and is
    // searched by the last digits of cip_id.
    auto *job = new paxos::GetIdentityJob(connection, id, true, true, this);
    m_inFlight.insert(id, job);
    m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_inFlight.size()));
    connect(job, &paxos::Job::finished, this, [this, job, id](paxos::Job *) {
        m_inFlight.remove(id);
        if (job->isSucceeded()) {
            store(job->result());
        } else if (m_model) {
            const QModelIndex index = m_model->indexOfId(id);
            m_failedAt.insert(id,
                              index.isValid() ? m_model->identityRowAt(index.row()).updatedMs : 0);
        }
        pump();
    });
    job->start();
}

void InstitutionMembersCache::store(const paxos::Identity &identity)
{
    if (!identity.isInstitution())
        return;
    const qint64 updatedMs = msecsOf(identity);
    if (const auto it = m_entries.constFind(identity.id);
        it != m_entries.cend() && it->updatedMs > updatedMs)
        return; // an older answer than the one kept
    if (const auto old = m_entries.constFind(identity.id); old != m_entries.cend()) {
        for (const paxos::InstitutionMember &member : old->members)
            m_institutionsOf[member.identityId].remove(identity.id);
    }
    m_entries.insert(identity.id, Entry{updatedMs, identity.institutionMembers});
    for (const paxos::InstitutionMember &member : identity.institutionMembers)
        m_institutionsOf[member.identityId].insert(identity.id);
    m_failedAt.remove(identity.id);
    if (m_model) {
        // The queue's row as Paxos has it now, members included; not when the row already
        // shows a newer state (an event landed while this read was under way).
        const QModelIndex index = m_model->indexOfId(identity.id);
        if (index.isValid() && m_model->identityRowAt(index.row()).updatedMs <= updatedMs)
            m_model->upsert(identity);
    }
    emit membersKnown(identity.id);
}

} // namespace console

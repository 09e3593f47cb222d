#include "core/current/identityfetcher.h"

#include "paxos/api/controljobs.h"
#include "paxos/api/documentjobs.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"

namespace console {

namespace {
// The most the API returns per page of controls: an identity with a long history of controls
// is listed in as few calls as possible, and none of its oldest are lost.
constexpr int kControlsPageSize = 1000;
} // namespace

IdentityFetcher::IdentityFetcher(paxos::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

IdentityFetcher::~IdentityFetcher()
{
    cancelAll();
}

void IdentityFetcher::setConnection(paxos::Connection *connection)
{
    cancelAll();
    m_connection = connection;
    m_identity.reset();
    m_controls.clear();
    m_documents = {};
}

void IdentityFetcher::setIdentityId(const QString &identityId)
{
    if (identityId == m_identityId)
        return;
    cancelAll();
    m_identityId = identityId;
    m_identity.reset();
    m_controls.clear();
    m_documents = {};
    emit identityChanged(identityId);
}

bool IdentityFetcher::has(Part part) const
{
    return slot(part).kept;
}

bool IdentityFetcher::isFetching(Part part) const
{
    return !slot(part).job.isNull();
}

void IdentityFetcher::fetch(Part part)
{
    if (has(part) || isFetching(part))
        return;
    start(part);
}

void IdentityFetcher::refetch(Part part)
{
    if (paxos::Job *running = slot(part).job) {
        running->disconnect(this);
        running->cancel();
    }
    slot(part).job = nullptr;
    start(part);
}

void IdentityFetcher::cancelAll()
{
    for (Slot &s : m_slots) {
        if (paxos::Job *job = s.job) {
            // Nothing of it may arrive any more, not even its cancellation.
            job->disconnect(this);
            job->cancel();
        }
        s.job = nullptr;
        s.kept = false;
    }
}

void IdentityFetcher::start(Part part)
{
    const QString id = m_identityId;
    if (id.isEmpty())
        return;
    if (!m_connection) {
        emit failed(id, part, paxos::ApiError::notConfigured(tr("No connection.")));
        return;
    }
    paxos::Job *job = nullptr;
    switch (part) {
    case Part::Identity:
        job = new paxos::GetIdentityJob(m_connection, id, true, true, this);
        break;
    case Part::Controls: {
        paxos::ListControlsQuery query;
        query.identityId = id;
        query.includeDeleted = true;
        query.limit = kControlsPageSize;
        job = new paxos::ListAllJob<paxos::ListIdentityControlsJob>(m_connection, query, this);
        break;
    }
    case Part::Documents:
        job = new paxos::ListDocumentsJob(m_connection, id, true, this);
        break;
    }
    slot(part).job = job;
    connect(job, &paxos::Job::finished, this,
            [this, part](paxos::Job *finished) { finish(part, finished); });
    job->start();
}

void IdentityFetcher::finish(Part part, paxos::Job *job)
{
    // Only the call this slot waits for counts: a replaced or cancelled one is disconnected,
    // and this check keeps it so should one finish in the same turn.
    if (slot(part).job != job)
        return;
    slot(part).job = nullptr;
    const QString id = m_identityId;
    if (!job->isSucceeded()) {
        emit failed(id, part, job->error().value_or(paxos::ApiError::cancelled()));
        return;
    }
    slot(part).kept = true;
    switch (part) {
    case Part::Identity:
        m_identity = static_cast<paxos::GetIdentityJob *>(job)->result();
        emit identityLoaded(*m_identity);
        break;
    case Part::Controls:
        m_controls = static_cast<paxos::ListAllJob<paxos::ListIdentityControlsJob> *>(job)->items();
        emit controlsLoaded(id, m_controls);
        break;
    case Part::Documents:
        m_documents = static_cast<paxos::ListDocumentsJob *>(job)->result();
        emit documentsLoaded(id, m_documents);
        break;
    }
}

} // namespace console

#include "core/models/identitydetailloader.h"

#include "core/session/session.h"
#include "paxos/api/identityjobs.h"

#include <QTimer>

namespace console {

IdentityDetailLoader::IdentityDetailLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &IdentityDetailLoader::start);
}

IdentityDetailLoader::~IdentityDetailLoader()
{
    abortInFlight();
}

void IdentityDetailLoader::setDebounceMs(int ms)
{
    m_debounce->setInterval(qMax(0, ms));
}

int IdentityDetailLoader::debounceMs() const
{
    return m_debounce->interval();
}

void IdentityDetailLoader::select(const QString &identityId)
{
    if (identityId.isEmpty())
        return;
    m_current = identityId;
    abortInFlight();
    // Say at once what is coming, so the pane never shows one identity under another's row.
    emit loading(identityId);
    m_debounce->start();
}

void IdentityDetailLoader::loadNow(const QString &identityId)
{
    if (identityId.isEmpty())
        return;
    m_current = identityId;
    m_debounce->stop();
    abortInFlight();
    emit loading(identityId);
    start();
}

void IdentityDetailLoader::clear()
{
    m_debounce->stop();
    abortInFlight();
    m_current.clear();
}

void IdentityDetailLoader::abortInFlight()
{
    if (auto *job = qobject_cast<paxos::Job *>(m_inFlight.data())) {
        job->disconnect(this);
        job->cancel();
    }
    m_inFlight = nullptr;
}

void IdentityDetailLoader::start()
{
    if (m_current.isEmpty())
        return;
    const QString id = m_current;
    if (!m_session || !m_session->connection()) {
        emit failed(id, paxos::ApiError::notConfigured(tr("No connection.")));
        return;
    }
    auto *job = new paxos::GetIdentityJob(m_session->connection(), id, true, true, this);
    m_inFlight = job;
    connect(job, &paxos::Job::finished, this, [this, id](paxos::Job *finished) {
        if (m_inFlight == finished)
            m_inFlight = nullptr;
        if (id != m_current)
            return;
        auto *get = static_cast<paxos::GetIdentityJob *>(finished);
        if (get->isSucceeded())
            emit loaded(get->result());
        else if (get->error())
            emit failed(id, *get->error());
    });
    job->start();
}

} // namespace console

#include "core/models/apiidentitypagesource.h"

#include "core/session/session.h"
#include "paxos/api/identityjobs.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

namespace {
std::optional<paxos::Timestamp> at(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return paxos::Timestamp::fromDateTime(dt.toUTC());
}
} // namespace

ApiIdentityPageSource::ApiIdentityPageSource(Session *session, QObject *parent)
    : IdentityPageSource(parent)
    , m_session(session)
{
}

ApiIdentityPageSource::~ApiIdentityPageSource()
{
    for (const QPointer<paxos::Job> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

quint64 ApiIdentityPageSource::fetch(const IdentityPageRequest &request, Callback callback)
{
    const quint64 ticket = ++m_nextTicket;
    if (!m_session || !m_session->connection()) {
        QTimer::singleShot(0, this, [callback] {
            IdentityPageResult result;
            result.error = paxos::ApiError::notConfigured(tr("No connection."));
            callback(result);
        });
        return ticket;
    }
    paxos::ListIdentitiesQuery query;
    if (!request.query.status.isEmpty())
        query.summaryStatus = request.query.status;
    if (!request.query.type.isEmpty())
        query.identityType = request.query.type;
    query.createdAt.gte = at(request.query.createdFrom);
    query.createdAt.lt = at(request.query.createdBefore);
    query.updatedAt.gte = at(request.query.updatedFrom);
    query.updatedAt.lt = at(request.query.updatedBefore);
    query.limit = request.limit;
    query.pageCursor = request.cursor;
    if (request.ascending)
        query.order = u"ASC"_s;
    query.includeDetails = true;

    auto *job = new paxos::ListIdentitiesJob(m_session->connection(), query, this);
    m_jobs.insert(ticket, job);
    connect(job, &paxos::Job::finished, this, [this, ticket, callback](paxos::Job *finished) {
        m_jobs.remove(ticket);
        auto *list = static_cast<paxos::ListIdentitiesJob *>(finished);
        IdentityPageResult result;
        if (list->isSucceeded())
            result.page = list->result();
        else
            result.error = list->error();
        callback(result);
    });
    job->start();
    return ticket;
}

void ApiIdentityPageSource::cancel(quint64 ticket)
{
    const QPointer<paxos::Job> job = m_jobs.take(ticket);
    if (!job)
        return;
    // No answer for a cancelled page: the model has moved on.
    job->disconnect(this);
    job->cancel();
}

} // namespace console

#include "core/models/apiidentitypagesource.h"

#include "core/session/session.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/clock.h"

#include <QJsonDocument>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace console {

namespace {
std::optional<paxos::Timestamp> at(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return paxos::Timestamp::fromDateTime(dt.toUTC());
}

struct DecodedPage
{
    paxos::ListPage<paxos::Identity> page;
    std::optional<paxos::ApiError> error;
};

// Runs on the decode thread: touches nothing but its input.
DecodedPage decodePage(const QByteArray &body)
{
    DecodedPage out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = paxos::ApiError::decode(
            ApiIdentityPageSource::tr("the list of identities is not a JSON object"));
        return out;
    }
    out.page = paxos::ListPage<paxos::Identity>::fromJson(doc.object());
    // The queue reads the items; the whole answer is not kept a second time.
    out.page.raw = {};
    return out;
}

// List Identities as ListIdentitiesJob sends it, but the answer is decoded on `pool` rather
// than on the thread the job lives on (the connection hands over the body undecoded).
class ListIdentityPageJob : public paxos::ResultJob<paxos::ListPage<paxos::Identity>>
{
public:
    ListIdentityPageJob(paxos::Connection *connection, paxos::ListIdentitiesQuery query,
                        QThreadPool *pool, QObject *parent)
        : ResultJob(connection, parent)
        , m_query(std::move(query))
        , m_pool(pool)
    {
    }
    QString operationName() const override { return u"ListIdentities"_s; }
    // The decoded page, moved out: the job keeps no reference to it.
    paxos::ListPage<paxos::Identity> takeResult() { return std::exchange(m_result, {}); }

protected:
    void run() override
    {
        paxos::ApiRequest request;
        request.path = u"/identity/identities"_s;
        request.query = m_query.toQuery();
        request.requiredScope = u"identity:read_identity"_s;
        request.expectJson = false; // parsed on the decode thread
        send(std::move(request), [this](paxos::ApiCall *call) {
            if (call->error()) {
                fail(*call->error());
                return;
            }
            const QDateTime serverDate = paxos::parseHttpDate(call->response().header("Date"));
            // Cancelled or destroyed meanwhile: the continuation does not run (its context
            // is this job), and a finished job ignores a late succeed().
            QtConcurrent::run(m_pool, decodePage, call->response().body)
                .then(this, [this, serverDate](DecodedPage decoded) {
                    if (decoded.error) {
                        fail(*decoded.error);
                        return;
                    }
                    m_result = std::move(decoded.page);
                    m_result.serverDate = serverDate;
                    succeed();
                });
        });
    }

private:
    paxos::ListIdentitiesQuery m_query;
    QThreadPool *m_pool;
};
} // namespace

ApiIdentityPageSource::ApiIdentityPageSource(Session *session, QObject *parent)
    : IdentityPageSource(parent)
    , m_session(session)
    , m_decoder(new QThreadPool(this))
{
    // One thread: pages are decoded in the order they came.
    m_decoder->setMaxThreadCount(1);
    m_decoder->setObjectName(u"identityPageDecoder"_s);
}

ApiIdentityPageSource::~ApiIdentityPageSource()
{
    for (const QPointer<paxos::Job> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    // A decode still running finishes before the pool goes; its answer is dropped.
    m_decoder->waitForDone();
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

    auto *job = new ListIdentityPageJob(m_session->connection(), query, m_decoder, this);
    m_jobs.insert(ticket, job);
    connect(job, &paxos::Job::finished, this, [this, ticket, callback](paxos::Job *finished) {
        m_jobs.remove(ticket);
        auto *list = static_cast<ListIdentityPageJob *>(finished);
        IdentityPageResult result;
        if (list->isSucceeded())
            result.page = list->takeResult();
        else
            result.error = list->error();
        callback(result);
        // Freeing 1,000 decoded identities costs milliseconds: when the callback kept no
        // reference, the decode thread frees them.
        if (!result.page.items.isEmpty())
            m_decoder->start([items = std::move(result.page.items)]() mutable { items = {}; });
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

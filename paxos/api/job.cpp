#include "paxos/api/job.h"

#include "paxos/logging.h"

namespace paxos {

Job::Job(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

Job::~Job()
{
    for (const auto &call : std::as_const(m_calls))
        delete call.data();
}

void Job::start()
{
    if (m_state != State::NotStarted)
        return;
    m_state = State::Running;
    // The job belongs to the environment it was started in (see send()).
    if (m_connection)
        m_environmentEpoch = m_connection->environmentEpoch();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Running || m_cancelRequested)
                return;
            if (!m_connection) {
                fail(ApiError::notConfigured(tr("no connection")));
                return;
            }
            run();
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    onCancel();
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
        delete call.data();
    }
    m_calls.clear();
    if (m_state == State::NotStarted)
        m_state = State::Running;
    QMetaObject::invokeMethod(
        this, [this] { finishWith(ApiError::cancelled(), true); }, Qt::QueuedConnection);
}

ApiCall *Job::send(ApiRequest request, std::function<void(ApiCall *)> onDone)
{
    if (request.operation.isEmpty())
        request.operation = operationName();
    request.writeTicket = m_writeTicket;
    ApiCall *call = m_connection->send(std::move(request), this);
    // The environment changed since start(): this call would go to the new one. It is
    // cancelled before anything is sent, and onDone sees the Cancelled error like any other.
    if (m_connection->environmentEpoch() != m_environmentEpoch)
        call->cancel();
    m_calls.append(QPointer<ApiCall>(call));
    connect(call, &ApiCall::finished, this, [this, call, onDone = std::move(onDone)] {
        m_calls.removeAll(QPointer<ApiCall>(call));
        call->deleteLater();
        // Only calls that reached the network have an id worth recording.
        if (call->response().attempts > 0)
            m_requestIds << (call->response().requestId.isEmpty() ? call->sentRequestId()
                                                                  : call->response().requestId);
        if (m_state == State::Running && !m_cancelRequested)
            onDone(call);
    });
    return call;
}

void Job::succeed()
{
    finishWith(std::nullopt, false);
}

void Job::fail(const ApiError &error)
{
    finishWith(error, false);
}

bool Job::rejectIf(bool invalid, const QString &why)
{
    if (invalid)
        fail(ApiError::invalidArgument(why));
    return invalid;
}

std::optional<QJsonObject> Job::takeJson(ApiCall *call)
{
    if (call->error()) {
        fail(*call->error());
        return std::nullopt;
    }
    return call->response().json;
}

void Job::finishWith(std::optional<ApiError> error, bool fromCancel)
{
    // After cancel() only the cancellation itself may end the job.
    if (m_state != State::Running || m_cancelRequested != fromCancel)
        return;
    m_error = std::move(error);
    m_state = m_error ? State::Failed : State::Succeeded;
    for (const auto &call : std::as_const(m_calls))
        delete call.data();
    m_calls.clear();
    if (m_error)
        qCDebug(lcPaxosApi) << operationName() << "failed:" << m_error->message();
    emit finished(this);
    if (m_error)
        emit failed(this, *m_error);
    else
        emit succeeded(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace paxos

#pragma once

#include "paxos/net/apierror.h"
#include "paxos/net/connection.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace paxos {

// One Paxos operation. Subclasses hold the typed inputs and result; the base class owns the
// life cycle and the signal contract:
//
//   - start() begins the work; nothing is emitted from inside start() or cancel().
//   - finished(job) is emitted exactly once, always; immediately after it exactly one of
//     succeeded(job) or failed(job, error) follows.
//   - cancel() ends a running job with an ApiError of kind Cancelled.
//   - A job belongs to the environment its connection had when start() was called. When the
//     connection switches environment, the job's calls are cancelled (Connection::
//     setEnvironment) and any call it would still make is cancelled before it is sent, so
//     the job fails with Cancelled — finished() still comes, exactly once.
//   - With autoDelete (the default), the job deletes itself (deleteLater) after finishing,
//     so read results in a slot connected to finished/succeeded, or turn autoDelete off.
//
// Retries, pacing, tokens and the request log are the connection's business, not the job's.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Running, Succeeded, Failed };
    Q_ENUM(State)

    ~Job() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed; }
    bool isSucceeded() const { return m_state == State::Succeeded; }
    const std::optional<ApiError> &error() const { return m_error; }
    // The operation's name as in the reference's endpoint index, e.g. "CreateIdentity".
    virtual QString operationName() const = 0;
    Connection *connection() const { return m_connection; }
    // Request ids of the calls this job finished, in order (see ApiResponse::requestId).
    // requestId() is the first: the operation's own call, before any follow-up such as the
    // Get Identity that resolves a duplicate ref_id. What the audit trail records.
    QStringList requestIds() const { return m_requestIds; }
    QString requestId() const { return m_requestIds.value(0); }

    // The write gate's ticket, carried by every request this job sends (see
    // paxos::WriteAuthority). Set by the gate before start(); 0 = none.
    void setWriteTicket(quint64 ticket) { m_writeTicket = ticket; }
    quint64 writeTicket() const { return m_writeTicket; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool on) { m_autoDelete = on; }

signals:
    void finished(paxos::Job *job);
    void succeeded(paxos::Job *job);
    void failed(paxos::Job *job, const paxos::ApiError &error);
    // Work done so far, in the job's own unit (bytes for uploads, items for lists);
    // total is -1 when unknown.
    void progress(qint64 done, qint64 total);

protected:
    explicit Job(Connection *connection, QObject *parent = nullptr);

    // Called once from the event loop after start(). Issue calls with send().
    virtual void run() = 0;
    // Sends a request through the connection; the call is cancelled with the job. `onDone`
    // runs when the call finishes (successfully or not) unless the job was cancelled.
    ApiCall *send(ApiRequest request, std::function<void(ApiCall *)> onDone);
    // Ends the job. Only the first call counts.
    void succeed();
    void fail(const ApiError &error);
    // Fails the job with an InvalidArgument error when `invalid`; returns `invalid`.
    bool rejectIf(bool invalid, const QString &why);
    // Subclasses with work besides send() calls (child jobs, timers) stop it here.
    virtual void onCancel() { }
    bool isCancelling() const { return m_cancelRequested; }
    // The call's error if it failed; else, the JSON object it carries. On error, the job is
    // failed and nullopt returned.
    std::optional<QJsonObject> takeJson(ApiCall *call);

private:
    void finishWith(std::optional<ApiError> error, bool fromCancel);

    QPointer<Connection> m_connection;
    State m_state = State::NotStarted;
    std::optional<ApiError> m_error;
    QList<QPointer<ApiCall>> m_calls;
    QStringList m_requestIds;
    bool m_autoDelete = true;
    bool m_cancelRequested = false;
    quint64 m_writeTicket = 0;
    quint64 m_environmentEpoch = 0;
};

// A job with a typed result, readable once succeeded.
template<class T> class ResultJob : public Job
{
public:
    using ResultType = T;
    const T &result() const { return m_result; }

protected:
    using Job::Job;
    // Sends `request`; on success the JSON answer, decoded by `decode`, becomes the result.
    template<class Decode> void sendDecoded(ApiRequest request, Decode decode)
    {
        send(std::move(request), [this, decode = std::move(decode)](ApiCall *call) {
            if (const auto json = takeJson(call)) {
                m_result = decode(*json);
                succeed();
            }
        });
    }

    T m_result{};
};

// An operation whose only result is success (Paxos answers `{}`).
using EmptyResult = QJsonObject;

} // namespace paxos

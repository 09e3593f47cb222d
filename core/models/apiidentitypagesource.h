#pragma once

#include "core/models/identitypagesource.h"

#include <QHash>
#include <QPointer>

class QThreadPool;

namespace paxos {
class Job;
}

namespace console {

class Session;

// List Identities through the session's connection, with include_details=true so the queue
// has names and cip_id digits. (Paxos documents include_details only for Get Identity; a
// server that ignores it on lists leaves names empty and the queue says so.)
//
// A page of 1,000 identities is about 2 MB of JSON: parsing and decoding it takes tens of
// milliseconds, so it is done on the source's own worker thread (decodeThreadPool(), one
// thread: pages are decoded in the order they arrive), never on the UI thread. The callback
// still comes on the source's thread, from the event loop.
class ApiIdentityPageSource : public IdentityPageSource
{
    Q_OBJECT
public:
    explicit ApiIdentityPageSource(Session *session, QObject *parent = nullptr);
    ~ApiIdentityPageSource() override;

    quint64 fetch(const IdentityPageRequest &request, Callback callback) override;
    void cancel(quint64 ticket) override;
    // Where pages are decoded (for tests).
    QThreadPool *decodeThreadPool() const { return m_decoder; }

private:
    QPointer<Session> m_session;
    QHash<quint64, QPointer<paxos::Job>> m_jobs;
    quint64 m_nextTicket = 0;
    QThreadPool *m_decoder;
};

} // namespace console

#pragma once

#include "core/models/identitypagesource.h"

#include <QHash>
#include <QPointer>

namespace paxos {
class Job;
}

namespace console {

class Session;

// List Identities through the session's connection, with include_details=true so the queue
// has names and cip_id digits. (Paxos documents include_details only for Get Identity; a
// server that ignores it on lists leaves names empty and the queue says so.)
class ApiIdentityPageSource : public IdentityPageSource
{
    Q_OBJECT
public:
    explicit ApiIdentityPageSource(Session *session, QObject *parent = nullptr);
    ~ApiIdentityPageSource() override;

    quint64 fetch(const IdentityPageRequest &request, Callback callback) override;
    void cancel(quint64 ticket) override;

private:
    QPointer<Session> m_session;
    QHash<quint64, QPointer<paxos::Job>> m_jobs;
    quint64 m_nextTicket = 0;
};

} // namespace console

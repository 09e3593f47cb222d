#pragma once

#include "paxos/model/identity.h"
#include "paxos/model/validation.h"
#include "paxos/net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
}

namespace console {

class WriteGuard;

namespace onboarding {

// Adds members to an institution and removes them after it was created (Add Institution
// Members / Remove Institution Member), through the write gate like every change. Members
// added are checked against the institution rules first (the roles that apply to its type,
// ownership); a list with errors is not sent. For the institution review and the
// institution form alike: give it the institution's type when known.
class InstitutionMembers : public QObject
{
    Q_OBJECT
public:
    InstitutionMembers(paxos::Connection *connection, WriteGuard *guard, QObject *parent = nullptr);

    // `institutionName` names it in the confirmation and the trail. Returns the client-side
    // issues (paths "members[n]…"); with an error nothing is sent.
    QList<paxos::ValidationIssue> add(const QString &institutionId, const QString &institutionType,
                                      const QList<paxos::InstitutionMember> &members,
                                      const QString &institutionName);
    // `member` as the institution lists it (its membership id, identity and name).
    void remove(const QString &institutionId, const paxos::InstitutionMember &member,
                const QString &institutionName);
    bool isRunning() const { return m_running > 0; }

signals:
    void started();
    // The members as Paxos created them, with their membership ids.
    void added(const QString &institutionId, const QList<paxos::InstitutionMember> &members);
    void removed(const QString &institutionId, const QString &memberId);
    void failed(const paxos::ApiError &error);
    void refused(const QString &reason);

private:
    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    int m_running = 0;
};

} // namespace onboarding
} // namespace console

#pragma once

#include "paxos/model/control.h"

#include <QObject>
#include <QPointer>

namespace paxos {
class Job;
} // namespace paxos

namespace console {

class IdentityFetcher;
class WriteGuard;

// Creates and deletes identity controls through the write gate (core/writes: read-only
// refuses, Production asks for the typed confirmation, intent and outcome go to the audit
// trail), and afterwards the fetcher lists the controls again when the identity is still the
// current one. Without a gate nothing is sent. One write at a time.
class ControlChanges : public QObject
{
    Q_OBJECT
public:
    // The connection is the fetcher's.
    explicit ControlChanges(IdentityFetcher *fetcher, QObject *parent = nullptr);
    ~ControlChanges() override;

    void setWriteGuard(WriteGuard *guard);

    // `typeLabel` names the control for the confirmation ("Add a Dormant control").
    void create(const paxos::CreateIdentityControlRequest &request, const QString &typeLabel);
    void remove(const QString &identityId, const QString &controlId, const QString &reason,
                const QString &typeLabel);
    bool isRunning() const { return !m_job.isNull(); }

signals:
    // The call went out (after any confirmation); message says what is happening, in words.
    void started(const QString &message);
    // A control was created or deleted: the identity's status may have changed.
    void changed(const QString &identityId);
    // Refused by the guard or by Paxos; message in words.
    void failed(const QString &message);

private:
    void succeeded(const QString &identityId);

    QPointer<IdentityFetcher> m_fetcher;
    QPointer<WriteGuard> m_guard;
    QPointer<paxos::Job> m_job;
};

} // namespace console

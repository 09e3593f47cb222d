#pragma once

#include "core/import/importplan.h"
#include "paxos/model/identity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console {
class WriteGuard;
}

namespace console::bulkimport {

// Sends the sendable rows of an ImportPlan as Create Identity calls, every one through the
// write gate (WriteGuard::submit: refused offline, intent and outcome recorded like a single
// create). In Production the gate asks once for the whole batch, with the count.
//
// A few calls are in flight at a time; the connection paces them within the environment's
// rate budget (paxos::Connection) and backs off on 429. Pause stops starting new rows (those
// in flight finish); cancel also cancels those in flight (a create cancelled after it was
// sent may still have arrived: its ref_id finds it on the next run). Each row carries its
// stable ref_id, so sending the same rows again, after a cancel or a crash, resolves the
// ones already created to their identity ("existing") instead of creating them twice.
class ImportSender : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Confirming, Sending, Paused, Finished };
    Q_ENUM(State)

    ImportSender(ImportPlan *plan, paxos::Connection *connection, WriteGuard *guard,
                 QObject *parent = nullptr);
    ~ImportSender() override;

    // Calls in flight at once (default 4).
    void setMaxInFlight(int calls) { m_maxInFlight = qMax(1, calls); }
    // Names the batch in the confirmation and the audit entries ("persons.csv").
    void setSourceName(const QString &name) { m_sourceName = name; }

    State state() const { return m_state; }
    // Sends every sendable row (ImportPlan::sendableRows) that has not been sent yet.
    void start();
    void pause();
    void resume();
    void cancel();

    int total() const { return int(m_queue.size()); }
    int done() const { return m_done; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void stateChanged(console::bulkimport::ImportSender::State state);
    void rowChanged(int row);
    void progress(int done, int total);
    // A created (or recovered) identity, as Paxos answered: the queue shows it.
    void identityCreated(const paxos::Identity &identity);
    // The gate refused the batch or a row (offline, not confirmed): sending stopped.
    void refused(const QString &reason);
    void finished();

private:
    void setState(State state);
    void pump();
    void sendRow(int row);
    void rowDone(int row, paxos::Job *job);
    void finishIfDone();

    ImportPlan *m_plan;
    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    State m_state = State::Idle;
    QList<int> m_queue; // rows of this send, in file order
    qsizetype m_next = 0;
    int m_done = 0;
    int m_maxInFlight = 4;
    quint64 m_batch = 0;
    QString m_sourceName;
    QHash<int, QPointer<paxos::Job>> m_inFlight; // by row
    QElapsedTimer m_clock;
};

} // namespace console::bulkimport

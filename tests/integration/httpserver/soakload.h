#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace soak {

// One attack: raw bytes on a fresh connection, and the status the server must answer with
// (before the connection is closed).
struct Attack
{
    QByteArray name;
    QByteArray bytes;
    int status = 0;
};

struct Plan
{
    quint16 port = 0;
    // A normal request (with Connection: close) and the status it must get.
    QByteArray normalRequest;
    int normalStatus = 200;
    // Slow clients: each opens, sends `slowHead`, then one more byte a second; reopened when
    // the server closes it, so the pressure lasts the whole run.
    int slowConnections = 1000;
    QByteArray slowHead;
    QList<Attack> attacks;
    int attackThreads = 2;
    int durationMs = 20000;
};

struct Report
{
    int normalRequests = 0;
    int normalFailures = 0;
    qint64 worstNormalMs = 0;
    QByteArray firstFailure;
    int slowOpenedTotal = 0;
    int slowPeakOpen = 0;
    int slowClosedByServer = 0;
    int attacksSent = 0;
    int attacksWrong = 0;
    QByteArray firstWrongAttack;
};

// The load, on plain POSIX sockets in threads of its own (never the event loop of the
// server under test, which may run in this process). Loopback only.
class Load
{
public:
    explicit Load(Plan plan);
    ~Load();
    void start();
    bool isFinished() const { return m_finished.load() == 2 + m_plan.attackThreads; }
    Report report();

private:
    void runSlow();
    void runAttacks(int index);
    void runNormal();

    Plan m_plan;
    std::atomic<int> m_finished{0};
    std::mutex m_mutex;
    Report m_report;
    std::vector<std::thread> m_threads;
};

// Resident set size of a process (this one by default), in bytes; -1 when unknown.
qint64 residentBytes(qint64 pid = 0);
// Raises this process's soft descriptor limit to `wanted` (or the hard limit); returns it.
qint64 raiseDescriptorLimit(qint64 wanted);

} // namespace soak

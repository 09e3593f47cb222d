#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace testsupport {

// A paxos-sandbox child process on a free loopback port, for tests that need a server of
// their own (fault injection, restart persistence, webhooks). Stopped when destroyed.
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the server and waits for its "listening on http://HOST:PORT" line.
    bool start(int timeoutMs = 20000);
    // SIGTERM, then wait for a clean exit.
    bool stop(int timeoutMs = 10000);

    QUrl url() const { return m_url; }
    QString output() const { return m_output; }
    bool isRunning() const;

    static QString executable();

private:
    QStringList m_args;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_output;
};

// The sandbox shared by a whole ctest run (started by the `sandbox` CTest fixture). A test
// binary run by hand, outside ctest, gets one started for its own process instead.
QUrl sharedSandboxUrl();

} // namespace testsupport

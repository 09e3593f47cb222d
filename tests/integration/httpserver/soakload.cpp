#include "soakload.h"

#include <QElapsedTimer>
#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace soak {

namespace {

int connectLoopback(quint16 port, bool blocking, int timeoutMs, bool waitForIt = true)
{
    const int fd =
        ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (waitForIt ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0)
        return -1;
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        && (waitForIt || errno != EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    if (!blocking)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// Reads until the server closes (or the receive time-out), at most `max` bytes kept.
QByteArray readAnswer(int fd, qsizetype max = 4096)
{
    QByteArray answer;
    char buffer[4096];
    while (true) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        if (answer.size() < max)
            answer.append(buffer, qMin<qsizetype>(n, max - answer.size()));
    }
    return answer;
}

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1.1 ") || answer.size() < 12)
        return 0;
    return answer.mid(9, 3).toInt();
}

} // namespace

Load::Load(Plan plan)
    : m_plan(std::move(plan))
{
}

Load::~Load()
{
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

void Load::start()
{
    m_threads.emplace_back([this] { runSlow(); });
    for (int i = 0; i < m_plan.attackThreads; ++i)
        m_threads.emplace_back([this, i] { runAttacks(i); });
    m_threads.emplace_back([this] { runNormal(); });
}

Report Load::report()
{
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    std::lock_guard lock(m_mutex);
    return m_report;
}

void Load::runSlow()
{
    struct Slow
    {
        int fd = -1;
        qsizetype sent = 0;
        qint64 nextMs = 0;
    };
    QElapsedTimer clock;
    clock.start();
    std::vector<Slow> slow(size_t(m_plan.slowConnections));
    int opened = 0, peak = 0, closedByServer = 0, open = 0;
    const qsizetype startBytes = m_plan.slowHead.size() / 2;
    const auto reopen = [&](Slow &s) {
        // Not blocking: the start of the request goes out once the connection is up.
        s.fd = connectLoopback(m_plan.port, false, 2000, false);
        s.sent = 0;
        s.nextMs = clock.elapsed();
        if (s.fd < 0)
            return;
        ++opened;
        ++open;
    };
    for (Slow &s : slow)
        reopen(s);
    std::vector<pollfd> polls;
    while (clock.elapsed() < m_plan.durationMs) {
        peak = qMax(peak, open);
        const qint64 now = clock.elapsed();
        for (Slow &s : slow) {
            if (s.fd < 0) {
                reopen(s);
                continue;
            }
            if (now >= s.nextMs && s.sent == 0) {
                // The start of a request once connected, then a byte a second.
                const ssize_t n = ::send(s.fd, m_plan.slowHead.constData(), size_t(startBytes),
                                         MSG_NOSIGNAL);
                if (n > 0)
                    s.sent = n;
                s.nextMs = now + (n > 0 ? 1000 : 50);
            } else if (now >= s.nextMs) {
                // Past the head's end, keep sending header bytes: the head never completes.
                const char byte =
                    s.sent < m_plan.slowHead.size() ? m_plan.slowHead.at(s.sent) : 'a';
                if (::send(s.fd, &byte, 1, MSG_NOSIGNAL) == 1)
                    ++s.sent;
                s.nextMs = now + 1000;
            }
        }
        polls.clear();
        for (const Slow &s : slow) {
            if (s.fd >= 0)
                polls.push_back({s.fd, POLLIN, 0});
        }
        ::poll(polls.data(), nfds_t(polls.size()), 100);
        for (const pollfd &p : polls) {
            if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[1024];
            const ssize_t n = ::recv(p.fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)))
                continue; // an answer (408); the close follows
            for (Slow &s : slow) {
                if (s.fd == p.fd) {
                    ::close(s.fd);
                    s.fd = -1;
                    --open;
                    ++closedByServer;
                    break;
                }
            }
        }
    }
    for (Slow &s : slow) {
        if (s.fd >= 0)
            ::close(s.fd);
    }
    {
        std::lock_guard lock(m_mutex);
        m_report.slowOpenedTotal = opened;
        m_report.slowPeakOpen = peak;
        m_report.slowClosedByServer = closedByServer;
    }
    ++m_finished;
}

void Load::runAttacks(int index)
{
    QElapsedTimer clock;
    clock.start();
    int sent = 0, wrong = 0;
    QByteArray firstWrong;
    qsizetype next = index;
    while (clock.elapsed() < m_plan.durationMs && !m_plan.attacks.isEmpty()) {
        const Attack &attack = m_plan.attacks.at(next++ % m_plan.attacks.size());
        const int fd = connectLoopback(m_plan.port, true, 3000);
        if (fd < 0)
            continue;
        sendAll(fd, attack.bytes); // the server may close before all is sent
        ::shutdown(fd, SHUT_WR);
        const QByteArray answer = readAnswer(fd);
        ::close(fd);
        ++sent;
        // A steady stream, not a flood: the point is that attacks run all along.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (statusOf(answer) != attack.status) {
            ++wrong;
            if (firstWrong.isEmpty())
                firstWrong = attack.name + ": " + answer.left(60);
        }
    }
    std::lock_guard lock(m_mutex);
    m_report.attacksSent += sent;
    m_report.attacksWrong += wrong;
    if (m_report.firstWrongAttack.isEmpty())
        m_report.firstWrongAttack = firstWrong;
    ++m_finished;
}

void Load::runNormal()
{
    QElapsedTimer clock;
    clock.start();
    int requests = 0, failures = 0;
    qint64 worst = 0;
    QByteArray firstFailure;
    while (clock.elapsed() < m_plan.durationMs) {
        QElapsedTimer one;
        one.start();
        const int fd = connectLoopback(m_plan.port, true, 2000);
        QByteArray answer;
        if (fd >= 0) {
            if (sendAll(fd, m_plan.normalRequest))
                answer = readAnswer(fd);
            ::close(fd);
        }
        const qint64 ms = one.elapsed();
        ++requests;
        worst = qMax(worst, ms);
        if (statusOf(answer) != m_plan.normalStatus) {
            ++failures;
            if (firstFailure.isEmpty())
                firstFailure = answer.left(80);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::lock_guard lock(m_mutex);
    m_report.normalRequests = requests;
    m_report.normalFailures = failures;
    m_report.worstNormalMs = worst;
    m_report.firstFailure = firstFailure;
    ++m_finished;
}

qint64 residentBytes(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                         : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 raiseDescriptorLimit(qint64 wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (qint64(limit.rlim_cur) < wanted) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY
            ? rlim_t(wanted)
            : qMin<rlim_t>(limit.rlim_max, rlim_t(wanted));
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return qint64(limit.rlim_cur);
}

} // namespace soak

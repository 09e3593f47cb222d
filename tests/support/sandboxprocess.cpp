#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtGlobal>

namespace testsupport {

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_args(std::move(extraArgs))
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("PAXOS_SANDBOX_BIN");
    if (!fromEnv.isEmpty() && QFile::exists(fromEnv))
        return fromEnv;
    return QString::fromUtf8(CC_SANDBOX_BIN);
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool SandboxProcess::start(int timeoutMs)
{
    const QString program = executable();
    if (program.isEmpty()) {
        qWarning("paxos-sandbox is not built; set PAXOS_SANDBOX_BIN");
        return false;
    }
    QStringList args{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QStringLiteral("0")};
    if (!m_args.contains(QStringLiteral("--data-dir")))
        args << QStringLiteral("--in-memory");
    args << m_args;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    if (!m_process->waitForStarted(timeoutMs)) {
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(m_process->errorString()));
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+)"),
                                              QRegularExpression::MultilineOption);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        m_output += QString::fromUtf8(m_process->readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            // Keep draining output so the child never blocks on a full pipe.
            QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                             [this] { m_output += QString::fromUtf8(m_process->readAll()); });
            return true;
        }
    }
    qWarning("paxos-sandbox did not start: %s", qPrintable(m_output));
    return false;
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(timeoutMs);
            clean = false;
        }
    }
    clean = clean && m_process->exitStatus() == QProcess::NormalExit;
    m_output += QString::fromUtf8(m_process->readAll());
    m_process.reset();
    return clean;
}

QUrl sharedSandboxUrl()
{
    QFile file(qEnvironmentVariable("PAXOS_SANDBOX_URL_FILE"));
    if (!file.fileName().isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QUrl url(QString::fromUtf8(file.readAll().trimmed()));
        if (url.isValid() && !url.isEmpty())
            return url;
    }
    // Run by hand: start one for this process and keep it until exit.
    static SandboxProcess own;
    if (!own.isRunning() && !own.start())
        return {};
    return own.url();
}

} // namespace testsupport

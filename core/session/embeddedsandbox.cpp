#include "core/session/embeddedsandbox.h"

#include "core/logging.h"

#include <QDir>
#include <QStandardPaths>

#ifdef CC_HAVE_EMBEDDED_SANDBOX
#include "sandbox/server.h"
#endif

using namespace Qt::StringLiterals;

namespace console {

EmbeddedSandbox::EmbeddedSandbox(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dataDir.isEmpty() && !m_options.inMemory)
        m_options.dataDir = defaultDataDir();
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

bool EmbeddedSandbox::isAvailable()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    return true;
#else
    return false;
#endif
}

QString EmbeddedSandbox::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
}

QString EmbeddedSandbox::dataDir() const
{
    return m_options.inMemory ? QString() : m_options.dataDir;
}

QString EmbeddedSandbox::demoClientId()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    return sandbox::demoClient().id;
#else
    return u"demo"_s;
#endif
}

QString EmbeddedSandbox::demoClientSecret()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    return sandbox::demoClient().secret;
#else
    return u"demo-secret"_s;
#endif
}

bool EmbeddedSandbox::start(QString *error)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (m_server && m_server->isRunning())
        return true;
    if (!m_options.inMemory && !QDir().mkpath(m_options.dataDir)) {
        if (error)
            *error = tr("Cannot create the sandbox data folder %1.").arg(m_options.dataDir);
        return false;
    }
    sandbox::ServerOptions options;
    options.host = QHostAddress::LocalHost;
    options.port = 0; // a free port: two consoles, or a console and a test, never collide
    options.dataDir = m_options.dataDir;
    options.inMemory = m_options.inMemory;
    options.seedIdentities = m_options.seedIdentities;
    options.seed = m_options.seed;
    m_server = new sandbox::Server(options, this);
    QString why;
    if (!m_server->start(&why)) {
        delete m_server;
        m_server = nullptr;
        if (error)
            *error = tr("The local sandbox did not start: %1").arg(why);
        qCWarning(lcEmbeddedSandbox) << "start failed:" << why;
        return false;
    }
    qCInfo(lcEmbeddedSandbox) << "local sandbox on" << m_server->url().toString() << "data"
                              << (m_options.inMemory ? u"in memory"_s : m_options.dataDir);
    return true;
#else
    if (error)
        *error = tr("This build of the console has no embedded sandbox.");
    return false;
#endif
}

void EmbeddedSandbox::stop()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (m_server) {
        m_server->stop();
        delete m_server;
        m_server = nullptr;
    }
#endif
}

bool EmbeddedSandbox::isRunning() const
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    return m_server && m_server->isRunning();
#else
    return false;
#endif
}

QUrl EmbeddedSandbox::url() const
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    return m_server ? m_server->url() : QUrl();
#else
    return {};
#endif
}

QString EmbeddedSandbox::registerWebhook(const QUrl &url, const QByteArray &headerName,
                                         const QByteArray &key)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (m_server)
        return m_server->addWebhook(
            {url, QString::fromLatin1(headerName), QString::fromLatin1(key)});
#else
    Q_UNUSED(url)
    Q_UNUSED(headerName)
    Q_UNUSED(key)
#endif
    return {};
}

void EmbeddedSandbox::unregisterWebhook(const QString &id)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (m_server && !id.isEmpty())
        m_server->removeWebhook(id);
#else
    Q_UNUSED(id)
#endif
}

} // namespace console

#include "core/session/embeddedsandbox.h"

#include "core/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <future>
#include <memory>

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

// What the sandbox thread reports: the URL once it listens (before seeding), or why it did
// not start. Exactly one of the two, through a promise.
struct EmbeddedSandbox::Started
{
    QUrl url;
    QString why; // the message for the user
    sandbox::Server *server = nullptr; // set when it listens
};

void EmbeddedSandbox::launch()
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (m_thread || m_pending)
        return; // launched or running already
    if (!m_options.inMemory && !QDir().mkpath(m_options.dataDir)) {
        std::promise<Started> failed;
        failed.set_value(
            {{}, tr("Cannot create the sandbox data folder %1.").arg(m_options.dataDir), nullptr});
        m_pending = std::make_shared<std::future<Started>>(failed.get_future());
        return;
    }
    sandbox::ServerOptions options;
    options.host = QHostAddress::LocalHost;
    options.port = 0; // a free port: two consoles, or a console and a test, never collide
    options.dataDir = m_options.dataDir;
    options.inMemory = m_options.inMemory;
    options.seedIdentities = m_options.seedIdentities;
    options.seed = m_options.seed;

    struct Shared
    {
        std::promise<Started> promise;
        bool reported = false; // touched on the sandbox thread only
        sandbox::Server *server = nullptr; // touched on the sandbox thread only
    };
    auto shared = std::make_shared<Shared>();
    m_pending = std::make_shared<std::future<Started>>(shared->promise.get_future());
    options.onListening = [shared](const QUrl &url) {
        shared->reported = true;
        shared->promise.set_value({url, {}, shared->server});
    };

    m_thread = new QThread;
    m_thread->setObjectName(u"local-sandbox"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    // Built on its thread, so its listener, timers and store connection belong there.
    QMetaObject::invokeMethod(m_context, [shared, options] {
        auto *server = new sandbox::Server(options);
        shared->server = server;
        QString why;
        if (server->start(&why)) {
            qCInfo(lcEmbeddedSandbox) << "local sandbox ready (seeding done)";
            return;
        }
        if (!shared->reported) {
            delete server;
            shared->promise.set_value(
                {{}, EmbeddedSandbox::tr("The local sandbox did not start: %1").arg(why), nullptr});
        } else { // listening already, seeding failed or was stopped: nothing is served
            qCWarning(lcEmbeddedSandbox) << "seeding failed:" << why;
        }
    });
#endif
}

bool EmbeddedSandbox::start(QString *error)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (isRunning())
        return true;
    launch();
    const Started result = m_pending->get(); // opening the store and binding the port
    m_pending.reset();
    m_server = result.server;
    if (result.url.isEmpty()) {
        stop();
        if (error)
            *error = result.why;
        qCWarning(lcEmbeddedSandbox) << "start failed:" << result.why;
        return false;
    }
    m_url = result.url;
    qCInfo(lcEmbeddedSandbox) << "local sandbox on" << m_url.toString() << "data"
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
    if (!m_thread)
        return;
    if (m_pending) { // launched, never waited for: collect the server to stop it
        m_server = m_pending->get().server;
        m_pending.reset();
    }
    if (m_server) {
        // A seeding in progress would hold up the exit: it gives up, keeping nothing.
        m_server->abortSeeding();
        sandbox::Server *server = m_server;
        QMetaObject::invokeMethod(
            m_context,
            [server] {
                server->stop();
                delete server;
            },
            Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    QMetaObject::invokeMethod(
        m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
#endif
}

bool EmbeddedSandbox::isRunning() const
{
    return m_thread && m_url.isValid();
}

QUrl EmbeddedSandbox::url() const
{
    return m_url;
}

QString EmbeddedSandbox::registerWebhook(const QUrl &url, const QByteArray &headerName,
                                         const QByteArray &key)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (!m_server)
        return {};
    // The id is made here so the caller has it at once; the server learns of the webhook on
    // its own thread, after any seeding, before any later request.
    sandbox::WebhookTarget target{url, QString::fromLatin1(headerName), QString::fromLatin1(key),
                                  QUuid::createUuid().toString(QUuid::WithoutBraces)};
    sandbox::Server *server = m_server;
    QMetaObject::invokeMethod(m_context, [server, target] { server->addWebhook(target); });
    return target.id;
#else
    Q_UNUSED(url)
    Q_UNUSED(headerName)
    Q_UNUSED(key)
    return {};
#endif
}

void EmbeddedSandbox::unregisterWebhook(const QString &id)
{
#ifdef CC_HAVE_EMBEDDED_SANDBOX
    if (!m_server || id.isEmpty())
        return;
    sandbox::Server *server = m_server;
    QMetaObject::invokeMethod(m_context, [server, id] { server->removeWebhook(id); });
#else
    Q_UNUSED(id)
#endif
}

} // namespace console

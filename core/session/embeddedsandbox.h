#pragma once

#include "core/events/webhookregistrar.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <future>
#include <memory>

class QThread;

namespace sandbox {
class Server;
}

namespace console {

// The local Paxos Sandbox the console starts in-process on first start, so it works
// without an account: bound to 127.0.0.1 on a free port, data kept under the user's data
// directory (or in memory for tests and screenshots). It sends its webhooks to whatever the
// console registers through WebhookRegistrar.
//
// The server lives on a thread of its own: building a page of 1,000 identities, seeding
// 100,000 and every other request it answers never run on the window's thread. start()
// returns as soon as the port is bound; seeding goes on behind it, and requests that come
// meanwhile are answered when it is done.
class EmbeddedSandbox : public QObject, public WebhookRegistrar
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir; // empty = defaultDataDir()
        bool inMemory = false;
        int seedIdentities = 0; // realistic demo data on an empty sandbox
        quint32 seed = 20260401;
    };

    explicit EmbeddedSandbox(Options options, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Whether this build carries the sandbox at all.
    static bool isAvailable();
    // <AppLocalDataLocation>/sandbox
    static QString defaultDataDir();

    // Starts the server on its thread and returns at once: opening its store and binding the
    // port overlap whatever the caller does next (the console builds its window meanwhile).
    // start() then waits only for what is left. Does nothing when launched already.
    void launch();
    // Launches if needed and waits until the port is bound (or the start failed).
    bool start(QString *error);
    void stop();
    bool isRunning() const;
    QUrl url() const;
    QString dataDir() const;
    // The built-in demo client every local sandbox accepts.
    static QString demoClientId();
    static QString demoClientSecret();

    // WebhookRegistrar
    bool acceptsWebhooks() const override { return isRunning(); }
    QString registerWebhook(const QUrl &url, const QByteArray &headerName,
                            const QByteArray &key) override;
    void unregisterWebhook(const QString &id) override;

    // The thread the server runs on (for tests); null when stopped.
    QThread *thread() const { return m_thread; }

private:
    Options m_options;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: queued work for the server runs there
    sandbox::Server *m_server = nullptr; // lives on m_thread; touched only there
    QUrl m_url;
    // Between launch() and start(): what the sandbox thread reports once it listens.
    struct Started;
    std::shared_ptr<std::future<Started>> m_pending;
};

} // namespace console

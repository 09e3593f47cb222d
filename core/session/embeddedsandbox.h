#pragma once

#include "core/events/webhookregistrar.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace sandbox {
class Server;
}

namespace console {

// The local Paxos Sandbox the console starts in-process on first start, so it works
// without an account: bound to 127.0.0.1 on a free port, data kept under the user's data
// directory (or in memory for tests and screenshots). It sends its webhooks to whatever the
// console registers through WebhookRegistrar.
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

    // For tests that drive the server directly; the console itself goes through the
    // methods above.
    sandbox::Server *server() const { return m_server; }

private:
    Options m_options;
    sandbox::Server *m_server = nullptr; // child QObject
};

} // namespace console

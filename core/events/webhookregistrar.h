#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace console {

// Something that sends webhooks to a URL the console names: the embedded local sandbox
// (EmbeddedSandbox implements this). The events service registers its own receiver here in
// the local sandbox, so webhooks work with no set-up; nothing outside core/session needs to
// know what a sandbox server is.
class WebhookRegistrar
{
public:
    virtual ~WebhookRegistrar() = default;

    // Whether a webhook can be registered now (the local sandbox runs).
    virtual bool acceptsWebhooks() const = 0;
    // Sends every event to `url` with `headerName: key`. Returns an id for
    // unregisterWebhook(); empty when nothing was registered.
    virtual QString registerWebhook(const QUrl &url, const QByteArray &headerName,
                                    const QByteArray &key) = 0;
    virtual void unregisterWebhook(const QString &id) = 0;
};

} // namespace console

#pragma once

#include "core/services.h"
#include "core/session/session.h"
#include "ui/session/connectiondialog.h"

#include <QObject>

#include <memory>

namespace console::app {

// Which environment the console talks to: the embedded local sandbox at first start, the one
// used last on later starts (once its secret is read from the keychain), and whatever the
// reviewer picks in Switch Environment. Remembers the choice in the settings, the secret in
// the keychain, and records every switch in the audit trail.
class EnvironmentSwitcher : public QObject
{
    Q_OBJECT
public:
    // Uses session, sandbox, settings, credentials and audit.
    explicit EnvironmentSwitcher(const Services &services, QObject *parent = nullptr);

    // Back to the embedded local sandbox; false (with error) when it cannot run.
    bool connectLocalSandbox(QString *error);
    // The environment of the last session, when it was not the local sandbox.
    void reconnectRemembered();
    // What the connection dialog starts from (client ids per environment, stored secrets).
    ui::ConnectionDefaults connectionDefaults() const;

public slots:
    // Connects to the chosen environment (what the connection dialog asks for).
    void switchTo(const console::ui::ConnectionChoice &choice);

signals:
    // Something for the status bar (a secret that could not be read or saved ...).
    void message(const QString &text);
    // A client id or secret was remembered: the connection dialog's defaults changed.
    void connectionDefaultsChanged();

private:
    void connectTarget(const QString &kindKey, const Session::Target &target);
    void recordSwitch(const QString &from, const QString &apiBase, const QString &clientId);

    Services m_services;
    // A switch waiting for its secret from the keychain.
    QString m_pendingSecretKey;
    QString m_pendingKindKey;
    std::unique_ptr<Session::Target> m_pendingTarget;
};

} // namespace console::app

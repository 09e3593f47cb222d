#pragma once

#include "paxos/net/environment.h"

#include <QDialog>
#include <QHash>
#include <QUrl>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace console::ui {

// What the reviewer chose in the connection dialog.
struct ConnectionChoice
{
    paxos::Environment::Kind kind = paxos::Environment::Kind::LocalSandbox;
    QUrl tokenUrl; // Custom only
    QUrl apiBase; // Custom only
    QString clientId;
    // Empty: use the secret already kept in the keychain for this client id.
    QString clientSecret;
};

// What the dialog shows before the reviewer changes anything.
struct ConnectionDefaults
{
    paxos::Environment::Kind current = paxos::Environment::Kind::LocalSandbox;
    QHash<int, QString> clientIds; // by Kind
    QHash<int, bool> secretStored; // by Kind: a secret for that client id is in the keychain
    QUrl customTokenUrl;
    QUrl customApiBase;
    bool keychainAvailable = true;
    bool localSandboxAvailable = true;
};

// Switches between the local sandbox, the Paxos Sandbox, Production and a custom server.
// The client secret goes to the OS keychain, never to a settings file; leaving it empty
// keeps the stored one.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const ConnectionDefaults &defaults, QWidget *parent = nullptr);

    ConnectionChoice choice() const;
    void setKind(paxos::Environment::Kind kind);
    paxos::Environment::Kind kind() const;
    // Empty when the form is complete; otherwise what is missing.
    QString validationMessage() const;
    // A secret is in the keychain for what the form says now: the same client id and, for a
    // Custom environment, the same URLs. Leaving the secret empty then uses it.
    bool isSecretStored() const;

signals:
    void connectRequested(const console::ui::ConnectionChoice &choice);
    // "Team record database…": where the audit trail, notes and history are kept (a local
    // file, or a PostgreSQL server a team shares) is set beside the API connection.
    void recordSettingsRequested();

private:
    void updateForm();
    void showSecretState();

    ConnectionDefaults m_defaults;
    QButtonGroup *m_kinds = nullptr;
    QWidget *m_credentials = nullptr;
    QLabel *m_localNote = nullptr;
    QLabel *m_productionNote = nullptr;
    QWidget *m_customBox = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretNote = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_connect = nullptr;
    QHash<int, QString> m_typedIds;
};

} // namespace console::ui

Q_DECLARE_METATYPE(console::ui::ConnectionChoice)

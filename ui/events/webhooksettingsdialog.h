#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace console {
class CredentialStore;
class Settings;
} // namespace console

namespace console::ui {

// Where the webhook receiver listens and how Paxos authenticates to it. The API key is written
// to the credential store (never settings); an empty key field keeps the stored one. Binding
// to anything but loopback is possible, with a warning. Open it with open(): it never blocks.
class WebhookSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    WebhookSettingsDialog(Settings *settings, CredentialStore *credentials,
                          const QString &credentialKey, const QString &environmentLabel,
                          QWidget *parent = nullptr);

    void accept() override;

signals:
    // Saved: the receiver should restart with the new settings.
    void applied();

private:
    void updateWarning();

    Settings *m_settings;
    CredentialStore *m_credentials;
    QString m_credentialKey;
    QCheckBox *m_enabled;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_path;
    QLineEdit *m_header;
    QLineEdit *m_key;
    QLabel *m_warning;
    QLabel *m_error;
};

} // namespace console::ui

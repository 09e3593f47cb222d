#pragma once

#include "core/record/store.h"
#include "ui/record/savepath.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace console {
class CredentialStore;
class Settings;
} // namespace console

namespace Ui {
class StoreSettingsPage;
} // namespace Ui

namespace console::ui {

// Where the review record lives: an SQLite file (default) or a team's PostgreSQL database.
// Host, port, database and user are settings; the password goes to the keychain through the
// CredentialStore and is never written to a settings file. "Test connection" opens the store
// on a worker thread, so a slow server never freezes the window.
class StoreSettingsPage : public QWidget
{
    Q_OBJECT
public:
    StoreSettingsPage(Settings *settings, CredentialStore *credentials, QWidget *parent = nullptr);
    ~StoreSettingsPage() override;

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    // What the form says, the password included.
    StoreConfig config() const;
    // Empty when the form is complete; otherwise what is missing.
    QString validationMessage() const;
    // The name the reviewer wants in the record; empty: their computer account.
    QString operatorName() const;
    QString testResult() const;
    bool isTesting() const;
    // The keychain entry apply() is writing the password to; empty once it answered.
    QString pendingPasswordWrite() const { return m_pendingWriteKey; }

public slots:
    // Reads the settings and asks the keychain for the password.
    void load();
    // Writes the settings and the password (to the keychain); false when the form is incomplete
    // or the settings could not be written.
    bool apply();
    void testConnection();

signals:
    void testFinished(bool ok, const QString &message);
    void applied();
    // The keychain answered a write or failed; message in words.
    void passwordStored(bool ok, const QString &message);

private:
    void updateForm();
    QString passwordKey() const;

    std::unique_ptr<Ui::StoreSettingsPage> m_ui;
    Settings *m_settings;
    CredentialStore *m_credentials;
    SavePathChooser m_chooseSavePath;
    QFutureWatcher<QString> m_test;
    QString m_pendingReadKey;
    QString m_pendingWriteKey;
    bool m_passwordTyped = false;
};

} // namespace console::ui

#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace console {

// Every setting of the console, one enum value each. Add a key here and in the table in
// settings.cpp; nothing else reads or writes QSettings. Secrets are never settings: they live in
// the CredentialStore (a test checks no key name looks like one).
enum class SettingKey {
    // Connection
    Environment,
    CustomTokenUrl,
    CustomApiBase,
    SandboxClientId,
    ProductionClientId,
    CustomClientId,
    RequestTimeoutSeconds,
    MaxRetries,
    // Who is working
    OperatorName,
    // The store
    StoreBackend, // "sqlite" or "postgresql"
    StoreSqlitePath,
    StorePgHost,
    StorePgPort,
    StorePgDatabase,
    StorePgUser,
    StorePgRequireTls, // TLS to a PostgreSQL server on another machine (default on)
    // Events
    WebhookReceiverEnabled,
    WebhookReceiverPort,
    WebhookReceiverPath,
    WebhookReceiverBindAddress, // loopback unless the user asks otherwise
    WebhookApiKeyHeader, // the header name; the key itself is a secret (CredentialStore)
    EventNotificationsEnabled,
    EventsFollowerEnabled,
    EventsFollowerIntervalSeconds,
    // Embedded sandbox
    EmbeddedSandboxPort,
    EmbeddedSandboxPersistent,
    // Window and lists
    IdentityPageSize,
    MainWindowGeometry,
    MainWindowState,
    IdentityTableHeaderState,
    DetailSplitterState,
    LastExportDirectory,
    RecentIdentityIds,
    AuditTrailGeometry,
    AuditTrailFilters, // JSON object of the audit trail window's filters
    DraftsSeen, // "draftId@updatedAtMs" of the drafts the Drafts dialog has listed
    Language,
    // Dashboard
    DashboardAgeThresholdDays, // pending identities older than this are over the team's limit
    // Saved views of the queue (core/settings/savedviews.h)
    QueueSavedViews, // JSON array of the reviewer's named views
    QueueCurrentView, // the name of the view in use, applied again at start
};

// Roaming settings follow the user (preferences, connection); local ones describe this machine
// (window layout, paths, ports) and live in a separate file.
enum class SettingScope { Roaming, Local };

struct SettingInfo
{
    SettingKey key;
    QString path; // the QSettings key
    QVariant defaultValue; // of the setting's type
    SettingScope scope;
};

// The typed settings registry over two INI files (roaming and local). Every write is synced at
// once through QSettings' atomic save (a temporary file renamed over the old one), so a crash
// never leaves a half-written file. createForTesting() points both files into a folder.
class Settings : public QObject
{
    Q_OBJECT
public:
    Settings(const QString &roamingFile, const QString &localFile, QObject *parent = nullptr);
    ~Settings() override;

    // <AppConfigLocation>/settings.ini and <AppLocalDataLocation>/local-settings.ini.
    static std::unique_ptr<Settings> createDefault(QObject *parent = nullptr);
    static std::unique_ptr<Settings> createForTesting(const QString &folder,
                                                      QObject *parent = nullptr);

    static const SettingInfo &info(SettingKey key);
    static QList<SettingKey> allKeys();

    // The stored value converted to the setting's type, or the default.
    QVariant value(SettingKey key) const;
    template<typename T> T get(SettingKey key) const { return value(key).template value<T>(); }
    bool isSet(SettingKey key) const;

    // False (and errorString()) when the value does not convert to the setting's type or the
    // file cannot be written. Emits changed() when the value changed.
    bool setValue(SettingKey key, const QVariant &value);
    bool reset(SettingKey key);
    QString errorString() const { return m_error; }

    QString roamingFile() const;
    QString localFile() const;

signals:
    void changed(console::SettingKey key, const QVariant &value);

private:
    QSettings &backing(SettingKey key) const;
    bool sync(QSettings &settings);

    std::unique_ptr<QSettings> m_roaming;
    std::unique_ptr<QSettings> m_local;
    QString m_error;
};

} // namespace console

Q_DECLARE_METATYPE(console::SettingKey)

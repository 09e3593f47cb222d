#pragma once

#include "core/session/session.h"
#include "core/record/store.h"

#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QProgressDialog;
class QTemporaryDir;
class QTimer;
template<typename T> class QFutureWatcher;

namespace console {
class AuditTrail;
class CredentialStore;
class EmbeddedSandbox;
class Settings;
class CurrentIdentity;
class IdentityPageSource;
class IdentityTableModel;
class Store;
namespace ui {
class EventsIntegration;
class MainWindow;
class ReviewRecordController;
class OnboardingIntegration;
struct ConnectionChoice;
} // namespace ui
} // namespace console

namespace console::app {

// The composition root: builds every service once, wires them, and hands them to the
// window. Nothing here is a singleton; tests build their own Application with options.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Everything the console writes (store, embedded sandbox data) goes under this
        // folder when set; otherwise the user's data directory.
        QString dataDir;
        bool inMemorySandbox = false;
        int seedIdentities = 0;
        // --self-test: start, load, open the first identity, exit 0 when all worked.
        bool selfTest = false;
        // --screenshot FILE: like the self-test, then save the window to FILE.
        QString screenshotPath;
        QSize windowSize;
        // Which detail tab the screenshot shows (0: what is happening, 1: details, ...).
        int screenshotTab = 0;
        // Ignore and do not save the remembered window layout.
        bool ephemeralUi = false;
        // Keep the store and settings in a folder removed at exit (smoke runs without
        // --data-dir), so a self-test or a screenshot never writes into the user's record.
        bool throwawayData = false;
        // Network access for tests that map hosts to loopback.
        QNetworkAccessManager *network = nullptr;
        // Where client secrets go; default: the OS keychain. Tests pass a memory store.
        CredentialStore *credentials = nullptr;
    };

    // Parses the command line of compliance-console. On failure returns false and sets
    // error (or help text with *helpShown = true).
    static bool parseArguments(const QStringList &arguments, Options *options, QString *error,
                               bool *helpShown);

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Opens the store, starts the embedded sandbox, connects and shows the window, then emits
    // ready(). With the record on a team's PostgreSQL server the window comes once the
    // password was read from the keychain and the server answered (a progress dialog lets the
    // user stop waiting and use the local file): start() then returns true before ready().
    // False (with error) only when no store at all could be opened synchronously.
    bool start(QString *error);
    bool isReady() const { return m_window != nullptr; }
    // The reviewer asked for a restart (a new record location): main() starts the console
    // again once this one has closed its store.
    bool relaunchRequested() const { return m_relaunchRequested; }

    Store *store() const { return m_store; }
    // Why this session does not record to the store the settings name; empty when it does.
    QString storeFallbackReason() const { return m_storeFallbackReason; }

    ui::MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session; }
    IdentityTableModel *identities() const { return m_identities; }
    CurrentIdentity *currentIdentity() const { return m_current; }
    EmbeddedSandbox *embeddedSandbox() const { return m_sandbox; }
    AuditTrail *auditTrail() const { return m_audit; }
    Settings *settings() const { return m_settings.get(); }
    CredentialStore *credentials() const { return m_credentials; }
    // Webhooks, events, EDD documents and controls (ui/events).
    ui::EventsIntegration *events() const { return m_events; }
    // Audit trail, notes, timeline, evidence packs and team use (ui/record).
    ui::ReviewRecordController *reviewRecord() const { return m_record; }
    // New person, edit / KYC refresh, sandbox outcomes and drafts (ui/forms).
    ui::OnboardingIntegration *onboarding() const { return m_onboarding; }

    // Connects to the chosen environment (what the connection dialog asks for).
    void switchEnvironment(const ui::ConnectionChoice &choice);
    // Back to the embedded local sandbox.
    bool connectLocalSandbox(QString *error);

signals:
    // The window is built and shown.
    void ready();
    // --self-test / --screenshot finished, or start-up failed after start() returned: exit
    // code for main().
    void finished(int exitCode);

private:
    // The local SQLite record: the file chosen in "Record store…", else the default location
    // (under dataDir when that is set).
    QString localStorePath() const;
    void readTeamStorePassword(StoreConfig config);
    void probeTeamStore(const StoreConfig &config, const QString &keychainProblem);
    // Opens the local file after the team store could not be used, then builds the window.
    void fallBackToLocalStore(const QString &reason);
    bool openLocalStore(QString *error);
    // Everything after the store is open: services, window, environment.
    void buildAndShow();
    void failStart(const QString &message);
    void runSmokeTest();
    void connectTarget(const QString &kindKey, const Session::Target &target);
    void updateConnectionDefaults();
    void reconnectRemembered();

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QTemporaryDir> m_throwawayDir;
    std::unique_ptr<Settings> m_settings;
    CredentialStore *m_credentials = nullptr;
    Store *m_store = nullptr;
    AuditTrail *m_audit = nullptr;
    EmbeddedSandbox *m_sandbox = nullptr;
    Session *m_session = nullptr;
    IdentityPageSource *m_pages = nullptr;
    IdentityTableModel *m_identities = nullptr;
    CurrentIdentity *m_current = nullptr;
    ui::EventsIntegration *m_events = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ReviewRecordController *m_record = nullptr;
    ui::OnboardingIntegration *m_onboarding = nullptr;
    // A switch waiting for its secret from the keychain.
    QString m_pendingSecretKey;
    QString m_pendingKindKey;
    std::unique_ptr<Session::Target> m_pendingTarget;
    // Start-up with a PostgreSQL record: the password read, then a probe on a worker thread.
    QString m_pendingStorePasswordKey;
    StoreConfig m_pendingStoreConfig;
    QFutureWatcher<QString> *m_storeProbe = nullptr;
    QProgressDialog *m_storeProgress = nullptr;
    QString m_storeFallbackReason;
    bool m_relaunchRequested = false;
};

} // namespace console::app

#pragma once

#include "app/commandline.h"
#include "core/services.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace console {
class Settings;
namespace ui {
class AccountsIntegration;
class InstitutionReviewIntegration;
class EventsIntegration;
class MainWindow;
class ReviewRecordController;
class InstitutionIntegration;
class OnboardingIntegration;
} // namespace ui
} // namespace console

namespace console::app {

class EnvironmentSwitcher;
class TeamStoreStartup;

// The composition root: builds every long-lived service once, into one Services struct
// (buildServices), builds the window and hands each feature's widgets the services they need
// (buildWindow), then connects. Nothing here is a singleton; tests build their own
// Application with Options. The start-up steps that are more than wiring live beside it:
// commandline (Options), teamstorestartup, environmentswitcher, smoketest. See app/README.md.
class Application : public QObject
{
    Q_OBJECT
public:
    using Options = app::Options;

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Opens the store, starts the embedded sandbox, connects and shows the window, then emits
    // ready(). With the record on a team's PostgreSQL server the window comes once the
    // password was read from the keychain and the server answered (a progress dialog lets the
    // user stop waiting and use the local file): start() then returns true before ready().
    // False (with error) only when no store at all could be opened synchronously.
    //
    // What the first frame does not show is built right after the window's first paint (see
    // finishStart()): the dashboard. A key press, click or shortcut that comes earlier builds it
    // first, so a first action right after start finds everything in place.
    bool start(QString *error);
    bool isReady() const { return m_window != nullptr; }
    // Everything start() defers past the first paint is built (startFinished() was emitted).
    bool isStartFinished() const { return m_startFinished; }
    // The reviewer asked for a restart (a new record location): main() starts the console
    // again once this one has closed its store.
    bool relaunchRequested() const { return m_relaunchRequested; }

    // Every long-lived service; filled once the store is open.
    const Services &services() const { return m_services; }
    Store *store() const { return m_services.store; }
    // Why this session does not record to the store the settings name; empty when it does.
    QString storeFallbackReason() const { return m_storeFallbackReason; }

    ui::MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_services.session; }
    IdentityTableModel *identities() const { return m_services.identities; }
    CurrentIdentity *currentIdentity() const { return m_services.current; }
    EmbeddedSandbox *embeddedSandbox() const { return m_services.sandbox; }
    AuditTrail *auditTrail() const { return m_services.audit; }
    Settings *settings() const { return m_settings.get(); }
    CredentialStore *credentials() const { return m_services.credentials; }
    // The features' widgets on the window (ui/events, ui/record, ui/onboarding).
    ui::EventsIntegration *events() const { return m_events; }
    ui::ReviewRecordController *reviewRecord() const { return m_record; }
    ui::OnboardingIntegration *onboarding() const { return m_onboarding; }
    ui::InstitutionIntegration *institutions() const { return m_institutions; }
    ui::AccountsIntegration *accounts() const { return m_accounts; }
    ui::InstitutionReviewIntegration *institutionReview() const { return m_institutionReview; }

signals:
    // The window is built and shown.
    void ready();
    // What was deferred past the window's first paint is built; the window is complete.
    void startFinished();
    // --self-test / --screenshot finished, or start-up failed after start() returned: exit
    // code for main().
    void finished(int exitCode);

protected:
    // Watches for the window's first paint, and for input that comes before finishStart().
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Starts the embedded sandbox's thread (its store, its port) so that it works while this
    // thread opens the record and builds the window; connecting waits only for what is left.
    void launchSandbox();
    // Builds what start() deferred past the first paint, once.
    void finishStart();
    // The local SQLite record: the file chosen in "Record store…", else the default location
    // (under dataDir when that is set).
    QString localStorePath() const;
    bool openLocalStore(QString *error);
    // Opens the local file after the team store could not be used, then builds the window.
    void fallBackToLocalStore(const QString &reason);
    void failStart(const QString &message);
    // Everything after the store is open: services, window, environment.
    void buildAndShow();
    void buildServices();
    void buildWindow();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_throwawayDir;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    Services m_services;
    // Parent of every service buildServices() makes, so they go before the store.
    std::unique_ptr<QObject> m_graph;
    TeamStoreStartup *m_teamStore = nullptr;
    EnvironmentSwitcher *m_environments = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::EventsIntegration *m_events = nullptr;
    ui::ReviewRecordController *m_record = nullptr;
    ui::OnboardingIntegration *m_onboarding = nullptr;
    ui::InstitutionIntegration *m_institutions = nullptr;
    ui::AccountsIntegration *m_accounts = nullptr;
    ui::InstitutionReviewIntegration *m_institutionReview = nullptr;
    QString m_storeFallbackReason;
    bool m_relaunchRequested = false;
    bool m_startFinished = false;
    bool m_finishQueued = false;
    // Where the dashboard's View menu entry goes: before the saved views', as if built in order.
    int m_dashboardMenuPlace = -1;
};

} // namespace console::app

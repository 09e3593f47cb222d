#include "app/application.h"

#include "app/environmentswitcher.h"
#include "app/smoketest.h"
#include "app/teamstorestartup.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/current/currentidentity.h"
#include "core/events/eventsservice.h"
#include "core/models/apiidentitypagesource.h"
#include "core/models/identitytablemodel.h"
#include "core/record/assignments.h"
#include "core/record/audittrail.h"
#include "core/record/documentrecords.h"
#include "core/record/drafts.h"
#include "core/record/notes.h"
#include "core/record/processedevents.h"
#include "core/record/requestledger.h"
#include "core/record/softlocks.h"
#include "core/record/statushistory.h"
#include "core/record/store.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/ledgerrecorder.h"
#include "core/session/session.h"
#include "core/session/statussnapshots.h"
#include "core/settings/settings.h"
#include "ui/accounts/accountsintegration.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/detail/institutionreviewintegration.h"
#include "ui/events/eventsintegration.h"
#include "ui/import/importintegration.h"
#include "ui/onboarding/institutionintegration.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/queue/savedviewscontrol.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/session/keyringexplanationdialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console::app {

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Application::~Application()
{
    qApp->removeEventFilter(this);
    delete m_teamStore;
    if (m_window)
        m_window->saveLayout();
    // The window first (the features' widgets are its children), then the events service,
    // which unregisters its webhook from the local sandbox, then the other services, while
    // the store is still open (soft locks are released on the way out), then the store.
    m_window.reset();
    delete m_services.events;
    m_services.events = nullptr;
    // Writes still in flight are recorded as unknown while the trail can still be written
    // (the window asked first; this covers every other way out).
    if (m_services.session)
        m_services.session->writeGuard()->abandonWritesInFlight();
    m_graph.reset();
    Store *store = m_services.store;
    m_services = {};
    // Before a throwaway data folder goes (members go before QObject children).
    if (store)
        store->close();
}

bool Application::start(QString *error)
{
    if (m_options.throwawayData && m_options.dataDir.isEmpty()) {
        m_throwawayDir = std::make_unique<QTemporaryDir>();
        if (!m_throwawayDir->isValid()) {
            *error = tr("No temporary folder for this run: %1").arg(m_throwawayDir->errorString());
            return false;
        }
        m_options.dataDir = m_throwawayDir->path();
    }
    m_network = m_options.network ? m_options.network : new QNetworkAccessManager(this);
    m_settings = m_options.dataDir.isEmpty()
        ? Settings::createDefault()
        : Settings::createForTesting(QDir(m_options.dataDir).filePath(u"settings"_s));
    m_services.settings = m_settings.get();
    launchSandbox();
    m_services.credentials =
        m_options.credentials ? m_options.credentials : new KeychainCredentialStore(this);
    // Before the desktop's keyring prompt, the console says why it asks (not in smoke runs:
    // nobody is there to answer).
    if (auto *keychain = qobject_cast<KeychainCredentialStore *>(m_services.credentials);
        keychain && !m_options.isSmokeRun()) {
        keychain->setExplainsUnlock(true);
        ui::KeyringExplanationDialog::explainFor(keychain, nullptr);
    }
    connect(m_services.credentials, &CredentialStore::fallbackActivated, this,
            [this](const QString &message) {
                if (m_window)
                    m_window->notify(message);
            });

    // The record first: the audit trail must exist before anything can be revealed or sent.
    Store *store = new Store(this);
    m_services.store = store;
    store->setOperator(
        Operator::fromEnvironment(m_settings->get<QString>(SettingKey::OperatorName)));
    const StoreConfig configured = StoreConfig::fromSettings(*m_settings);
    if (configured.backend == StoreBackend::PostgreSql) {
        m_teamStore = new TeamStoreStartup(store, m_services.credentials, this);
        connect(m_teamStore, &TeamStoreStartup::opened, this, &Application::buildAndShow);
        connect(m_teamStore, &TeamStoreStartup::unavailable, this,
                &Application::fallBackToLocalStore);
        m_teamStore->start(configured);
        return true;
    }
    if (!openLocalStore(error))
        return false;
    buildAndShow();
    return true;
}

QString Application::localStorePath() const
{
    const QString chosen = m_settings->get<QString>(SettingKey::StoreSqlitePath);
    if (!chosen.isEmpty())
        return chosen;
    return m_options.dataDir.isEmpty() ? StoreConfig::defaultSqlitePath()
                                       : QDir(m_options.dataDir).filePath(u"console.sqlite"_s);
}

bool Application::openLocalStore(QString *error)
{
    const QString path = localStorePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const StoreStatus opened = m_services.store->open(StoreConfig::sqlite(path)); !opened) {
        *error = tr("The console's local record (%1) could not be opened: %2")
                     .arg(QDir::toNativeSeparators(path), opened.errorMessage());
        return false;
    }
    return true;
}

void Application::fallBackToLocalStore(const QString &reason)
{
    QString error;
    if (!openLocalStore(&error)) {
        failStart(reason + u"\n\n"_s + error);
        return;
    }
    // Nothing is lost: this session's work goes to the local file, and the reason stays
    // visible in the status bar until the next start.
    m_storeFallbackReason = reason + u' '
        + tr("This session records to the local file %1; the team does not see it.")
              .arg(QDir::toNativeSeparators(localStorePath()));
    qWarning("%s", qPrintable(m_storeFallbackReason));
    buildAndShow();
}

void Application::failStart(const QString &message)
{
    qWarning("%s", qPrintable(message));
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Compliance Console"),
                                tr("The console cannot start."), QMessageBox::Close);
    box->setObjectName(u"startFailedBox"_s);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { emit finished(1); });
    box->open();
}

void Application::launchSandbox()
{
    // The graph's first member: it goes last but one at exit, like any service (the events
    // service, which registers webhooks with it, is deleted explicitly before the graph).
    m_graph = std::make_unique<QObject>();
    EmbeddedSandbox::Options sandboxOptions;
    sandboxOptions.inMemory = m_options.inMemorySandbox;
    sandboxOptions.seedIdentities = m_options.seedIdentities;
    if (!m_options.dataDir.isEmpty())
        sandboxOptions.dataDir = QDir(m_options.dataDir).filePath(u"sandbox"_s);
    m_services.sandbox = new EmbeddedSandbox(sandboxOptions, m_graph.get());
    m_services.sandbox->launch();
}

void Application::buildAndShow()
{
    buildServices();
    buildWindow();
    // Drafts are sealed under a key from the keychain; the onboarding widgets offer them
    // once it is read.
    m_services.draftKeys->load();

    // First start needs no account: the embedded sandbox. Later starts go back to the
    // environment used last, once its secret is read from the keychain.
    QString why;
    if (!m_environments->connectLocalSandbox(&why)) {
        // The window still opens, explains, and lets the reviewer pick another environment.
        m_window->notify(why);
        qWarning("%s", qPrintable(why));
    }
    if (!m_options.ephemeralUi)
        m_environments->reconnectRemembered();
    m_record->setStoreState(m_services.store->backend(), m_services.store->describe(),
                            m_storeFallbackReason);
    m_window->show();
    if (!m_storeFallbackReason.isEmpty())
        m_window->notify(m_storeFallbackReason);
    // The rest once the first frame is painted (eventFilter), or before the first input; a
    // window that is never painted (hidden, minimized) gets it after half a second.
    qApp->installEventFilter(this);
    QTimer::singleShot(500, this, &Application::finishStart);
    emit ready();
    if (m_options.isSmokeRun()) {
        auto *smoke =
            new SmokeTest(m_window.get(), m_services.identities, m_services.current, this);
        smoke->setScreenshot(m_options.screenshotPath, m_options.screenshotTab);
        connect(smoke, &SmokeTest::finished, this, &Application::finished);
        smoke->start();
    }
}

// Every long-lived service, once. The order is the dependency order.
void Application::buildServices()
{
    Services &s = m_services;
    Store *store = s.store;
    // Everything built here goes before the store at exit (QObject children go in the order
    // they were made, and the store was made first). The graph holds the embedded sandbox
    // already (launchSandbox()).
    QObject *graph = m_graph.get();
    s.audit = new AuditTrail(store, graph);
    s.statusHistory = new StatusHistory(store, graph);
    s.snapshots = new StatusSnapshots(s.statusHistory, graph);
    s.notes = new Notes(store, graph);
    s.reasonCodes = new ReasonCodes(store, graph);
    s.assignments = new Assignments(store, graph);
    s.softLocks = new SoftLocks(store, graph);
    s.documentRecords = new DocumentRecords(store, graph);
    s.processedEvents = new ProcessedEvents(store, graph);
    s.requestLedger = new RequestLedger(store, graph);
    s.drafts = new Drafts(store, graph);
    s.draftKeys = new DraftKeyLoader(s.credentials, graph);
    connect(s.draftKeys, &DraftKeyLoader::keyReady, s.drafts, &Drafts::setKey);

    s.session = new Session(m_network, graph);
    // The write gate records every change's intent and outcome in the trail.
    s.session->writeGuard()->setAuditTrail(s.audit);
    s.identities = new IdentityTableModel(new ApiIdentityPageSource(s.session, graph), graph);
    s.identities->setPageSize(m_settings->get<int>(SettingKey::IdentityPageSize));
    s.current = new CurrentIdentity(s.session, graph);
    // What the reviewer looked at goes into the status history.
    connect(s.current, &CurrentIdentity::loaded, s.snapshots, &StatusSnapshots::recordLoaded);
    // Not parented: destroyed explicitly, before the sandbox it registers webhooks with.
    s.events = new EventsService(s, s.sandbox);

    m_environments = new EnvironmentSwitcher(s, graph);
}

// The window and each feature's widgets on it. The order is the order of menus, detail pages
// and filters on screen.
void Application::buildWindow()
{
    const Services &s = m_services;
    m_window = std::make_unique<ui::MainWindow>(s);
    ui::MainWindow *window = m_window.get();
    // Every call goes to the request ledger: the timeline and the evidence pack read it.
    auto *ledger = new LedgerRecorder(s.session, s.requestLedger, m_graph.get());
    ledger->setSharedRecord(s.store->backend() == StoreBackend::PostgreSql);
    connect(ledger, &LedgerRecorder::failed, window, &ui::MainWindow::notify);
    connect(s.snapshots, &StatusSnapshots::failed, window, &ui::MainWindow::notify);
    connect(window, &ui::MainWindow::environmentSwitchRequested, m_environments,
            &EnvironmentSwitcher::switchTo);
    connect(m_environments, &EnvironmentSwitcher::message, window, &ui::MainWindow::notify);
    const auto updateDefaults = [this] {
        m_window->setConnectionDefaults(m_environments->connectionDefaults());
    };
    connect(m_environments, &EnvironmentSwitcher::connectionDefaultsChanged, window,
            updateDefaults);
    updateDefaults();

    // The review record: timeline, notes, team line, audit trail, evidence packs.
    m_record = new ui::ReviewRecordController(window, s);
    connect(m_record, &ui::ReviewRecordController::message, window, &ui::MainWindow::notify);
    connect(m_record, &ui::ReviewRecordController::restartRequested, this, [this] {
        m_relaunchRequested = true;
        emit finished(0);
    });
    // The remembered layout is applied here, before the events dock exists: that dock opens
    // at its default place on every start.
    if (!m_options.ephemeralUi)
        window->setSettings(m_settings.get());
    if (m_options.windowSize.isValid())
        window->resize(m_options.windowSize);
    // Events: dock, Controls and Documents pages, follow-up filter, Events menu.
    m_events = new ui::EventsIntegration(window, s);
    // Onboarding: New person, Edit / KYC refresh, Sandbox outcomes, drafts.
    m_onboarding = new ui::OnboardingIntegration(window, s, !m_options.ephemeralUi);
    // Institutions: New institution, and the institution form for Edit on one.
    m_institutions = new ui::InstitutionIntegration(window, s, m_onboarding);
    // Accounts: the Accounts tab of every identity.
    m_accounts = new ui::AccountsIntegration(window, s);
    // Institution review: members, their status and what each waits on.
    m_institutionReview = new ui::InstitutionReviewIntegration(window, s);
    // Import persons… (Identity menu): bulk onboarding from CSV / JSON Lines.
    new ui::ImportIntegration(window, s, m_options.dataDir, m_onboarding);
    // Dashboard (View menu): the queue at a glance; a bar narrows the queue. Its dock is
    // hidden at start, yet laying out its eight charts cost about as much as painting the
    // whole window: it is built right after the first paint (finishStart()), its View entry
    // put here, before the saved views'. Its queue filter is the last either way.
    m_dashboardMenuPlace = int(window->menu(ui::MainWindow::Menu::View)->actions().size());
    // Saved views (filter bar, View menu): made after every feature's queue filter, so a view
    // can turn them back on; the view in use is applied again.
    (new ui::SavedViewsControl(window, m_settings.get()))->restoreCurrent();

    connect(s.session, &Session::environmentChanged, this, [this] {
        m_services.audit->setEnvironment(m_services.session->environmentName());
        // Drafts are offered only in the environment they were typed in.
        m_services.drafts->setEnvironment(m_services.session->environmentKey());
        m_services.identities->reload();
    });
}

bool Application::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint:
        // Painting now; what is left runs on the next event-loop turn, after the frame is out.
        if (!m_finishQueued && m_window && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window.get()) {
            m_finishQueued = true;
            QMetaObject::invokeMethod(this, &Application::finishStart, Qt::QueuedConnection);
        }
        break;
    case QEvent::ShortcutOverride: // before a shortcut is looked up
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
        finishStart(); // the input then finds everything in place
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Application::finishStart()
{
    if (m_startFinished || !m_window)
        return;
    m_startFinished = true;
    qApp->removeEventFilter(this);
    ui::MainWindow *window = m_window.get();
    new ui::DashboardIntegration(window, m_services);
    // Its entry went to the end of the View menu: back where buildWindow() kept its place.
    QMenu *view = window->menu(ui::MainWindow::Menu::View);
    const QList<QAction *> actions = view->actions();
    if (!actions.isEmpty() && actions.last()->objectName() == u"actionDashboard"
        && m_dashboardMenuPlace >= 0 && m_dashboardMenuPlace < actions.size() - 1) {
        QAction *toggle = actions.last();
        view->removeAction(toggle);
        view->insertAction(actions.at(m_dashboardMenuPlace), toggle);
    }
    emit startFinished();
}

} // namespace console::app

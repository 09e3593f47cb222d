#include "app/application.h"

#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/current/currentidentity.h"
#include "core/models/apiidentitypagesource.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/ledgerrecorder.h"
#include "core/session/session.h"
#include "core/settings/settings.h"
#include "core/record/audittrail.h"
#include "core/record/requestledger.h"
#include "core/record/store.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/events/eventsintegration.h"
#include "ui/forms/onboardingintegration.h"
#include "ui/queue/queuetableview.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/shell/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace console::app {

namespace {
constexpr int kSmokeTimeoutMs = 45000;
}

bool Application::parseArguments(const QStringList &arguments, Options *options, QString *error,
                                 bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "console::app::Application",
        "Review and onboard identities through the Paxos v2 Identity API."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Keep the store and the local sandbox's data in <dir>."),
        u"dir"_s);
    const QCommandLineOption inMemory(
        u"in-memory-sandbox"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Run the local sandbox in memory (nothing is kept)."));
    const QCommandLineOption seed(
        u"seed-identities"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Fill an empty local sandbox with <n> realistic identities."),
        u"n"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Start, load the queue, open an identity, then exit 0 "
                                    "if everything worked."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Load data, open the first identity, save the window "
                                    "as <file> (PNG) and exit."),
        u"file"_s);
    const QCommandLineOption size(
        u"window-size"_s,
        QCoreApplication::translate("console::app::Application", "Window size, e.g. 1600x1000."),
        u"WxH"_s);
    const QCommandLineOption tab(
        u"screenshot-tab"_s,
        QCoreApplication::translate(
            "console::app::Application",
            "With --screenshot: the detail tab to show, from 0 (What is happening) to 7."),
        u"n"_s);
    parser.addOptions({dataDir, inMemory, seed, selfTest, screenshot, size, tab});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpShown = true;
        *error = parser.isSet(help)
            ? parser.helpText()
            : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return false;
    }
    options->dataDir = parser.value(dataDir);
    options->inMemorySandbox = parser.isSet(inMemory);
    if (parser.isSet(seed)) {
        bool ok = false;
        options->seedIdentities = parser.value(seed).toInt(&ok);
        if (!ok || options->seedIdentities < 0 || options->seedIdentities > 1000000) {
            *error = QCoreApplication::translate(
                "console::app::Application", "--seed-identities needs a number from 0 to 1000000.");
            return false;
        }
    }
    options->selfTest = parser.isSet(selfTest);
    options->screenshotTab = qBound(0, parser.value(tab).toInt(), 7);
    options->screenshotPath = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        const int w = wh.value(0).toInt();
        const int h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 640 || h < 400) {
            *error = QCoreApplication::translate(
                "console::app::Application", "--window-size needs WIDTHxHEIGHT, at least 640x400.");
            return false;
        }
        options->windowSize = QSize(w, h);
    }
    if (options->selfTest || !options->screenshotPath.isEmpty()) {
        // Smoke runs never touch the user's own data nor their remembered layout.
        options->inMemorySandbox = options->inMemorySandbox || options->dataDir.isEmpty();
        options->throwawayData = options->dataDir.isEmpty();
        options->ephemeralUi = true;
        if (options->seedIdentities == 0)
            options->seedIdentities = options->selfTest ? 40 : 240;
    }
    return true;
}

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Application::~Application()
{
    delete m_storeProgress;
    if (m_window)
        m_window->saveLayout();
    m_window.reset();
    // Before a throwaway data folder goes (members go before QObject children).
    if (m_store)
        m_store->close();
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
    m_credentials =
        m_options.credentials ? m_options.credentials : new KeychainCredentialStore(this);
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret) {
                if (!m_pendingStorePasswordKey.isEmpty() && key == m_pendingStorePasswordKey) {
                    m_pendingStorePasswordKey.clear();
                    StoreConfig config = m_pendingStoreConfig;
                    config.password = QString::fromUtf8(secret);
                    probeTeamStore(config, {});
                    return;
                }
                if (key != m_pendingSecretKey || !m_pendingTarget)
                    return;
                Session::Target target = *m_pendingTarget;
                target.clientSecret = QString::fromUtf8(secret);
                m_pendingTarget.reset();
                m_pendingSecretKey.clear();
                connectTarget(m_pendingKindKey, target);
            });
    connect(
        m_credentials, &CredentialStore::failed, this,
        [this](const QString &key, CredentialOperation op, CredentialError,
               const QString &message) {
            if (op == CredentialOperation::Read && !m_pendingStorePasswordKey.isEmpty()
                && key == m_pendingStorePasswordKey) {
                // The server may not need one (trust or peer authentication): try without,
                // and name the keychain's answer if the server refuses.
                m_pendingStorePasswordKey.clear();
                probeTeamStore(m_pendingStoreConfig, message);
                return;
            }
            if (op == CredentialOperation::Read && key == m_pendingSecretKey) {
                m_pendingTarget.reset();
                m_pendingSecretKey.clear();
                if (m_window)
                    m_window->notify(tr("No client secret could be read from the keychain (%1). "
                                        "Enter it in Switch Environment.")
                                         .arg(message));
            } else if (op == CredentialOperation::Write && m_window) {
                m_window->notify(
                    tr("The client secret could not be saved in the keychain: %1").arg(message));
            }
        });
    connect(m_credentials, &CredentialStore::fallbackActivated, this,
            [this](const QString &message) {
                if (m_window)
                    m_window->notify(message);
            });

    // The record first: the audit trail must exist before anything can be revealed or sent.
    m_store = new Store(this);
    m_store->setOperator(
        Operator::fromEnvironment(m_settings->get<QString>(SettingKey::OperatorName)));
    const StoreConfig configured = StoreConfig::fromSettings(*m_settings);
    if (configured.backend == StoreBackend::PostgreSql) {
        readTeamStorePassword(configured);
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
    if (const StoreStatus opened = m_store->open(StoreConfig::sqlite(path)); !opened) {
        *error = tr("The console's local record (%1) could not be opened: %2")
                     .arg(QDir::toNativeSeparators(path), opened.errorMessage());
        return false;
    }
    return true;
}

void Application::readTeamStorePassword(StoreConfig config)
{
    if (config.host.isEmpty() || config.database.isEmpty() || config.user.isEmpty()) {
        fallBackToLocalStore(tr("The team's record store is not fully set up (host, database "
                                "and user are needed)."));
        return;
    }
    m_pendingStoreConfig = config;
    m_pendingStorePasswordKey =
        credentialkeys::storePassword(config.host, config.port, config.database, config.user);
    m_credentials->read(m_pendingStorePasswordKey);
}

void Application::probeTeamStore(const StoreConfig &config, const QString &keychainProblem)
{
    m_storeProgress = new QProgressDialog(
        tr("Connecting to the team's record store (%1)…").arg(config.describe()),
        tr("Use the &local record"), 0, 0);
    m_storeProgress->setObjectName(u"teamStoreProgress"_s);
    m_storeProgress->setWindowTitle(tr("Compliance Console"));
    m_storeProgress->setMinimumDuration(400);
    m_storeProbe = new QFutureWatcher<QString>(this);
    connect(m_storeProgress, &QProgressDialog::canceled, this, [this, config] {
        // The probe keeps only copies; its answer is no longer wanted.
        m_storeProbe->disconnect(this);
        m_storeProgress->deleteLater();
        m_storeProgress = nullptr;
        fallBackToLocalStore(
            tr("Connecting to the team's record store (%1) was cancelled.").arg(config.describe()));
    });
    connect(
        m_storeProbe, &QFutureWatcher<QString>::finished, this, [this, config, keychainProblem] {
            m_storeProgress->disconnect(this);
            m_storeProgress->deleteLater();
            m_storeProgress = nullptr;
            QString problem = m_storeProbe->result();
            // The probe said yes: open for real on this thread (quick now).
            if (problem.isEmpty()) {
                if (const StoreStatus opened = m_store->open(config); opened) {
                    buildAndShow();
                    return;
                } else {
                    problem = opened.errorMessage();
                }
            }
            QString reason = tr("The team's record store (%1) could not be opened: %2")
                                 .arg(config.describe(), problem);
            if (!keychainProblem.isEmpty())
                reason += u' '
                    + tr("No password could be read from the keychain (%1).").arg(keychainProblem);
            fallBackToLocalStore(reason);
        });
    m_storeProbe->setFuture(QtConcurrent::run(&Store::probe, config));
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

void Application::buildAndShow()
{
    m_audit = new AuditTrail(m_store, this);

    EmbeddedSandbox::Options sandboxOptions;
    sandboxOptions.inMemory = m_options.inMemorySandbox;
    sandboxOptions.seedIdentities = m_options.seedIdentities;
    if (!m_options.dataDir.isEmpty())
        sandboxOptions.dataDir = QDir(m_options.dataDir).filePath(u"sandbox"_s);
    m_sandbox = new EmbeddedSandbox(sandboxOptions, this);

    m_session = new Session(m_network, this);
    // Every call goes to the request ledger: the timeline and the evidence pack read it.
    auto *ledger = new LedgerRecorder(m_session, new RequestLedger(m_store, this), this);
    m_pages = new ApiIdentityPageSource(m_session, this);
    m_identities = new IdentityTableModel(m_pages, this);
    m_identities->setPageSize(m_settings->get<int>(SettingKey::IdentityPageSize));
    m_current = new CurrentIdentity(m_session, this);

    ui::MainWindow::Services services;
    services.session = m_session;
    services.identities = m_identities;
    services.current = m_current;
    services.audit = m_audit;
    m_window = std::make_unique<ui::MainWindow>(services);
    connect(m_window.get(), &ui::MainWindow::environmentSwitchRequested, this,
            &Application::switchEnvironment);
    connect(ledger, &LedgerRecorder::failed, m_window.get(), &ui::MainWindow::notify);
    // The review record: timeline, notes, team line, audit trail, evidence packs.
    ui::ReviewRecordController::Services record;
    record.store = m_store;
    record.audit = m_audit;
    record.session = m_session;
    record.current = m_current;
    record.settings = m_settings.get();
    record.credentials = m_credentials;
    m_record = new ui::ReviewRecordController(m_window.get(), record);
    connect(m_record, &ui::ReviewRecordController::message, m_window.get(),
            &ui::MainWindow::notify);
    connect(m_record, &ui::ReviewRecordController::restartRequested, this, [this] {
        m_relaunchRequested = true;
        emit finished(0);
    });
    if (!m_options.ephemeralUi)
        m_window->setSettings(m_settings.get());
    if (m_options.windowSize.isValid())
        m_window->resize(m_options.windowSize);
    updateConnectionDefaults();

    // --- Events: webhook receiver, follower, events dock, controls and EDD tabs ---
    ui::EventsIntegration::Services eventServices;
    eventServices.window = m_window.get();
    eventServices.session = m_session;
    eventServices.store = m_store;
    eventServices.settings = m_settings.get();
    eventServices.credentials = m_credentials;
    eventServices.sandbox = m_sandbox;
    eventServices.identities = m_identities;
    eventServices.current = m_current;
    eventServices.audit = m_audit;
    m_events = new ui::EventsIntegration(eventServices, this);
    // --- end events ---

    // Onboarding: New person, Edit / KYC refresh, Sandbox outcomes, drafts.
    ui::OnboardingIntegration::Services onboarding;
    onboarding.window = m_window.get();
    onboarding.session = m_session;
    onboarding.identities = m_identities;
    onboarding.current = m_current;
    onboarding.audit = m_audit;
    onboarding.store = m_store;
    onboarding.credentials = m_credentials;
    onboarding.offerDraftsAtStart = !m_options.ephemeralUi;
    m_onboarding = new ui::OnboardingIntegration(onboarding, this);

    connect(m_session, &Session::environmentChanged, this, [this] {
        m_audit->setEnvironment(m_session->environmentName());
        m_identities->reload();
    });

    // First start needs no account: the embedded sandbox. Later starts go back to the
    // environment used last, once its secret is read from the keychain.
    QString why;
    if (!connectLocalSandbox(&why)) {
        // The window still opens, explains, and lets the reviewer pick another environment.
        m_window->notify(why);
        qWarning("%s", qPrintable(why));
    }
    if (!m_options.ephemeralUi)
        reconnectRemembered();
    m_record->setStoreState(m_store->backend(), m_store->describe(), m_storeFallbackReason);
    m_window->show();
    if (!m_storeFallbackReason.isEmpty())
        m_window->notify(m_storeFallbackReason);
    emit ready();
    if (m_options.selfTest || !m_options.screenshotPath.isEmpty())
        runSmokeTest();
}

bool Application::connectLocalSandbox(QString *error)
{
    if (!m_sandbox->isRunning() && !m_sandbox->start(error))
        return false;
    Session::Target target;
    target.environment = paxos::Environment::localSandbox(m_sandbox->url());
    target.clientId = EmbeddedSandbox::demoClientId();
    target.clientSecret = EmbeddedSandbox::demoClientSecret();
    target.name = tr("Local sandbox");
    m_session->connectTo(target);
    return true;
}

namespace {
SettingKey clientIdKey(paxos::Environment::Kind kind)
{
    switch (kind) {
    case paxos::Environment::Kind::Production:
        return SettingKey::ProductionClientId;
    case paxos::Environment::Kind::Custom:
        return SettingKey::CustomClientId;
    default:
        break;
    }
    return SettingKey::SandboxClientId;
}
} // namespace

void Application::updateConnectionDefaults()
{
    using Kind = paxos::Environment::Kind;
    ui::ConnectionDefaults defaults;
    for (Kind kind : {Kind::PaxosSandbox, Kind::Production, Kind::Custom}) {
        const QString id = m_settings->get<QString>(clientIdKey(kind));
        defaults.clientIds.insert(int(kind), id);
        // A client id is only remembered once its secret went to the keychain.
        defaults.secretStored.insert(int(kind), !id.isEmpty() && m_credentials->isPersistent());
    }
    defaults.customTokenUrl = QUrl(m_settings->get<QString>(SettingKey::CustomTokenUrl));
    defaults.customApiBase = QUrl(m_settings->get<QString>(SettingKey::CustomApiBase));
    defaults.keychainAvailable = m_credentials->isPersistent();
    defaults.localSandboxAvailable = EmbeddedSandbox::isAvailable();
    m_window->setConnectionDefaults(defaults);
}

void Application::reconnectRemembered()
{
    using Kind = paxos::Environment::Kind;
    const auto kind =
        paxos::Environment::kindFromKey(m_settings->get<QString>(SettingKey::Environment));
    if (!kind || *kind == Kind::LocalSandbox)
        return;
    ui::ConnectionChoice choice;
    choice.kind = *kind;
    choice.clientId = m_settings->get<QString>(clientIdKey(*kind));
    choice.tokenUrl = QUrl(m_settings->get<QString>(SettingKey::CustomTokenUrl));
    choice.apiBase = QUrl(m_settings->get<QString>(SettingKey::CustomApiBase));
    if (choice.clientId.isEmpty())
        return;
    switchEnvironment(choice);
}

void Application::switchEnvironment(const ui::ConnectionChoice &choice)
{
    using Kind = paxos::Environment::Kind;
    Session::Target target;
    switch (choice.kind) {
    case Kind::LocalSandbox: {
        const QString from = m_session->environmentName();
        QString error;
        if (!connectLocalSandbox(&error)) {
            m_window->notify(error);
            return;
        }
        m_settings->setValue(SettingKey::Environment,
                             paxos::Environment::kindKey(Kind::LocalSandbox));
        AuditRecord record;
        record.action = AuditAction::EnvironmentSwitch;
        record.environment = m_session->environmentName();
        record.details.insert(u"from"_s, from);
        record.details.insert(u"to"_s, m_session->environmentName());
        if (const auto recorded = m_audit->append(record); !recorded)
            m_window->notify(
                tr("The switch could not be recorded: %1").arg(recorded.errorMessage()));
        return;
    }
    case Kind::PaxosSandbox:
        target.environment = paxos::Environment::paxosSandbox();
        target.name = tr("Paxos Sandbox");
        break;
    case Kind::Production:
        target.environment = paxos::Environment::production();
        target.name = tr("Production");
        break;
    case Kind::Custom:
        target.environment = paxos::Environment::custom(choice.tokenUrl, choice.apiBase);
        target.name = tr("Custom: %1").arg(choice.apiBase.host());
        m_settings->setValue(SettingKey::CustomTokenUrl, choice.tokenUrl.toString());
        m_settings->setValue(SettingKey::CustomApiBase, choice.apiBase.toString());
        break;
    }
    target.clientId = choice.clientId;
    const QString kindKey = paxos::Environment::kindKey(choice.kind);
    const QString secretKey = credentialkeys::clientSecret(kindKey, choice.clientId);
    if (choice.clientSecret.isEmpty()) {
        // Use the stored secret: it arrives asynchronously from the keychain.
        m_pendingTarget = std::make_unique<Session::Target>(target);
        m_pendingKindKey = kindKey;
        m_pendingSecretKey = secretKey;
        m_credentials->read(secretKey);
        return;
    }
    m_credentials->write(secretKey, choice.clientSecret.toUtf8());
    target.clientSecret = choice.clientSecret;
    connectTarget(kindKey, target);
}

void Application::connectTarget(const QString &kindKey, const Session::Target &target)
{
    const QString from = m_session->environmentName();
    m_session->connectTo(target);
    m_settings->setValue(SettingKey::Environment, kindKey);
    m_settings->setValue(clientIdKey(target.environment.kind()), target.clientId);
    updateConnectionDefaults();
    AuditRecord record;
    record.action = AuditAction::EnvironmentSwitch;
    record.environment = m_session->environmentName();
    record.details.insert(u"from"_s, from);
    record.details.insert(u"to"_s, m_session->environmentName());
    record.details.insert(u"api_base"_s, target.environment.apiBase().toString());
    record.details.insert(u"client_id"_s, target.clientId);
    if (const auto recorded = m_audit->append(record); !recorded)
        m_window->notify(tr("The switch could not be recorded: %1").arg(recorded.errorMessage()));
}

void Application::runSmokeTest()
{
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] {
        qWarning("self-test: timed out (%s)",
                 qPrintable(m_identities->lastError() ? m_identities->lastError()->message()
                                                      : u"no error reported"_s));
        emit finished(1);
    });
    deadline->start(kSmokeTimeoutMs);

    auto pageDone = std::make_shared<QMetaObject::Connection>();
    *pageDone = connect(m_identities, &IdentityTableModel::pageLoaded, this, [this, pageDone] {
        disconnect(*pageDone);
        if (m_identities->rowCount() == 0) {
            qWarning("self-test: the queue is empty");
            emit finished(1);
            return;
        }
        // The screenshot shows an identity with something to explain; the self-test the first.
        int row = 0;
        QAbstractItemModel *shown = m_window->queueView()->model();
        if (!m_options.screenshotPath.isEmpty()) {
            for (int r = 0; r < shown->rowCount(); ++r) {
                if (shown->index(r, IdentityTableModel::ActorColumn).data().toString()
                    == tr("Customer")) {
                    row = r;
                    break;
                }
            }
        }
        m_window->queueView()->setFocus();
        m_window->queueView()->selectRow(row);
        m_current->open(shown->index(row, 0).data(IdentityIdRole).toString());
    });
    connect(m_identities, &IdentityTableModel::errorOccurred, this,
            [this](const paxos::ApiError &e) {
                qWarning("self-test: listing failed: %s", qPrintable(e.message()));
                emit finished(1);
            });
    connect(m_current, &CurrentIdentity::failed, this,
            [this](const QString &, const paxos::ApiError &e) {
                qWarning("self-test: Get Identity failed: %s", qPrintable(e.message()));
                emit finished(1);
            });
    connect(m_current, &CurrentIdentity::loaded, this, [this, deadline] {
        deadline->stop();
        if (!m_options.screenshotPath.isEmpty()) {
            // One more turn of the event loop so the pane has laid itself out.
            if (auto *tabs = m_window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s))
                tabs->setCurrentIndex(m_options.screenshotTab);
            QTimer::singleShot(200, this, [this] {
                const QPixmap shot = m_window->grab();
                if (!shot.save(m_options.screenshotPath, "PNG")) {
                    qWarning("screenshot: cannot write %s", qPrintable(m_options.screenshotPath));
                    emit finished(1);
                    return;
                }
                emit finished(0);
            });
            return;
        }
        qInfo("self-test: %d identities listed, %s opened", m_identities->rowCount(),
              qPrintable(m_window->detailPane()->identityId()));
        emit finished(0);
    });
}

} // namespace console::app

#include "ui/record/reviewrecordcontroller.h"

#include "core/credentials/credentialstore.h"
#include "core/current/currentidentity.h"
#include "core/evidence/evidencepack.h"
#include "core/record/audittrail.h"
#include "core/session/session.h"
#include "paxos/model/identity.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/filterbar.h"
#include "ui/record/audittrailview.h"
#include "ui/record/evidenceexportdialog.h"
#include "ui/record/nextcase.h"
#include "ui/record/notespanel.h"
#include "ui/record/storesettingspage.h"
#include "ui/record/teampanel.h"
#include "ui/record/timelinewidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

ReviewRecordController::ReviewRecordController(MainWindow *window, const Services &services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_chooseSavePath(fileDialogSavePathChooser())
{
    Store *store = services.store;
    IdentityDetailPane *pane = window->detailPane();
    m_timeline = new TimelineWidget(store, pane);
    m_notes = new NotesPanel(store, services.notes, services.reasonCodes, services.audit, pane);
    m_team = new TeamPanel(store, services.assignments, services.softLocks, services.audit, pane);
    m_team->setContentsMargins(12, 6, 12, 2);
    window->addDetailBanner(m_team);
    const int timelineTab = window->addDetailPage(m_timeline, tr("Timeline"));
    window->addDetailPage(m_notes, tr("Notes"));
    // A note the record could not take is never dropped at Quit.
    window->addQuitCheck(
        [notes = QPointer<NotesPanel>(m_notes)] {
            const int n = notes ? notes->unsavedCount() : 0;
            return n == 0 ? QString() : tr("%n note(s) could not be saved yet.", nullptr, n);
        },
        [notes = QPointer<NotesPanel>(m_notes)] {
            return notes ? notes->unsavedText() : QString();
        });
    // Documents and controls come from the API: asked for when the timeline is looked at.
    connect(pane, &IdentityDetailPane::pageShown, this, [this, timelineTab](int index) {
        if (index == timelineTab && !m_identityId.isEmpty() && m_sourcesFor != m_identityId)
            fetchApiSources(false);
    });
    connect(m_team, &TeamPanel::failed, this, &ReviewRecordController::message);

    // "My identities" narrows the queue to what is assigned to the current operator.
    m_mine = new MyIdentitiesFilter(store, services.assignments, this);
    window->addQueueFilter(m_mine);
    m_nextCase = new NextCase(window, services);
    window->filterBar()->addTrailingAction(m_nextCase->action());
    buildToolsMenu();

    m_storeIndicator = new QToolButton(window);
    m_storeIndicator->setObjectName(u"storeIndicator"_s);
    m_storeIndicator->setAutoRaise(true);
    m_storeIndicator->setFocusPolicy(Qt::NoFocus); // Tools > Record settings… for the keyboard
    connect(m_storeIndicator, &QToolButton::clicked, this, [this] { openStoreSettings(); });
    window->addStatusWidget(m_storeIndicator);
    connect(window, &MainWindow::recordSettingsRequested, this,
            &ReviewRecordController::openStoreSettings);
    if (services.credentials) {
        // A restart for a new record location waits for its password to reach the keychain.
        const auto stored = [this](const QString &key) {
            if (key.isEmpty() || key != m_pendingPasswordKey)
                return;
            m_pendingPasswordKey.clear();
            if (std::exchange(m_restartWhenStored, false))
                emit restartRequested();
        };
        connect(services.credentials, &CredentialStore::writeFinished, this, stored);
        connect(services.credentials, &CredentialStore::failed, this,
                [this, stored](const QString &key, CredentialOperation op, CredentialError,
                               const QString &) {
                    // The next start then reports the missing password; restarting still
                    // does what was asked.
                    if (op == CredentialOperation::Write)
                        stored(key);
                });
    }
    setStoreState(store->backend(), store->describe(), {});
    connect(store, &Store::reachabilityChanged, this, [this](bool reachable, const QString &why) {
        if (reachable)
            setStoreState(m_shownBackend, m_shownDescription, {});
        else
            showStoreUnreachable(why);
    });
    // The soft lock, the timeline and the notes follow the identity the reviewer settled on,
    // not every row the selection passes over.
    connect(services.current, &CurrentIdentity::settled, this,
            &ReviewRecordController::onIdentityLoading);
    connect(services.current, &CurrentIdentity::loaded, this,
            &ReviewRecordController::onIdentityLoaded);
    IdentityFetcher *fetcher = services.current->fetcher();
    connect(fetcher, &IdentityFetcher::controlsLoaded, this,
            &ReviewRecordController::takeApiSources);
    connect(fetcher, &IdentityFetcher::documentsLoaded, this,
            &ReviewRecordController::takeApiSources);
    connect(fetcher, &IdentityFetcher::failed, this,
            [this](const QString &, IdentityFetcher::Part part, const paxos::ApiError &error) {
                if (part == IdentityFetcher::Part::Identity || !m_wantSources)
                    return;
                emit message((part == IdentityFetcher::Part::Documents
                                  ? tr("Documents could not be listed: %1")
                                  : tr("Controls could not be listed: %1"))
                                 .arg(error.message()));
                takeApiSources();
            });
}

void ReviewRecordController::buildToolsMenu()
{
    m_auditAction = new QAction(tr("&Audit trail…"), this);
    m_auditAction->setObjectName(u"actionAuditTrail"_s);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_evidenceAction = new QAction(tr("Export &evidence pack…"), this);
    m_evidenceAction->setObjectName(u"actionExportEvidence"_s);
    m_evidenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_evidenceAction->setEnabled(false);
    m_storeAction = new QAction(tr("&Record settings…"), this);
    m_storeAction->setObjectName(u"actionStoreSettings"_s);
    m_team->takeAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_mine->action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *a :
         {m_auditAction, m_evidenceAction, m_storeAction, m_team->takeAction(),
          m_team->assignAction(), m_team->releaseAction(), m_mine->action(), m_nextCase->action()})
        m_window->addAction(a); // shortcuts work wherever the focus is
    m_tools = m_window->menu(MainWindow::Menu::Tools);
    m_tools->addAction(m_nextCase->action());
    m_tools->addAction(m_team->takeAction());
    m_tools->addAction(m_team->assignAction());
    m_tools->addAction(m_team->releaseAction());
    m_tools->addAction(m_mine->action());
    m_tools->addSeparator();
    m_tools->addAction(m_evidenceAction);
    m_tools->addAction(m_auditAction);
    m_tools->addSeparator();
    m_tools->addAction(m_storeAction);

    connect(m_auditAction, &QAction::triggered, this, &ReviewRecordController::showAuditTrail);
    connect(m_evidenceAction, &QAction::triggered, this,
            &ReviewRecordController::exportEvidencePack);
    connect(m_storeAction, &QAction::triggered, this, [this] { openStoreSettings(); });
}

ReviewRecordController::~ReviewRecordController() = default;

AuditTrailView *ReviewRecordController::auditTrailView() const
{
    return m_auditView;
}

void ReviewRecordController::onIdentityLoading(const QString &identityId)
{
    if (identityId == m_identityId)
        return;
    m_identityId = identityId;
    m_sourcesFor.clear();
    m_wantSources = false;
    m_documents = {};
    m_pending = {};
    m_controls = {};
    m_timeline->setIdentityId(identityId);
    m_notes->setIdentityId(identityId);
    m_team->setIdentityId(identityId);
    m_evidenceAction->setEnabled(false);
}

void ReviewRecordController::onIdentityLoaded(const paxos::Identity &identity)
{
    // The snapshot of what was loaded is recorded by the core (StatusSnapshots).
    onIdentityLoading(identity.id);
    m_evidenceAction->setEnabled(true);
    if (m_timeline->isVisible() && m_sourcesFor != identity.id)
        fetchApiSources(false);
}

void ReviewRecordController::fetchApiSources(bool forExport)
{
    m_exportWaiting = m_exportWaiting || forExport;
    m_wantSources = true;
    IdentityFetcher *fetcher = m_services.current->fetcher();
    if (fetcher->identityId() != m_identityId || !fetcher->connection()) {
        // Nothing to ask (no connection): the parts stay empty.
        m_sourcesFor = m_identityId;
        m_wantSources = false;
        if (m_exportWaiting)
            openExportDialog();
        return;
    }
    fetcher->fetch(IdentityFetcher::Part::Documents);
    fetcher->fetch(IdentityFetcher::Part::Controls);
    takeApiSources();
}

void ReviewRecordController::takeApiSources()
{
    using Part = IdentityFetcher::Part;
    IdentityFetcher *fetcher = m_services.current->fetcher();
    if (m_identityId.isEmpty() || fetcher->identityId() != m_identityId
        || fetcher->isFetching(Part::Documents) || fetcher->isFetching(Part::Controls))
        return;
    // Kept parts cost nothing: the timeline takes them even when it did not ask.
    const bool both = fetcher->has(Part::Documents) && fetcher->has(Part::Controls);
    if (!both && !m_wantSources)
        return;
    m_wantSources = false;
    m_documents = {};
    m_pending = {};
    m_controls = {};
    if (fetcher->has(Part::Documents)) {
        const QJsonObject list = fetcher->documents().toJson();
        m_documents = list.value("documents"_L1).toArray();
        m_pending = list.value("pending_documents"_L1).toArray();
    }
    if (fetcher->has(Part::Controls)) {
        for (const paxos::IdentityControl &c : fetcher->controls())
            m_controls.append(c.toJson());
    }
    m_sourcesFor = m_identityId;
    m_timeline->setApiSources(m_documents, m_controls);
    if (m_exportWaiting)
        openExportDialog();
}

void ReviewRecordController::exportEvidencePack()
{
    if (m_identityId.isEmpty() || !m_window->detailPane()->identity())
        return;
    if (m_sourcesFor == m_identityId) {
        m_exportWaiting = true;
        openExportDialog();
        return;
    }
    fetchApiSources(true);
}

void ReviewRecordController::openExportDialog()
{
    m_exportWaiting = false;
    const auto identity = m_window->detailPane()->identity();
    if (!identity || identity->id != m_identityId)
        return;
    auto input = EvidenceInput::gather(
        m_services.store, identity->toJson(), m_documents, m_pending, m_controls,
        m_services.session ? m_services.session->environmentName() : QString());
    if (!input) {
        emit message(tr("The evidence pack could not be prepared: %1").arg(input.errorMessage()));
        return;
    }
    auto *dialog = new EvidenceExportDialog(std::move(input).value(), m_services.audit, m_window);
    dialog->setSavePathChooser(m_chooseSavePath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void ReviewRecordController::showAuditTrail()
{
    if (!m_auditWindow) {
        m_auditWindow =
            new AuditTrailWindow(m_services.store, m_services.audit, m_services.settings, m_window);
        m_auditView = m_auditWindow->view();
        m_auditView->setSavePathChooser(m_chooseSavePath);
    }
    m_auditWindow->present();
}

void ReviewRecordController::setStoreState(StoreBackend backend, const QString &description,
                                           const QString &fallbackReason)
{
    if (!fallbackReason.isEmpty()) {
        m_storeIndicator->setText(tr("Record: local file (team store unavailable)"));
        setToneText(m_storeIndicator, Tone::Negative, true);
        m_storeIndicator->setToolTip(fallbackReason);
        return;
    }
    m_shownBackend = backend;
    m_shownDescription = description;
    clearTone(m_storeIndicator);
    m_storeIndicator->setText(backend == StoreBackend::PostgreSql ? tr("Record: team database")
                                                                  : tr("Record: local file"));
    m_storeIndicator->setToolTip(description);
}

void ReviewRecordController::showStoreUnreachable(const QString &why)
{
    m_storeIndicator->setText(tr("Record: team database unreachable"));
    setToneText(m_storeIndicator, Tone::Negative, true);
    m_storeIndicator->setToolTip(
        tr("The team database %1 cannot be reached: %2\nNothing is saved or sent until it "
           "answers again; the console keeps trying.")
            .arg(m_shownDescription, why.isEmpty() ? tr("the connection was lost") : why));
}

void ReviewRecordController::openStoreSettings(QWidget *over)
{
    if (!m_services.settings || !m_services.credentials)
        return;
    auto *dialog = new QDialog(over ? over : m_window);
    dialog->setObjectName(u"storeSettingsDialog"_s);
    dialog->setWindowTitle(tr("Record settings"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *page = new StoreSettingsPage(m_services.settings, m_services.credentials, dialog);
    page->setSavePathChooser(m_chooseSavePath);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, page] {
        const StoreConfig before = StoreConfig::fromSettings(*m_services.settings);
        if (!page->apply())
            return;
        // The name takes effect at once; the location at the next start.
        m_services.store->setOperator(Operator::fromEnvironment(page->operatorName()));
        const StoreConfig after = StoreConfig::fromSettings(*m_services.settings);
        const bool moved = before.backend != after.backend
            || (after.backend == StoreBackend::Sqlite
                    ? before.sqlitePath != after.sqlitePath
                    : before.host != after.host || before.port != after.port
                        || before.database != after.database || before.user != after.user);
        const QString pendingKey = page->pendingPasswordWrite();
        const QString location = after.backend == StoreBackend::PostgreSql
            ? tr("the team database %1 on %2").arg(after.database, after.host)
            : QDir::toNativeSeparators(after.sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath()
                                                                  : after.sqlitePath);
        dialog->accept();
        if (moved || !pendingKey.isEmpty())
            offerRestart(location, pendingKey);
        else
            emit message(tr("Record settings saved."));
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(560, dialog->sizeHint().height());
    dialog->open();
}

void ReviewRecordController::offerRestart(const QString &location,
                                          const QString &pendingPasswordKey)
{
    m_pendingPasswordKey = pendingPasswordKey;
    m_restartWhenStored = false;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Record settings saved"),
                                tr("The console records to %1 from its next start. Restart it "
                                   "now?")
                                    .arg(location),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"restartQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *now = box->addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    now->setObjectName(u"restartNowButton"_s);
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(u"restartLaterButton"_s);
    box->setDefaultButton(now);
    connect(box, &QMessageBox::buttonClicked, this, [this, now](QAbstractButton *clicked) {
        if (clicked != now) {
            emit message(tr("Record settings saved; the new location is used from the next "
                            "start."));
            return;
        }
        // A password typed for the new location must be in the keychain before the next
        // start reads it.
        if (m_pendingPasswordKey.isEmpty()) {
            emit restartRequested();
            return;
        }
        m_restartWhenStored = true;
        emit message(tr("Restarting once the password is stored…"));
    });
    box->open();
}

} // namespace console::ui

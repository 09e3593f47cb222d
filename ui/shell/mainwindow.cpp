#include "ui/shell/mainwindow.h"

#include "core/current/currentidentity.h"
#include "core/models/csvexporter.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/record/piireveal.h"
#include "core/session/session.h"
#include "core/settings/settings.h"
#include "paxos/net/requestlog.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/filterbar.h"
#include "ui/queue/loadallcontrol.h"
#include "ui/queue/queueexport.h"
#include "ui/queue/queuestatus.h"
#include "ui/queue/queuetableview.h"
#include "ui/session/typedconfirmation.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/environmentbanner.h"
#include "ui/shell/mainactions.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/resources.h"
#include "ui/widgets/statewidget.h"
#include "ui/widgets/statusbadgedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QIODevice>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Compliance Console"));
    setWindowIcon(QIcon(u":/icons/compliance-console.svg"_s));
    m_actions = new MainActions(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new EnvironmentBanner(central);
    connect(m_banner, &EnvironmentBanner::switchRequested, this, &MainWindow::openConnectionDialog);
    layout->addWidget(m_banner);

    m_filters = new FilterBar(central);
    layout->addWidget(m_filters);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);

    m_queueStack = new QStackedWidget(m_splitter);
    m_queueStack->setObjectName(u"queueStack"_s);
    m_table = new QueueTableView(m_queueStack);
    m_table->setFrameShape(QFrame::NoFrame);
    m_queueState = new StateWidget(m_queueStack);
    m_queueState->setObjectName(u"queueState"_s);
    m_queueStack->addWidget(m_table);
    m_queueStack->addWidget(m_queueState);

    m_detail = new IdentityDetailPane(m_splitter);
    m_detail->setMinimumWidth(380);
    m_splitter->addWidget(m_queueStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_indicator = new ConnectionIndicator(this);
    statusBar()->addWidget(m_indicator, 1);
    statusBar()->setSizeGripEnabled(true);

    // The queue: source model -> quick-search/sort proxy -> table.
    m_proxy = new IdentityFilterProxy(this);
    m_proxy->setSourceModel(m_services.identities);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(IdentityTableModel::StatusColumn,
                                      new StatusBadgeDelegate(m_table));
    m_table->setMandatoryColumn(IdentityTableModel::NameColumn);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[IdentityTableModel::ColumnCount] = {196, 126, 168, 86,  86,
                                                         172, 80,  136, 136, 290};
    for (int c = 0; c < IdentityTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionHidden(IdentityTableModel::CreatedColumn, true);
    header->setSectionHidden(IdentityTableModel::IdColumn, true);
    m_table->sortByColumn(IdentityTableModel::AgeColumn, Qt::AscendingOrder);
    m_defaultHeaderState = header->saveState();
    // Layout changes are saved shortly after the reviewer stops dragging.
    m_saveLayoutTimer = new QTimer(this);
    m_saveLayoutTimer->setSingleShot(true);
    m_saveLayoutTimer->setInterval(800);
    connect(m_saveLayoutTimer, &QTimer::timeout, this, &MainWindow::saveLayout);
    auto layoutChanged = [this] {
        if (m_settings)
            m_saveLayoutTimer->start();
    };
    connect(header, &QHeaderView::sectionResized, this, layoutChanged);
    connect(header, &QHeaderView::sectionMoved, this, layoutChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, layoutChanged);
    connect(header, &QHeaderView::sectionCountChanged, this, layoutChanged);
    connect(m_table, &QueueTableView::columnsReset, this, &MainWindow::resetColumns);
    connect(m_splitter, &QSplitter::splitterMoved, this, layoutChanged);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_table, &QueueTableView::openRequested, this, [this] { openCurrent(); });

    connect(m_filters, &FilterBar::filtersChanged, this, &MainWindow::applyFilters);
    connect(m_filters, &FilterBar::quickSearchChanged, this, [this](const QString &text) {
        m_proxy->setQuickSearch(text);
        updateQueueState();
        updateSummary();
    });
    // A large table's search result lands later, when the proxy's pass ends.
    connect(m_proxy, &IdentityFilterProxy::searchingChanged, this, [this](bool searching) {
        if (!searching) {
            updateQueueState();
            updateSummary();
        }
    });
    connect(m_filters, &FilterBar::moveToResults, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, IdentityTableModel::NameColumn));
    });

    IdentityTableModel *model = m_services.identities;
    connect(model, &IdentityTableModel::loadStateChanged, this, [this] {
        updateQueueState();
        updateSummary();
    });
    connect(model, &IdentityTableModel::errorOccurred, this, &MainWindow::showApiError);
    connect(model, &IdentityTableModel::refreshed, this,
            [this](int changed, int added, int removed) {
                notify(changed + added + removed == 0
                           ? tr("Queue is up to date.")
                           : tr("Queue refreshed: %1 updated, %2 new, %3 no longer match.")
                                 .arg(changed)
                                 .arg(added)
                                 .arg(removed));
                // The open identity may have changed too.
                if (!m_detail->identityId().isEmpty() && m_services.current)
                    m_services.current->open(m_detail->identityId());
            });
    for (auto *m :
         {static_cast<QAbstractItemModel *>(model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSummary);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSummary);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateQueueState);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateQueueState);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateQueueState);
    }
    connect(m_queueState, &StateWidget::actionTriggered, this, [this] {
        if (m_queueState->state() == StateWidget::State::Empty) {
            if (m_emptyQueueAction && m_emptyQueueAction->isEnabled())
                m_emptyQueueAction->trigger();
            return;
        }
        if (m_services.identities->rowCount() > 0 && !m_proxy->quickSearch().isEmpty()) {
            m_filters->setQuickSearch({});
            return;
        }
        m_services.identities->refresh();
    });

    // Detail pane.
    if (CurrentIdentity *current = m_services.current) {
        connect(current, &CurrentIdentity::selected, m_detail, &IdentityDetailPane::showLoading);
        connect(current, &CurrentIdentity::loaded, this, [this](const paxos::Identity &identity) {
            m_detail->showIdentity(identity);
            refreshCallsFor(identity.id);
            // What Get Identity says is newer than the list row: update it in place.
            m_services.identities->upsert(identity);
        });
        connect(current, &CurrentIdentity::failed, this,
                [this](const QString &id, const paxos::ApiError &error) {
                    m_detail->showError(id, error.message(), error.detail());
                    refreshCallsFor(id);
                    showApiError(error);
                });
        connect(m_detail, &IdentityDetailPane::retryRequested, current, &CurrentIdentity::open);
    }
    connect(m_detail, &IdentityDetailPane::revealRequested, this, &MainWindow::onRevealRequested);
    connect(m_detail, &IdentityDetailPane::copied, this,
            [this](const QString &what) { notify(tr("Copied %1.").arg(what)); });

    // Session.
    if (Session *session = m_services.session) {
        connect(session, &Session::environmentChanged, this, &MainWindow::onEnvironmentChanged);
        connect(session, &Session::stateChanged, this, &MainWindow::onSessionState);
        connect(session, &Session::tokenExpiryChanged, m_indicator,
                &ConnectionIndicator::setTokenExpiry);
        connect(session, &Session::lastErrorChanged, m_indicator,
                &ConnectionIndicator::setLastError);
        // Production writes are confirmed by typing; elsewhere they go straight through.
        m_confirmer = std::make_unique<DialogWriteConfirmer>(this);
        session->writeGuard()->setConfirmer(m_confirmer.get());
        if (session->requestLog()) {
            connect(session->requestLog(), &paxos::RequestLog::entryAdded, this,
                    [this](const paxos::RequestLogEntry &entry) {
                        const QString id = m_detail->identityId();
                        if (!id.isEmpty() && entry.identityId == id)
                            m_detail->addCall(entry);
                    });
        }
    }

    // Actions.
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        m_services.identities->refresh();
        if (m_services.current && !m_detail->identityId().isEmpty())
            m_services.current->open(m_detail->identityId());
    });
    connect(m_actions->search, &QAction::triggered, m_filters, &FilterBar::focusSearch);
    connect(m_actions->clearFilters, &QAction::triggered, this, &MainWindow::clearFilters);
    m_filters->setClearAction(m_actions->clearFilters);
    connect(m_actions->openIdentity, &QAction::triggered, this, &MainWindow::openCurrent);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_actions->chooseColumns, &QAction::triggered, this, [this] {
        QHeaderView *h = m_table->horizontalHeader();
        m_table->showColumnMenu(h->mapToGlobal(QPoint(0, h->height())));
    });
    connect(m_actions->switchEnvironment, &QAction::triggered, this,
            &MainWindow::openConnectionDialog);
    connect(m_actions->revealPii, &QAction::triggered, this, [this] {
        if (!m_detail->identityId().isEmpty())
            onRevealRequested(m_detail->identityId());
    });
    connect(m_actions->copyId, &QAction::triggered, this, &MainWindow::copyIdentityId);
    connect(m_actions->copyCurl, &QAction::triggered, this, &MainWindow::copyCurl);
    connect(m_actions->focusQueue, &QAction::triggered, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->focusDetail, &QAction::triggered, this,
            [this] { m_detail->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    // Load every page (large ones), so sorting and the quick search cover the whole queue.
    m_loadAll = new LoadAllControl(m_filters);
    m_loadAll->setObjectName(u"loadAllControl"_s);
    m_loadAll->setModel(m_services.identities);
    m_loadAllAction = new QAction(tr("Load &all identities"), this);
    m_loadAllAction->setObjectName(u"actionLoadAll"_s);
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addAction(m_loadAllAction);
    connect(m_loadAllAction, &QAction::triggered, m_loadAll->button(), &QToolButton::click);
    buildMenus();
    m_filters->addTrailingWidget(m_loadAll);
    m_filters->addTrailingAction(m_actions->refresh);
    m_filters->addTrailingAction(m_actions->exportCsv);
    m_filters->addTrailingAction(m_actions->chooseColumns);

    // Ages and the token countdown move with the clock.
    auto *minute = new QTimer(this);
    minute->setInterval(30 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        m_services.identities->setNow(m_now);
        m_indicator->tick(m_now());
    });
    minute->start();

    m_export = new QueueExport(this, m_table, m_proxy);
    m_export->exporter()->recordIn(m_services.audit, u"identity_queue_csv"_s);
    connect(m_export, &QueueExport::message, this, &MainWindow::notify);

    resizeWithinScreen(this, QSize(1480, 900));
    m_splitter->setSizes({900, 580});
    onEnvironmentChanged();
    onSessionState();
    updateQueueState();
    updateSummary();
}

MainWindow::~MainWindow()
{
    if (m_services.session && m_services.session->writeGuard()->confirmer() == m_confirmer.get())
        m_services.session->writeGuard()->setConfirmer(nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menu(Menu::File);
    file->addAction(m_actions->switchEnvironment);
    file->addSeparator();
    file->addAction(m_actions->exportCsv);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *view = menu(Menu::View);
    view->addAction(m_actions->refresh);
    view->addAction(m_actions->search);
    view->addAction(m_actions->clearFilters);
    view->addAction(m_loadAllAction);
    view->addSeparator();
    view->addAction(m_actions->chooseColumns);
    view->addSeparator();
    view->addAction(m_actions->focusQueue);
    view->addAction(m_actions->focusDetail);

    QMenu *identity = menu(Menu::Identity);
    identity->addAction(m_actions->openIdentity);
    identity->addAction(m_actions->copyId);
    identity->addAction(m_actions->copyCurl);
    identity->addSeparator();
    identity->addAction(m_actions->revealPii);

    menu(Menu::Help)->addAction(m_actions->about);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_actions->openIdentity);
    m_table->addAction(m_actions->copyId);
    m_table->addAction(m_actions->refresh);
    m_table->addAction(m_actions->exportCsv);
}

QMenu *MainWindow::menu(Menu which)
{
    if (QMenu *existing = m_menus.value(which))
        return existing;
    QString title;
    QString name;
    switch (which) {
    case Menu::File:
        title = tr("&File");
        name = u"fileMenu"_s;
        break;
    case Menu::View:
        title = tr("&View");
        name = u"viewMenu"_s;
        break;
    case Menu::Identity:
        title = tr("&Identity");
        name = u"identityMenu"_s;
        break;
    case Menu::Tools:
        title = tr("&Tools");
        name = u"toolsMenu"_s;
        break;
    case Menu::Events:
        title = tr("&Events");
        name = u"eventsMenu"_s;
        break;
    case Menu::Help:
        title = tr("&Help");
        name = u"helpMenu"_s;
        break;
    }
    auto *created = new QMenu(title, menuBar());
    created->setObjectName(name);
    // In enum order, whichever feature asks first: before the first menu that comes later.
    QAction *before = nullptr;
    for (auto it = m_menus.cbegin(); it != m_menus.cend() && !before; ++it) {
        if (which < it.key())
            before = it.value()->menuAction();
    }
    menuBar()->insertMenu(before, created);
    m_menus.insert(which, created);
    return created;
}

int MainWindow::addDetailPage(QWidget *page, const QString &title)
{
    return m_detail->addPage(page, title);
}

void MainWindow::showDetailPage(int index)
{
    m_detail->showPage(index);
}

void MainWindow::addDetailBanner(QWidget *banner)
{
    m_detail->addBanner(banner);
}

void MainWindow::addQueueFilter(QueueRowFilter *filter, QLabel *caption, QWidget *control)
{
    m_proxy->addRowFilter(filter);
    if (control)
        m_filters->addFilter(caption, control);
    // Whether or not it has a control in the bar, an active filter shows as a chip there.
    connect(filter, &QueueRowFilter::changed, this, &MainWindow::updateFilterChips);
    connect(filter, &QObject::destroyed, this, &MainWindow::updateFilterChips,
            Qt::QueuedConnection);
    updateFilterChips();
}

void MainWindow::updateFilterChips()
{
    QList<FilterChip> chips;
    const QList<QueueRowFilter *> filters = m_proxy->rowFilters();
    for (QueueRowFilter *filter : filters) {
        if (!filter || !filter->isActive())
            continue;
        const QPointer<QueueRowFilter> guard(filter);
        chips.append({filter->label(), [guard] {
                          if (guard)
                              guard->clear();
                      }});
    }
    m_filters->setExternalChips(chips);
    updateSummary();
}

void MainWindow::clearFilters()
{
    // Every filter, the bar's and the features' alike: nothing keeps narrowing the queue.
    const QList<QueueRowFilter *> filters = m_proxy->rowFilters();
    for (QueueRowFilter *filter : filters) {
        if (filter && filter->isActive())
            filter->clear();
    }
    m_filters->clear();
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_services.identities->setNow(m_now);
    m_detail->setNow(m_now);
    m_indicator->tick(m_now());
}

void MainWindow::notify(const QString &message)
{
    m_lastNotification = message;
    statusBar()->showMessage(message, 6000);
}

void MainWindow::applyFilters(const QueueFilterValues &values)
{
    m_services.identities->setQuery(values.toQuery());
}

void MainWindow::onEnvironmentChanged()
{
    Session *session = m_services.session;
    if (!session)
        return;
    const paxos::Environment env = session->environment();
    const QString host = env.apiBase().isValid() ? env.apiBase().host()
            + (env.apiBase().port() > 0 ? u":"_s + QString::number(env.apiBase().port())
                                        : QString())
                                                 : QString();
    const QString name =
        session->environmentName().isEmpty() ? env.label() : session->environmentName();
    // Production by destination (paxos::Environment::isProduction()), whatever the kind.
    m_banner->setEnvironment(env.isProduction() ? EnvironmentBanner::Kind::Production
                                                : EnvironmentBanner::kindOf(env.kind()),
                             name, host);
    setWindowTitle(env.isProduction() ? tr("Compliance Console — PRODUCTION")
                                      : tr("Compliance Console — %1").arg(name));
    m_detail->showEmpty();
    if (m_services.current)
        m_services.current->clear();
}

void MainWindow::onSessionState()
{
    Session *session = m_services.session;
    if (!session)
        return;
    switch (session->state()) {
    case Session::State::Stopped:
        m_indicator->setState(ConnectionIndicator::State::Stopped);
        m_banner->setNotice({});
        break;
    case Session::State::Connecting:
        m_indicator->setState(ConnectionIndicator::State::Connecting);
        m_banner->setNotice({});
        break;
    case Session::State::Connected:
        m_indicator->setState(ConnectionIndicator::State::Connected);
        m_banner->setNotice({});
        break;
    case Session::State::Offline:
        m_indicator->setState(ConnectionIndicator::State::Offline);
        m_banner->setNotice(tr("Read-only: connection lost"));
        break;
    }
    m_indicator->setTokenExpiry(session->tokenExpiry());
}

void MainWindow::showApiError(const paxos::ApiError &error)
{
    m_indicator->setLastError(error.message(), error.detail());
}

void MainWindow::updateQueueState()
{
    if (m_proxy->rowCount() > 0) {
        m_queueStack->setCurrentWidget(m_table);
        return;
    }
    QueueStatus::describeEmpty(m_queueState, *m_services.identities, *m_proxy, m_emptyQueueAction);
    m_queueStack->setCurrentWidget(m_queueState);
}

void MainWindow::setEmptyQueueAction(QAction *action)
{
    if (m_emptyQueueAction)
        disconnect(m_emptyQueueAction, nullptr, this, nullptr);
    m_emptyQueueAction = action;
    if (action)
        connect(action, &QAction::changed, this, &MainWindow::updateQueueState);
    updateQueueState();
}

void MainWindow::updateSummary()
{
    m_filters->setSummary(QueueStatus::summary(*m_services.identities, *m_proxy));
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    // Only the id leaves the view: what follows a selection is CurrentIdentity's business.
    if (m_services.current)
        m_services.current->select(current.data(IdentityIdRole).toString());
}

void MainWindow::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.data(IdentityIdRole).toString();
    if (id.isEmpty() || !m_services.current)
        return;
    if (id != m_detail->identityId() || !m_detail->identity())
        m_services.current->open(id);
    m_detail->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::onRevealRequested(const QString &identityId)
{
    if (identityId.isEmpty() || m_detail->isRevealed())
        return;
    PiiReveal reveal;
    reveal.identityId = identityId;
    reveal.fields = {u"cip_id"_s, u"date_of_birth"_s, u"tax_payer_id"_s};
    reveal.where = u"detail"_s;
    if (m_services.session)
        reveal.environment = m_services.session->environmentName();
    const auto result = recordPiiReveal(m_services.audit, reveal);
    if (!result) {
        // No record, no reveal.
        notify(tr("The reveal could not be recorded, so the fields stay hidden: %1")
                   .arg(result.errorMessage()));
        return;
    }
    m_detail->setRevealed(true);
    notify(tr("Sensitive fields revealed; recorded in the audit trail."));
}

void MainWindow::refreshCallsFor(const QString &identityId)
{
    if (!m_services.session || !m_services.session->requestLog())
        return;
    QList<paxos::RequestLogEntry> calls;
    const QList<paxos::RequestLogEntry> all = m_services.session->requestLog()->entries();
    for (const paxos::RequestLogEntry &e : all) {
        if (e.identityId == identityId)
            calls.append(e);
    }
    m_detail->setCalls(calls);
}

void MainWindow::copyIdentityId()
{
    QString id = m_detail->identityId();
    if (id.isEmpty())
        id = m_table->currentIndex().data(IdentityIdRole).toString();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    notify(tr("Copied identity id %1.").arg(id));
}

void MainWindow::copyCurl()
{
    QString curl = m_detail->selectedCurl();
    if (curl.isEmpty() && m_services.session && m_services.session->requestLog()) {
        const auto entries = m_services.session->requestLog()->entries();
        if (!entries.isEmpty())
            curl = paxos::toCurl(entries.last());
    }
    if (curl.isEmpty()) {
        notify(tr("No call to copy yet."));
        return;
    }
    QApplication::clipboard()->setText(curl);
    notify(tr("Copied the call as a cURL command."));
}

ConnectionDialog *MainWindow::openConnectionDialog()
{
    ConnectionDefaults defaults = m_connectionDefaults;
    if (m_services.session)
        defaults.current = m_services.session->environment().kind();
    auto *dialog = new ConnectionDialog(defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            &MainWindow::environmentSwitchRequested);
    connect(dialog, &ConnectionDialog::recordSettingsRequested, this,
            [this, dialog] { emit recordSettingsRequested(dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::exportCsv()
{
    m_export->start();
}

void MainWindow::setSavePathChooser(SavePathChooser chooser)
{
    m_export->setSavePathChooser(std::move(chooser));
}

CsvExporter *MainWindow::exporter() const
{
    return m_export->exporter();
}

void MainWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    restoreLayout();
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(SettingKey::IdentityTableHeaderState,
                         m_table->horizontalHeader()->saveState());
    m_settings->setValue(SettingKey::DetailSplitterState, m_splitter->saveState());
    m_settings->setValue(SettingKey::MainWindowGeometry, saveGeometry());
    m_settings->setValue(SettingKey::MainWindowState, saveState());
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    QHeaderView *h = m_table->horizontalHeader();
    const QByteArray header = m_settings->get<QByteArray>(SettingKey::IdentityTableHeaderState);
    if (!header.isEmpty()
        && (!h->restoreState(header) || h->count() != IdentityTableModel::ColumnCount))
        h->restoreState(m_defaultHeaderState);
    // A remembered layout must never hide the name.
    h->setSectionHidden(IdentityTableModel::NameColumn, false);
    const QByteArray splitter = m_settings->get<QByteArray>(SettingKey::DetailSplitterState);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray geometry = m_settings->get<QByteArray>(SettingKey::MainWindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->get<QByteArray>(SettingKey::MainWindowState);
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::resetColumns()
{
    m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
    saveLayout();
}

void MainWindow::addQuitCheck(std::function<QString()> check, std::function<QString()> copy)
{
    m_quitChecks.append({std::move(check), std::move(copy)});
}

QStringList MainWindow::lossesOnQuit() const
{
    QStringList losses;
    for (const QuitCheck &q : m_quitChecks) {
        const QString loss = q.check ? q.check() : QString();
        if (!loss.isEmpty())
            losses << loss;
    }
    return losses;
}

void MainWindow::askAboutLosses(const QStringList &losses)
{
    if (m_lossesBox) {
        m_lossesBox->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not everything is saved"),
                                losses.join(u'\n'), QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedOnQuitDialog"_s);
    box->setInformativeText(tr("Stay to save it, or copy it to the clipboard before quitting."));
    QPushButton *stay = box->addButton(tr("Stay"), QMessageBox::RejectRole);
    stay->setObjectName(u"stayButton"_s);
    QPushButton *copyQuit = box->addButton(tr("Copy and quit"), QMessageBox::AcceptRole);
    copyQuit->setObjectName(u"copyAndQuitButton"_s);
    QPushButton *quit = box->addButton(tr("Quit and lose it"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"quitAnywayButton"_s);
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_lossesBox = box;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, copyQuit, quit](QAbstractButton *clicked) {
                if (clicked != copyQuit && clicked != quit)
                    return;
                if (clicked == copyQuit) {
                    QStringList text;
                    for (const QuitCheck &q : std::as_const(m_quitChecks)) {
                        if (q.copy && !q.check().isEmpty())
                            text << q.copy();
                    }
                    QApplication::clipboard()->setText(text.join(u"\n\n"_s));
                }
                m_lossesAccepted = true;
                QTimer::singleShot(0, this, &QWidget::close);
            });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_lossesAccepted) {
        const QStringList losses = lossesOnQuit();
        if (!losses.isEmpty()) {
            event->ignore();
            askAboutLosses(losses);
            return;
        }
    }
    const WriteGuard *gate = m_services.session ? m_services.session->writeGuard() : nullptr;
    if (gate && gate->writesInFlight() > 0) {
        event->ignore();
        askAboutWritesInFlight();
        return;
    }
    m_export->cancel();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // A dock at the bottom starts at its own preferred height, which on a laptop screen leaves
    // the queue and the detail pane a few rows: it starts at no more than a quarter of the
    // window (never below what it needs), and the reviewer drags it taller if they want.
    QList<QDockWidget *> bottom;
    QList<int> heights;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks) {
        if (!dock->isHidden() && !dock->isFloating()
            && dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            bottom << dock;
            heights << qMax(dock->minimumSizeHint().height(), height() / 4);
        }
    }
    if (!bottom.isEmpty())
        resizeDocks(bottom, heights, Qt::Vertical);
}

void MainWindow::askAboutWritesInFlight()
{
    if (m_writesInFlightBox) {
        m_writesInFlightBox->raise();
        return;
    }
    WriteGuard *gate = m_services.session->writeGuard();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Changes are still being sent"),
        tr("%n change(s) sent to Paxos have not been answered yet.", "", gate->writesInFlight()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"writesInFlightDialog"_s);
    box->setInformativeText(
        tr("Wait, and the console quits once they are answered and recorded. Quit now, and "
           "they are recorded as unknown: Paxos may or may not have applied them."));
    QPushButton *wait = box->addButton(tr("Wait, then quit"), QMessageBox::AcceptRole);
    wait->setObjectName(u"waitForWritesButton"_s);
    QPushButton *now = box->addButton(tr("Quit now"), QMessageBox::DestructiveRole);
    now->setObjectName(u"quitNowButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_writesInFlightBox = box;
    const QPointer<WriteGuard> guard(gate);
    connect(box, &QMessageBox::buttonClicked, this, [this, guard, wait, now](QAbstractButton *b) {
        if (b == now) {
            if (guard)
                guard->abandonWritesInFlight();
            close();
        } else if (b == wait && guard && !m_closeWhenWritesDone) {
            m_closeWhenWritesDone = true;
            statusBar()->showMessage(tr("Quitting once the changes in flight are answered…"));
            connect(guard, &WriteGuard::writesInFlightChanged, this, [this](int count) {
                if (count == 0 && m_closeWhenWritesDone)
                    QTimer::singleShot(0, this, &QWidget::close);
            });
            // They may have been answered while the question was open.
            if (guard->writesInFlight() == 0)
                QTimer::singleShot(0, this, &QWidget::close);
        }
    });
    box->open();
}

} // namespace console::ui

#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/models/csvexporter.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/session.h"
#include "paxos/net/requestlog.h"
#include "sandbox/server.h"
#include "support/keptdir.h"
#include "support/loopbacknetwork.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/filterbar.h"
#include "ui/queue/queuetableview.h"
#include "ui/session/connectiondialog.h"
#include "ui/session/typedconfirmation.h"
#include "ui/shell/environmentbanner.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/statewidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using console::IdentityTableModel;
using console::ui::EnvironmentBanner;
using console::ui::MainWindow;

namespace {
constexpr int kSeeded = 260;
constexpr int kTimeout = 20000;

// A queue filter as a feature would add one: the rows whose id is in a set, while active.
class IdFilter : public console::QueueRowFilter
{
public:
    explicit IdFilter(QSet<QString> ids)
        : m_ids(std::move(ids))
    {
    }
    void setActive(bool on)
    {
        m_active = on;
        emit changed();
    }
    bool isActive() const override { return m_active; }
    bool accepts(const QModelIndex &row) const override
    {
        return m_ids.contains(row.data(console::IdentityIdRole).toString());
    }
    QString label() const override { return u"Probe filter"_s; }
    void clear() override { setActive(false); }

private:
    QSet<QString> m_ids;
    bool m_active = false;
};

template<class T> T *find(QObject *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A second server playing "Production" and a custom sandbox; reached only through
        // the loopback network.
        sandbox::ServerOptions other;
        other.port = 0;
        other.inMemory = true;
        other.seedIdentities = 12;
        other.seed = 7;
        other.clients = {{u"prod-client"_s, u"prod-secret"_s, {}}};
        m_other = std::make_unique<sandbox::Server>(other);
        QString error;
        QVERIFY2(m_other->start(&error), qPrintable(error));
        m_network = std::make_unique<LoopbackNetwork>();
        m_network->mapHost(u"oauth.paxos.com"_s, m_other->url());
        m_network->mapHost(u"api.paxos.com"_s, m_other->url());

        console::app::Application::Options options;
        options.dataDir = m_dir.path();
        options.inMemorySandbox = true;
        options.seedIdentities = kSeeded;
        options.ephemeralUi = true;
        options.network = m_network.get();
        options.credentials = &m_credentials;
        m_app = std::make_unique<console::app::Application>(options);
        QVERIFY2(m_app->start(&error), qPrintable(error));
        m_window = m_app->window();
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_other->stop();
        QVERIFY2(m_network->refusedHosts().isEmpty(),
                 qPrintable(m_network->refusedHosts().join(u", "_s)));
    }

    void firstStartLandsOnTheLocalSandbox()
    {
        auto *banner = find<EnvironmentBanner>(m_window, u"environmentBanner"_s);
        QVERIFY(banner);
        QCOMPARE(banner->kind(), EnvironmentBanner::Kind::LocalSandbox);
        QVERIFY(m_app->embeddedSandbox()->isRunning());
        const QUrl api = m_app->session()->environment().apiBase();
        QCOMPARE(api.host(), u"127.0.0.1"_s);
        QCOMPARE(api.port(), m_app->embeddedSandbox()->url().port());
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), console::Session::State::Connected,
                                  kTimeout);
        auto *state = find<QLabel>(m_window, u"connectionState"_s);
        QVERIFY(state->text().startsWith(u"Connected"_s));
        QVERIFY(m_app->session()->tokenExpiry() > QDateTime::currentDateTimeUtc());
    }

    void tableFillsAndPages()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && !model()->isLoading(), kTimeout);
        const int firstPage = model()->rowCount();
        QVERIFY(firstPage < kSeeded);
        QVERIFY(model()->canFetchMore({}));
        auto *table = m_window->queueView();
        // Scrolling to the end pulls the next pages in, as a reviewer would.
        for (int i = 0; i < 20 && model()->rowCount() < kSeeded; ++i) {
            table->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), kTimeout);
        }
        QCOMPARE(model()->rowCount(), kSeeded);
        QVERIFY(!model()->hasMorePages());
        QCOMPARE(table->model()->rowCount(), kSeeded);
    }

    void sortsByHeaderClick()
    {
        auto *table = m_window->queueView();
        QAbstractItemModel *shown = table->model();
        const QString selected = model()->idAt(10);
        table->setCurrentIndex(shown->index(10, 0));
        table->sortByColumn(IdentityTableModel::NameColumn, Qt::AscendingOrder);
        for (int r = 1; r < shown->rowCount(); ++r) {
            const QString a = shown->index(r - 1, 0).data(console::RawValueRole).toString();
            const QString b = shown->index(r, 0).data(console::RawValueRole).toString();
            QVERIFY2(a <= b, qPrintable(a + u" > "_s + b));
        }
        // The selection follows its row.
        QCOMPARE(table->currentIndex().data(console::IdentityIdRole).toString(), selected);
        table->sortByColumn(IdentityTableModel::AgeColumn, Qt::AscendingOrder);
        const qint64 newest = shown->index(0, IdentityTableModel::CreatedColumn)
                                  .data(console::RawValueRole)
                                  .toLongLong();
        const qint64 next = shown->index(1, IdentityTableModel::CreatedColumn)
                                .data(console::RawValueRole)
                                .toLongLong();
        QVERIFY(newest >= next);
    }

    void statusFilterIsServerSide()
    {
        auto *status = find<QComboBox>(m_window, u"statusFilter"_s);
        QVERIFY(status);
        status->setCurrentIndex(status->findData(u"PENDING"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, kTimeout);
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(model()
                         ->index(r, IdentityTableModel::StatusColumn)
                         .data(console::WireValueRole)
                         .toString(),
                     u"PENDING"_s);
        QVERIFY(lastListCall().contains(u"summary_status=PENDING"_s));
        status->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, kTimeout);
        QVERIFY(!lastListCall().contains(u"summary_status"_s));
    }

    void createdRangeWithNoMatchesSaysSo()
    {
        auto *from = find<QDateEdit>(m_window, u"createdFrom"_s);
        from->setDate(QDate::currentDate().addDays(2));
        QMetaObject::invokeMethod(from, "editingFinished");
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), kTimeout);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(lastListCall().contains(u"created_at.gte="_s));
        auto *stack = find<QStackedWidget>(m_window, u"queueStack"_s);
        auto *state = find<console::ui::StateWidget>(m_window, u"queueState"_s);
        QCOMPARE(stack->currentWidget(), state);
        QVERIFY(state->title().contains(u"No identities match"_s));
        m_window->actions()->clearFilters->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, kTimeout);
    }

    // View → Load all identities (Ctrl+Shift+G) pulls every page in, in large pages, and the
    // control next to the filters offers it only while there is more to load.
    void loadAllFromTheViewMenu()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), kTimeout);
        QVERIFY(model()->hasMorePages());
        QVERIFY(model()->rowCount() < kSeeded);
        auto *control = find<QWidget>(m_window, u"loadAllControl"_s);
        QVERIFY(control->isVisible());
        auto *action = find<QAction>(m_window, u"actionLoadAll"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        const int before = listCalls();
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), kSeeded, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoadingAll(), kTimeout);
        QVERIFY(!model()->hasMorePages());
        // One large page for the 160 that were missing, not two of 100.
        QVERIFY(lastListCall().contains(u"limit=1000"_s));
        QCOMPARE(listCalls() - before, 1);
        QVERIFY(!control->findChild<QToolButton *>()->isEnabled());
    }

    void quickSearchOverLoadedRows()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 5, kTimeout);
        const QString name = model()->index(3, IdentityTableModel::NameColumn).data().toString();
        const QString id = model()->idAt(3);
        auto *search = find<QLineEdit>(m_window, u"quickSearch"_s);
        QTest::keyClicks(search, name);
        QTRY_VERIFY(m_window->proxy()->rowCount() < model()->rowCount());
        QVERIFY(m_window->proxy()->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < m_window->proxy()->rowCount(); ++r)
            found = found
                || m_window->proxy()->index(r, 0).data(console::IdentityIdRole).toString() == id;
        QVERIFY(found);
        QVERIFY(m_window->proxy()->rowCount() < model()->rowCount());
        // ref_id and id work too; nonsense empties the view and says so.
        m_window->filterBar()->setQuickSearch(id.left(13));
        QCOMPARE(m_window->proxy()->index(0, 0).data(console::IdentityIdRole).toString(), id);
        m_window->filterBar()->setQuickSearch(u"zzzz-no-such-person"_s);
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QVERIFY(find<console::ui::StateWidget>(m_window, u"queueState"_s)
                    ->title()
                    .contains(u"Nothing loaded matches"_s));
        // Escape clears.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(m_window->proxy()->rowCount(), model()->rowCount());
    }

    // Features narrow the queue through the queue's own proxy: no proxy may sit between it
    // and the identity model, or the queue proxy stops handing sorts to the model's sort
    // engine and sorts every row itself on the UI thread.
    void queueProxySitsOnTheIdentityModel()
    {
        QCOMPARE(m_window->queueView()->model(), m_window->proxy());
        QCOMPARE(m_window->proxy()->sourceModel(), model());
        // The console's own filters ("Follow-up", "My identities") are registered on it.
        QVERIFY(m_window->proxy()->rowFilters().size() >= 2);
    }

    void queueFilterFromTheExtensionPoint()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && !model()->isLoading(), kTimeout);
        const int all = m_window->proxy()->rowCount();
        QSet<QString> kept;
        for (int r : {1, 4, 7})
            kept.insert(model()->idAt(r));
        IdFilter filter(kept);
        auto *control = new QComboBox;
        control->setObjectName(u"probeFilter"_s);
        m_window->addQueueFilter(&filter, new QLabel(u"Probe"_s), control);
        QTRY_VERIFY(control->isVisibleTo(m_window->filterBar()));
        QCOMPARE(m_window->proxy()->rowCount(), all); // off: everything passes
        filter.setActive(true);
        QTRY_COMPARE(m_window->proxy()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(kept.contains(
                m_window->proxy()->index(r, 0).data(console::IdentityIdRole).toString()));
        // Sorting still goes to the model's sort engine, not the proxy's generic sort.
        auto *table = m_window->queueView();
        table->sortByColumn(IdentityTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model()->sortColumn(), int(IdentityTableModel::NameColumn));
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(m_window->proxy()->sortColumn(), -1);
        QTRY_VERIFY(!model()->isSorting());
        for (int r = 1; r < m_window->proxy()->rowCount(); ++r) {
            const QString a =
                m_window->proxy()->index(r - 1, 0).data(console::RawValueRole).toString();
            const QString b = m_window->proxy()->index(r, 0).data(console::RawValueRole).toString();
            QVERIFY2(a >= b, qPrintable(a + u" < "_s + b));
        }
        filter.setActive(false);
        QTRY_COMPARE(m_window->proxy()->rowCount(), all);
        m_window->proxy()->removeRowFilter(&filter);
        table->sortByColumn(IdentityTableModel::AgeColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!model()->isSorting());
    }

    void detailPageFromTheExtensionPointIsReachableByKeyboard()
    {
        auto *tabs = m_window->detailPane()->findChild<QTabWidget *>(u"detailTabs"_s);
        QVERIFY(tabs);
        auto *page = new QLabel(u"A probe page"_s);
        const int index = m_window->addDetailPage(page, u"Probe"_s);
        QVERIFY(tabs->widget(index)->isAncestorOf(page));
        QCOMPARE(index, tabs->count() - 1);
        tabs->setCurrentIndex(0);
        auto *bar = tabs->findChild<QTabBar *>();
        QVERIFY(bar);
        m_window->activateWindow();
        bar->setFocus();
        for (int i = 0; i < tabs->count() && tabs->currentIndex() != index; ++i)
            QTest::keyClick(bar, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), index);
        m_window->showDetailPage(0);
        QCOMPARE(tabs->currentIndex(), 0);
        m_window->showDetailPage(index);
        QCOMPARE(tabs->currentIndex(), index);
        QWidget *tab = tabs->widget(index);
        tabs->removeTab(index);
        delete tab; // and the page in it
        tabs->setCurrentIndex(0);
    }

    void menusByEnumInTheirPlace()
    {
        using Menu = MainWindow::Menu;
        const QList<Menu> order = {Menu::File,  Menu::View,   Menu::Identity,
                                   Menu::Tools, Menu::Events, Menu::Help};
        QList<QAction *> expected;
        for (Menu m : order)
            expected.append(m_window->menu(m)->menuAction());
        // Asking again neither adds nor moves a menu.
        QCOMPARE(m_window->menuBar()->actions(), expected);
        QCOMPARE(m_window->menu(Menu::Tools)->objectName(), u"toolsMenu"_s);
        QVERIFY(!m_window->menu(Menu::Events)->actions().isEmpty());
        QVERIFY(!m_window->menu(Menu::Tools)->actions().isEmpty());
        auto *status = new QLabel(u"probe"_s);
        m_window->addStatusWidget(status);
        QCOMPARE(status->parentWidget(), m_window->statusBar());
        QVERIFY(status->isVisible());
        delete status;
    }

    void keyboardMovesAndOpens()
    {
        auto *table = m_window->queueView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        const QString id = table->currentIndex().data(console::IdentityIdRole).toString();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->identityId(), id, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->identity().has_value(), kTimeout);
    }

    // With every part of the console installed (queue, onboarding, events, record), no two
    // actions of the window answer to the same key: Qt runs neither of an ambiguous pair, so
    // a clash silently takes the shortcut away from keyboard users.
    void everyShortcutBelongsToOneAction()
    {
        QHash<QKeySequence, QStringList> owners;
        const auto actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            const QWidget *owner = qobject_cast<QWidget *>(action->parent());
            // Dialogs are windows of their own; their shortcuts never meet the main window's.
            if (owner && owner->window() != m_window)
                continue;
            for (const QKeySequence &key : action->shortcuts())
                owners[key] << action->text().remove(u'&');
        }
        QVERIFY(owners.size() >= 15);
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << it.key().toString() + u": "_s + it.value().join(u" / "_s);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        // The window's everyday keys are where the menus say.
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_E)).value(0),
                 u"Edit identity or confirm KYC refresh…"_s);
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_3)).value(0), u"Show events"_s);
    }

    // A 1280×720 window (a laptop screen less its panels) shows every filter: the bar wraps
    // onto a second row instead of making the window wider than the screen.
    void fitsALaptopScreen()
    {
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        const QSize before = m_window->size();
        m_window->resize(1280, 720);
        QTRY_COMPARE(m_window->width(), 1280);
        QWidget *bar = m_window->filterBar();
        QTRY_VERIFY(bar->width() <= 1280);
        QList<QWidget *> fields;
        for (const QString &name :
             {u"quickSearch"_s, u"statusFilter"_s, u"typeFilter"_s, u"createdFrom"_s,
              u"createdTo"_s, u"updatedFrom"_s, u"updatedTo"_s, u"queueSummary"_s}) {
            auto *field = bar->findChild<QWidget *>(name);
            QVERIFY2(field && field->isVisible(), qPrintable(name));
            fields << field;
        }
        QList<QRect> rects;
        for (QWidget *field : std::as_const(fields)) {
            const QRect r(field->mapTo(bar, QPoint(0, 0)), field->size());
            QVERIFY2(bar->rect().contains(r), qPrintable(field->objectName()));
            for (const QRect &other : std::as_const(rects))
                QVERIFY2(!other.intersects(r), qPrintable(field->objectName()));
            rects << r;
        }
        m_window->resize(before);
    }

    void selectingARowFillsThePane()
    {
        auto *table = m_window->queueView();
        const QModelIndex index = table->model()->index(4, IdentityTableModel::NameColumn);
        const QString id = index.data(console::IdentityIdRole).toString();
        const QString name = index.data().toString();
        table->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->identity()
                                     && m_window->detailPane()->identity()->id == id,
                                 kTimeout);
        auto *pane = m_window->detailPane();
        QCOMPARE(find<QLabel>(pane, u"detailName"_s)->text(), name);
        QVERIFY(find<QWidget>(pane, u"requirementsSection"_s));
        QVERIFY(find<QWidget>(pane, u"personSection"_s));
        QVERIFY(find<QPlainTextEdit>(pane, u"rawJson"_s)->toPlainText().contains(id));
        // The Get Identity call is listed (beside List Controls and List Documents, in the order
        // their answers came) and renders as cURL without the token.
        auto *calls = find<QListWidget>(pane, u"callList"_s);
        QTRY_VERIFY(calls->count() >= 1);
        QString curl;
        for (int row = 0; row < calls->count() && !curl.contains(u"include_details=true"_s);
             ++row) {
            calls->setCurrentRow(row);
            curl = pane->selectedCurl();
        }
        QVERIFY(curl.startsWith(u"curl"_s));
        QVERIFY2(curl.contains(u"include_details=true"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"{access_token}"_s));
        // Get Identity was asked with include_details=true.
        bool detailed = false;
        const auto entries = m_app->session()->requestLog()->entries();
        for (const auto &e : entries)
            detailed = detailed
                || (e.url.path().endsWith(id) && e.url.query().contains(u"include_details=true"_s));
        QVERIFY(detailed);
    }

    void revealIsRecorded()
    {
        auto *pane = m_window->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->identity().has_value(), kTimeout);
        const QString id = pane->identityId();
        auto *cip = find<QLabel>(pane, u"cipIdValue"_s);
        QVERIFY(cip);
        const QString real = pane->identity()->personDetails->cipId.value_or(QString());
        QVERIFY(!real.isEmpty());
        QVERIFY(cip->text() != real);
        QVERIFY(cip->text().contains(u'*'));
        QVERIFY(!find<QPlainTextEdit>(pane, u"rawJson"_s)->toPlainText().contains(real));

        console::AuditFilter filter;
        filter.identityId = id;
        filter.action = console::auditActionName(console::AuditAction::PiiReveal);
        QCOMPARE(m_app->auditTrail()->count(filter).value(), 0);
        QTest::mouseClick(find<QPushButton>(pane, u"revealButton"_s), Qt::LeftButton);
        QVERIFY(pane->isRevealed());
        QCOMPARE(find<QLabel>(pane, u"cipIdValue"_s)->text(), real);
        QCOMPARE(m_app->auditTrail()->count(filter).value(), 1);
        // Another identity is masked again.
        const QModelIndex other = m_window->queueView()->model()->index(7, 0);
        m_window->queueView()->setCurrentIndex(other);
        waitForIdentity(other.data(console::IdentityIdRole).toString());
        QVERIFY(!pane->isRevealed());
    }

    void exportsWhatIsShown()
    {
        const QString path = m_dir.filePath(u"export.csv"_s);
        m_window->setSavePathChooser(
            [path](QWidget *, std::function<void(QString)> done) { done(path); });
        m_window->filterBar()->setQuickSearch(u"a"_s);
        const int shown = m_window->proxy()->rowCount();
        QSignalSpy finished(m_window->exporter(), &console::CsvExporter::finished);
        m_window->actions()->exportCsv->trigger();
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(finished.first().first().toBool());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(csv.count("\r\n"), shown + 1);
        QVERIFY(csv.contains("Name,Status"));
        m_window->filterBar()->setQuickSearch({});
    }

    void switchingEnvironments()
    {
        QSignalSpy changed(m_app->session(), &console::Session::environmentChanged);
        m_window->actions()->switchEnvironment->trigger();
        auto *dialog = find<console::ui::ConnectionDialog>(m_window, u"connectionDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        find<QRadioButton>(dialog, u"env_custom"_s)->click();
        find<QLineEdit>(dialog, u"tokenUrlEdit"_s)
            ->setText(m_other->url().toString() + u"/oauth2/token"_s);
        find<QLineEdit>(dialog, u"apiBaseEdit"_s)->setText(m_other->url().toString() + u"/v2"_s);
        find<QLineEdit>(dialog, u"clientIdEdit"_s)->setText(u"prod-client"_s);
        auto *connectButton = find<QPushButton>(dialog, u"connectButton"_s);
        QVERIFY(!connectButton->isEnabled()); // no secret yet
        find<QLineEdit>(dialog, u"clientSecretEdit"_s)->setText(u"prod-secret"_s);
        QVERIFY(connectButton->isEnabled());
        connectButton->click();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(m_window->banner()->kind(), EnvironmentBanner::Kind::Custom);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 12, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), console::Session::State::Connected,
                                  kTimeout);
        console::AuditFilter filter;
        filter.action = console::auditActionName(console::AuditAction::EnvironmentSwitch);
        QVERIFY(m_app->auditTrail()->count(filter).value() >= 1);
        // And back to the local sandbox, where the seeded data still is.
        m_window->actions()->switchEnvironment->trigger();
        dialog = find<console::ui::ConnectionDialog>(m_window, u"connectionDialog"_s);
        find<QRadioButton>(dialog, u"env_local"_s)->click();
        find<QPushButton>(dialog, u"connectButton"_s)->click();
        QTRY_COMPARE(m_window->banner()->kind(), EnvironmentBanner::Kind::LocalSandbox);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 12, kTimeout);
    }

    // The team's record database is set from the connection dialog too: the record settings
    // open over it, and closing them leaves the connection dialog as it was.
    void recordDatabaseFromTheConnectionDialog()
    {
        m_window->actions()->switchEnvironment->trigger();
        auto *dialog = find<console::ui::ConnectionDialog>(m_window, u"connectionDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        find<QPushButton>(dialog, u"recordSettingsButton"_s)->click();
        auto *settings = dialog->findChild<QDialog *>(u"storeSettingsDialog"_s);
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        // It offers both places a record can live.
        QVERIFY(settings->findChild<QRadioButton *>(u"sqliteRadio"_s));
        QVERIFY(settings->findChild<QRadioButton *>(u"postgresRadio"_s));
        settings->reject();
        QTRY_VERIFY(!settings->isVisible());
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
    }

    void productionLooksDifferentAndAsksForConfirmation()
    {
        m_window->actions()->switchEnvironment->trigger();
        auto *dialog = find<console::ui::ConnectionDialog>(m_window, u"connectionDialog"_s);
        find<QRadioButton>(dialog, u"env_production"_s)->click();
        QVERIFY(find<QLabel>(dialog, u"productionNote"_s)->isVisible());
        find<QLineEdit>(dialog, u"clientIdEdit"_s)->setText(u"prod-client"_s);
        find<QLineEdit>(dialog, u"clientSecretEdit"_s)->setText(u"prod-secret"_s);
        find<QPushButton>(dialog, u"connectButton"_s)->click();
        QTRY_COMPARE(m_window->banner()->kind(), EnvironmentBanner::Kind::Production);
        QVERIFY(m_window->windowTitle().contains(u"PRODUCTION"_s));
        QVERIFY(find<QLabel>(m_window->banner(), u"environmentWarning"_s)->isVisible());
        QCOMPARE(m_app->session()->environment().apiBase().host(), u"api.paxos.com"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 12, kTimeout);

        // Every write goes through the guard; in Production it asks for the typed phrase.
        bool proceeded = false;
        QString refusal;
        auto *guard = m_app->session()->writeGuard();
        guard->requestWrite(
            u"Update identity"_s, u"Person One"_s, this, [&] { proceeded = true; },
            [&](const QString &why) { refusal = why; });
        QVERIFY(!proceeded);
        console::ui::TypedConfirmationDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->findChild<console::ui::TypedConfirmationDialog *>(
                         u"typedConfirmationDialog"_s)));
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->phraseEdit(), u"production"_s);
        QVERIFY(!confirm->confirmButton()->isEnabled()); // exact phrase only
        confirm->phraseEdit()->clear();
        QTest::keyClicks(confirm->phraseEdit(), u"PRODUCTION"_s);
        QVERIFY(confirm->confirmButton()->isEnabled());
        confirm->confirmButton()->click();
        QTRY_VERIFY(proceeded);

        // Cancelling refuses the write.
        proceeded = false;
        guard->requestWrite(
            u"Update identity"_s, u"Person One"_s, this, [&] { proceeded = true; },
            [&](const QString &why) { refusal = why; });
        QTRY_VERIFY((confirm = m_window->findChild<console::ui::TypedConfirmationDialog *>(
                         u"typedConfirmationDialog"_s)));
        confirm->reject();
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY(!proceeded);

        // Outside Production writes are not interrupted.
        m_window->actions()->switchEnvironment->trigger();
        dialog = find<console::ui::ConnectionDialog>(m_window, u"connectionDialog"_s);
        find<QRadioButton>(dialog, u"env_local"_s)->click();
        find<QPushButton>(dialog, u"connectButton"_s)->click();
        QTRY_COMPARE(m_window->banner()->kind(), EnvironmentBanner::Kind::LocalSandbox);
        guard->requestWrite(u"Update identity"_s, u"Person One"_s, this, [&] { proceeded = true; });
        QVERIFY(proceeded);
    }

private:
    IdentityTableModel *model() const { return m_app->identities(); }
    void waitForIdentity(const QString &id)
    {
        auto *pane = m_window->detailPane();
        auto *state = pane->findChild<console::ui::StateWidget *>(u"detailState"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(pane->identity() && pane->identity()->id == id,
                                  qPrintable(u"pane shows %1 (%2: %3)"_s.arg(
                                      pane->identityId(), state->title(), state->message())),
                                  kTimeout);
    }
    int listCalls() const
    {
        const auto entries = m_app->session()->requestLog()->entries();
        return int(std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) {
            return e.url.path().endsWith(u"/identity/identities"_s) && e.method == "GET";
        }));
    }

    QString lastListCall() const
    {
        const auto entries = m_app->session()->requestLog()->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->url.path().endsWith(u"/identity/identities"_s) && it->method == "GET")
                return it->url.query(QUrl::FullyDecoded);
        }
        return {};
    }

    // Kept after the run for the leak sweep.
    testsupport::KeptDir m_dir;
    std::unique_ptr<sandbox::Server> m_other;
    std::unique_ptr<LoopbackNetwork> m_network;
    console::MemoryCredentialStore m_credentials;
    std::unique_ptr<console::app::Application> m_app;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

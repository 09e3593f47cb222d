#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/timeline.h"
#include "support/consoleharness.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/queuetableview.h"
#include "ui/record/reasoncodeeditor.h"
#include "ui/record/timelinewidget.h"
#include "ui/session/typedconfirmation.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 20000;

// The smallest screen the console promises to fit, less what the desktop takes from it: a
// panel or task bar (up to 48 px) and the window's title bar and frame (about 32 px high,
// 8 px on each side). What is left is for the window's contents.
constexpr QSize kScreen(1280, 720);
constexpr int kPanel = 48;
constexpr QSize kFrame(16, 32);
constexpr QSize kBudget = kScreen - kFrame - QSize(0, kPanel);

// The smallest size the window manager may give `w`: what its layout needs, or a fixed
// minimum set on it, whichever is larger.
QSize smallest(const QWidget *w)
{
    return w->minimumSizeHint().expandedTo(w->minimumSize());
}

// For a failure message: the children of `w` that need the most height, deepest first, so
// the culprit of a too-tall window is named.
QString tallestChildren(const QWidget *w, int depth = 0)
{
    QString out;
    const QList<QWidget *> children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *c : children) {
        if (!c->isVisible() || c->isWindow())
            continue;
        const QSize s = smallest(c);
        if (depth > 1 && s.height() < 100 && s.width() < 500)
            continue;
        out += QString(depth * 2, u' ')
            + u"%1 (%2) %3x%4\n"_s
                  .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName())
                  .arg(s.width())
                  .arg(s.height());
        if (depth < 12)
            out += tallestChildren(c, depth + 1);
    }
    return out;
}

bool fits(QWidget *w, QString *why)
{
    // What a window manager would enforce once the pending layout requests are done.
    if (w->layout())
        w->layout()->activate();
    const QSize s = smallest(w);
    if (s.width() <= kBudget.width() && s.height() <= kBudget.height())
        return true;
    *why = u"%1 (%2) needs at least %3x%4, a %5x%6 screen leaves %7x%8:\n%9"_s
               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
               .arg(s.width())
               .arg(s.height())
               .arg(kScreen.width())
               .arg(kScreen.height())
               .arg(kBudget.width())
               .arg(kBudget.height())
               .arg(tallestChildren(w));
    return false;
}

QSet<QWidget *> visibleWindows()
{
    QSet<QWidget *> out;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        if (w->isVisible() && w->isWindow())
            out.insert(w);
    }
    return out;
}
} // namespace

// The console as shipped, with every dock open and an identity selected, fits a 1280×720
// screen (and so 1366×768): the main window and every window and dialog it opens. Selecting
// the first identity changes nothing in the layout.
class TestScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(60, kBudget);
        QVERIFY(!QTest::currentTestFailed());
        console::ui::MainWindow *window = m_console.window();
        const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
        QVERIFY(!docks.isEmpty());
        for (QDockWidget *dock : docks)
            dock->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->queueView()->model()->rowCount() > 0, kTimeout);
    }

    void cleanupTestCase() { m_console.stop(); }

    void mainWindowFitsWithAnIdentitySelected()
    {
        console::ui::MainWindow *window = m_console.window();
        QString whyBefore;
        const bool fitBefore = fits(window, &whyBefore);
        const QSize sizeBefore = window->size();
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        const QList<int> splitBefore = splitter->sizes();
        const QRect queueBefore = window->queueView()->geometry();
        const QRect statusBefore = window->statusBar()->geometry();

        // The identity with the most to say: one the customer must act on.
        QAbstractItemModel *model = window->queueView()->model();
        int row = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->index(r, console::IdentityTableModel::ActorColumn)
                     .data()
                     .toString()
                     .isEmpty()) {
                row = r;
                break;
            }
        }
        const QString id = model->index(row, 0).data(console::IdentityIdRole).toString();
        window->queueView()->setFocus();
        window->queueView()->selectRow(row);
        console::CurrentIdentity *current = m_console.app()->currentIdentity();
        QTRY_VERIFY_WITH_TIMEOUT(current->identity() && current->identity()->id == id, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(window->detailPane()->identityId(), id, kTimeout);
        // Let the pane lay itself out (the layout requests are posted events).
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

        QString why;
        QVERIFY2(fits(window, &why), qPrintable(why));
        QVERIFY2(fitBefore, qPrintable(u"before the first selection: "_s + whyBefore));
        QCOMPARE(sizeBefore, kBudget);
        // No jump on the first selection: the window, the queue, the split and the status
        // bar stay where they were.
        QCOMPARE(window->size(), kBudget);
        QCOMPARE(splitter->sizes(), splitBefore);
        QCOMPARE(window->queueView()->geometry(), queueBefore);
        QCOMPARE(window->statusBar()->geometry(), statusBefore);
        QVERIFY(window->statusBar()->isVisible());
        // The pane has the height its header, team line and tab bar need (a tall page scrolls
        // inside its tab).
        QWidget *pane = window->detailPane();
        QVERIFY2(splitter->height() >= pane->minimumSizeHint().height(),
                 qPrintable(
                     u"the detail pane has %1 px of the %2 it needs:\n%3"_s.arg(splitter->height())
                         .arg(pane->minimumSizeHint().height())
                         .arg(tallestChildren(window))));
        QVERIFY(window->rect().contains(window->statusBar()->geometry()));
    }

    void everyDialogFits_data()
    {
        QTest::addColumn<QString>("action");
        // Every action that opens a window or dialog, with an identity selected.
        for (const QString &name :
             {u"actionSwitchEnvironment"_s, u"actionAbout"_s, u"newPersonAction"_s,
              u"editIdentityAction"_s, u"sandboxOutcomesAction"_s, u"draftsAction"_s,
              u"actionAssignTo"_s, u"actionExportEvidence"_s, u"actionAuditTrail"_s,
              u"actionStoreSettings"_s, u"fetchEventsSinceAction"_s, u"webhookSettingsAction"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyDialogFits()
    {
        QFETCH(QString, action);
        console::ui::MainWindow *window = m_console.window();
        QVERIFY2(!window->detailPane()->identityId().isEmpty(),
                 "mainWindowFitsWithAnIdentitySelected selects one first");
        auto *a = window->findChild<QAction *>(action);
        if (!a) {
            // Actions of the features are children of the feature objects.
            const QList<QAction *> all = window->findChildren<QAction *>();
            for (QAction *candidate : all) {
                if (candidate->objectName() == action)
                    a = candidate;
            }
        }
        QVERIFY2(a, qPrintable(action));
        QTRY_VERIFY_WITH_TIMEOUT(a->isEnabled(), kTimeout);
        const QSet<QWidget *> before = visibleWindows();
        a->trigger();
        QSet<QWidget *> opened;
        QTRY_VERIFY_WITH_TIMEOUT((opened = visibleWindows() - before, !opened.isEmpty()), kTimeout);
        for (QWidget *w : std::as_const(opened)) {
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QString why;
            QVERIFY2(fits(w, &why), qPrintable(why));
            QVERIFY2(
                w->width() <= kBudget.width() && w->height() <= kBudget.height(),
                qPrintable(
                    u"%1 opens at %2x%3"_s.arg(w->objectName()).arg(w->width()).arg(w->height())));
        }
        for (QWidget *w : std::as_const(opened)) {
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
            else
                w->close();
        }
        QTRY_VERIFY((visibleWindows() - before).isEmpty());
    }

    // The dialogs the panes open (no menu action of their own), with long content.
    void dialogsOfThePanesFit()
    {
        console::ui::MainWindow *window = m_console.window();
        QList<QDialog *> dialogs;
        console::WriteConfirmationRequest request;
        request.action = u"Update person details"_s;
        request.target =
            u"Christopher Alexander Montgomery-Richardson (ref_id seed-20260401-000223)"_s;
        request.environment = u"Production"_s;
        request.phrase = u"Production"_s;
        dialogs << new console::ui::TypedConfirmationDialog(request, window);
        dialogs << new console::ui::ReasonCodeEditor(m_console.app()->services().reasonCodes,
                                                     window);
        console::TimelineEntry entry;
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
        entry.title = u"Status PENDING → APPROVED"_s;
        entry.detail = u"Paxos changed the status after the screening check cleared; the "
                       "customer's documents were verified by the IDV provider. "_s.repeated(8)
            + u"sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
        QStringList diff;
        for (int i = 0; i < 80; ++i)
            diff << u"~ status_details.field_%1: \"before\" → \"after\""_s.arg(i);
        dialogs << new console::ui::TimelineEntryDialog(entry, diff, window);
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->open();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QString why;
            QVERIFY2(fits(dialog, &why), qPrintable(why));
            QVERIFY2(dialog->width() <= kBudget.width() && dialog->height() <= kBudget.height(),
                     qPrintable(u"%1 opens at %2x%3"_s.arg(dialog->objectName())
                                    .arg(dialog->width())
                                    .arg(dialog->height())));
            dialog->reject();
            delete dialog;
        }
    }

private:
    testsupport::ConsoleHarness m_console;
};

int main(int argc, char **argv)
{
    // A screen of the promised size, less a 48 px panel: dialogs size themselves against the
    // screen they open on, so the offscreen platform's default 800x800 would hide an
    // oversized dialog.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QJsonDocument(QJsonObject{{u"screens"_s,
                                          QJsonArray{QJsonObject{
                                              {u"name"_s, u"laptop"_s},
                                              {u"x"_s, 0},
                                              {u"y"_s, 0},
                                              {u"width"_s, kScreen.width()},
                                              {u"height"_s, kScreen.height() - kPanel},
                                              {u"logicalDpi"_s, 96},
                                              {u"logicalBaseDpi"_s, 96},
                                              {u"dpr"_s, 1},
                                          }}}})
                   .toJson());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_screenfit.moc"

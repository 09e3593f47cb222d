// What start-up defers past the first paint (app::Application::finishStart()): the window is
// painted with the embedded sandbox already listening, the dashboard follows in the same place
// it had when built in order, and input that comes before it builds it first.
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/session/embeddedsandbox.h"
#include "support/keptdir.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::app::Application;

namespace {

// What was there when the console's window was first painted.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const Application *app)
        : m_app(app)
    {
    }
    bool seen = false;
    bool sandboxRunning = false;
    bool dashboardBuilt = false;
    bool startFinished = false;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !seen && m_app->window() && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_app->window()) {
            seen = true;
            sandboxRunning = m_app->embeddedSandbox() && m_app->embeddedSandbox()->isRunning();
            dashboardBuilt = m_app->window()->findChild<QDockWidget *>(u"dashboardDock"_s);
            startFinished = m_app->isStartFinished();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const Application *m_app;
};

Application::Options options(const QString &dir, console::CredentialStore *credentials)
{
    Application::Options o;
    o.dataDir = dir;
    o.ephemeralUi = true;
    o.credentials = credentials;
    o.windowSize = QSize(1366, 768);
    return o; // the sandbox on disk, as on a first start
}

} // namespace

class TestDeferredStart : public QObject
{
    Q_OBJECT
private slots:
    void firstPaintThenTheRestInOrder()
    {
        testsupport::KeptDir dir;
        QVERIFY(dir.isValid());
        console::MemoryCredentialStore credentials;
        Application app(options(dir.path(), &credentials));
        FirstPaint paint(&app);
        qApp->installEventFilter(&paint);
        QSignalSpy finished(&app, &Application::startFinished);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QVERIFY(!app.isStartFinished()); // nothing painted yet
        QVERIFY(finished.wait(20000));
        qApp->removeEventFilter(&paint);

        // The first paint: the sandbox listening ("ready"), the dashboard not waited for.
        QVERIFY(paint.seen);
        QVERIFY(paint.sandboxRunning);
        QVERIFY(!paint.dashboardBuilt);
        QVERIFY(!paint.startFinished);

        // Then the dashboard, hidden, its View entry where building in order put it: right
        // before the saved views' submenu.
        QVERIFY(app.isStartFinished());
        auto *dock = app.window()->findChild<QDockWidget *>(u"dashboardDock"_s);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        const QList<QAction *> view =
            app.window()->menu(console::ui::MainWindow::Menu::View)->actions();
        qsizetype dashboard = -1, savedViews = -1;
        for (qsizetype i = 0; i < view.size(); ++i) {
            if (view.at(i)->objectName() == u"actionDashboard")
                dashboard = i;
            if (view.at(i)->menu() && view.at(i)->menu()->objectName() == u"savedViewsMenu")
                savedViews = i;
        }
        QVERIFY(dashboard >= 0);
        QVERIFY(savedViews >= 0);
        QCOMPARE(dashboard, savedViews - 1);
        QCOMPARE(finished.size(), 1);
    }

    // Ctrl+Shift+D before anything was painted: the dashboard is built first, and opens.
    void aShortcutRightAfterStartWorks()
    {
        testsupport::KeptDir dir;
        QVERIFY(dir.isValid());
        console::MemoryCredentialStore credentials;
        Application app(options(dir.path(), &credentials));
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QVERIFY(!app.isStartFinished());
        console::ui::MainWindow *window = app.window();
        QApplication::setActiveWindow(window); // a shortcut needs its window active
        QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(app.isStartFinished());
        auto *dock = window->findChild<QDockWidget *>(u"dashboardDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 10000);
    }
};

QTEST_MAIN(TestDeferredStart)
#include "tst_deferredstart.moc"

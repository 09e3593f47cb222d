#pragma once

// What the desktop-citizen tests share: open an identity in the real window, then visit every
// window and dialog the window's menus open, one after the other. Header-only, for window tests
// that link console_app.
#include "core/current/currentidentity.h"
#include "core/current/identityfetcher.h"
#include "core/models/roles.h"
#include "support/consoleharness.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace testsupport {

// Selects the first row and waits until the detail pane has everything it shows.
inline void openFirstIdentity(ConsoleHarness &console)
{
    console::ui::QueueTableView *table = console.window()->queueView();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, ConsoleHarness::kTimeout);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString first = table->model()->index(0, 0).data(console::IdentityIdRole).toString();
    console::CurrentIdentity *current = console.app()->currentIdentity();
    QTRY_VERIFY_WITH_TIMEOUT(current->identity() && current->identity()->id == first,
                             ConsoleHarness::kTimeout);
    using Part = console::IdentityFetcher::Part;
    QTRY_VERIFY_WITH_TIMEOUT(current->fetcher()->has(Part::Controls)
                                 && current->fetcher()->has(Part::Documents),
                             ConsoleHarness::kTimeout);
}

// Every action of the window's menu bar, submenus included, in menu order.
inline QList<QAction *> menuActions(QWidget *window)
{
    QList<QAction *> out;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                walk(a->menu());
            else
                out << a;
        }
    };
    if (auto *bar = window->findChild<QMenuBar *>())
        for (QAction *a : bar->actions())
            if (a->menu())
                walk(a->menu());
    return out;
}

inline QSet<QWidget *> visibleTopLevels()
{
    QSet<QWidget *> out;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all)
        if (w->isVisible() && !qobject_cast<QMenu *>(w) && w->windowType() != Qt::ToolTip)
            out.insert(w);
    return out;
}

// Triggers every enabled menu action except those in `skip` (matched on the action's object
// name or its text without '&'), and calls `visit` for each window, dialog or popup menu that
// opened (and once for the main window first), then closes it: dialogs are rejected, so nothing
// is saved or sent. A sweeper runs while the action runs, so a menu or dialog with an event loop
// of its own (QMenu::exec) is visited and closed too. Actions that open nothing are triggered as
// well: quit and anything that would end the session belong in `skip`.
inline void visitEveryWindow(QWidget *mainWindow, const QStringList &skip,
                             const std::function<void(QWidget *, const QString &)> &visit)
{
    visit(mainWindow, QStringLiteral("main window"));
    if (QTest::currentTestFailed())
        return;
    const QList<QAction *> actions = menuActions(mainWindow);
    for (QAction *a : actions) {
        const QString text = a->text().remove(u'&');
        if (!a->isEnabled() || skip.contains(a->objectName()) || skip.contains(text))
            continue;
        if (qEnvironmentVariableIsSet("CC_WALK_TRACE"))
            qInfo("walk: %s (%s)", qPrintable(text), qPrintable(a->objectName()));
        const QSet<QWidget *> before = visibleTopLevels();
        QSet<QWidget *> seen;
        const auto sweep = [&] {
            QSet<QWidget *> opened = visibleTopLevels() - before;
            if (QWidget *popup = QApplication::activePopupWidget())
                opened.insert(popup);
            for (QWidget *w : std::as_const(opened)) {
                if (!seen.contains(w)) {
                    seen.insert(w);
                    visit(w, text);
                }
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
                else
                    w->close();
            }
        };
        QTimer sweeper;
        sweeper.setInterval(50);
        QObject::connect(&sweeper, &QTimer::timeout, &sweeper, sweep);
        sweeper.start();
        a->trigger();
        // Dialogs open from the event loop sometimes (a queued call, a finished read); nothing
        // opening is an answer too: the wait just ends.
        (void)QTest::qWaitFor([&] { return !seen.isEmpty(); }, 300);
        sweeper.stop();
        sweep();
        QTRY_VERIFY((visibleTopLevels() - before).isEmpty());
        if (QTest::currentTestFailed())
            return;
    }
}

// Calls `check` with every page of every visible tab widget of `window` in front in turn
// (the page in front when called first), then puts the pages back as they were.
inline void forEachTabPage(QWidget *window, const std::function<void()> &check)
{
    check();
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current)
                continue;
            tabs->setCurrentIndex(i);
            check();
        }
        tabs->setCurrentIndex(current);
    }
}

} // namespace testsupport

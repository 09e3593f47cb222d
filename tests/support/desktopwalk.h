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
#include <QTest>

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

// Closes what a visit opened: dialogs are rejected (nothing is saved or sent), other windows
// closed; waits until they are gone.
inline void closeAll(const QSet<QWidget *> &opened)
{
    for (QWidget *w : opened) {
        if (auto *d = qobject_cast<QDialog *>(w))
            d->reject();
        else
            w->close();
    }
    QTRY_VERIFY(visibleTopLevels().intersects(opened) == false);
}

// Triggers every enabled menu action except those in `skip` (matched on the action's object
// name or its text without '&'), and calls `visit` for each window or dialog that opened (and
// once for the main window first). Actions that open nothing are triggered too: they must not
// leave the window in a state the next ones cannot use, which is why quit, restart-like and
// environment-changing actions belong in `skip`.
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
        const QSet<QWidget *> before = visibleTopLevels();
        a->trigger();
        QSet<QWidget *> opened;
        // Dialogs open from the event loop sometimes (a queued call, a finished read).
        // Nothing opening is an answer too: the wait just ends.
        (void)QTest::qWaitFor(
            [&] {
                opened = visibleTopLevels() - before;
                return !opened.isEmpty();
            },
            300);
        for (QWidget *w : std::as_const(opened)) {
            // A window may open a dialog of its own at once (e.g. a file dialog): visit all.
            visit(w, text);
            if (QTest::currentTestFailed())
                return;
        }
        closeAll(opened);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace testsupport

#include "ui/shell/mainactions.h"

#include "ui/widgets/theme.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace console::ui {

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    refresh = make(u"actionRefresh"_s, tr("&Refresh"), u"refresh"_s);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    refresh->setToolTip(tr("Reload the queue from the server (F5)"));

    search = make(u"actionSearch"_s, tr("&Search Loaded Identities"), u"search"_s);
    search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});

    clearFilters = make(u"actionClearFilters"_s, tr("C&lear Filters"), u"clear"_s);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    openIdentity = make(u"actionOpenIdentity"_s, tr("&Open Identity"), u"open"_s);
    openIdentity->setToolTip(tr("Show the selected identity in the detail pane (Enter)"));

    exportCsv = make(u"actionExportCsv"_s, tr("&Export Shown Rows to CSV…"), u"export"_s);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));

    chooseColumns = make(u"actionChooseColumns"_s, tr("C&olumns…"), u"columns"_s);

    switchEnvironment =
        make(u"actionSwitchEnvironment"_s, tr("Switch &Environment…"), u"environment"_s);
    switchEnvironment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    revealPii = make(u"actionRevealPii"_s, tr("Re&veal Sensitive Fields"), u"reveal"_s);
    revealPii->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    revealPii->setToolTip(tr("Show cip_id and date of birth (the reveal is recorded)"));

    copyId = make(u"actionCopyId"_s, tr("Copy Identity &ID"), u"copy"_s);
    copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    copyCurl = make(u"actionCopyCurl"_s, tr("Copy Last Call as c&URL"), u"copy"_s);

    focusQueue = make(u"actionFocusQueue"_s, tr("Go to &Queue"), {});
    focusQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    focusDetail = make(u"actionFocusDetail"_s, tr("Go to &Detail Pane"), {});
    focusDetail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    about = make(u"actionAbout"_s, tr("&About Compliance Console"), u"info"_s);
    about->setMenuRole(QAction::AboutRole);

    quit = make(u"actionQuit"_s, tr("&Quit"), {});
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

QAction *MainActions::make(const QString &objectName, const QString &text, const QString &icon)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    // Window-wide, so the keyboard works wherever focus is inside the main window.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

} // namespace console::ui

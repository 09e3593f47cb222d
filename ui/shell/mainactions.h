#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace console::ui {

// Every command of the main window, with its shortcut, in one place, so menus, tool bars,
// context menus and the keyboard all trigger the same QAction.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    QAction *refresh = nullptr;
    QAction *search = nullptr;
    QAction *clearFilters = nullptr;
    QAction *openIdentity = nullptr;
    QAction *exportCsv = nullptr;
    QAction *chooseColumns = nullptr;
    QAction *switchEnvironment = nullptr;
    QAction *revealPii = nullptr;
    QAction *copyId = nullptr;
    QAction *copyCurl = nullptr;
    QAction *focusQueue = nullptr;
    QAction *focusDetail = nullptr;
    QAction *about = nullptr;
    QAction *quit = nullptr;

private:
    QAction *make(const QString &objectName, const QString &text, const QString &icon);
    QWidget *m_window;
};

} // namespace console::ui

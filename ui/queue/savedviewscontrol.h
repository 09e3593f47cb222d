#pragma once

#include "core/settings/savedviews.h"

#include <QInputDialog>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;

class QLabel;
class QToolButton;

namespace console {
class Settings;
}

namespace console::ui {

class MainWindow;

// Saved views of the queue, in the filter bar ("Saved view" — Alt+W — and its menu button):
// name the current filters (the bar's, the quick search, the features' row filters), sort and
// columns (order, widths, hidden), and switch between them; overwrite, rename and delete from
// the menu (also under View → Saved views). Kept per user in the settings (SavedViews); the
// view in use is applied again at start. A view saved while a filter that cannot be restored
// was on (a dashboard bar) says so when it is applied, beside the list and in the status bar.
class SavedViewsControl : public QObject
{
    Q_OBJECT
public:
    SavedViewsControl(MainWindow *window, Settings *settings);

    // Applies the view in use (start-up); nothing when there is none.
    void restoreCurrent();
    // The window's state as a view named `name`.
    SavedView capture(const QString &name) const;
    // Applies `view`; returns the labels of its filters that could not be restored.
    QStringList apply(const SavedView &view);

    SavedViews *views() { return &m_views; }
    QComboBox *combo() const { return m_combo; }
    QLabel *note() const { return m_note; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *overwriteAction() const { return m_overwrite; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    // The name dialog of Save as… / Rename…, while it is open.
    QInputDialog *nameDialog() const { return m_nameDialog; }

public slots:
    void saveAs();
    void overwrite();
    void renameCurrent();
    void deleteCurrent();

private:
    void fillCombo();
    void updateActions();
    void onComboChosen(int index);
    void askName(const QString &title, const QString &label, const QString &text,
                 const QString &okText, std::function<void(const QString &)> done);
    void showNote(const QString &viewName, const QStringList &notRestored);
    void tell(const QString &message);

    MainWindow *m_window;
    SavedViews m_views;
    QWidget *m_box = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
    QLabel *m_note = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_overwrite = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QPointer<QInputDialog> m_nameDialog;
    bool m_filling = false;
};

} // namespace console::ui

#pragma once

#include "core/services.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QAction;

namespace console::ui {

class MainWindow;

// Next case (Ctrl+J, the queue's toolbar, Tools menu): takes the oldest pending identity
// that nobody holds among the rows the queue shows now — so the filter bar, the quick search
// and every row filter (My identities, Follow-up, a dashboard bar) narrow the choice —
// assigns it to the reviewer and opens it (which takes this console's soft lock on it).
// The take is CaseTaking's (core/team): atomic and recorded; when another reviewer's take
// wins, the next candidate is tried. When nothing can be taken it says why in a message box.
class NextCase : public QObject
{
    Q_OBJECT
public:
    // Uses store, assignments, softLocks, audit, identities and current.
    NextCase(MainWindow *window, const Services &services);

    QAction *action() const { return m_action; }
    // The last "nothing to take" or failure message, while it is shown.
    QMessageBox *messageBox() const { return m_box; }

public slots:
    // Returns the id taken and opened; empty when none (the reason is shown).
    QString takeNext();

signals:
    void taken(const QString &identityId);

private:
    void tell(const QString &title, const QString &text);

    MainWindow *m_window;
    Services m_services;
    QAction *m_action = nullptr;
    QPointer<QMessageBox> m_box;
};

} // namespace console::ui

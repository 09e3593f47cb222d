#pragma once

#include "paxos/model/control.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace console {
class AuditTrail;
class ControlChanges;
class IdentityFetcher;
class WriteGuard;
} // namespace console

namespace console::ui {

// The identity's controls on the detail pane: the list (deleted ones on request), creating the
// types a client may set (SELL_ONLY, DORMANT, CLOSED) with a reason code and reason, and
// deleting the overridable ones. Controls Paxos set are explained and cannot be deleted.
// It shows the identity the fetcher serves, from the fetcher's one List Controls call; writes
// go through ControlChanges (write guard, audit trail).
class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ControlsPanel(QWidget *parent = nullptr);
    ~ControlsPanel() override;

    // Follows the fetcher's identity; lists and writes with its connection.
    void setFetcher(IdentityFetcher *fetcher);
    // Writes are refused while the guard says so (offline, production confirmations).
    void setWriteGuard(WriteGuard *guard);

    QString identityId() const { return m_identityId; }
    // Lists the controls again.
    void reload();

    // The controls shown (deleted ones only with "Show deleted").
    QList<paxos::IdentityControl> controls() const { return m_controls; }
    QTreeWidget *list() const { return m_list; }

signals:
    // A control was created or deleted: the identity's status may have changed.
    void controlsChanged(const QString &identityId);

private:
    void follow(const QString &identityId);
    void showControls();
    void updateButtons();
    void create();
    void deleteSelected();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);

    QPointer<IdentityFetcher> m_fetcher;
    ControlChanges *m_changes = nullptr;
    QPointer<WriteGuard> m_guard;
    QString m_identityId;
    QList<paxos::IdentityControl> m_controls;

    QTreeWidget *m_list;
    QCheckBox *m_showDeleted;
    QLabel *m_note;
    QLabel *m_message;
    QComboBox *m_type;
    QComboBox *m_reasonCode;
    QLineEdit *m_reason;
    QPushButton *m_create;
    QLineEdit *m_deleteReason;
    QPushButton *m_delete;
    QPushButton *m_reload;
    bool m_busy = false;
};

} // namespace console::ui

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

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console {
class AuditTrail;
class WriteGuard;
} // namespace console

namespace console::ui {

// The identity's controls on the detail pane: the list (deleted ones on request), creating the
// types a client may set (SELL_ONLY, DORMANT, CLOSED) with a reason code and reason, and
// deleting the overridable ones. Controls Paxos set are explained and cannot be deleted.
// Creates and deletes go to the audit trail.
class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ControlsPanel(QWidget *parent = nullptr);

    void setConnection(paxos::Connection *connection);
    void setAuditTrail(AuditTrail *audit) { m_audit = audit; }
    // Writes are refused while the guard says so (offline, production confirmations).
    void setWriteGuard(WriteGuard *guard);

    void setIdentity(const QString &identityId);
    QString identityId() const { return m_identityId; }
    void reload();

    QList<paxos::IdentityControl> controls() const { return m_controls; }
    QTreeWidget *list() const { return m_list; }

signals:
    // A control was created or deleted: the identity's status may have changed.
    void controlsChanged(const QString &identityId);

private:
    void showControls();
    void updateButtons();
    void create();
    void deleteSelected();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void audit(bool create, bool ok, const QJsonObject &details, const QString &requestId);

    QPointer<paxos::Connection> m_connection;
    AuditTrail *m_audit = nullptr;
    QPointer<WriteGuard> m_guard;
    QString m_identityId;
    QList<paxos::IdentityControl> m_controls;
    quint64 m_generation = 0;

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

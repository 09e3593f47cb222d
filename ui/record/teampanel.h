#pragma once

#include "core/models/queuerowfilter.h"
#include "core/record/assignments.h"
#include "core/record/softlocks.h"

#include <QDialog>
#include <QFrame>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace console {
class AuditTrail;
} // namespace console

namespace console::ui {

// Team use on the detail pane: who the identity is assigned to, with Assign to…, Take and
// Release, and a banner when someone else has it open ("Open by Alex since 10:42"). Opening
// an identity here takes this console's soft lock on it. Assignment changes are audited.
// With PostgreSQL the store's notifications keep both lines current across consoles.
class TeamPanel : public QFrame
{
    Q_OBJECT
public:
    TeamPanel(Store *store, Assignments *assignments, SoftLocks *locks, AuditTrail *audit,
              QWidget *parent = nullptr);
    ~TeamPanel() override;

    // Closes the lock on the previous identity and opens one on this (empty: none).
    void setIdentityId(const QString &identityId);
    QString identityId() const { return m_identityId; }
    // Names offered by Assign to… besides the ones already seen in assignments.
    void setKnownOperators(const QStringList &names) { m_knownOperators = names; }

    QAction *assignAction() const { return m_assign; }
    QAction *takeAction() const { return m_take; }
    QAction *releaseAction() const { return m_release; }

    QString assigneeText() const;
    QString lockBannerText() const;
    bool isLockBannerVisible() const;

public slots:
    void refresh();
    bool assignTo(const QString &assignee);
    bool take();
    bool release();
    // Asks for a name (window-modal) and assigns.
    void chooseAssignee();

signals:
    void assignmentChanged(const QString &identityId);
    void failed(const QString &message);

private:
    // The reason to show for a failed record call (`message`, or why there is none).
    QString cause(const QString &message) const;
    bool audit(const QString &change, const QString &assignee, bool ok);
    void report(const QString &message);

    Store *m_store;
    Assignments *m_assignments;
    SoftLocks *m_locks;
    AuditTrail *m_audit;
    QString m_identityId;
    QStringList m_knownOperators;
    QLabel *m_assignee = nullptr;
    QToolButton *m_assignButton = nullptr;
    QToolButton *m_takeButton = nullptr;
    QToolButton *m_releaseButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_error = nullptr;
    // Fires when the first of the others' locks shown expires: a crashed console's lock
    // leaves the banner by itself, without waiting for a change in the record.
    QTimer *m_lockExpiry = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_take = nullptr;
    QAction *m_release = nullptr;
};

// Asks who to assign an identity to: an editable list of the team's names.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(const QStringList &names, const QString &current, QWidget *parent = nullptr);
    QString assignee() const;

private:
    QComboBox *m_name = nullptr;
};

// The queue's "My identities" filter: the ids assigned to the current operator, kept current
// from the store's Assignments topic (this console's and, on PostgreSQL, the others').
// A condition on the queue's own proxy (MainWindow::addQueueFilter); emits changed() when
// the set or the on/off state changed.
class MyIdentitiesFilter : public QueueRowFilter
{
    Q_OBJECT
public:
    MyIdentitiesFilter(Store *store, Assignments *assignments, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    bool isActive() const override;
    bool accepts(const QModelIndex &row) const override;
    // True when the filter is off or the identity is assigned to the current operator.
    bool accepts(const QString &identityId) const;
    QString label() const override;
    void clear() override;
    // Saved views: on or off.
    QString viewKey() const override { return QStringLiteral("my_identities"); }
    QJsonValue viewState() const override { return isActive(); }
    bool restoreViewState(const QJsonValue &state) override;
    QSet<QString> ids() const { return m_ids; }
    QString errorText() const { return m_error; }

public slots:
    void reload();

private:
    Assignments *m_assignments;
    QAction *m_action = nullptr;
    QSet<QString> m_ids;
    QString m_error;
};

} // namespace console::ui

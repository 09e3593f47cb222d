#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace console {

struct Assignment
{
    QString identityId;
    QString assignee; // operator name
    QString assignedBy;
    qint64 assignedAtMs = 0;

    QDateTime assignedAt() const { return QDateTime::fromMSecsSinceEpoch(assignedAtMs, Qt::UTC); }
};

struct TakeResult
{
    bool taken = false;
    QString heldBy; // who has it when not taken
};

// Who is reviewing which identity. A reviewer assigns an identity to someone, takes it for
// themselves (only when nobody else has it) or releases it; "my identities" is mine().
// Assignees are operator names, as in the audit trail; names are matched without regard to
// case ("ana" is Ana), and a name typed in another case is stored as the team spells it.
class Assignments : public QObject
{
    Q_OBJECT
public:
    explicit Assignments(Store *store, QObject *parent = nullptr);

    // Assigns to assignee whoever had it (a reviewer's decision).
    StoreStatus assign(const QString &identityId, const QString &assignee);
    // Assigns to the current operator unless someone else has it.
    StoreResult<TakeResult> take(const QString &identityId);
    StoreStatus release(const QString &identityId);

    StoreResult<std::optional<Assignment>> assignmentOf(const QString &identityId) const;
    // Identity ids assigned to the current operator, most recent first.
    StoreResult<QStringList> mine() const;
    StoreResult<QList<Assignment>> forAssignee(const QString &assignee) const;
    // The team's names as the record knows them: everyone who acted in the audit trail, was
    // assigned or assigned, or holds a soft lock; one spelling per name, sorted.
    StoreResult<QStringList> teamNames() const;
    // identity id -> assignee for the ids that are assigned (for a table column).
    StoreResult<QHash<QString, QString>> assigneesOf(const QStringList &identityIds) const;

private:
    // `name` as the team spells it, when the record knows it in some case; else as given.
    QString canonicalName(const QString &name) const;
    Store *m_store;
};

} // namespace console

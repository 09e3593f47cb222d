#include "core/record/assignments.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace console {

Assignments::Assignments(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreStatus Assignments::assign(const QString &identityId, const QString &assignee)
{
    if (identityId.isEmpty())
        return StoreError{tr("No identity given."), {}};
    if (assignee.trimmed().isEmpty())
        return release(identityId);
    auto r = m_store->run(u"INSERT INTO assignments (identity_id, assignee, assigned_by, "
                          "assigned_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT (identity_id) DO UPDATE "
                          "SET assignee = excluded.assignee, assigned_by = excluded.assigned_by, "
                          "assigned_at_ms = excluded.assigned_at_ms"_s,
                          {identityId, canonicalName(assignee.trimmed()),
                           m_store->currentOperator().name, m_store->nowMs()});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::Assignments);
    return storeOk();
}

StoreResult<TakeResult> Assignments::take(const QString &identityId)
{
    if (identityId.isEmpty())
        return StoreError{tr("No identity given."), {}};
    const QString me = m_store->currentOperator().name;
    // One statement, so two reviewers taking at once cannot both win.
    auto r = m_store->run(u"INSERT INTO assignments (identity_id, assignee, assigned_by, "
                          "assigned_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT (identity_id) DO UPDATE "
                          "SET assigned_by = excluded.assigned_by, "
                          "assigned_at_ms = excluded.assigned_at_ms "
                          "WHERE LOWER(assignments.assignee) = LOWER(excluded.assignee)"_s,
                          {identityId, me, me, m_store->nowMs()});
    if (!r)
        return r.error();
    TakeResult result;
    result.taken = r.value().numRowsAffected() == 1;
    if (result.taken) {
        m_store->notifyChanged(StoreTopic::Assignments);
    } else {
        auto current = assignmentOf(identityId);
        if (!current)
            return current.error();
        if (current.value())
            result.heldBy = current.value()->assignee;
    }
    return result;
}

StoreStatus Assignments::release(const QString &identityId)
{
    auto r = m_store->run(u"DELETE FROM assignments WHERE identity_id = ?"_s, {identityId});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::Assignments);
    return storeOk();
}

StoreResult<std::optional<Assignment>> Assignments::assignmentOf(const QString &identityId) const
{
    auto q = m_store->run(u"SELECT identity_id, assignee, assigned_by, assigned_at_ms "
                          "FROM assignments WHERE identity_id = ?"_s,
                          {identityId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Assignment>();
    return std::optional<Assignment>(
        Assignment{q.value().value(0).toString(), q.value().value(1).toString(),
                   q.value().value(2).toString(), q.value().value(3).toLongLong()});
}

StoreResult<QList<Assignment>> Assignments::forAssignee(const QString &assignee) const
{
    auto q = m_store->run(u"SELECT identity_id, assignee, assigned_by, assigned_at_ms "
                          "FROM assignments WHERE LOWER(assignee) = LOWER(?) "
                          "ORDER BY assigned_at_ms DESC, identity_id"_s,
                          {assignee});
    if (!q)
        return q.error();
    QList<Assignment> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(),
                    q.value().value(2).toString(), q.value().value(3).toLongLong()});
    }
    return out;
}

StoreResult<QStringList> Assignments::teamNames() const
{
    auto q = m_store->run(u"SELECT operator_name FROM audit_trail "
                          "UNION SELECT assignee FROM assignments "
                          "UNION SELECT assigned_by FROM assignments "
                          "UNION SELECT holder FROM soft_locks"_s,
                          {});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next()) {
        const QString name = q.value().value(0).toString().trimmed();
        const bool known = std::any_of(names.cbegin(), names.cend(), [&name](const QString &n) {
            return n.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!name.isEmpty() && !known)
            names.append(name);
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

QString Assignments::canonicalName(const QString &name) const
{
    const auto names = teamNames();
    if (names) {
        for (const QString &known : names.value()) {
            if (known.compare(name, Qt::CaseInsensitive) == 0)
                return known;
        }
    }
    return name;
}

StoreResult<QStringList> Assignments::mine() const
{
    auto list = forAssignee(m_store->currentOperator().name);
    if (!list)
        return list.error();
    QStringList ids;
    for (const Assignment &a : list.value())
        ids.append(a.identityId);
    return ids;
}

StoreResult<QHash<QString, QString>> Assignments::assigneesOf(const QStringList &identityIds) const
{
    QHash<QString, QString> out;
    // In slices, so a page of identities is a handful of indexed lookups.
    constexpr qsizetype kSlice = 100;
    for (qsizetype start = 0; start < identityIds.size(); start += kSlice) {
        const QStringList slice = identityIds.mid(start, kSlice);
        QStringList marks(slice.size(), u"?"_s);
        QVariantList values;
        for (const QString &id : slice)
            values.append(id);
        auto q = m_store->run(u"SELECT identity_id, assignee FROM assignments "
                              "WHERE identity_id IN (%1)"_s.arg(marks.join(u", "_s)),
                              values);
        if (!q)
            return q.error();
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    }
    return out;
}

} // namespace console

#include "core/record/notes.h"

#include "core/record/apitime.h"
#include "core/record/audittrail.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console {

ReasonCodes::ReasonCodes(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreStatus ReasonCodes::change(const QJsonObject &details,
                                const std::function<StoreStatus()> &work)
{
    // The change and its audit entry commit together, or neither does: no edit of the list
    // goes unrecorded.
    auto status = m_store->transaction([&]() -> StoreStatus {
        if (auto done = work(); !done)
            return done;
        AuditRecord record;
        record.action = AuditAction::ReasonCodeChange;
        record.details = details;
        if (auto audited = AuditTrail(m_store).append(record); !audited)
            return audited.error();
        return storeOk();
    });
    if (status)
        m_store->notifyChanged(StoreTopic::ReasonCodes);
    return status;
}

bool ReasonCodes::isValidCode(const QString &code)
{
    static const QRegularExpression re(u"^[A-Z0-9_]{1,40}$"_s);
    return re.match(code).hasMatch();
}

StoreResult<QList<ReasonCode>> ReasonCodes::list(bool includeRetired) const
{
    auto q = m_store->run(u"SELECT code, label, position, retired FROM reason_codes"_s
                          + (includeRetired ? QString() : u" WHERE retired = 0"_s)
                          + u" ORDER BY position, code"_s);
    if (!q)
        return q.error();
    QList<ReasonCode> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(),
                    q.value().value(2).toInt(), q.value().value(3).toInt() != 0});
    }
    return out;
}

StoreResult<std::optional<ReasonCode>> ReasonCodes::find(const QString &code) const
{
    auto q = m_store->run(
        u"SELECT code, label, position, retired FROM reason_codes WHERE code = ?"_s, {code});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ReasonCode>();
    return std::optional<ReasonCode>(
        ReasonCode{q.value().value(0).toString(), q.value().value(1).toString(),
                   q.value().value(2).toInt(), q.value().value(3).toInt() != 0});
}

StoreStatus ReasonCodes::add(const QString &code, const QString &label)
{
    if (!isValidCode(code))
        return StoreError{tr("A reason code is 1 to 40 capital letters, digits or underscores."),
                          {}};
    if (label.trimmed().isEmpty())
        return StoreError{tr("A reason code needs a label."), {}};
    auto existing = find(code);
    if (!existing)
        return existing.error();
    if (existing.value())
        return StoreError{tr("The reason code %1 already exists.").arg(code), {}};
    return change(
        QJsonObject{{u"change"_s, u"add"_s}, {u"code"_s, code}, {u"label"_s, label.trimmed()}},
        [&]() -> StoreStatus {
            auto r =
                m_store->run(u"INSERT INTO reason_codes (code, label, position, retired) "
                             "SELECT ?, ?, COALESCE(MAX(position), 0) + 1, 0 FROM reason_codes"_s,
                             {code, label.trimmed()});
            if (!r)
                return r.error();
            return storeOk();
        });
}

StoreStatus ReasonCodes::rename(const QString &code, const QString &label)
{
    if (label.trimmed().isEmpty())
        return StoreError{tr("A reason code needs a label."), {}};
    auto existing = find(code);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return StoreError{tr("There is no reason code %1.").arg(code), {}};
    return change(QJsonObject{{u"change"_s, u"rename"_s},
                              {u"code"_s, code},
                              {u"from"_s, existing.value()->label},
                              {u"to"_s, label.trimmed()}},
                  [&]() -> StoreStatus {
                      auto r = m_store->run(u"UPDATE reason_codes SET label = ? WHERE code = ?"_s,
                                            {label.trimmed(), code});
                      if (!r)
                          return r.error();
                      if (r.value().numRowsAffected() != 1)
                          return StoreError{tr("There is no reason code %1.").arg(code), {}};
                      return storeOk();
                  });
}

StoreStatus ReasonCodes::setRetired(const QString &code, bool retired)
{
    return change(
        QJsonObject{{u"change"_s, retired ? u"retire"_s : u"restore"_s}, {u"code"_s, code}},
        [&]() -> StoreStatus {
            auto r = m_store->run(u"UPDATE reason_codes SET retired = ? WHERE code = ?"_s,
                                  {retired ? 1 : 0, code});
            if (!r)
                return r.error();
            if (r.value().numRowsAffected() != 1)
                return StoreError{tr("There is no reason code %1.").arg(code), {}};
            return storeOk();
        });
}

StoreStatus ReasonCodes::reorder(const QStringList &codes)
{
    auto all = list(true);
    if (!all)
        return all.error();
    QStringList order = codes;
    for (const ReasonCode &c : all.value()) {
        if (!order.contains(c.code))
            order.append(c.code);
    }
    return change(
        QJsonObject{{u"change"_s, u"reorder"_s}, {u"order"_s, QJsonArray::fromStringList(order)}},
        [&]() -> StoreStatus {
            for (qsizetype i = 0; i < order.size(); ++i) {
                auto r = m_store->run(u"UPDATE reason_codes SET position = ? WHERE code = ?"_s,
                                      {int(i + 1), order.at(i)});
                if (!r)
                    return r.error();
            }
            return storeOk();
        });
}

QJsonObject Note::toJson() const
{
    return QJsonObject{{u"id"_s, QString::number(id)},
                       {u"identity_id"_s, identityId},
                       {u"reason_code"_s, reasonCode},
                       {u"body"_s, body},
                       {u"author"_s, author},
                       {u"os_user"_s, osUser},
                       {u"created_at"_s, formatUtcMs(createdAtMs)}};
}

Notes::Notes(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_codes(store)
{
}

StoreResult<Note> Notes::add(const QString &identityId, const QString &reasonCode,
                             const QString &body)
{
    if (identityId.isEmpty())
        return StoreError{tr("A note belongs to an identity."), {}};
    const QString text = body.trimmed();
    if (text.isEmpty())
        return StoreError{tr("The note is empty."), {}};
    if (text.size() > kMaxBodyLength)
        return StoreError{tr("The note is longer than %1 characters.").arg(kMaxBodyLength), {}};
    auto code = m_codes.find(reasonCode);
    if (!code)
        return code.error();
    if (!code.value() || code.value()->retired)
        return StoreError{tr("Choose a reason code from the list."), {}};

    Note note;
    note.identityId = identityId;
    note.reasonCode = reasonCode;
    note.body = text;
    note.author = m_store->currentOperator().name;
    note.osUser = m_store->currentOperator().osUser;
    note.createdAtMs = m_store->nowMs();
    // RETURNING works on both SQLite (3.35+) and PostgreSQL.
    auto r = m_store->run(
        u"INSERT INTO notes (identity_id, reason_code, body, author, os_user, "
        "created_at_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {note.identityId, note.reasonCode, note.body, note.author, note.osUser, note.createdAtMs});
    if (!r)
        return r.error();
    if (r.value().next())
        note.id = r.value().value(0).toLongLong();
    m_store->notifyChanged(StoreTopic::Notes);
    return note;
}

StoreResult<QList<Note>> Notes::forIdentity(const QString &identityId, int limit) const
{
    auto q = m_store->run(u"SELECT id, identity_id, reason_code, body, author, os_user, "
                          "created_at_ms FROM notes WHERE identity_id = ? "
                          "ORDER BY created_at_ms DESC, id DESC LIMIT ?"_s,
                          {identityId, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<Note> out;
    while (q.value().next()) {
        Note n;
        n.id = q.value().value(0).toLongLong();
        n.identityId = q.value().value(1).toString();
        n.reasonCode = q.value().value(2).toString();
        n.body = q.value().value(3).toString();
        n.author = q.value().value(4).toString();
        n.osUser = q.value().value(5).toString();
        n.createdAtMs = q.value().value(6).toLongLong();
        out.append(n);
    }
    return out;
}

} // namespace console

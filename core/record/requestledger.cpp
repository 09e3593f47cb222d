#include "core/record/requestledger.h"

#include "core/record/apitime.h"
#include "core/record/redaction.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr auto kColumns = "id, at_ms, environment, operator_name, method, url, http_status, "
                          "duration_ms, request_id, identity_id, error"_L1;

LedgerEntry entryFromQuery(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.environment = q.value(2).toString();
    e.operatorName = q.value(3).toString();
    e.method = q.value(4).toString();
    e.url = q.value(5).toString();
    e.httpStatus = q.value(6).toInt();
    e.durationMs = q.value(7).toLongLong();
    e.requestId = q.value(8).toString();
    e.identityId = q.value(9).toString();
    e.error = q.value(10).toString();
    return e;
}

} // namespace

QJsonObject LedgerEntry::toJson() const
{
    return QJsonObject{{u"id"_s, QString::number(id)},
                       {u"at"_s, formatUtcMs(atMs)},
                       {u"environment"_s, environment},
                       {u"operator"_s, operatorName},
                       {u"method"_s, method},
                       {u"url"_s, redaction::redactUrl(QUrl(url))},
                       {u"http_status"_s, httpStatus},
                       {u"duration_ms"_s, durationMs},
                       {u"request_id"_s, requestId},
                       {u"identity_id"_s, identityId},
                       {u"error"_s, error}};
}

RequestLedger::RequestLedger(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreResult<LedgerEntry> RequestLedger::append(LedgerEntry e)
{
    if (e.atMs == 0)
        e.atMs = m_store->nowMs();
    if (e.environment.isEmpty())
        e.environment = m_environment;
    if (e.operatorName.isEmpty())
        e.operatorName = m_store->currentOperator().name;
    e.method = e.method.toUpper();
    e.url = redaction::redactUrl(QUrl(e.url));
    auto r = m_store->run(u"INSERT INTO request_ledger (at_ms, environment, operator_name, method, "
                          "url, http_status, duration_ms, request_id, identity_id, error) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {e.atMs, e.environment, e.operatorName, e.method, e.url, e.httpStatus,
                           e.durationMs, e.requestId, e.identityId, e.error});
    if (!r)
        return r.error();
    if (r.value().next())
        e.id = r.value().value(0).toLongLong();
    m_store->notifyChanged(StoreTopic::RequestLedger);
    return e;
}

StoreResult<QList<LedgerEntry>> RequestLedger::forIdentity(const QString &identityId,
                                                           int limit) const
{
    auto q = m_store->run(u"SELECT %1 FROM request_ledger WHERE identity_id = ? "
                          "ORDER BY id DESC LIMIT ?"_s.arg(kColumns),
                          {identityId, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while (q.value().next())
        out.append(entryFromQuery(q.value()));
    return out;
}

StoreResult<QList<LedgerEntry>> RequestLedger::list(int limit, qint64 beforeId) const
{
    auto q = beforeId > 0
        ? m_store->run(
            u"SELECT %1 FROM request_ledger WHERE id < ? ORDER BY id DESC LIMIT ?"_s.arg(kColumns),
            {beforeId, qMax(1, limit)})
        : m_store->run(u"SELECT %1 FROM request_ledger ORDER BY id DESC LIMIT ?"_s.arg(kColumns),
                       {qMax(1, limit)});
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while (q.value().next())
        out.append(entryFromQuery(q.value()));
    return out;
}

} // namespace console

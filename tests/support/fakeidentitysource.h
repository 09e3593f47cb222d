#pragma once

#include "core/models/identitypagesource.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

// Serves identities from memory the way List Identities does: newest created first (oldest
// first when asked), filtered
// by the query, in pages addressed by an opaque cursor, answering on a later event-loop turn.
class FakeIdentitySource : public console::IdentityPageSource
{
public:
    QList<paxos::Identity> identities; // any order; served newest first
    std::optional<paxos::ApiError> failNext;
    // A server with a maximum page size answers 400 to a larger limit (0: no maximum).
    int maxLimit = 0;
    // false: every page reads the identities as they are now, by offset, like a cursor over a
    // live table (an identity created during a walk shifts the later pages by one).
    bool snapshotPages = true;
    QList<console::IdentityPageRequest> requests;
    // The server's clock: each answer carries it as its Date, in whole seconds as HTTP has
    // it (invalid: the server sends no Date).
    QDateTime serverNow;

    quint64 fetch(const console::IdentityPageRequest &request, Callback callback) override
    {
        requests.append(request);
        const quint64 ticket = ++m_ticket;
        console::IdentityPageResult result;
        if (serverNow.isValid())
            result.page.serverDate =
                QDateTime::fromSecsSinceEpoch(serverNow.toSecsSinceEpoch(), Qt::UTC);
        if (failNext) {
            result.error = failNext;
            failNext.reset();
        } else if (maxLimit > 0 && request.limit > maxLimit) {
            result.error = paxos::ApiError::fromHttp(
                400,
                R"({"type":"about:blank","title":"Bad Request","status":400,)"
                R"("detail":"limit must be at most 100"})");
        } else {
            // A first page takes a snapshot; later pages read from it, as a cursor would
            // (with snapshotPages false, each page takes a fresh one).
            int snapshot = 0;
            int offset = 0;
            if (!request.cursor.isEmpty()) {
                const QStringList parts = request.cursor.split(u':');
                snapshot = parts.value(1).toInt();
                offset = parts.value(2).toInt();
            }
            if (request.cursor.isEmpty() || !snapshotPages) {
                QList<paxos::Identity> matching;
                for (const paxos::Identity &i : std::as_const(identities))
                    if (request.query.matches(i))
                        matching.append(i);
                std::stable_sort(
                    matching.begin(), matching.end(),
                    [](const auto &a, const auto &b) { return *b.createdAt < *a.createdAt; });
                if (request.ascending) // order=ASC
                    std::reverse(matching.begin(), matching.end());
                snapshot = int(m_snapshots.size());
                m_snapshots.append(matching);
            }
            const QList<paxos::Identity> &matching = m_snapshots.at(snapshot);
            for (int i = offset; i < qMin<qsizetype>(matching.size(), offset + request.limit); ++i)
                result.page.items.append(matching.at(i));
            if (offset + request.limit < matching.size())
                result.page.nextPageCursor = u"c:%1:%2"_s.arg(snapshot).arg(offset + request.limit);
        }
        QTimer::singleShot(0, this, [this, ticket, callback, result] {
            if (m_cancelled.contains(ticket))
                return;
            callback(result);
        });
        return ticket;
    }
    void cancel(quint64 ticket) override { m_cancelled.append(ticket); }

    static paxos::Identity person(int n, const QString &status, qint64 createdSecs,
                                  const QJsonObject &statusDetails = {})
    {
        const QDateTime created = QDateTime::fromSecsSinceEpoch(createdSecs, Qt::UTC);
        QJsonObject o{
            {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'))},
            {u"type"_s, u"PERSON"_s},
            {u"status"_s, status},
            {u"summary_status"_s, status},
            {u"ref_id"_s, u"cus-%1"_s.arg(n)},
            {u"created_at"_s, created.toString(Qt::ISODateWithMs)},
            {u"updated_at"_s, created.addSecs(60).toString(Qt::ISODateWithMs)},
            {u"person_details"_s,
             QJsonObject{{u"first_name"_s, u"Person"_s},
                         {u"last_name"_s, u"Number %1"_s.arg(n)},
                         {u"cip_id"_s, u"111-22-%1"_s.arg(n, 4, 10, QLatin1Char('0'))}}},
        };
        if (!statusDetails.isEmpty())
            o.insert(u"status_details"_s, statusDetails);
        return paxos::Identity::fromJson(o);
    }

private:
    quint64 m_ticket = 0;
    QList<QList<paxos::Identity>> m_snapshots;
    QList<quint64> m_cancelled;
};

#pragma once

#include "paxos/model/timestamp.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace paxos {

// The five comparison filters Paxos offers on a time field: `<field>.lt`, `.lte`, `.eq`,
// `.gte`, `.gt`.
struct TimeRange
{
    std::optional<Timestamp> lt, lte, eq, gte, gt;
    void addTo(QUrlQuery &query, const QString &field) const;
};

// GET /v2/identity/identities
struct ListIdentitiesQuery
{
    std::optional<QString> summaryStatus; // PENDING, ERROR, APPROVED, DENIED, DISABLED
    std::optional<QString> identityType; // PERSON, INSTITUTION
    std::optional<QString> controlType; // e.g. DORMANT (Dormancy guide)
    TimeRange createdAt;
    TimeRange updatedAt;
    std::optional<int> limit;
    std::optional<QString> order; // DESC (default) or ASC
    QString pageCursor;
    bool includeDetails = false;
    QUrlQuery toQuery() const;
};

// GET /v2/identity/controls
struct ListControlsQuery
{
    QString identityId; // required
    bool includeDeleted = false;
    std::optional<int> limit;
    QString pageCursor;
    QUrlQuery toQuery() const;
};

// GET /v2/events
struct ListEventsQuery
{
    TimeRange createdAt;
    std::optional<QString> type; // one event type, e.g. identity.approved
    std::optional<int> limit; // 1-100, default 100
    bool isTest = false;
    QUrlQuery toQuery() const;
};

// GET /v2/identity/accounts
struct ListAccountsQuery
{
    std::optional<QString> identityId;
    TimeRange createdAt;
    TimeRange updatedAt;
    std::optional<int> limit;
    std::optional<QString> order;
    QString pageCursor;
    QUrlQuery toQuery() const;
};

// A path segment made safe for a URL path (ids come from users and files).
QString pathSegment(const QString &value);

} // namespace paxos

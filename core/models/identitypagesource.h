#pragma once

#include "paxos/model/identity.h"
#include "paxos/model/page.h"
#include "paxos/net/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace console {

// The server-side filters of List Identities that the queue offers, as the model keeps them.
// Times are half-open ranges [from, before) in UTC; an invalid QDateTime means "open".
struct IdentityQuery
{
    QString status; // summary_status wire value; empty = any
    QString type; // identity_type wire value; empty = any
    QDateTime createdFrom, createdBefore;
    QDateTime updatedFrom, updatedBefore;

    // The same test the server applies, for rows that arrive by refresh or event.
    bool matches(const paxos::Identity &identity) const;
    bool isEmpty() const;
    friend bool operator==(const IdentityQuery &, const IdentityQuery &) = default;
};

// One page request as the model makes it.
struct IdentityPageRequest
{
    IdentityQuery query;
    QString cursor;
    int limit = 100;
    // Oldest first (order=ASC); Paxos's default is newest first. The pager asks for one
    // identity this way to learn where a Load All ends.
    bool ascending = false;
};

struct IdentityPageResult
{
    paxos::ListPage<paxos::Identity> page;
    std::optional<paxos::ApiError> error;
};

// Where the identity model gets its pages. The console's implementation calls List
// Identities through the connection (ApiIdentityPageSource); tests can feed pages directly.
class IdentityPageSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IdentityPageResult &)>;
    using QObject::QObject;

    // Starts fetching one page; calls back later from the event loop, never inside fetch().
    // Returns a ticket for cancel().
    virtual quint64 fetch(const IdentityPageRequest &request, Callback callback) = 0;
    virtual void cancel(quint64 ticket) = 0;
};

} // namespace console

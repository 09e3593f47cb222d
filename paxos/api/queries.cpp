#include "paxos/api/queries.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

void addItem(QUrlQuery &query, const QString &key, const QString &value)
{
    // QUrlQuery keeps '+' literally, which servers read as a space: encode it (offsets in
    // timestamps, cursors in base64).
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void addBool(QUrlQuery &query, const QString &key, bool value)
{
    query.addQueryItem(key, value ? u"true"_s : u"false"_s);
}

} // namespace

void TimeRange::addTo(QUrlQuery &query, const QString &field) const
{
    const auto put = [&](const std::optional<Timestamp> &t, QLatin1StringView op) {
        if (t && t->isValid())
            addItem(query, field + u'.' + op, t->toUtcString(9));
    };
    put(lt, "lt"_L1);
    put(lte, "lte"_L1);
    put(eq, "eq"_L1);
    put(gte, "gte"_L1);
    put(gt, "gt"_L1);
}

QUrlQuery ListIdentitiesQuery::toQuery() const
{
    QUrlQuery q;
    if (summaryStatus)
        addItem(q, u"summary_status"_s, *summaryStatus);
    if (identityType)
        addItem(q, u"identity_type"_s, *identityType);
    if (controlType)
        addItem(q, u"control_type"_s, *controlType);
    createdAt.addTo(q, u"created_at"_s);
    updatedAt.addTo(q, u"updated_at"_s);
    if (limit)
        addItem(q, u"limit"_s, QString::number(*limit));
    if (order)
        addItem(q, u"order"_s, *order);
    if (!pageCursor.isEmpty())
        addItem(q, u"page_cursor"_s, pageCursor);
    if (includeDetails)
        addBool(q, u"include_details"_s, true);
    return q;
}

QUrlQuery ListControlsQuery::toQuery() const
{
    QUrlQuery q;
    addItem(q, u"identity_id"_s, identityId);
    if (includeDeleted)
        addBool(q, u"include_deleted"_s, true);
    if (limit)
        addItem(q, u"limit"_s, QString::number(*limit));
    if (!pageCursor.isEmpty())
        addItem(q, u"page_cursor"_s, pageCursor);
    return q;
}

QUrlQuery ListEventsQuery::toQuery() const
{
    QUrlQuery q;
    createdAt.addTo(q, u"created_at"_s);
    if (type)
        addItem(q, u"type"_s, *type);
    if (limit)
        addItem(q, u"limit"_s, QString::number(*limit));
    if (isTest)
        addBool(q, u"is_test"_s, true);
    return q;
}

QUrlQuery ListAccountsQuery::toQuery() const
{
    QUrlQuery q;
    if (identityId)
        addItem(q, u"identity_id"_s, *identityId);
    createdAt.addTo(q, u"created_at"_s);
    updatedAt.addTo(q, u"updated_at"_s);
    if (limit)
        addItem(q, u"limit"_s, QString::number(*limit));
    if (order)
        addItem(q, u"order"_s, *order);
    if (!pageCursor.isEmpty())
        addItem(q, u"page_cursor"_s, pageCursor);
    return q;
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace paxos

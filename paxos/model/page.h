#pragma once

#include "paxos/model/jsonutil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paxos {

// One page of a cursor-paginated list ({items, next_page_cursor}). Paxos documents both a
// missing cursor and "" as "no more pages"; both read as the end here.
template<class T> struct ListPage
{
    QList<T> items;
    QString nextPageCursor;
    QJsonObject raw;
    // The answer's Date header (RFC 9110 §6.6.1: the server's clock, whole seconds, UTC) when
    // the list job read it and it parsed; invalid otherwise. Not part of the JSON.
    QDateTime serverDate;

    bool hasMore() const { return !nextPageCursor.isEmpty(); }

    static ListPage fromJson(const QJsonObject &obj,
                             QLatin1StringView itemsKey = QLatin1StringView("items"))
    {
        ListPage page;
        page.raw = obj;
        page.items = json::objectList<T>(obj, itemsKey);
        page.nextPageCursor = obj.value(QLatin1StringView("next_page_cursor")).toString();
        return page;
    }

    QJsonObject toJson(QLatin1StringView itemsKey = QLatin1StringView("items")) const
    {
        QJsonObject obj = raw;
        json::putObjectList(obj, itemsKey, items);
        json::putString(obj, QLatin1StringView("next_page_cursor"), nextPageCursor);
        return obj;
    }
};

} // namespace paxos

#pragma once

#include "paxos/model/date.h"
#include "paxos/model/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// Small helpers shared by the DTO converters. Decoding is tolerant (a field of the wrong
// JSON type reads as absent, it never throws or asserts); encoding writes only what is set.
namespace paxos::json {

std::optional<QString> optString(const QJsonObject &obj, QLatin1StringView key);
std::optional<bool> optBool(const QJsonObject &obj, QLatin1StringView key);
// Accepts a JSON number or a decimal string (some gateways quote integers).
std::optional<qint64> optInt(const QJsonObject &obj, QLatin1StringView key);
QString string(const QJsonObject &obj, QLatin1StringView key);
QStringList stringList(const QJsonObject &obj, QLatin1StringView key);
std::optional<QStringList> optStringList(const QJsonObject &obj, QLatin1StringView key);
std::optional<QJsonObject> optObject(const QJsonObject &obj, QLatin1StringView key);

// Writers over a copy of the kept original object. A present value is written. An empty
// optional removes the key only when the original held a value of the decodable type (the
// caller cleared it); a value we could not decode (null, wrong type) is left untouched, so
// decode + encode never loses anything.
void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QString> &value);
void put(QJsonObject &obj, QLatin1StringView key, const std::optional<bool> &value);
void put(QJsonObject &obj, QLatin1StringView key, const std::optional<qint64> &value);
void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QStringList> &value);
void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QJsonObject> &value);
// Plain string fields: written when non-empty or when the original had the key as a string
// (so `""` survives a round trip).
void putString(QJsonObject &obj, QLatin1StringView key, const QString &value);

QJsonArray toArray(const QStringList &list);

// Decodes an array of objects with T::fromJson; non-object items are skipped on decode
// but kept by the caller's raw array.
template<class T> QList<T> objectList(const QJsonObject &obj, QLatin1StringView key)
{
    QList<T> out;
    const QJsonArray array = obj.value(key).toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isObject())
            out.append(T::fromJson(v.toObject()));
    }
    return out;
}

template<class T> QJsonArray toObjectArray(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(item.toJson());
    return array;
}

// Writes `list` into the array at `key`, replacing the original's object items in order and
// keeping its non-object items where they were. Writes nothing for an empty list when the
// original had no array.
template<class T> void putObjectList(QJsonObject &obj, QLatin1StringView key, const QList<T> &list)
{
    const QJsonValue original = obj.value(key);
    if (!original.isArray() && list.isEmpty())
        return;
    QJsonArray out;
    qsizetype next = 0;
    for (const QJsonValue &v : original.toArray()) {
        if (!v.isObject())
            out.append(v);
        else if (next < list.size())
            out.append(list.at(next++).toJson());
    }
    for (; next < list.size(); ++next)
        out.append(list.at(next).toJson());
    obj.insert(key, out);
}

template<class T>
void putObject(QJsonObject &obj, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        obj.insert(key, value->toJson());
    else if (obj.value(key).isObject())
        obj.remove(key);
}

// Field-wise decoding and encoding. Each DTO lists its fields once in a visit function and
// runs it with read() for fromJson and write() for toJson, so the two cannot drift apart.
void read(const QJsonObject &obj, QLatin1StringView key, QString &out);
void read(const QJsonObject &obj, QLatin1StringView key, QStringList &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QString> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<bool> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<qint64> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QStringList> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QJsonObject> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<Timestamp> &out);
void read(const QJsonObject &obj, QLatin1StringView key, std::optional<CalendarDate> &out);

void write(QJsonObject &obj, QLatin1StringView key, const QString &value);
void write(QJsonObject &obj, QLatin1StringView key, const QStringList &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QString> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<bool> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<qint64> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QStringList> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QJsonObject> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<Timestamp> &value);
void write(QJsonObject &obj, QLatin1StringView key, const std::optional<CalendarDate> &value);

template<class T> void read(const QJsonObject &obj, QLatin1StringView key, std::optional<T> &out)
{
    const QJsonValue v = obj.value(key);
    out = v.isObject() ? std::optional<T>(T::fromJson(v.toObject())) : std::nullopt;
}

template<class T> void read(const QJsonObject &obj, QLatin1StringView key, QList<T> &out)
{
    out = objectList<T>(obj, key);
}

// A required nested object: always decoded (from {} when absent) and always written.
template<class T>
requires requires(const T &t)
{
    t.toJson();
}
void read(const QJsonObject &obj, QLatin1StringView key, T &out)
{
    out = T::fromJson(obj.value(key).toObject());
}

template<class T>
requires requires(const T &t)
{
    t.toJson();
}
void write(QJsonObject &obj, QLatin1StringView key, const T &value)
{
    obj.insert(key, value.toJson());
}

template<class T> void write(QJsonObject &obj, QLatin1StringView key, const std::optional<T> &value)
{
    putObject(obj, key, value);
}

template<class T> void write(QJsonObject &obj, QLatin1StringView key, const QList<T> &value)
{
    putObjectList(obj, key, value);
}

// fromJson/toJson bodies for a DTO with a static `visit(Self &, F &&)` listing its fields.
template<class T> T decode(const QJsonObject &obj)
{
    T t;
    t.raw = obj;
    T::visit(t, [&obj](QLatin1StringView key, auto &field) { read(obj, key, field); });
    return t;
}

template<class T> QJsonObject encode(const T &t)
{
    QJsonObject obj = t.raw;
    T::visit(t, [&obj](QLatin1StringView key, const auto &field) { write(obj, key, field); });
    return obj;
}

} // namespace paxos::json

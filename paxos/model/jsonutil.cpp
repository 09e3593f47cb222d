#include "paxos/model/jsonutil.h"

namespace paxos::json {

std::optional<QString> optString(const QJsonObject &obj, QLatin1StringView key)
{
    const QJsonValue v = obj.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<bool> optBool(const QJsonObject &obj, QLatin1StringView key)
{
    const QJsonValue v = obj.value(key);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

std::optional<qint64> optInt(const QJsonObject &obj, QLatin1StringView key)
{
    const QJsonValue v = obj.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString string(const QJsonObject &obj, QLatin1StringView key)
{
    return obj.value(key).toString();
}

QStringList stringList(const QJsonObject &obj, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray array = obj.value(key).toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

std::optional<QStringList> optStringList(const QJsonObject &obj, QLatin1StringView key)
{
    if (!obj.value(key).isArray())
        return std::nullopt;
    return stringList(obj, key);
}

std::optional<QJsonObject> optObject(const QJsonObject &obj, QLatin1StringView key)
{
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return std::nullopt;
    return v.toObject();
}

void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QString> &value)
{
    if (value)
        obj.insert(key, *value);
    else if (obj.value(key).isString())
        obj.remove(key);
}

void put(QJsonObject &obj, QLatin1StringView key, const std::optional<bool> &value)
{
    if (value)
        obj.insert(key, *value);
    else if (obj.value(key).isBool())
        obj.remove(key);
}

void put(QJsonObject &obj, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value) {
        // Keep a quoted number quoted when it still says the same thing.
        if (obj.value(key).isString() && optInt(obj, key) == value)
            return;
        obj.insert(key, *value);
    } else if (optInt(obj, key)) {
        obj.remove(key);
    }
}

void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QStringList> &value)
{
    if (!value) {
        if (obj.value(key).isArray())
            obj.remove(key);
        return;
    }
    // A list decoded from an array with non-string items would lose them if written back
    // verbatim; keep the original array when our list matches its string items.
    if (obj.value(key).isArray() && stringList(obj, key) == *value)
        return;
    obj.insert(key, toArray(*value));
}

void put(QJsonObject &obj, QLatin1StringView key, const std::optional<QJsonObject> &value)
{
    if (value)
        obj.insert(key, *value);
    else if (obj.value(key).isObject())
        obj.remove(key);
}

void putString(QJsonObject &obj, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty() || obj.value(key).isString())
        obj.insert(key, value);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

void read(const QJsonObject &obj, QLatin1StringView key, QString &out)
{
    out = string(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, QStringList &out)
{
    out = stringList(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QString> &out)
{
    out = optString(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<bool> &out)
{
    out = optBool(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<qint64> &out)
{
    out = optInt(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QStringList> &out)
{
    out = optStringList(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<QJsonObject> &out)
{
    out = optObject(obj, key);
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<Timestamp> &out)
{
    out = Timestamp::fromJson(obj.value(key));
}

void read(const QJsonObject &obj, QLatin1StringView key, std::optional<CalendarDate> &out)
{
    const QJsonValue v = obj.value(key);
    out = v.isString() ? CalendarDate::parse(v.toString()) : std::nullopt;
}

void write(QJsonObject &obj, QLatin1StringView key, const QString &value)
{
    putString(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const QStringList &value)
{
    if (!value.isEmpty() || obj.value(key).isArray())
        put(obj, key, std::optional<QStringList>(value));
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QString> &value)
{
    put(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<bool> &value)
{
    put(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<qint64> &value)
{
    put(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QStringList> &value)
{
    put(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<QJsonObject> &value)
{
    put(obj, key, value);
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<Timestamp> &value)
{
    if (value && value->isValid())
        obj.insert(key, value->toString());
    else if (Timestamp::fromJson(obj.value(key)))
        obj.remove(key); // cleared by the caller; an unparsable original stays as it was
}

void write(QJsonObject &obj, QLatin1StringView key, const std::optional<CalendarDate> &value)
{
    if (value && value->isValid())
        obj.insert(key, value->toString());
    else if (obj.value(key).isString() && CalendarDate::parse(obj.value(key).toString()))
        obj.remove(key);
}

} // namespace paxos::json

#pragma once

#include "core/record/store.h"

#include <QJsonValue>
#include <QMap>
#include <QObject>

namespace console {

// Settings that belong to the team rather than to one machine (for example the default reason
// code, the soft-lock expiry, export options), kept in the store so every console connected
// to it sees the same values. Never a secret: keys that look like credentials are refused.
class TeamSettings : public QObject
{
    Q_OBJECT
public:
    explicit TeamSettings(Store *store, QObject *parent = nullptr);

    StoreResult<QJsonValue> value(const QString &key, const QJsonValue &fallback = {}) const;
    StoreStatus setValue(const QString &key, const QJsonValue &value);
    StoreStatus remove(const QString &key);
    StoreResult<QMap<QString, QJsonValue>> all() const;

private:
    Store *m_store;
};

} // namespace console

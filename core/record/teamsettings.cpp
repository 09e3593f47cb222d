#include "core/record/teamsettings.h"

#include "core/record/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace console {

namespace {

// Scalars cannot be a JSON document on their own; a one-element array can.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

bool looksSecret(const QString &key)
{
    const QString k = key.toLower();
    return redaction::isSecretKey(k) || k.contains("password"_L1) || k.contains("secret"_L1)
        || k.contains("token"_L1) || k.contains("credential"_L1);
}

} // namespace

TeamSettings::TeamSettings(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreResult<QJsonValue> TeamSettings::value(const QString &key, const QJsonValue &fallback) const
{
    auto q = m_store->run(u"SELECT value FROM team_settings WHERE key = ?"_s, {key});
    if (!q)
        return q.error();
    return q.value().next() ? decode(q.value().value(0).toString()) : fallback;
}

StoreStatus TeamSettings::setValue(const QString &key, const QJsonValue &value)
{
    if (key.trimmed().isEmpty())
        return StoreError{tr("A team setting needs a name."), {}};
    if (looksSecret(key))
        return StoreError{tr("Secrets are kept in the keychain, never in team settings."), {}};
    auto r = m_store->run(u"INSERT INTO team_settings (key, value, updated_by, updated_at_ms) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                          "value = excluded.value, updated_by = excluded.updated_by, "
                          "updated_at_ms = excluded.updated_at_ms"_s,
                          {key, encode(value), m_store->currentOperator().name, m_store->nowMs()});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::TeamSettings);
    return storeOk();
}

StoreStatus TeamSettings::remove(const QString &key)
{
    auto r = m_store->run(u"DELETE FROM team_settings WHERE key = ?"_s, {key});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::TeamSettings);
    return storeOk();
}

StoreResult<QMap<QString, QJsonValue>> TeamSettings::all() const
{
    auto q = m_store->run(u"SELECT key, value FROM team_settings ORDER BY key"_s);
    if (!q)
        return q.error();
    QMap<QString, QJsonValue> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), decode(q.value().value(1).toString()));
    return out;
}

} // namespace console

#include "core/settings/settings.h"

#include "core/logging.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace console {

namespace {

QList<SettingInfo> buildRegistry()
{
    using S = SettingScope;
    using K = SettingKey;
    return {
        {K::Environment, u"connection/environment"_s, u"local-sandbox"_s, S::Roaming},
        {K::CustomTokenUrl, u"connection/customTokenUrl"_s, QString(), S::Roaming},
        {K::CustomApiBase, u"connection/customApiBase"_s, QString(), S::Roaming},
        {K::SandboxClientId, u"connection/sandboxClientId"_s, QString(), S::Roaming},
        {K::ProductionClientId, u"connection/productionClientId"_s, QString(), S::Roaming},
        {K::CustomClientId, u"connection/customClientId"_s, QString(), S::Roaming},
        {K::RequestTimeoutSeconds, u"connection/requestTimeoutSeconds"_s, 30, S::Roaming},
        {K::MaxRetries, u"connection/maxRetries"_s, 3, S::Roaming},
        {K::OperatorName, u"operator/name"_s, QString(), S::Roaming},
        {K::StoreBackend, u"store/backend"_s, u"sqlite"_s, S::Roaming},
        {K::StoreSqlitePath, u"store/sqlitePath"_s, QString(), S::Local},
        {K::StorePgHost, u"store/pgHost"_s, QString(), S::Roaming},
        {K::StorePgPort, u"store/pgPort"_s, 5432, S::Roaming},
        {K::StorePgDatabase, u"store/pgDatabase"_s, u"compliance_console"_s, S::Roaming},
        {K::StorePgUser, u"store/pgUser"_s, QString(), S::Roaming},
        {K::StorePgRequireTls, u"store/pgRequireTls"_s, true, S::Roaming},
        {K::WebhookReceiverEnabled, u"events/webhookReceiverEnabled"_s, false, S::Local},
        {K::WebhookReceiverPort, u"events/webhookReceiverPort"_s, 0, S::Local},
        {K::WebhookReceiverPath, u"events/webhookReceiverPath"_s, u"/paxos/webhook"_s, S::Local},
        {K::WebhookReceiverBindAddress, u"events/webhookReceiverBindAddress"_s, u"127.0.0.1"_s,
         S::Local},
        {K::WebhookApiKeyHeader, u"events/webhookApiKeyHeader"_s, u"X-Api-Key"_s, S::Roaming},
        {K::EventNotificationsEnabled, u"events/notificationsEnabled"_s, true, S::Roaming},
        {K::EventsFollowerEnabled, u"events/followerEnabled"_s, true, S::Roaming},
        {K::EventsFollowerIntervalSeconds, u"events/followerIntervalSeconds"_s, 30, S::Roaming},
        {K::EmbeddedSandboxPort, u"sandbox/port"_s, 0, S::Local},
        {K::EmbeddedSandboxPersistent, u"sandbox/persistent"_s, true, S::Local},
        {K::IdentityPageSize, u"identities/pageSize"_s, 100, S::Roaming},
        {K::MainWindowGeometry, u"window/geometry"_s, QByteArray(), S::Local},
        {K::MainWindowState, u"window/state"_s, QByteArray(), S::Local},
        {K::IdentityTableHeaderState, u"window/identityTableHeader"_s, QByteArray(), S::Local},
        {K::DetailSplitterState, u"window/detailSplitter"_s, QByteArray(), S::Local},
        {K::LastExportDirectory, u"paths/lastExportDirectory"_s, QString(), S::Local},
        {K::RecentIdentityIds, u"identities/recent"_s, QStringList(), S::Local},
        {K::AuditTrailGeometry, u"window/auditTrailGeometry"_s, QByteArray(), S::Local},
        {K::AuditTrailFilters, u"auditTrail/filters"_s, QString(), S::Local},
        {K::DraftsSeen, u"drafts/seen"_s, QStringList(), S::Local},
        {K::Language, u"ui/language"_s, QString(), S::Roaming},
        {K::DashboardAgeThresholdDays, u"dashboard/ageThresholdDays"_s, 7, S::Roaming},
        {K::QueueSavedViews, u"queue/savedViews"_s, QString(), S::Roaming},
        {K::QueueCurrentView, u"queue/currentView"_s, QString(), S::Roaming},
    };
}

const QList<SettingInfo> &registry()
{
    static const QList<SettingInfo> table = buildRegistry();
    return table;
}

std::unique_ptr<QSettings> openIni(const QString &file)
{
    auto s = std::make_unique<QSettings>(file, QSettings::IniFormat);
    s->setAtomicSyncRequired(true);
    return s;
}

} // namespace

Settings::Settings(const QString &roamingFile, const QString &localFile, QObject *parent)
    : QObject(parent)
    , m_roaming(openIni(roamingFile))
    , m_local(openIni(localFile))
{
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createDefault(QObject *parent)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return std::make_unique<Settings>(config + u"/settings.ini"_s, local + u"/local-settings.ini"_s,
                                      parent);
}

std::unique_ptr<Settings> Settings::createForTesting(const QString &folder, QObject *parent)
{
    QDir().mkpath(folder);
    return std::make_unique<Settings>(folder + u"/settings.ini"_s,
                                      folder + u"/local-settings.ini"_s, parent);
}

const SettingInfo &Settings::info(SettingKey key)
{
    const auto &table = registry();
    // The table is in enum order; the assertion keeps it so.
    const auto &entry = table.at(qsizetype(key));
    Q_ASSERT(entry.key == key);
    return entry;
}

QList<SettingKey> Settings::allKeys()
{
    QList<SettingKey> keys;
    for (const auto &entry : registry())
        keys.append(entry.key);
    return keys;
}

QString Settings::roamingFile() const
{
    return m_roaming->fileName();
}

QString Settings::localFile() const
{
    return m_local->fileName();
}

QSettings &Settings::backing(SettingKey key) const
{
    return info(key).scope == SettingScope::Local ? *m_local : *m_roaming;
}

QVariant Settings::value(SettingKey key) const
{
    const SettingInfo &entry = info(key);
    QVariant v = backing(key).value(entry.path);
    if (!v.isValid())
        return entry.defaultValue;
    // INI files give strings back; convert to the setting's type (or fall back to the default
    // when a hand-edited file holds something else).
    if (v.metaType() != entry.defaultValue.metaType()) {
        if (entry.defaultValue.metaType().id() == QMetaType::QStringList
            && v.metaType().id() == QMetaType::QString)
            return QStringList{v.toString()};
        if (!v.convert(entry.defaultValue.metaType()))
            return entry.defaultValue;
    }
    return v;
}

bool Settings::isSet(SettingKey key) const
{
    return backing(key).contains(info(key).path);
}

bool Settings::sync(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_error = tr("Cannot save the settings to %1.").arg(settings.fileName());
        qCWarning(lcSettings).noquote() << m_error;
        return false;
    }
    m_error.clear();
    return true;
}

bool Settings::setValue(SettingKey key, const QVariant &value)
{
    const SettingInfo &entry = info(key);
    QVariant typed = value;
    if (typed.metaType() != entry.defaultValue.metaType()
        && !typed.convert(entry.defaultValue.metaType())) {
        m_error = tr("%1 cannot hold that value.").arg(entry.path);
        return false;
    }
    const QVariant before = this->value(key);
    QSettings &s = backing(key);
    s.setValue(entry.path, typed);
    if (!sync(s))
        return false;
    if (before != typed)
        emit changed(key, typed);
    return true;
}

bool Settings::reset(SettingKey key)
{
    const SettingInfo &entry = info(key);
    const QVariant before = value(key);
    QSettings &s = backing(key);
    s.remove(entry.path);
    if (!sync(s))
        return false;
    if (before != entry.defaultValue)
        emit changed(key, entry.defaultValue);
    return true;
}

} // namespace console

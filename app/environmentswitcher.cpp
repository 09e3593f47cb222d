#include "app/environmentswitcher.h"

#include "core/credentials/credentialstore.h"
#include "core/record/audittrail.h"
#include "core/session/embeddedsandbox.h"
#include "core/settings/settings.h"

using namespace Qt::StringLiterals;

namespace console::app {

namespace {
SettingKey clientIdKey(paxos::Environment::Kind kind)
{
    switch (kind) {
    case paxos::Environment::Kind::Production:
        return SettingKey::ProductionClientId;
    case paxos::Environment::Kind::Custom:
        return SettingKey::CustomClientId;
    default:
        break;
    }
    return SettingKey::SandboxClientId;
}
} // namespace

EnvironmentSwitcher::EnvironmentSwitcher(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    CredentialStore *credentials = services.credentials;
    connect(credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret) {
                if (key != m_pendingSecretKey || !m_pendingTarget)
                    return;
                Session::Target target = *m_pendingTarget;
                target.clientSecret = QString::fromUtf8(secret);
                m_pendingTarget.reset();
                m_pendingSecretKey.clear();
                connectTarget(m_pendingKindKey, target);
            });
    connect(
        credentials, &CredentialStore::failed, this,
        [this](const QString &key, CredentialOperation op, CredentialError,
               const QString &message) {
            if (op == CredentialOperation::Read && !m_pendingSecretKey.isEmpty()
                && key == m_pendingSecretKey) {
                m_pendingTarget.reset();
                m_pendingSecretKey.clear();
                emit this->message(tr("No client secret could be read from the keychain "
                                      "(%1). Enter it in Switch Environment.")
                                       .arg(message));
            } else if (op == CredentialOperation::Write) {
                emit this->message(
                    tr("The client secret could not be saved in the keychain: %1").arg(message));
            }
        });
}

bool EnvironmentSwitcher::connectLocalSandbox(QString *error)
{
    EmbeddedSandbox *sandbox = m_services.sandbox;
    if (!sandbox->isRunning() && !sandbox->start(error))
        return false;
    Session::Target target;
    target.environment = paxos::Environment::localSandbox(sandbox->url());
    target.clientId = EmbeddedSandbox::demoClientId();
    target.clientSecret = EmbeddedSandbox::demoClientSecret();
    target.name = tr("Local sandbox");
    m_services.session->connectTo(target);
    return true;
}

ui::ConnectionDefaults EnvironmentSwitcher::connectionDefaults() const
{
    using Kind = paxos::Environment::Kind;
    Settings *settings = m_services.settings;
    CredentialStore *credentials = m_services.credentials;
    ui::ConnectionDefaults defaults;
    for (Kind kind : {Kind::PaxosSandbox, Kind::Production, Kind::Custom}) {
        const QString id = settings->get<QString>(clientIdKey(kind));
        defaults.clientIds.insert(int(kind), id);
        // A client id is only remembered once its secret went to the keychain.
        defaults.secretStored.insert(int(kind), !id.isEmpty() && credentials->isPersistent());
    }
    defaults.customTokenUrl = QUrl(settings->get<QString>(SettingKey::CustomTokenUrl));
    defaults.customApiBase = QUrl(settings->get<QString>(SettingKey::CustomApiBase));
    defaults.keychainAvailable = credentials->isPersistent();
    defaults.localSandboxAvailable = EmbeddedSandbox::isAvailable();
    return defaults;
}

void EnvironmentSwitcher::reconnectRemembered()
{
    using Kind = paxos::Environment::Kind;
    Settings *settings = m_services.settings;
    const auto kind =
        paxos::Environment::kindFromKey(settings->get<QString>(SettingKey::Environment));
    if (!kind || *kind == Kind::LocalSandbox)
        return;
    ui::ConnectionChoice choice;
    choice.kind = *kind;
    choice.clientId = settings->get<QString>(clientIdKey(*kind));
    choice.tokenUrl = QUrl(settings->get<QString>(SettingKey::CustomTokenUrl));
    choice.apiBase = QUrl(settings->get<QString>(SettingKey::CustomApiBase));
    if (choice.clientId.isEmpty())
        return;
    switchTo(choice);
}

void EnvironmentSwitcher::switchTo(const ui::ConnectionChoice &choice)
{
    using Kind = paxos::Environment::Kind;
    Session *session = m_services.session;
    Settings *settings = m_services.settings;
    Session::Target target;
    switch (choice.kind) {
    case Kind::LocalSandbox: {
        const QString from = session->environmentName();
        QString error;
        if (!connectLocalSandbox(&error)) {
            emit message(error);
            return;
        }
        settings->setValue(SettingKey::Environment,
                           paxos::Environment::kindKey(Kind::LocalSandbox));
        recordSwitch(from, {}, {});
        return;
    }
    case Kind::PaxosSandbox:
        target.environment = paxos::Environment::paxosSandbox();
        target.name = tr("Paxos Sandbox");
        break;
    case Kind::Production:
        target.environment = paxos::Environment::production();
        target.name = tr("Production");
        break;
    case Kind::Custom:
        target.environment = paxos::Environment::custom(choice.tokenUrl, choice.apiBase);
        target.name = tr("Custom: %1").arg(choice.apiBase.host());
        settings->setValue(SettingKey::CustomTokenUrl, choice.tokenUrl.toString());
        settings->setValue(SettingKey::CustomApiBase, choice.apiBase.toString());
        break;
    }
    target.clientId = choice.clientId;
    const QString kindKey = paxos::Environment::kindKey(choice.kind);
    const QString secretKey = credentialkeys::clientSecret(target.environment, choice.clientId);
    if (choice.clientSecret.isEmpty()) {
        // Use the stored secret: it arrives asynchronously from the keychain.
        m_pendingTarget = std::make_unique<Session::Target>(target);
        m_pendingKindKey = kindKey;
        m_pendingSecretKey = secretKey;
        m_services.credentials->read(secretKey);
        return;
    }
    m_services.credentials->write(secretKey, choice.clientSecret.toUtf8());
    target.clientSecret = choice.clientSecret;
    connectTarget(kindKey, target);
}

void EnvironmentSwitcher::connectTarget(const QString &kindKey, const Session::Target &target)
{
    Session *session = m_services.session;
    const QString from = session->environmentName();
    session->connectTo(target);
    m_services.settings->setValue(SettingKey::Environment, kindKey);
    m_services.settings->setValue(clientIdKey(target.environment.kind()), target.clientId);
    emit connectionDefaultsChanged();
    recordSwitch(from, target.environment.apiBase().toString(), target.clientId);
}

void EnvironmentSwitcher::recordSwitch(const QString &from, const QString &apiBase,
                                       const QString &clientId)
{
    AuditRecord record;
    record.action = AuditAction::EnvironmentSwitch;
    record.environment = m_services.session->environmentName();
    record.details.insert(u"from"_s, from);
    record.details.insert(u"to"_s, m_services.session->environmentName());
    if (!apiBase.isEmpty()) {
        record.details.insert(u"api_base"_s, apiBase);
        record.details.insert(u"client_id"_s, clientId);
    }
    if (const auto recorded = m_services.audit->append(record); !recorded)
        emit message(tr("The switch could not be recorded: %1").arg(recorded.errorMessage()));
}

} // namespace console::app

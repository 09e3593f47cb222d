#include "core/credentials/keychaincredentialstore.h"

#include "core/logging.h"

#include <QTimer>

#ifdef CC_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <utility>

#ifdef CC_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace console {

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
    , m_memory(new MemoryCredentialStore(this))
{
    // The memory store's outcomes are ours once we have fallen back.
    connect(m_memory, &CredentialStore::readFinished, this, &CredentialStore::readFinished);
    connect(m_memory, &CredentialStore::writeFinished, this, &CredentialStore::writeFinished);
    connect(m_memory, &CredentialStore::removeFinished, this, &CredentialStore::removeFinished);
    connect(m_memory, &CredentialStore::failed, this, &CredentialStore::failed);
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::serviceName()
{
    return u"compliance-console"_s;
}

bool KeychainCredentialStore::isCompiledIn()
{
#ifdef CC_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeychainCredentialStore::backendName() const
{
    return m_fallenBack ? m_memory->backendName() : tr("OS keychain");
}

void KeychainCredentialStore::activateFallback(const QString &reason)
{
    if (m_fallenBack)
        return;
    m_fallenBack = true;
    qCWarning(lcCredentials).noquote() << "keychain unavailable, secrets kept in memory:" << reason;
    const QString message =
        tr("The system keychain is not available (%1). Secrets are kept in memory only and "
           "must be entered again after the console restarts; nothing is written to disk.")
            .arg(reason);
    // Queued like every other outcome, and ahead of the memory store's answer.
    QTimer::singleShot(0, this, [this, message] { emit fallbackActivated(message); });
}

void KeychainCredentialStore::setExplainsUnlock(bool on)
{
    if (m_gate == Gate::Open || m_gate == Gate::Unchecked)
        m_gate = on ? Gate::Unchecked : Gate::Open;
}

void KeychainCredentialStore::setKeyringProbe(
    std::function<void(QObject *, std::function<void(KeyringState)>)> probe)
{
    m_probe = std::move(probe);
}

bool KeychainCredentialStore::hold(std::function<void()> call)
{
    if (m_gate == Gate::Open || m_fallenBack)
        return false;
    m_held.append(std::move(call));
    if (m_gate == Gate::Unchecked) {
        m_gate = Gate::Probing;
        m_probe(this, [this](KeyringState state) {
            qCInfo(lcCredentials) << "keyring state" << int(state);
            if (state == KeyringState::Locked || state == KeyringState::Missing) {
                m_gate = Gate::Waiting;
                emit unlockAhead(state);
            } else {
                open();
            }
        });
    }
    return true;
}

void KeychainCredentialStore::open()
{
    m_gate = Gate::Open;
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &call : held)
        call();
}

void KeychainCredentialStore::continueToKeyring()
{
    if (m_gate == Gate::Waiting)
        open();
}

void KeychainCredentialStore::keepInMemory(const QString &reason)
{
    if (m_gate != Gate::Waiting)
        return;
    activateFallback(reason);
    open();
}

void probeKeyring(QObject *context, std::function<void(KeyringState)> done)
{
#ifdef CC_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [done] { done(KeyringState::NoService); });
        return;
    }
    // Reading a property prompts nothing; it only starts the service if it is activatable.
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
        u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *w;
                         if (!reply.isError()) {
                             done(reply.value().variant().toBool() ? KeyringState::Locked
                                                                   : KeyringState::Unlocked);
                             return;
                         }
                         const QString name = reply.error().name();
                         if (name == "org.freedesktop.DBus.Error.ServiceUnknown"_L1)
                             done(KeyringState::NoService);
                         else if (name == "org.freedesktop.DBus.Error.UnknownObject"_L1
                                  || name == "org.freedesktop.Secret.Error.NoSuchObject"_L1
                                  || name == "org.freedesktop.DBus.Error.UnknownMethod"_L1)
                             done(KeyringState::Missing);
                         else
                             done(KeyringState::Unknown);
                     });
#else
    QTimer::singleShot(0, context, [done] { done(KeyringState::Unknown); });
#endif
}

#ifdef CC_HAVE_KEYCHAIN

namespace {

CredentialError mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::EntryNotFound:
        return CredentialError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError::Unavailable;
    default:
        return CredentialError::Other;
    }
}

// An error that means "there is no keychain here" rather than "this entry has a problem".
bool meansNoKeychain(QKeychain::Error e, const QString &text)
{
    if (e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented)
        return true;
    // Without a session bus, a Secret Service or its default collection, libsecret reports
    // OtherError with GIO's text; entry-level problems have codes of their own.
    if (e != QKeychain::OtherError)
        return false;
    static const QLatin1StringView hints[] = {
        "dbus"_L1,       "d-bus"_L1,          "bus"_L1,      "connect"_L1, "secret"_L1,
        "collection"_L1, "ServiceUnknown"_L1, ".service"_L1,
    };
    for (const auto &hint : hints) {
        if (text.contains(hint, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template<typename Job> Job *makeJob(QObject *parent, const QString &key)
{
    auto *job = new Job(KeychainCredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainCredentialStore::read(const QString &key)
{
    if (hold([this, key] { read(key); }))
        return;
    if (m_fallenBack)
        return m_memory->read(key);
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::NoError) {
            emit readFinished(key, rj->binaryData());
        } else if (meansNoKeychain(rj->error(), rj->errorString())) {
            activateFallback(rj->errorString());
            m_memory->read(key);
        } else {
            emit failed(key, CredentialOperation::Read, mapError(rj->error()), rj->errorString());
        }
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    if (hold([this, key, secret] { write(key, secret); }))
        return;
    if (m_fallenBack)
        return m_memory->write(key, secret);
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setBinaryData(secret);
    // The secret stays only in the job, which deletes itself when done.
    connect(job, &QKeychain::Job::finished, this, [this, key, secret](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            emit writeFinished(key);
        } else if (meansNoKeychain(j->error(), j->errorString())) {
            activateFallback(j->errorString());
            m_memory->write(key, secret);
        } else {
            emit failed(key, CredentialOperation::Write, mapError(j->error()), j->errorString());
        }
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key)
{
    if (hold([this, key] { remove(key); }))
        return;
    if (m_fallenBack)
        return m_memory->remove(key);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        // Removing what is not there is done, not an error.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            emit removeFinished(key);
        } else if (meansNoKeychain(j->error(), j->errorString())) {
            activateFallback(j->errorString());
            m_memory->remove(key);
        } else {
            emit failed(key, CredentialOperation::Remove, mapError(j->error()), j->errorString());
        }
    });
    job->start();
}

#else // no QtKeychain in this build

void KeychainCredentialStore::read(const QString &key)
{
    activateFallback(tr("built without QtKeychain"));
    m_memory->read(key);
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    activateFallback(tr("built without QtKeychain"));
    m_memory->write(key, secret);
}

void KeychainCredentialStore::remove(const QString &key)
{
    activateFallback(tr("built without QtKeychain"));
    m_memory->remove(key);
}

#endif

} // namespace console

#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace paxos {
class Environment;
}

namespace console {

enum class CredentialOperation { Read, Write, Remove };

enum class CredentialError {
    NotFound, // nothing stored under the key
    Unavailable, // no keychain (Secret Service) to talk to
    AccessDenied, // the user or the system refused
    Other,
};

// Where the console keeps secrets: the client secret, the PostgreSQL password, the drafts key.
// Calls return at once; the outcome arrives as a signal, always later (never from inside the
// call), so a caller can connect after calling. Secrets never appear in messages or logs.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QByteArray &secret) = 0;
    virtual void remove(const QString &key) = 0;

    // True when what is written survives a restart (a keychain), false for memory.
    virtual bool isPersistent() const = 0;
    // "Secret Service", "memory" ... for the settings page.
    virtual QString backendName() const = 0;

signals:
    void readFinished(const QString &key, const QByteArray &secret);
    void writeFinished(const QString &key);
    void removeFinished(const QString &key);
    void failed(const QString &key, console::CredentialOperation operation,
                console::CredentialError error, const QString &message);
    // The keychain cannot be used: from now on secrets are kept in memory only and are gone
    // when the console quits. message says so in words for the user.
    void fallbackActivated(const QString &message);
};

// Secrets kept in this process only: the test seam, and the fallback when no keychain runs.
// Nothing is ever written to disk.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

    // Synchronous access for the keychain store's fallback.
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The keys the console stores secrets under, in one place.
namespace credentialkeys {
// The API client secret for `clientId` in `environment`, keyed by where the secret goes.
// Paxos Sandbox and Production have fixed URLs, so their kind names them
// ("client-secret/production/<id>", unchanged from earlier versions). A Custom environment's
// key holds its token URL and API base too, so editing either URL finds no secret and the
// old one is never sent to the new host. Secrets stored by earlier versions under
// "client-secret/custom/<id>" are not migrated (nothing says which host they were typed for):
// they are ignored, and the user types the secret once more.
QString clientSecret(const paxos::Environment &environment, const QString &clientId);
QString clientSecret(const QString &environment, const QString &clientId);
QString storePassword(const QString &host, int port, const QString &database, const QString &user);
QString draftsKey();
} // namespace credentialkeys

} // namespace console

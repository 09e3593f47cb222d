#pragma once

#include "core/credentials/credentialstore.h"

#include <QList>

#include <functional>

namespace console {

// What the desktop's keyring will do on the next keychain call.
enum class KeyringState {
    Unknown, // could not tell: go ahead
    Unlocked, // no prompt
    Locked, // the desktop will ask for the keyring's password
    Missing, // no default keyring yet: the desktop will ask to create one
    NoService, // no Secret Service: the store falls back to memory, no prompt
};

// Asks the Secret Service (D-Bus) whether its default collection exists and is unlocked; calls
// `done` later, on `context`'s thread, never from inside the call. Prompts nothing.
void probeKeyring(QObject *context, std::function<void(KeyringState)> done);

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux), service name
// "compliance-console". QtKeychain's insecure fallback (a plain file) is never used: when no
// keychain is reachable the store switches to memory, says so once through
// fallbackActivated(), and from then on keeps secrets in memory only.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static QString serviceName();
    // False when built without QtKeychain; every call then uses the memory fallback.
    static bool isCompiledIn();

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;
    bool isPersistent() const override { return !m_fallenBack; }
    QString backendName() const override;

    bool hasFallenBack() const { return m_fallenBack; }

    // The console explains why it needs the keyring before the desktop's own password prompt
    // appears: with this on, the first call probes the keyring, and when a prompt would follow
    // (locked, or none yet) every call waits and unlockAhead() is emitted; the calls go on
    // after continueToKeyring() (the prompt then appears) or keepInMemory() (no prompt,
    // secrets in memory this session). Off (paxosctl, smoke runs): calls go straight through.
    void setExplainsUnlock(bool on);
    // The test seam: how the keyring is probed (default: probeKeyring over D-Bus).
    void setKeyringProbe(std::function<void(QObject *, std::function<void(KeyringState)>)> probe);
    void continueToKeyring();
    void keepInMemory(const QString &reason);
    bool isWaitingForExplanation() const { return m_gate == Gate::Waiting; }

signals:
    void unlockAhead(console::KeyringState state);

private:
    enum class Gate { Open, Unchecked, Probing, Waiting };
    // True when the call was held until the keyring's prompt is explained.
    bool hold(std::function<void()> call);
    void open();
    void activateFallback(const QString &reason);

    Gate m_gate = Gate::Open;
    QList<std::function<void()>> m_held;
    std::function<void(QObject *, std::function<void(KeyringState)>)> m_probe = probeKeyring;

    MemoryCredentialStore *m_memory;
    bool m_fallenBack = false;
};

} // namespace console

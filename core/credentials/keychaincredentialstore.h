#pragma once

#include "core/credentials/credentialstore.h"

namespace console {

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

private:
    void activateFallback(const QString &reason);

    MemoryCredentialStore *m_memory;
    bool m_fallenBack = false;
};

} // namespace console

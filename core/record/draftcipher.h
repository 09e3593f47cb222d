#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace console {

// AES-256-GCM (OpenSSL) for draft payloads at rest. A sealed payload is
// version (1 byte) | nonce (12) | ciphertext | tag (16); the associated data binds it to its
// row, so a payload copied onto another draft does not open.
class DraftCipher
{
public:
    static constexpr int kKeySize = 32;

    static QByteArray generateKey();
    // A short fingerprint that tells which key sealed a draft; reveals nothing about the key.
    static QString keyId(const QByteArray &key);

    static std::optional<QByteArray> seal(const QByteArray &key, const QByteArray &plain,
                                          const QByteArray &associated);
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                                          const QByteArray &associated);
};

} // namespace console

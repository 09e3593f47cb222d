#include "core/record/draftcipher.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <memory>
#include <openssl/evp.h>

namespace console {

namespace {

constexpr char kVersion = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

auto uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray DraftCipher::generateKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          kKeySize / int(sizeof(quint32)));
    return key;
}

QString DraftCipher::keyId(const QByteArray &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("compliance-console drafts key id\n" + key),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

std::optional<QByteArray> DraftCipher::seal(const QByteArray &key, const QByteArray &plain,
                                            const QByteArray &associated)
{
    if (key.size() != kKeySize)
        return std::nullopt;
    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                          kNonceSize / int(sizeof(quint32)));
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, uc(key), uc(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, uc(associated), int(associated.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             uc(plain), int(plain.size()))
            != 1) {
        return std::nullopt;
    }
    int total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len)
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1) {
        return std::nullopt;
    }
    total += len;
    out.truncate(total);
    return QByteArray(1, kVersion) + nonce + out + tag;
}

std::optional<QByteArray> DraftCipher::open(const QByteArray &key, const QByteArray &sealed,
                                            const QByteArray &associated)
{
    if (key.size() != kKeySize || sealed.size() < 1 + kNonceSize + kTagSize
        || sealed.at(0) != kVersion)
        return std::nullopt;
    const QByteArray nonce = sealed.mid(1, kNonceSize);
    const QByteArray body = sealed.mid(1 + kNonceSize, sealed.size() - 1 - kNonceSize - kTagSize);
    QByteArray tag = sealed.right(kTagSize);
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray out(body.size() + 16, Qt::Uninitialized);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, uc(key), uc(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, uc(associated), int(associated.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             uc(body), int(body.size()))
            != 1) {
        return std::nullopt;
    }
    int total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total,
                               &len)
            != 1) {
        return std::nullopt; // wrong key, or the payload was changed
    }
    total += len;
    out.truncate(total);
    return out;
}

} // namespace console

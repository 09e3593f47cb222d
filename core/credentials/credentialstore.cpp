#include "core/credentials/credentialstore.h"

#include "paxos/net/environment.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

void MemoryCredentialStore::read(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.cend()) {
            emit failed(key, CredentialOperation::Read, CredentialError::NotFound,
                        tr("No secret is stored for %1.").arg(key));
            return;
        }
        emit readFinished(key, *it);
    });
}

void MemoryCredentialStore::write(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [this, key] { emit writeFinished(key); });
}

void MemoryCredentialStore::remove(const QString &key)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [this, key] { emit removeFinished(key); });
}

QString MemoryCredentialStore::backendName() const
{
    return tr("memory (until the console quits)");
}

namespace credentialkeys {

QString clientSecret(const paxos::Environment &environment, const QString &clientId)
{
    const QString kind = paxos::Environment::kindKey(environment.kind());
    if (environment.kind() != paxos::Environment::Kind::Custom)
        return clientSecret(kind, clientId);
    // Fully encoded, so no URL can contain the separator and pose as another.
    const QString where = QString::fromLatin1(environment.tokenUrl().toEncoded()) + u' '
        + QString::fromLatin1(environment.apiBase().toEncoded());
    return clientSecret(kind + u'/' + where, clientId);
}

QString clientSecret(const QString &environment, const QString &clientId)
{
    return u"client-secret/%1/%2"_s.arg(environment, clientId);
}

QString storePassword(const QString &host, int port, const QString &database, const QString &user)
{
    return u"store-password/%1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

QString draftsKey()
{
    return u"drafts-key"_s;
}

} // namespace credentialkeys

} // namespace console

#include "core/record/redaction.h"

#include "paxos/net/redaction.h"

using namespace Qt::StringLiterals;

namespace console::redaction {

QString redactedMarker()
{
    return QString::fromLatin1(paxos::redact::kRedacted);
}

// The masks themselves are paxos::redact's, so the request log, the store and the exports
// mask alike.
QString maskCipId(const QString &cipId)
{
    return paxos::redact::maskIdentifier(cipId);
}

QString maskDate(const QString &date)
{
    return paxos::redact::maskDate(date);
}

// One table for the whole project: paxos::redact::classifyKey() (paxos/net/redaction.h).
bool isSecretKey(const QString &key)
{
    return paxos::redact::isSecretKey(key);
}

bool isPiiKey(const QString &key)
{
    return paxos::redact::isPiiKey(key);
}

QJsonValue redactValue(const QJsonValue &value)
{
    return paxos::redact::jsonValue(value, paxos::redact::Placeholders::Uniform);
}

QJsonObject redactObject(const QJsonObject &object)
{
    return paxos::redact::jsonValue(object, paxos::redact::Placeholders::Uniform).toObject();
}

QJsonObject maskIdentity(const QJsonObject &identity)
{
    // Secrets never appear in an identity; masking PII everywhere in it is exactly
    // redactObject().
    return redactObject(identity);
}

QString redactUrl(const QUrl &url)
{
    // No user info at all in the store; the query by the one table.
    return paxos::redact::url(url.adjusted(QUrl::RemoveUserInfo),
                              paxos::redact::Placeholders::Uniform)
        .toString(QUrl::FullyEncoded);
}

} // namespace console::redaction

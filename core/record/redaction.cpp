#include "core/record/redaction.h"

#include "paxos/net/redaction.h"

#include <QJsonArray>
#include <QUrlQuery>

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

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    static const QLatin1StringView exact[] = {
        "password"_L1,      "passwd"_L1,        "secret"_L1,   "client_secret"_L1,
        "access_token"_L1,  "refresh_token"_L1, "id_token"_L1, "token"_L1,
        "authorization"_L1, "api_key"_L1,       "apikey"_L1,   "webhook_key"_L1,
        "signing_key"_L1,   "private_key"_L1,   "bearer"_L1,   "x-api-key"_L1,
    };
    for (const auto &candidate : exact) {
        if (k == candidate)
            return true;
    }
    return k.endsWith("_secret"_L1) || k.endsWith("_token"_L1) || k.endsWith("_password"_L1)
        || k.endsWith("-secret"_L1) || k.endsWith("-token"_L1);
}

bool isPiiKey(const QString &key)
{
    const QString k = key.toLower();
    return k == "cip_id"_L1 || k == "govt_id"_L1 || k == "tax_payer_id"_L1
        || k == "date_of_birth"_L1;
}

static QJsonValue maskPiiValue(const QString &key, const QJsonValue &value)
{
    if (!value.isString())
        return value.isNull() || value.isUndefined() ? value : QJsonValue(redactedMarker());
    if (key.compare("date_of_birth"_L1, Qt::CaseInsensitive) == 0)
        return maskDate(value.toString());
    return maskCipId(value.toString());
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(redactValue(item));
        return out;
    }
    return value;
}

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()))
            out.insert(it.key(), redactedMarker());
        else if (isPiiKey(it.key()))
            out.insert(it.key(), maskPiiValue(it.key(), it.value()));
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonObject maskIdentity(const QJsonObject &identity)
{
    // Secrets never appear in an identity; masking PII everywhere in it is exactly
    // redactObject().
    return redactObject(identity);
}

QString redactUrl(const QUrl &url)
{
    // paxos::redact::url() handles pre-signed upload URLs; the store also drops user info and
    // applies its wider list of secret and PII keys.
    QUrl clean = paxos::redact::url(url.adjusted(QUrl::RemoveUserInfo));
    if (clean.hasQuery()) {
        QUrlQuery query(clean);
        QUrlQuery out;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (isSecretKey(key))
                out.addQueryItem(key, redactedMarker());
            else if (isPiiKey(key))
                out.addQueryItem(key, maskPiiValue(key, value).toString());
            else
                out.addQueryItem(key, value);
        }
        clean.setQuery(out);
    }
    return clean.toString(QUrl::FullyEncoded);
}

} // namespace console::redaction

#include "paxos/model/token.h"

#include "paxos/model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace paxos {

TokenResponse TokenResponse::fromJson(const QJsonObject &obj)
{
    TokenResponse t;
    t.raw = obj;
    t.accessToken = json::string(obj, "access_token"_L1);
    t.expiresIn = json::optInt(obj, "expires_in"_L1).value_or(0);
    const QJsonValue scope = obj.value("scope"_L1);
    if (scope.isArray())
        t.scope = json::stringList(obj, "scope"_L1);
    else
        t.scope = scope.toString().split(u' ', Qt::SkipEmptyParts);
    t.tokenType = json::string(obj, "token_type"_L1);
    return t;
}

QJsonObject TokenResponse::toJson() const
{
    QJsonObject obj = raw;
    json::putString(obj, "access_token"_L1, accessToken);
    if (expiresIn != 0 || obj.contains("expires_in"_L1))
        json::put(obj, "expires_in"_L1, std::optional<qint64>(expiresIn));
    const QJsonValue original = obj.value("scope"_L1);
    const QStringList originalScopes = original.isArray()
        ? json::stringList(obj, "scope"_L1)
        : original.toString().split(u' ', Qt::SkipEmptyParts);
    if (originalScopes != scope)
        obj.insert("scope"_L1, scope.join(u' '));
    json::putString(obj, "token_type"_L1, tokenType);
    return obj;
}

std::optional<TokenResponse> TokenResponse::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                "paxos::TokenResponse",
                "The token service answered with something that is not JSON.");
        return std::nullopt;
    }
    TokenResponse t = fromJson(doc.object());
    if (t.accessToken.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "paxos::TokenResponse", "The token service answered without an access token.");
        return std::nullopt;
    }
    return t;
}

bool TokenResponse::isBearer() const
{
    // Paxos sends lower-case "bearer"; RFC 6749 says the type is case-insensitive.
    return tokenType.compare("bearer"_L1, Qt::CaseInsensitive) == 0;
}

QStringList TokenResponse::missingScopes(const QStringList &wanted) const
{
    QStringList missing;
    for (const QString &s : wanted) {
        if (!scope.contains(s))
            missing.append(s);
    }
    return missing;
}

} // namespace paxos

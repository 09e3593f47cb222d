#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace paxos {

// The OAuth2 client-credentials answer. Holds a bearer secret: never log it, never put
// toJson() of a real token anywhere persistent.
struct TokenResponse
{
    QString accessToken;
    qint64 expiresIn = 0; // seconds
    QStringList scope; // granted scopes (the wire field is one space-separated string)
    QString tokenType; // "bearer"
    QJsonObject raw;

    static TokenResponse fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    // Parses a token endpoint body; nullopt with a reason when it is not JSON or carries no
    // access_token.
    static std::optional<TokenResponse> parse(const QByteArray &body, QString *error = nullptr);

    QStringList grantedScopes() const { return scope; }
    bool isBearer() const;
    // Wanted scopes that were not granted, in the order asked for.
    QStringList missingScopes(const QStringList &wanted) const;
};

} // namespace paxos

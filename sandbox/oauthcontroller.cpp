#include "sandbox/oauthcontroller.h"

#include "sandbox/clock.h"
#include "sandbox/validation.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

OAuthController::OAuthController(Services &services, QList<ClientCredentials> clients)
    : m_services(services)
    , m_clients(std::move(clients))
{
    for (ClientCredentials &client : m_clients) {
        if (client.scopes.isEmpty())
            client.scopes = enums::scopes();
    }
}

HttpResponse OAuthController::token(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request, "POST");
    QHash<QString, QString> form;
    if (request.mediaType() == "application/json") {
        const QJsonObject json = QJsonDocument::fromJson(request.body).object();
        for (auto it = json.begin(); it != json.end(); ++it)
            form.insert(it.key(), it.value().toString());
    } else if (!parseFormBody(request, &form)) {
        return oauthError(400, u"invalid_request"_s,
                          u"the body must be application/x-www-form-urlencoded or "
                          "multipart/form-data"_s);
    }
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"grant_type is required"_s);
    if (grantType != u"client_credentials")
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"only grant_type=client_credentials is supported"_s);

    QString clientId = form.value(u"client_id"_s);
    QString clientSecret = form.value(u"client_secret"_s);
    const QByteArray authorization = request.header("authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
            clientSecret =
                QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
        }
    }
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return oauthError(401, u"invalid_client"_s, u"client_id and client_secret are required"_s);
    const auto client = std::find_if(m_clients.cbegin(), m_clients.cend(), [&](const auto &c) {
        return c.id == clientId && c.secret == clientSecret;
    });
    if (client == m_clients.cend())
        return oauthError(401, u"invalid_client"_s, u"client authentication failed"_s);

    QStringList granted;
    const QString requested = form.value(u"scope"_s).simplified();
    if (requested.isEmpty()) {
        granted = client->scopes;
    } else {
        for (const QString &scope : requested.split(u' ', Qt::SkipEmptyParts)) {
            if (!client->scopes.contains(scope))
                return oauthError(400, u"invalid_scope"_s,
                                  u"scope '%1' is not granted to this client"_s.arg(scope));
            if (!granted.contains(scope))
                granted << scope;
        }
    }

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
    const QString accessToken = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const int ttl = m_services.options.tokenTtlSeconds;
    TokenRow row{client->id, granted, nowUs() + qint64(ttl) * 1000000};
    if (!m_services.store.insertToken(accessToken, row))
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    HttpResponse response = jsonResponse({{u"access_token"_s, accessToken},
                                          {u"expires_in"_s, ttl},
                                          {u"scope"_s, granted.join(u' ')},
                                          {u"token_type"_s, u"bearer"_s}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

std::variant<TokenRow, HttpResponse> OAuthController::authenticate(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return problemResponse(ErrorKind::Unauthorized, u"no authorization header set"_s);
    if (!authorization.toLower().startsWith("bearer "))
        return problemResponse(ErrorKind::Unauthorized,
                               u"authorization header must carry a Bearer token"_s);
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto row = m_services.store.token(token);
    if (!row)
        return problemResponse(ErrorKind::Unauthorized, u"invalid access token"_s);
    if (row->expiresUs <= nowUs())
        return problemResponse(ErrorKind::Unauthorized, u"access token expired"_s);
    return *row;
}

} // namespace sandbox

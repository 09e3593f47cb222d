#include "paxos/api/sandboxadminjobs.h"

#include <QHostAddress>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

SandboxAdminJob::SandboxAdminJob(Connection *connection, QString operation, QString path,
                                 QJsonObject body, QObject *parent)
    : ResultJob(connection, parent)
    , m_operation(std::move(operation))
    , m_path(std::move(path))
    , m_body(std::move(body))
{
}

bool SandboxAdminJob::isAvailable(const Environment &environment)
{
    if (!environment.isValid() || environment.isProduction())
        return false;
    const QString host = environment.apiBase().host();
    return host == "localhost"_L1 || QHostAddress(host).isLoopback();
}

SandboxAdminJob *SandboxAdminJob::seed(Connection *connection, int count, QObject *parent)
{
    return new SandboxAdminJob(connection, u"SandboxAdminSeed"_s, u"/sandbox-admin/seed"_s,
                               {{u"count"_s, count}}, parent);
}

SandboxAdminJob *SandboxAdminJob::scenario(Connection *connection, const QString &identityId,
                                           const QString &scenario, QObject *parent)
{
    return new SandboxAdminJob(connection, u"SandboxAdminScenario"_s,
                               u"/sandbox-admin/identities/%1/scenario"_s.arg(
                                   QString::fromLatin1(QUrl::toPercentEncoding(identityId))),
                               {{u"scenario"_s, scenario}}, parent);
}

void SandboxAdminJob::run()
{
    if (rejectIf(!connection() || !isAvailable(connection()->environment()),
                 tr("the sandbox admin API exists only on a paxos-sandbox on this computer")))
        return;
    QUrl url = connection()->environment().apiBase();
    url.setPath(m_path);
    url.setQuery(QString());
    ApiRequest request;
    request.operation = m_operation;
    request.method = "POST";
    request.absoluteUrl = url;
    request.authenticated = false;
    request.rateClass = RateClass::Unpaced;
    request.safeToRepeat = false;
    request.body = QJsonDocument(m_body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    send(request, [this](ApiCall *call) {
        if (const auto &error = call->error()) {
            fail(*error);
            return;
        }
        // An absolute-URL answer is left unparsed by the connection.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(call->response().body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(ApiError::decode(tr("the sandbox admin API answered with no JSON object")));
            return;
        }
        m_result = doc.object();
        succeed();
    });
}

} // namespace paxos

#include "cli/environment.h"

#include "cli/output.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace paxosctl {

std::optional<ResolvedEnvironment> resolveEnvironment(const QString &env, QString *error)
{
    ResolvedEnvironment r;
    if (env == u"local") {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(kLocalSandboxPort);
        r.environment = paxos::Environment::localSandbox(url);
        r.key = u"local"_s;
        r.isPaxosSandboxServer = true;
        return r;
    }
    if (env == u"sandbox") {
        r.environment = paxos::Environment::paxosSandbox();
        r.key = u"sandbox"_s;
        return r;
    }
    if (env == u"production") {
        r.environment = paxos::Environment::production();
        r.key = u"production"_s;
        return r;
    }
    // A word without a scheme is more likely a mistyped name than a host, so the URL must
    // name its scheme here; http only to this machine (paxos::Environment's rule).
    QString why;
    QUrl url = env.contains(u"://"_s) ? paxos::Environment::fromUserInput(env, &why) : QUrl();
    if (!url.isValid()) {
        if (error)
            *error = tr("--env must be local, sandbox, production or an https URL, not \"%1\"%2")
                         .arg(env, why.isEmpty() ? QString() : u": "_s + why);
        return std::nullopt;
    }
    // Accept the server root as well as its API base ("…/v2").
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v2"))
        path.chop(3);
    url.setPath(path);
    QUrl tokenUrl = url;
    tokenUrl.setPath(path + u"/oauth2/token"_s);
    QUrl apiBase = url;
    apiBase.setPath(path + u"/v2"_s);
    r.environment = paxos::Environment::custom(tokenUrl, apiBase);
    r.key = u"custom"_s;
    r.isPaxosSandboxServer = true;
    return r;
}

} // namespace paxosctl

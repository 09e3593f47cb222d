#include "paxos/net/environment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

QUrl withPath(QUrl url, const QString &path)
{
    // Paths arrive percent-encoded (ids are encoded segment by segment), so keep them so.
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

Environment::Environment(Kind kind, QUrl tokenUrl, QUrl apiBase)
    : m_kind(kind)
    , m_tokenUrl(std::move(tokenUrl))
    , m_apiBase(std::move(apiBase))
{
}

Environment Environment::localSandbox(const QUrl &serverUrl)
{
    return Environment(Kind::LocalSandbox, withPath(serverUrl, u"/oauth2/token"_s),
                       withPath(serverUrl, u"/v2"_s));
}

Environment Environment::paxosSandbox()
{
    return Environment(Kind::PaxosSandbox, QUrl(u"https://oauth.sandbox.paxos.com/oauth2/token"_s),
                       QUrl(u"https://api.sandbox.paxos.com/v2"_s));
}

Environment Environment::production()
{
    return Environment(Kind::Production, QUrl(u"https://oauth.paxos.com/oauth2/token"_s),
                       QUrl(u"https://api.paxos.com/v2"_s));
}

Environment Environment::custom(const QUrl &tokenUrl, const QUrl &apiBase)
{
    return Environment(Kind::Custom, tokenUrl, withPath(apiBase, QString()));
}

bool Environment::isValid() const
{
    const auto ok = [](const QUrl &u) {
        return u.isValid() && (u.scheme() == "https"_L1 || u.scheme() == "http"_L1)
            && !u.host().isEmpty();
    };
    return ok(m_tokenUrl) && ok(m_apiBase);
}

QUrl Environment::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = withPath(m_apiBase, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString Environment::relativePath(const QUrl &url) const
{
    if (url.scheme() != m_apiBase.scheme() || url.host() != m_apiBase.host()
        || url.port() != m_apiBase.port())
        return {};
    QString base = m_apiBase.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString path = url.path();
    if (!path.startsWith(base))
        return {};
    const QString rest = path.mid(base.size());
    if (!rest.isEmpty() && !rest.startsWith(u'/'))
        return {};
    return rest;
}

QString Environment::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::LocalSandbox:
        return u"local"_s;
    case Kind::PaxosSandbox:
        return u"sandbox"_s;
    case Kind::Production:
        return u"production"_s;
    case Kind::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Environment::Kind> Environment::kindFromKey(QStringView key)
{
    for (Kind k : {Kind::LocalSandbox, Kind::PaxosSandbox, Kind::Production, Kind::Custom}) {
        if (key.compare(kindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString Environment::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::LocalSandbox:
        return QCoreApplication::translate("paxos::Environment", "Local sandbox");
    case Kind::PaxosSandbox:
        return QCoreApplication::translate("paxos::Environment", "Paxos Sandbox");
    case Kind::Production:
        return QCoreApplication::translate("paxos::Environment", "Production");
    case Kind::Custom:
        return QCoreApplication::translate("paxos::Environment", "Custom");
    }
    return {};
}

} // namespace paxos

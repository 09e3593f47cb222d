#include "paxos/net/environment.h"

#include <QCoreApplication>
#include <QHostAddress>

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
    return problem().isEmpty();
}

QString Environment::problem() const
{
    if (const QString p = urlProblem(m_tokenUrl); !p.isEmpty())
        return QCoreApplication::translate("paxos::Environment", "Token URL: %1").arg(p);
    if (const QString p = urlProblem(m_apiBase); !p.isEmpty())
        return QCoreApplication::translate("paxos::Environment", "API base: %1").arg(p);
    return {};
}

bool Environment::isProduction() const
{
    return m_kind == Kind::Production || isPaxosProductionHost(m_tokenUrl.host())
        || isPaxosProductionHost(m_apiBase.host());
}

namespace {
QString normalisedHost(const QString &host)
{
    QString h = host.toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

bool isAtOrUnder(const QString &host, QLatin1StringView domain)
{
    return host == domain
        || (host.size() > domain.size() && host.endsWith(domain)
            && host.at(host.size() - domain.size() - 1) == u'.');
}
} // namespace

bool Environment::isPaxosProductionHost(const QString &host)
{
    const QString h = normalisedHost(host);
    return isAtOrUnder(h, "paxos.com"_L1) && !isAtOrUnder(h, "sandbox.paxos.com"_L1);
}

bool Environment::isLoopbackHost(const QString &host)
{
    const QString h = normalisedHost(host);
    if (isAtOrUnder(h, "localhost"_L1))
        return true;
    const QHostAddress address(h);
    if (address.isNull())
        return false;
    if (address.isLoopback())
        return true;
    // ::ffff:127.0.0.1 is 127.0.0.1.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && (v4 >> 24) == 127;
}

QString Environment::urlProblem(const QUrl &url)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("paxos::Environment", text);
    };
    if (url.isEmpty())
        return tr("no URL");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a URL with a host").arg(url.toString());
    if (url.scheme() == "https"_L1)
        return {};
    if (url.scheme() == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("plain http is only allowed to this machine (localhost); use https://%1")
            .arg(url.host());
    }
    return tr("\"%1\" is not an http(s) URL").arg(url.toString());
}

QUrl Environment::fromUserInput(const QString &text, QString *error)
{
    QString t = text.trimmed();
    // QUrl::fromUserInput() would pick http for "api.example.com"; a typed host gets https.
    if (!t.isEmpty() && !t.contains("://"_L1))
        t.prepend("https://"_L1);
    const QUrl url(t, QUrl::StrictMode);
    const QString p = urlProblem(url);
    if (error)
        *error = p;
    return p.isEmpty() ? url : QUrl();
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

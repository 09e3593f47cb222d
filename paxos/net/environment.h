#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace paxos {

// Where the client talks to: an OAuth token URL and an API base ("…/v2"). Paths passed to
// apiUrl() are written the way the Paxos reference prints them, without "/v2".
class Environment
{
public:
    enum class Kind { LocalSandbox, PaxosSandbox, Production, Custom };

    Environment() = default;

    // The embedded or a locally started paxos-sandbox; its base URL is only known at run time
    // (e.g. "http://127.0.0.1:40123"). Token URL is <base>/oauth2/token, API base <base>/v2.
    static Environment localSandbox(const QUrl &serverUrl);
    static Environment paxosSandbox();
    static Environment production();
    // Any other server, e.g. a sandbox on another machine.
    static Environment custom(const QUrl &tokenUrl, const QUrl &apiBase);

    Kind kind() const { return m_kind; }
    QUrl tokenUrl() const { return m_tokenUrl; }
    QUrl apiBase() const { return m_apiBase; }
    bool isValid() const;
    bool isProduction() const { return m_kind == Kind::Production; }

    // apiBase + path (+ query). `path` starts with '/', e.g. "/identity/identities".
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    // The path of `url` relative to the API base ("/identity/identities/…"), or an empty
    // string when `url` is not under the API base.
    QString relativePath(const QUrl &url) const;

    // Stable key for settings and the CLI ("local", "sandbox", "production", "custom").
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    // Human name, translated.
    static QString kindLabel(Kind kind);
    QString label() const { return kindLabel(m_kind); }

    friend bool operator==(const Environment &, const Environment &) = default;

private:
    Environment(Kind kind, QUrl tokenUrl, QUrl apiBase);

    Kind m_kind = Kind::LocalSandbox;
    QUrl m_tokenUrl;
    QUrl m_apiBase;
};

} // namespace paxos

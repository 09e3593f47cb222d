#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace paxos {

// Where the client talks to: an OAuth token URL and an API base ("…/v2"). Paths passed to
// apiUrl() are written the way the Paxos reference prints them, without "/v2".
//
// Two rules about destinations live here and nowhere else:
//  - Production is decided by where calls go, not by the kind's label: isProduction() is
//    true for the Production kind and for any environment whose token URL or API base is a
//    Paxos production host (see isPaxosProductionHost()). The banner, the window's look, the
//    typed write confirmation and paxosctl's --yes all ask isProduction().
//  - Every URL that leaves the machine is https: urlProblem() refuses http to any host that
//    is not loopback, and fromUserInput() makes scheme-less input https. An environment
//    breaking the rule is not valid(), so the connection sends nothing to it.
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
    // Both URLs pass urlProblem().
    bool isValid() const;
    // Why the environment is not valid, in words for the user (empty when it is).
    QString problem() const;
    // The one answer to "is this Production?": by kind or by destination.
    bool isProduction() const;

    // True for paxos.com and every host under it except the sandbox's (sandbox.paxos.com and
    // below): anything Paxos runs that is not the sandbox is treated as Production, so a new
    // production host errs on the side of the typed confirmation. Case and a trailing dot do
    // not matter. A production server reached by IP address or through a private alias cannot
    // be recognised; the kind is the only hint then.
    static bool isPaxosProductionHost(const QString &host);
    // localhost, *.localhost, 127.0.0.0/8, ::1 (and ::ffff:127.x): the only hosts plain http
    // may go to.
    static bool isLoopbackHost(const QString &host);
    // Why `url` may not be used as an API or token URL (empty when it may): not http(s), no
    // host, or http to a host that is not loopback. Translated.
    static QString urlProblem(const QUrl &url);
    // A URL as a person types it: trimmed; without a scheme it becomes https (never http).
    // Returns an invalid QUrl and sets `error` when the result breaks urlProblem().
    static QUrl fromUserInput(const QString &text, QString *error = nullptr);

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

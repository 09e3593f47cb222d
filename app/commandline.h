#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace console {
class CredentialStore;
}

namespace console::app {

// How compliance-console was asked to run: the command line, or what a test sets directly.
struct Options
{
    // Everything the console writes (store, embedded sandbox data) goes under this
    // folder when set; otherwise the user's data directory.
    QString dataDir;
    bool inMemorySandbox = false;
    int seedIdentities = 0;
    // --self-test: start, load, open the first identity, exit 0 when all worked.
    bool selfTest = false;
    // --screenshot FILE: like the self-test, then save the window to FILE.
    QString screenshotPath;
    QSize windowSize;
    // Which detail tab the screenshot shows (0: what is happening, 1: details, ...).
    int screenshotTab = 0;
    // --color-scheme light|dark: force a scheme instead of the desktop's palette (screenshots,
    // checking contrast); empty: follow the system.
    QString colorScheme;
    // --locale NAME: the catalog to use instead of the system language's (e.g. en_XA, the
    // pseudo-locale that brackets every translated string).
    QString locale;
    // Ignore and do not save the remembered window layout.
    bool ephemeralUi = false;
    // Keep the store and settings in a folder removed at exit (smoke runs without
    // --data-dir), so a self-test or a screenshot never writes into the user's record.
    bool throwawayData = false;
    // Network access for tests that map hosts to loopback.
    QNetworkAccessManager *network = nullptr;
    // Where client secrets go; default: the OS keychain. Tests pass a memory store.
    CredentialStore *credentials = nullptr;

    bool isSmokeRun() const { return selfTest || !screenshotPath.isEmpty(); }
};

// Parses the command line of compliance-console. On failure returns false and sets error (or
// the help or version text with *helpShown = true).
bool parseCommandLine(const QStringList &arguments, Options *options, QString *error,
                      bool *helpShown);

} // namespace console::app

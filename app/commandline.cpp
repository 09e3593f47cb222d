#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace console::app {

bool parseCommandLine(const QStringList &arguments, Options *options, QString *error,
                      bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "console::app::Application",
        "Review and onboard identities through the Paxos v2 Identity API."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Keep the store and the local sandbox's data in <dir>."),
        u"dir"_s);
    const QCommandLineOption inMemory(
        u"in-memory-sandbox"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Run the local sandbox in memory (nothing is kept)."));
    const QCommandLineOption seed(
        u"seed-identities"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Fill an empty local sandbox with <n> realistic identities."),
        u"n"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Start, load the queue, open an identity, then exit 0 "
                                    "if everything worked."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Load data, open the first identity, save the window "
                                    "as <file> (PNG) and exit."),
        u"file"_s);
    const QCommandLineOption size(
        u"window-size"_s,
        QCoreApplication::translate("console::app::Application", "Window size, e.g. 1600x1000."),
        u"WxH"_s);
    const QCommandLineOption tab(
        u"screenshot-tab"_s,
        QCoreApplication::translate(
            "console::app::Application",
            "With --screenshot: the detail tab to show, from 0 (What is happening) to 7."),
        u"n"_s);
    const QCommandLineOption scheme(
        u"color-scheme"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Use the light or the dark palette instead of the "
                                    "desktop's (light, dark or system)."),
        u"scheme"_s);
    const QCommandLineOption locale(
        u"locale"_s,
        QCoreApplication::translate("console::app::Application",
                                    "Speak the language of <name> (e.g. de_DE, or en_XA to "
                                    "see every translated string in brackets) instead of the "
                                    "system's."),
        u"name"_s);
    parser.addOptions({dataDir, inMemory, seed, selfTest, screenshot, size, tab, scheme, locale});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpShown = true;
        *error = parser.isSet(help)
            ? parser.helpText()
            : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return false;
    }
    options->dataDir = parser.value(dataDir);
    options->inMemorySandbox = parser.isSet(inMemory);
    if (parser.isSet(seed)) {
        bool ok = false;
        options->seedIdentities = parser.value(seed).toInt(&ok);
        if (!ok || options->seedIdentities < 0 || options->seedIdentities > 1000000) {
            *error = QCoreApplication::translate(
                "console::app::Application", "--seed-identities needs a number from 0 to 1000000.");
            return false;
        }
    }
    if (parser.isSet(scheme)) {
        const QString value = parser.value(scheme).toLower();
        if (value != u"light" && value != u"dark" && value != u"system") {
            *error = QCoreApplication::translate("console::app::Application",
                                                 "--color-scheme needs light, dark or system.");
            return false;
        }
        options->colorScheme = value;
    }
    options->locale = parser.value(locale);
    options->selfTest = parser.isSet(selfTest);
    options->screenshotTab = qBound(0, parser.value(tab).toInt(), 7);
    options->screenshotPath = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        const int w = wh.value(0).toInt();
        const int h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 640 || h < 400) {
            *error = QCoreApplication::translate(
                "console::app::Application", "--window-size needs WIDTHxHEIGHT, at least 640x400.");
            return false;
        }
        options->windowSize = QSize(w, h);
    }
    if (options->isSmokeRun()) {
        // Smoke runs never touch the user's own data nor their remembered layout.
        options->inMemorySandbox = options->inMemorySandbox || options->dataDir.isEmpty();
        options->throwawayData = options->dataDir.isEmpty();
        options->ephemeralUi = true;
        if (options->seedIdentities == 0)
            options->seedIdentities = options->selfTest ? 40 : 240;
    }
    return true;
}

} // namespace console::app

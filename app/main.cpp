#include "app/application.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/translations.h"
#include "ui/widgets/wheelguard.h"

#include <QApplication>
#include <QProcess>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("compliance-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Compliance Console"));
    QApplication::setOrganizationName(QStringLiteral("compliance-console"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(
        QStringLiteral("io.github.compliance_console.ComplianceConsole"));
    console::ui::WheelGuard::install(&qapp);
    // The system language first, so even --help speaks it.
    console::ui::installTranslations(&qapp);

    console::app::Application::Options options;
    QString error;
    bool help = false;
    if (!console::app::parseCommandLine(QApplication::arguments(), &options, &error, &help)) {
        QTextStream(help ? stdout : stderr) << error << Qt::endl;
        return help ? 0 : 2;
    }
    if (!options.locale.isEmpty()
        && console::ui::installTranslations(&qapp, options.locale).isEmpty())
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "No translation for %1; the console speaks English.")
                                   .arg(options.locale)
                            << Qt::endl;
    if (options.colorScheme == u"dark")
        console::ui::applyColorScheme(&qapp, console::ui::ColorScheme::Dark);
    else if (options.colorScheme == u"light")
        console::ui::applyColorScheme(&qapp, console::ui::ColorScheme::Light);
    int code = 0;
    bool relaunch = false;
    {
        console::app::Application app(options);
        QObject::connect(&app, &console::app::Application::finished, &qapp,
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
        if (!app.start(&error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        code = QApplication::exec();
        relaunch = app.relaunchRequested();
    }
    // Only now, with the store and the local sandbox closed, does the next console start.
    if (relaunch
        && !QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1))) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "Compliance Console could not start again; start it yourself.")
                            << Qt::endl;
        return 1;
    }
    return code;
}

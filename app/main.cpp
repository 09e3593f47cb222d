#include "app/application.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("compliance-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Compliance Console"));
    QApplication::setOrganizationName(QStringLiteral("compliance-console"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("compliance-console"));

    console::app::Application::Options options;
    QString error;
    bool help = false;
    if (!console::app::Application::parseArguments(QApplication::arguments(), &options, &error,
                                                   &help)) {
        QTextStream(help ? stdout : stderr) << error << Qt::endl;
        return help ? 0 : 2;
    }
    console::app::Application app(options);
    QObject::connect(&app, &console::app::Application::finished, &qapp,
                     [](int code) { QCoreApplication::exit(code); });
    if (!app.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return QApplication::exec();
}

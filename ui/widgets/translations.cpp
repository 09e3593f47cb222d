#include "ui/widgets/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr auto kCatalogDir = ":/i18n"_L1;
} // namespace

QString installTranslations(QCoreApplication *app, const QString &localeName)
{
    // The translators are children of the application: one set at a time.
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(
        u"cc_translator"_s, Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    auto *console = new QTranslator(app);
    console->setObjectName(u"cc_translator"_s);
    auto *qt = new QTranslator(app);
    qt->setObjectName(u"cc_translator"_s);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    bool loaded = false;
    if (!localeName.isEmpty()) {
        // A named catalog, pseudo-locales included (QLocale does not know those).
        loaded = console->load(u"compliance-console_"_s + localeName, kCatalogDir);
        (void)qt->load(u"qtbase_"_s + localeName, qtDir);
    } else {
        const QLocale system;
        loaded = console->load(system, u"compliance-console"_s, u"_"_s, kCatalogDir);
        (void)qt->load(system, u"qtbase"_s, u"_"_s, qtDir);
    }
    if (!qt->isEmpty())
        QCoreApplication::installTranslator(qt);
    if (loaded)
        QCoreApplication::installTranslator(console);
    return loaded ? console->filePath() : QString();
}

} // namespace console::ui

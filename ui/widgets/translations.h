#pragma once

#include <QString>

class QCoreApplication;

namespace console::ui {

// Installs the console's catalog (resources/translations, compiled in as :/i18n) and Qt's own
// for `localeName` (e.g. "de_DE", or the pseudo-locale "en_XA"), or for the system's UI
// languages when it is empty. Replaces what an earlier call installed. Returns the catalog
// that was loaded ("" when the console speaks its source English).
QString installTranslations(QCoreApplication *app, const QString &localeName = {});

} // namespace console::ui

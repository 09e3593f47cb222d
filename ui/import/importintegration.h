#pragma once

#include "core/services.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace console::ui {

class ImportDialog;
class MainWindow;
class OnboardingIntegration;

// Identity → Import persons…: opens the import dialog for the environment in use, and puts
// every identity it creates into the queue as it arrives.
class ImportIntegration : public QObject
{
    Q_OBJECT
public:
    // Uses session (connection, write gate) and identities. Mappings and reports are kept
    // under dataDir (the console's --data-dir), else the user's application data folder.
    // onboarding: what a duplicate cip_id row is handed to (its form services). Parented to
    // the window.
    ImportIntegration(MainWindow *window, const Services &services, const QString &dataDir = {},
                      OnboardingIntegration *onboarding = nullptr);

    QAction *importAction() const { return m_import; }
    ImportDialog *openImport();

    // Where mappings are remembered and reports saved.
    QString mappingFile() const;
    QString reportDir() const;

private:
    MainWindow *m_window;
    Services m_services;
    QString m_dataDir;
    QPointer<OnboardingIntegration> m_onboarding;
    QAction *m_import = nullptr;
    QPointer<ImportDialog> m_dialog;
};

} // namespace console::ui

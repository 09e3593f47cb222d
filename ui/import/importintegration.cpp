#include "ui/import/importintegration.h"

#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/session/session.h"
#include "ui/import/importdialog.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace console::ui {

ImportIntegration::ImportIntegration(MainWindow *window, const Services &services,
                                     const QString &dataDir, OnboardingIntegration *onboarding)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : dataDir)
    , m_onboarding(onboarding)
{
    m_import = new QAction(tr("&Import persons…"), window);
    m_import->setObjectName(u"importPersonsAction"_s);
    m_import->setStatusTip(tr("Create person identities from a CSV or JSON Lines file"));
    connect(m_import, &QAction::triggered, this, [this] { openImport(); });
    window->menu(MainWindow::Menu::Identity)->addAction(m_import);
}

QString ImportIntegration::mappingFile() const
{
    return QDir(m_dataDir).filePath(u"import-mappings.json"_s);
}

QString ImportIntegration::reportDir() const
{
    return QDir(m_dataDir).filePath(u"import-reports"_s);
}

ImportDialog *ImportIntegration::openImport()
{
    // A closed dialog waits for its deletion: a new one is opened then.
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    // The environment in use now: the dialog sends through its connection and write gate.
    auto *dialog =
        new ImportDialog(m_services.session->connection(), m_services.session->writeGuard(),
                         mappingFile(), reportDir(), m_window);
    dialog->setAuditTrail(m_services.audit);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportDialog::identityImported, this, [this](const paxos::Identity &identity) {
        if (!identity.id.isEmpty())
            m_services.identities->upsert(identity);
    });
    // A duplicate cip_id row goes to the same workflow as a single create's 409.
    if (m_onboarding)
        dialog->setOnboardingServices(m_onboarding->formServices());
    connect(dialog, &ImportDialog::openIdentityRequested, this, [this](const QString &id) {
        if (m_services.current)
            m_services.current->open(id);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace console::ui

#include "ui/onboarding/institutionintegration.h"

#include "core/current/currentidentity.h"
#include "core/current/identitylookup.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/onboarding/draftautosaver.h"
#include "core/session/session.h"
#include "ui/onboarding/institutiondialog.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace console::ui {

InstitutionIntegration::InstitutionIntegration(MainWindow *window, const Services &services,
                                               OnboardingIntegration *onboarding)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_onboarding(onboarding)
{
    m_newInstitution = new QAction(tr("New &institution…"), window);
    m_newInstitution->setObjectName(u"newInstitutionAction"_s);
    m_newInstitution->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newInstitution->setStatusTip(
        tr("Onboard a company, trust, fund or partnership with its members: a form checked "
           "against Paxos's institution rules, sent as Create Identity"));
    connect(m_newInstitution, &QAction::triggered, this, [this] { openNewInstitution(); });

    // Right after "New person…", through the menu's extension point.
    QMenu *menu = window->menu(MainWindow::Menu::Identity);
    const QList<QAction *> actions = menu->actions();
    const qsizetype person = actions.indexOf(onboarding->newPersonAction());
    menu->insertAction(person >= 0 ? actions.value(person + 1) : actions.value(0),
                       m_newInstitution);

    connect(onboarding, &OnboardingIntegration::editInstitutionRequested, this,
            [this](const paxos::Identity &institution) { openEditInstitution(institution); });
    connect(onboarding, &OnboardingIntegration::resumeInstitutionDraftRequested, this,
            &InstitutionIntegration::resumeDraft);
}

void InstitutionIntegration::resumeDraft(const Draft &draft)
{
    if (draft.info.kind == onboarding::draftkinds::createInstitution
        || draft.info.identityId.isEmpty()) {
        openNewInstitution()->resumeDraft(draft.info.draftId, draft.form);
        return;
    }
    // An edit draft continues on the institution as it is now on the server (with members).
    const QString draftId = draft.info.draftId;
    const QJsonObject form = draft.form;
    lookUpIdentity(
        m_services.session->connection(), draft.info.identityId, true, this,
        [this, draftId, form](const paxos::Identity &institution) {
            openEditInstitution(institution)->resumeDraft(draftId, form);
        },
        [this](const paxos::ApiError &error) {
            m_window->notify(
                tr("The draft's institution could not be loaded: %1").arg(error.message()));
        });
}

InstitutionDialog *InstitutionIntegration::openNewInstitution()
{
    auto *dialog = new InstitutionDialog(m_onboarding->formServices(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstitutionDialog::identityCreated, this,
            &InstitutionIntegration::showIdentity);
    // A person created on the way is in the queue too.
    connect(dialog, &InstitutionDialog::identityUpdated, this,
            [this](const paxos::Identity &identity) { m_services.identities->upsert(identity); });
    dialog->open();
    return dialog;
}

InstitutionDialog *InstitutionIntegration::openEditInstitution(const paxos::Identity &institution)
{
    auto *dialog = new InstitutionDialog(m_onboarding->formServices(), institution, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstitutionDialog::identityUpdated, this,
            &InstitutionIntegration::showIdentity);
    connect(dialog, &InstitutionDialog::membersChanged, this,
            [this](const QString &id) { m_services.current->open(id); });
    dialog->open();
    return dialog;
}

void InstitutionIntegration::showIdentity(const paxos::Identity &identity)
{
    m_services.identities->upsert(identity);
    const QModelIndex shown =
        m_window->proxy()->mapFromSource(m_services.identities->indexOfId(identity.id));
    if (shown.isValid()) {
        m_window->queueView()->setCurrentIndex(shown);
        m_window->queueView()->scrollTo(shown);
    }
    m_services.current->open(identity.id);
}

} // namespace console::ui

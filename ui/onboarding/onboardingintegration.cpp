#include "ui/onboarding/onboardingintegration.h"

#include "core/current/currentidentity.h"
#include "core/current/identitylookup.h"
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/onboarding/draftautosaver.h"
#include "core/onboarding/sandboxoutcomes.h"
#include "core/record/drafts.h"
#include "core/record/notes.h"
#include "core/record/piireveal.h"
#include "core/session/session.h"
#include "ui/onboarding/draftsdialog.h"
#include "ui/onboarding/persondialog.h"
#include "ui/onboarding/sandboxoutcomespanel.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

OnboardingIntegration::OnboardingIntegration(MainWindow *window, const Services &services,
                                             bool offerDraftsAtStart)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_offerDraftsAtStart(offerDraftsAtStart)
{

    m_newPerson = new QAction(QIcon::fromTheme(u"contact-new"_s), tr("&New person…"), window);
    m_newPerson->setObjectName(u"newPersonAction"_s);
    m_newPerson->setShortcut(QKeySequence::New);
    m_newPerson->setStatusTip(tr("Onboard a person: a checked form, sent as Create Identity"));
    connect(m_newPerson, &QAction::triggered, this, &OnboardingIntegration::openNewPerson);

    m_editIdentity = new QAction(tr("&Edit identity or confirm KYC refresh…"), window);
    m_editIdentity->setObjectName(u"editIdentityAction"_s);
    m_editIdentity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editIdentity->setStatusTip(
        tr("Change the selected identity (only changed fields are sent) or confirm its KYC "
           "refresh"));
    connect(m_editIdentity, &QAction::triggered, this, &OnboardingIntegration::openEditCurrent);

    m_sandboxOutcomes = new QAction(tr("Sandbox &outcomes…"), window);
    m_sandboxOutcomes->setObjectName(u"sandboxOutcomesAction"_s);
    m_sandboxOutcomes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_sandboxOutcomes->setStatusTip(
        tr("Set sandbox sub-statuses and scenarios for the selected identity (not in "
           "Production)"));
    connect(m_sandboxOutcomes, &QAction::triggered, this,
            &OnboardingIntegration::openSandboxOutcomes);

    m_draftsAction = new QAction(tr("&Drafts…"), window);
    m_draftsAction->setObjectName(u"draftsAction"_s);
    m_draftsAction->setStatusTip(tr("Forms saved as you typed them, to continue or discard"));
    connect(m_draftsAction, &QAction::triggered, this, &OnboardingIntegration::openDrafts);

    m_addDemo = new QAction(tr("Add &demo identities"), window);
    m_addDemo->setObjectName(u"addDemoIdentitiesAction"_s);
    m_addDemo->setIconText(tr("Add %n Demo Identities", nullptr, kDemoBatch));
    m_addDemo->setStatusTip(
        tr("Fill the local sandbox with %n realistic identities in every status", nullptr,
           kDemoBatch));
    connect(m_addDemo, &QAction::triggered, this, &OnboardingIntegration::addDemoIdentities);

    // Before the window's own "Open", "Copy id" ...
    QMenu *menu = window->menu(MainWindow::Menu::Identity);
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, m_newPerson);
    menu->insertAction(first, m_editIdentity);
    menu->insertAction(first, m_sandboxOutcomes);
    menu->insertAction(first, m_addDemo);
    menu->insertAction(first, m_draftsAction);
    menu->insertSeparator(first);
    window->setEmptyQueueAction(m_addDemo);

    // The detail pane's identity, loaded with include_details=true, is what Edit starts from.
    connect(m_services.current, &CurrentIdentity::selected, this, [this](const QString &id) {
        if (m_current.id != id)
            m_hasCurrent = false;
        updateActions();
    });
    connect(m_services.current, &CurrentIdentity::loaded, this,
            [this](const paxos::Identity &identity) {
                m_current = identity;
                m_hasCurrent = true;
                updateActions();
            });
    connect(m_services.session, &Session::environmentChanged, this, [this] {
        m_hasCurrent = false;
        updateActions();
    });
    updateActions();

    // Drafts are sealed under a key from the keychain (the composition root hands it to
    // Drafts): offer them once it is there.
    if (m_services.draftKeys) {
        connect(m_services.draftKeys, &DraftKeyLoader::keyReady, this, [this] {
            if (!m_offerDraftsAtStart)
                return;
            // Only a draft the user has not seen listed yet (one left by a crash, say) is
            // worth interrupting the start for; the others wait in Identity → Drafts.
            const auto list = m_services.drafts->list();
            if (list.ok() && DraftsDialog::hasUnseen(list.value(), m_services.settings))
                openDrafts();
        });
        connect(m_services.draftKeys, &DraftKeyLoader::warning, window, &MainWindow::notify);
        connect(m_services.draftKeys, &DraftKeyLoader::failed, window, &MainWindow::notify);
    }
}

OnboardingServices OnboardingIntegration::formServices() const
{
    OnboardingServices services;
    services.connection = m_services.session->connection();
    services.writeGuard = m_services.session->writeGuard();
    services.audit = m_services.audit;
    services.drafts = m_services.drafts;
    services.notes = m_services.notes;
    services.history = m_services.statusHistory;
    services.reasonCodes = m_services.reasonCodes;
    services.production = m_services.session->isProduction();
    services.environment = m_services.session->environmentName();
    return services;
}

void OnboardingIntegration::updateActions()
{
    m_editIdentity->setEnabled(m_hasCurrent);
    m_sandboxOutcomes->setEnabled(m_hasCurrent && !m_services.session->isProduction());
    m_addDemo->setEnabled(
        !m_demo && onboarding::SandboxOutcomes::reachesAdminApi(m_services.session->connection()));
}

void OnboardingIntegration::addDemoIdentities()
{
    if (m_demo)
        return;
    auto *demo = new onboarding::SandboxOutcomes(m_services.session->connection(),
                                                 m_services.session->writeGuard(), this);
    if (!demo->canRunScenario()) {
        delete demo;
        m_window->notify(tr("Demo identities can only be added to the local sandbox."));
        return;
    }
    m_demo = demo;
    updateActions();
    m_window->notify(tr("Adding demo identities to the local sandbox…"));
    const auto finish = [this, demo](const QString &message) {
        demo->deleteLater();
        m_demo.clear();
        updateActions();
        m_window->notify(message);
    };
    connect(demo, &onboarding::SandboxOutcomes::demoIdentitiesAdded, this,
            [this, finish](int created, int total) {
                finish(tr("Added %n demo identities to the local sandbox (%1 in all).", nullptr,
                          created)
                           .arg(QLocale().toString(total)));
                // A reload, not a refresh: the new identities were created and last updated
                // in the past, before the refresh's high-water mark.
                m_services.identities->reload();
            });
    connect(demo, &onboarding::SandboxOutcomes::failed, this,
            [finish](const paxos::ApiError &error) {
                finish(tr("No demo identities were added: %1").arg(error.message()));
            });
    demo->addDemoIdentities(kDemoBatch);
}

void OnboardingIntegration::showIdentity(const paxos::Identity &identity)
{
    m_services.identities->upsert(identity);
    // The queue's proxy sits directly on the identity model (features filter through it).
    const QModelIndex shown =
        m_window->proxy()->mapFromSource(m_services.identities->indexOfId(identity.id));
    if (shown.isValid()) {
        m_window->queueView()->setCurrentIndex(shown);
        m_window->queueView()->scrollTo(shown);
    }
    m_services.current->open(identity.id);
}

void OnboardingIntegration::openNewPerson()
{
    auto *dialog = new PersonDialog(formServices(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::identityCreated, this, &OnboardingIntegration::showIdentity);
    dialog->open();
}

void OnboardingIntegration::openEditCurrent()
{
    if (!m_hasCurrent)
        return;
    if (m_current.isInstitution()) {
        emit editInstitutionRequested(m_current);
        return;
    }
    if (!recordEditFormReveal(m_current.id))
        return;
    auto *dialog = new PersonDialog(formServices(), m_current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::identityUpdated, this, &OnboardingIntegration::showIdentity);
    dialog->open();
}

bool OnboardingIntegration::recordEditFormReveal(const QString &identityId)
{
    // The edit form shows the government id and date of birth in full so they can be
    // corrected: that is a look at PII, recorded before the form opens (no record, no form).
    PiiReveal reveal;
    reveal.identityId = identityId;
    reveal.fields = {u"cip_id"_s, u"date_of_birth"_s, u"tax_payer_id"_s};
    reveal.where = u"edit_form"_s;
    reveal.environment = m_services.session->environmentName();
    const auto recorded = recordPiiReveal(m_services.audit, reveal);
    if (!recorded) {
        QMessageBox::warning(m_window, tr("Edit identity"),
                             tr("The edit form shows the government ID and date of birth in "
                                "full, and that look could not be recorded in the audit trail, "
                                "so the form stays closed: %1")
                                 .arg(recorded.errorMessage()));
    }
    return bool(recorded);
}

void OnboardingIntegration::openSandboxOutcomes()
{
    if (!m_hasCurrent || m_services.session->isProduction())
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"sandboxOutcomesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sandbox outcomes — %1").arg(m_current.id));
    auto *panel = new SandboxOutcomesPanel(formServices(), dialog);
    panel->setIdentityId(m_current.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    layout->addWidget(buttons);
    connect(panel, &SandboxOutcomesPanel::identityChanged, this, [this](const QString &id) {
        m_services.current->open(id);
        m_services.identities->refresh();
    });
    dialog->open();
}

void OnboardingIntegration::openDrafts()
{
    auto *dialog = new DraftsDialog(m_services.drafts, m_window);
    dialog->setSettings(m_services.settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DraftsDialog::openRequested, this, &OnboardingIntegration::resumeDraft);
    dialog->open();
}

void OnboardingIntegration::resumeDraft(const Draft &draft)
{
    if (onboarding::draftkinds::isInstitution(draft.info.kind)) {
        emit resumeInstitutionDraftRequested(draft);
        return;
    }
    if (draft.info.identityId.isEmpty()) {
        auto *dialog = new PersonDialog(formServices(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resumeDraft(draft.info.draftId, draft.form);
        connect(dialog, &PersonDialog::identityCreated, this, &OnboardingIntegration::showIdentity);
        dialog->open();
        return;
    }
    // An edit draft continues on the identity as it is now on the server.
    const QString draftId = draft.info.draftId;
    const QJsonObject form = draft.form;
    lookUpIdentity(
        m_services.session->connection(), draft.info.identityId, true, this,
        [this, draftId, form](const paxos::Identity &identity) {
            if (!recordEditFormReveal(identity.id))
                return;
            auto *dialog = new PersonDialog(formServices(), identity, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->resumeDraft(draftId, form);
            connect(dialog, &PersonDialog::identityUpdated, this,
                    &OnboardingIntegration::showIdentity);
            dialog->open();
        },
        [this](const paxos::ApiError &error) {
            m_window->notify(
                tr("The draft's identity could not be loaded: %1").arg(error.message()));
        });
}

} // namespace console::ui

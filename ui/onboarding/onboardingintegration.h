#pragma once

#include "core/services.h"
#include "paxos/model/identity.h"
#include "ui/onboarding/onboardingservices.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace console {
struct Draft;
namespace onboarding {
class SandboxOutcomes;
}
} // namespace console

namespace console::ui {

class MainWindow;
class SandboxOutcomesPanel;

// The onboarding forms on the window, through its Identity menu: "New person…" (Ctrl+N),
// "Edit identity…" (Ctrl+E, which also offers "Confirm KYC refresh"), "Sandbox outcomes…"
// outside Production, "Drafts…", and the offer of unfinished drafts once their key is read
// (services.draftKeys). A created or updated identity is put into the queue in place and
// selected.
class OnboardingIntegration : public QObject
{
    Q_OBJECT
public:
    // Uses session, identities, current, audit, drafts, draftKeys, notes, statusHistory
    // and reasonCodes. offerDraftsAtStart: not in screenshot or test runs. Parented to the
    // window.
    OnboardingIntegration(MainWindow *window, const Services &services, bool offerDraftsAtStart);

    QAction *newPersonAction() const { return m_newPerson; }
    QAction *editIdentityAction() const { return m_editIdentity; }
    QAction *sandboxOutcomesAction() const { return m_sandboxOutcomes; }
    QAction *draftsAction() const { return m_draftsAction; }
    QAction *addDemoIdentitiesAction() const { return m_addDemo; }
    Drafts *drafts() const { return m_services.drafts; }
    // The services the forms get, for the environment in use now.
    OnboardingServices formServices() const;

    void openNewPerson();
    void openEditCurrent();
    void openSandboxOutcomes();
    void openDrafts();
    // Fills the local sandbox with a batch of demo identities, then reloads the queue.
    void addDemoIdentities();

    static constexpr int kDemoBatch = 40;

signals:
    // Edit on an institution: the institution feature opens its own form.
    void editInstitutionRequested(const paxos::Identity &institution);
    // Drafts…: an institution form's draft: the institution feature reopens it.
    void resumeInstitutionDraftRequested(const console::Draft &draft);

private:
    void resumeDraft(const Draft &draft);
    // Records the look at PII the edit form is about to give; false (and said) when it cannot.
    bool recordEditFormReveal(const QString &identityId);
    void showIdentity(const paxos::Identity &identity);
    void updateActions();

    MainWindow *m_window;
    Services m_services;
    bool m_offerDraftsAtStart;
    paxos::Identity m_current; // the detail pane's identity, with details
    bool m_hasCurrent = false;
    QAction *m_newPerson = nullptr;
    QAction *m_editIdentity = nullptr;
    QAction *m_sandboxOutcomes = nullptr;
    QAction *m_draftsAction = nullptr;
    QAction *m_addDemo = nullptr;
    QPointer<onboarding::SandboxOutcomes> m_demo; // while a batch is being added
};

} // namespace console::ui

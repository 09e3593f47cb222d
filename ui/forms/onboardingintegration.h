#pragma once

#include "paxos/model/identity.h"
#include "ui/forms/onboardingservices.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace console {
class CredentialStore;
class CurrentIdentity;
class IdentityTableModel;
class Session;
class Store;
struct Draft;
namespace onboarding {
class SandboxOutcomes;
}
} // namespace console

namespace console::ui {

class MainWindow;
class SandboxOutcomesPanel;

// Puts the onboarding forms into the main window: "New person…" (Ctrl+N), "Edit identity…"
// (Ctrl+E, which also offers "Confirm KYC refresh"), "Sandbox outcomes…" outside Production,
// "Drafts…", and the offer of unfinished drafts at start. A created or updated identity is
// put into the queue in place and selected.
class OnboardingIntegration : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        MainWindow *window = nullptr;
        Session *session = nullptr;
        IdentityTableModel *identities = nullptr;
        CurrentIdentity *current = nullptr;
        AuditTrail *audit = nullptr;
        Store *store = nullptr;
        CredentialStore *credentials = nullptr;
        // Offer unfinished drafts when the key is ready (not in screenshot/test runs).
        bool offerDraftsAtStart = true;
    };
    OnboardingIntegration(const Services &services, QObject *parent = nullptr);

    QAction *newPersonAction() const { return m_newPerson; }
    QAction *editIdentityAction() const { return m_editIdentity; }
    QAction *sandboxOutcomesAction() const { return m_sandboxOutcomes; }
    QAction *draftsAction() const { return m_draftsAction; }
    QAction *addDemoIdentitiesAction() const { return m_addDemo; }
    Drafts *drafts() const { return m_drafts; }
    // The services the forms get, for the environment in use now.
    OnboardingServices formServices() const;

    void openNewPerson();
    void openEditCurrent();
    void openSandboxOutcomes();
    void openDrafts();
    // Fills the local sandbox with a batch of demo identities, then reloads the queue.
    void addDemoIdentities();

    static constexpr int kDemoBatch = 40;

private:
    void resumeDraft(const Draft &draft);
    void showIdentity(const paxos::Identity &identity);
    void updateActions();

    Services m_services;
    Drafts *m_drafts = nullptr;
    Notes *m_notes = nullptr;
    StatusHistory *m_history = nullptr;
    ReasonCodes *m_reasonCodes = nullptr;
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

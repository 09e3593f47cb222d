#pragma once

#include "core/services.h"
#include "paxos/model/identity.h"

#include <QObject>

class QAction;

namespace console {
struct Draft;
}

namespace console::ui {

class InstitutionDialog;
class MainWindow;
class OnboardingIntegration;

// Institutions on the window: "New institution…" in the Identity menu (after New person),
// and the institution form for Edit when the selected identity is an institution (the
// onboarding feature hands it over: the person form never opens on an institution), and
// the institution form's drafts offered in Drafts…. A created or updated institution is put
// into the queue and selected.
class InstitutionIntegration : public QObject
{
    Q_OBJECT
public:
    // Forms get their services from `onboarding` (the same connection, gate and record).
    InstitutionIntegration(MainWindow *window, const Services &services,
                           OnboardingIntegration *onboarding);

    QAction *newInstitutionAction() const { return m_newInstitution; }
    InstitutionDialog *openNewInstitution();
    InstitutionDialog *openEditInstitution(const paxos::Identity &institution);
    // Identity → Drafts…: an institution form's draft reopens in the institution form.
    void resumeDraft(const Draft &draft);

private:
    void showIdentity(const paxos::Identity &identity);

    MainWindow *m_window;
    Services m_services;
    OnboardingIntegration *m_onboarding;
    QAction *m_newInstitution = nullptr;
};

} // namespace console::ui

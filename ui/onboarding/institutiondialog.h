#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"
#include "ui/onboarding/onboardingservices.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace console::onboarding {
class DraftAutosaver;
class InstitutionMembers;
class InstitutionSubmission;
} // namespace console::onboarding

namespace console::ui {

class InstitutionForm;
class InstitutionMemberPicker;
class PersonDialog;

// Create an institution identity, or edit one, in the InstitutionForm. Beside the form: the
// exact request JSON (copyable as cURL) and the checks of Paxos's institution rules. Members
// are found among existing persons (InstitutionMemberPicker) or created on the way with the
// person form. Sending goes through core/onboarding's InstitutionSubmission (the write gate);
// when editing, members are added and removed at once through InstitutionMembers, since
// Update Identity does not change them. What is typed is kept as a draft while typing (the
// person form's DraftAutosaver), so a crash loses at most the last half second; the draft
// goes once the institution is sent, and Identity → Drafts… reopens it otherwise.
class InstitutionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstitutionDialog(const OnboardingServices &services, QWidget *parent = nullptr);
    // An existing institution, as Get Identity returned it with details and members.
    InstitutionDialog(const OnboardingServices &services, const paxos::Identity &identity,
                      QWidget *parent = nullptr);
    ~InstitutionDialog() override;

    bool isEditing() const { return !m_identityId.isEmpty(); }
    InstitutionForm *form() const { return m_form; }
    QJsonObject pendingBody() const;
    QString pendingCurl() const;
    QString bannerText() const;

    // Continues a saved draft: its form, and later saves go to the same draft.
    void resumeDraft(const QString &draftId, const QJsonObject &form);
    QString draftId() const;

    void fillSandboxExample();
    void submit();
    // The member flows; each opens its dialog and returns it (tests drive it).
    InstitutionMemberPicker *openMemberPicker();
    PersonDialog *openNewPersonMember();
    void reject() override;

signals:
    void identityCreated(const paxos::Identity &identity);
    void identityUpdated(const paxos::Identity &identity);
    // Edit mode: the members changed at Paxos.
    void membersChanged(const QString &institutionId);

private:
    InstitutionDialog(const OnboardingServices &services, const paxos::Identity *identity,
                      QWidget *parent);
    void updateSubmitState();
    void setBusy(bool busy);
    void showBanner(const QString &text);
    void onSucceeded(const paxos::Identity &identity, bool recovered);
    void onFailed(const paxos::ApiError &error);
    void addChosenMember(const paxos::Identity &person, const QStringList &roles,
                         const QString &ownership, const QString &position);
    QString institutionName() const;
    QString institutionType() const;

    OnboardingServices m_services;
    QString m_identityId;
    QJsonObject m_original;
    InstitutionForm *m_form;
    onboarding::InstitutionSubmission *m_submission;
    onboarding::InstitutionMembers *m_members;
    onboarding::DraftAutosaver *m_drafts;
    QTabWidget *m_side;
    QPlainTextEdit *m_json;
    QListWidget *m_checks;
    QLabel *m_banner;
    QLabel *m_blockedLabel;
    QLabel *m_draftLabel;
    QProgressBar *m_progress;
    QPushButton *m_exampleButton = nullptr;
    QPushButton *m_submitButton;
    QPushButton *m_cancelButton;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace console::ui

#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"
#include "ui/onboarding/onboardingservices.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace console::onboarding {
class DraftAutosaver;
class PersonSubmission;
} // namespace console::onboarding

namespace console::ui {

class PersonForm;

// Create a person identity, or edit one, in the PersonForm. Beside the form: the exact JSON
// that will be sent (copyable as cURL) and, when editing, the changes. Submitting shows
// progress, can be stopped and is safe to repeat; a 400 naming a field is shown under that
// field, a duplicate cip_id opens the DuplicateCipIdDialog, a duplicate ref_id offers the
// existing identity. Everything typed is kept as a draft until it is sent.
//
// Keys: Enter sends when the form is valid; Esc closes and keeps the draft (or stops a send
// in progress).
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    // A new identity.
    explicit PersonDialog(const OnboardingServices &services, QWidget *parent = nullptr);
    // An existing identity, as Get Identity returned it with include_details=true.
    PersonDialog(const OnboardingServices &services, const paxos::Identity &identity,
                 QWidget *parent = nullptr);
    ~PersonDialog() override;

    bool isEditing() const { return !m_identityId.isEmpty(); }
    PersonForm *form() const { return m_form; }
    // Continue a draft offered at start (its form replaces the fields).
    void resumeDraft(const QString &draftId, const QJsonObject &form);
    QString draftId() const;

    // The request body that Submit sends now (create request or update delta).
    QJsonObject pendingBody() const;
    // That body as a cURL command in the Paxos guide's shape (token as a placeholder).
    QString pendingCurl() const;

    void fillSandboxExample();
    void submit();
    void confirmKycRefresh();
    // Esc / Cancel: stops a send in progress, otherwise closes keeping the draft.
    void reject() override;

signals:
    void identityCreated(const paxos::Identity &identity);
    void identityUpdated(const paxos::Identity &identity);
    void openIdentityRequested(const QString &identityId);

private:
    PersonDialog(const OnboardingServices &services, const paxos::Identity *identity,
                 QWidget *parent);
    void onFormChanged();
    void updateSubmitState();
    void setBusy(bool busy);
    void showBanner(const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    void onSucceeded(const paxos::Identity &identity, bool recovered);
    void onFailed(const paxos::ApiError &error);
    QString personName() const;

    OnboardingServices m_services;
    QString m_identityId;
    QJsonObject m_original; // editableShape() of the identity being edited
    PersonForm *m_form;
    onboarding::PersonSubmission *m_submission;
    onboarding::DraftAutosaver *m_drafts;
    QTabWidget *m_side;
    QPlainTextEdit *m_json;
    QTreeWidget *m_changes = nullptr;
    QLabel *m_rescreenWarning = nullptr;
    QLabel *m_blockedLabel;
    QLabel *m_banner;
    QPushButton *m_bannerAction;
    std::function<void()> m_bannerCallback;
    QProgressBar *m_progress;
    QPushButton *m_exampleButton = nullptr;
    QPushButton *m_kycButton = nullptr;
    QPushButton *m_submitButton;
    QPushButton *m_cancelButton;
    QLabel *m_draftLabel;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace console::ui

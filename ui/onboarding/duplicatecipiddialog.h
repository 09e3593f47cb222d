#pragma once

#include "core/onboarding/duplicatecipworkflow.h"
#include "ui/onboarding/onboardingservices.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace console::ui {

// Guides the reviewer through a Create Identity 409 "duplicate cip_id": the existing
// identity beside what was entered, then one of the guide's two answers — decline the
// customer (reason recorded in the audit trail and as a note on the existing identity), or,
// when it is the same person, open a new account on the existing identity.
class DuplicateCipIdDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicateCipIdDialog(const OnboardingServices &services, const QJsonObject &entered,
                         const QString &existingId, QWidget *parent = nullptr);
    ~DuplicateCipIdDialog() override;

    onboarding::DuplicateCipWorkflow *workflow() const { return m_workflow; }

signals:
    void openIdentityRequested(const QString &identityId);
    void accountCreated(const paxos::Account &account);
    void declined();

private:
    void onStateChanged();
    void fillComparison();
    void updateActionButton();
    void act();

    OnboardingServices m_services;
    onboarding::DuplicateCipWorkflow *m_workflow;
    // The existing identity's cip_id and date of birth are shown once their look is recorded.
    bool m_existingRevealed = false;
    QString m_revealError;
    QLabel *m_stateLabel;
    QTableWidget *m_comparison;
    QRadioButton *m_declineRadio;
    QRadioButton *m_accountRadio;
    QComboBox *m_reasonCode;
    QPlainTextEdit *m_reasonText;
    QComboBox *m_accountType;
    QLineEdit *m_accountDescription;
    QCheckBox *m_createProfile;
    QWidget *m_declineBox;
    QWidget *m_accountBox;
    QPushButton *m_actButton;
    QPushButton *m_openButton;
    QPushButton *m_retryButton;
    QPushButton *m_closeButton;
};

} // namespace console::ui

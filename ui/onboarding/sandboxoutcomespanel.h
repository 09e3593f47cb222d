#pragma once

#include "core/onboarding/sandboxoutcomes.h"
#include "ui/onboarding/onboardingservices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace console::ui {

// Outside Production: sets an identity's sandbox sub-statuses (Sandbox Set Identity Status)
// and, on the local sandbox, runs its scenario triggers, so a demo can walk every branch
// (approval, sanctions hit, manual review, EDD, KYC refresh, Paxos controls).
class SandboxOutcomesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxOutcomesPanel(const OnboardingServices &services, QWidget *parent = nullptr);

    void setIdentityId(const QString &identityId);
    QString identityId() const { return m_identityId; }
    onboarding::SandboxOutcomes *outcomes() const { return m_outcomes; }

    void applyStatuses();
    void runScenario();

signals:
    // The identity changed on the server: reload it.
    void identityChanged(const QString &identityId);

private:
    void updateState();

    OnboardingServices m_services;
    onboarding::SandboxOutcomes *m_outcomes;
    QString m_identityId;
    QComboBox *m_idVerification;
    QComboBox *m_sanctions;
    QComboBox *m_additional;
    QComboBox *m_document;
    QComboBox *m_scenario;
    QLabel *m_scenarioEffect;
    QPushButton *m_applyButton;
    QPushButton *m_scenarioButton;
    QLabel *m_status;
};

} // namespace console::ui

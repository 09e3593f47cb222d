#include "ui/onboarding/sandboxoutcomespanel.h"

#include "paxos/model/enums.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QComboBox *statusCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(SandboxOutcomesPanel::tr("Leave as it is"), QString());
    const paxos::EnumTable &table = paxos::enums::identityStatus();
    for (const QString &wire : table.wires())
        combo->addItem(table.label(wire), wire);
    return combo;
}

} // namespace

SandboxOutcomesPanel::SandboxOutcomesPanel(const OnboardingServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_outcomes(new onboarding::SandboxOutcomes(services.connection, services.writeGuard, this))
{
    setObjectName(u"SandboxOutcomesPanel"_s);
    auto *layout = new QVBoxLayout(this);

    auto *statuses = new QGroupBox(tr("Sandbox sub-statuses"), this);
    auto *form = new QFormLayout(statuses);
    m_idVerification = statusCombo(statuses, u"idVerificationCombo"_s);
    m_sanctions = statusCombo(statuses, u"sanctionsCombo"_s);
    m_additional = statusCombo(statuses, u"additionalScreeningCombo"_s);
    m_document = statusCombo(statuses, u"documentVerificationCombo"_s);
    form->addRow(tr("&ID verification"), m_idVerification);
    form->addRow(tr("&Sanctions screening"), m_sanctions);
    form->addRow(tr("&Additional screening"), m_additional);
    form->addRow(tr("&Document verification"), m_document);
    m_applyButton = new QPushButton(tr("Set s&tatuses"), statuses);
    m_applyButton->setObjectName(u"applyStatusesButton"_s);
    form->addRow(QString(), m_applyButton);
    layout->addWidget(statuses);

    auto *scenarios = new QGroupBox(tr("Local sandbox scenario"), this);
    auto *scenarioLayout = new QFormLayout(scenarios);
    m_scenario = new QComboBox(scenarios);
    m_scenario->setObjectName(u"scenarioCombo"_s);
    for (const onboarding::SandboxScenario &s : onboarding::SandboxOutcomes::scenarios())
        m_scenario->addItem(s.label, s.key);
    m_scenarioEffect = new QLabel(scenarios);
    m_scenarioEffect->setWordWrap(true);
    m_scenarioEffect->setForegroundRole(QPalette::PlaceholderText);
    m_scenarioButton = new QPushButton(tr("&Run scenario"), scenarios);
    m_scenarioButton->setObjectName(u"runScenarioButton"_s);
    scenarioLayout->addRow(tr("Sce&nario"), m_scenario);
    scenarioLayout->addRow(QString(), m_scenarioEffect);
    scenarioLayout->addRow(QString(), m_scenarioButton);
    layout->addWidget(scenarios);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto showEffect = [this] {
        const auto all = onboarding::SandboxOutcomes::scenarios();
        const int i = m_scenario->currentIndex();
        m_scenarioEffect->setText(i >= 0 && i < all.size() ? all.at(i).effect : QString());
    };
    connect(m_scenario, &QComboBox::currentIndexChanged, this, showEffect);
    showEffect();
    connect(m_applyButton, &QPushButton::clicked, this, &SandboxOutcomesPanel::applyStatuses);
    connect(m_scenarioButton, &QPushButton::clicked, this, &SandboxOutcomesPanel::runScenario);
    connect(m_outcomes, &onboarding::SandboxOutcomes::applied, this, [this](const QString &id) {
        m_status->setText(tr("Done. The identity is reloaded."));
        updateState();
        emit identityChanged(id);
    });
    connect(m_outcomes, &onboarding::SandboxOutcomes::failed, this,
            [this](const paxos::ApiError &e) {
                m_status->setText(e.message());
                updateState();
            });
    updateState();
}

void SandboxOutcomesPanel::setIdentityId(const QString &identityId)
{
    m_identityId = identityId;
    m_status->clear();
    updateState();
}

void SandboxOutcomesPanel::updateState()
{
    const bool idle = !m_outcomes->isRunning() && !m_identityId.isEmpty();
    m_applyButton->setEnabled(idle && m_outcomes->canSetStatus());
    m_scenarioButton->setEnabled(idle && m_outcomes->canRunScenario());
    if (!m_outcomes->canSetStatus())
        m_status->setText(tr("Sandbox outcomes are not available in Production."));
    else if (!m_outcomes->canRunScenario())
        m_scenarioButton->setToolTip(tr("Scenario triggers exist only in the local sandbox."));
}

void SandboxOutcomesPanel::applyStatuses()
{
    QJsonObject statuses;
    const QList<std::pair<QComboBox *, QString>> combos{
        {m_idVerification, u"id_verification_status"_s},
        {m_sanctions, u"sanctions_verification_status"_s},
        {m_additional, u"additional_screening_status"_s},
        {m_document, u"document_verification_status"_s}};
    for (const auto &[combo, key] : combos)
        if (!combo->currentData().toString().isEmpty())
            statuses.insert(key, combo->currentData().toString());
    if (statuses.isEmpty()) {
        m_status->setText(tr("Choose at least one status to set."));
        return;
    }
    m_status->setText(tr("Setting statuses…"));
    m_outcomes->setStatus(m_identityId, statuses);
    updateState();
}

void SandboxOutcomesPanel::runScenario()
{
    m_status->setText(tr("Running scenario…"));
    m_outcomes->runScenario(m_identityId, m_scenario->currentData().toString());
    updateState();
}

} // namespace console::ui

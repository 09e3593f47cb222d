#include "ui/onboarding/duplicatecipiddialog.h"

#include "core/record/notes.h"
#include "core/record/piireveal.h"
#include "paxos/model/countries.h"
#include "paxos/model/enums.h"
#include "ui/widgets/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

struct Row
{
    const char *label;
    QString path; // inside person_details, "address" for the one-line address
};

QString valueAt(const QJsonObject &person, const QString &key)
{
    if (key == "address"_L1)
        return paxos::Address::fromJson(person.value("address"_L1).toObject()).singleLine();
    const QString v = person.value(key).toString();
    if (key == "cip_id_type"_L1)
        return paxos::enums::cipIdType().label(v);
    if (key == "nationality"_L1 || key == "cip_id_country"_L1)
        return v.isEmpty() ? v : paxos::countryDisplayName(v);
    if (key == "date_of_birth"_L1)
        return v.left(10);
    return v;
}

} // namespace

DuplicateCipIdDialog::DuplicateCipIdDialog(const OnboardingServices &services,
                                           const QJsonObject &entered, const QString &existingId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_workflow(new onboarding::DuplicateCipWorkflow(services.connection, services.writeGuard,
                                                      services.audit, services.notes, this))
{
    setObjectName(u"DuplicateCipIdDialog"_s);
    setWindowTitle(tr("Government ID already onboarded"));
    resizeWithinScreen(this, QSize(900, 680));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Paxos already holds an identity with this government ID (same number, type and "
           "country), so it did not create a new one. Compare the two below. If they are "
           "different people, decline this customer. If it is the same person, open a new "
           "account on the existing identity instead of a second identity."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    m_stateLabel->setWordWrap(true);
    layout->addWidget(m_stateLabel);

    m_comparison = new QTableWidget(0, 2, this);
    m_comparison->setObjectName(u"comparisonTable"_s);
    m_comparison->setHorizontalHeaderLabels({tr("Entered now"), tr("Existing identity")});
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_comparison, 1);

    auto *decision = new QGroupBox(tr("Decision"), this);
    auto *decisionLayout = new QVBoxLayout(decision);
    m_declineRadio = new QRadioButton(tr("&Different person: decline this customer"), decision);
    m_declineRadio->setObjectName(u"declineRadio"_s);
    m_accountRadio =
        new QRadioButton(tr("&Same person: open a new account on the existing identity"), decision);
    m_accountRadio->setObjectName(u"accountRadio"_s);
    decisionLayout->addWidget(m_declineRadio);

    m_declineBox = new QWidget(decision);
    auto *declineForm = new QFormLayout(m_declineBox);
    m_reasonCode = new QComboBox(m_declineBox);
    m_reasonCode->setObjectName(u"reasonCodeCombo"_s);
    if (services.reasonCodes) {
        const auto codes = services.reasonCodes->list();
        if (codes.ok())
            for (const ReasonCode &c : codes.value())
                m_reasonCode->addItem(c.label, c.code);
    }
    if (m_reasonCode->count() == 0)
        m_reasonCode->addItem(tr("Other"), u"OTHER"_s);
    m_reasonText = new QPlainTextEdit(m_declineBox);
    m_reasonText->setObjectName(u"reasonEdit"_s);
    m_reasonText->setTabChangesFocus(true);
    m_reasonText->setPlaceholderText(tr("Why this customer is declined (recorded)"));
    m_reasonText->setMaximumHeight(70);
    auto *codeLabel = new QLabel(tr("Reason &code"), m_declineBox);
    codeLabel->setBuddy(m_reasonCode);
    auto *textLabel = new QLabel(tr("&Reason"), m_declineBox);
    textLabel->setBuddy(m_reasonText);
    declineForm->addRow(codeLabel, m_reasonCode);
    declineForm->addRow(textLabel, m_reasonText);
    decisionLayout->addWidget(m_declineBox);

    decisionLayout->addWidget(m_accountRadio);
    m_accountBox = new QWidget(decision);
    auto *accountForm = new QFormLayout(m_accountBox);
    m_accountType = new QComboBox(m_accountBox);
    m_accountType->setObjectName(u"accountTypeCombo"_s);
    for (const QString &wire : paxos::enums::accountType().wires())
        m_accountType->addItem(paxos::enums::accountType().label(wire), wire);
    m_accountDescription = new QLineEdit(m_accountBox);
    m_accountDescription->setObjectName(u"accountDescriptionEdit"_s);
    m_createProfile =
        new QCheckBox(tr("Create a &profile (balances) with the account"), m_accountBox);
    m_createProfile->setChecked(true);
    auto *typeLabel = new QLabel(tr("Account &type"), m_accountBox);
    typeLabel->setBuddy(m_accountType);
    auto *descLabel = new QLabel(tr("D&escription"), m_accountBox);
    descLabel->setBuddy(m_accountDescription);
    accountForm->addRow(typeLabel, m_accountType);
    accountForm->addRow(descLabel, m_accountDescription);
    accountForm->addRow(QString(), m_createProfile);
    decisionLayout->addWidget(m_accountBox);
    layout->addWidget(decision);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open existing identity"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(u"openExistingButton"_s);
    m_retryButton = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_actButton = buttons->addButton(tr("Decline customer"), QDialogButtonBox::AcceptRole);
    m_actButton->setObjectName(u"actButton"_s);
    m_actButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_openButton, &QPushButton::clicked, this,
            [this] { emit openIdentityRequested(m_workflow->existingId()); });
    connect(m_retryButton, &QPushButton::clicked, m_workflow,
            &onboarding::DuplicateCipWorkflow::retry);
    connect(m_actButton, &QPushButton::clicked, this, &DuplicateCipIdDialog::act);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QRadioButton *r : {m_declineRadio, m_accountRadio})
        connect(r, &QRadioButton::toggled, this, &DuplicateCipIdDialog::updateActionButton);
    connect(m_reasonText, &QPlainTextEdit::textChanged, this,
            &DuplicateCipIdDialog::updateActionButton);
    connect(m_workflow, &onboarding::DuplicateCipWorkflow::stateChanged, this,
            &DuplicateCipIdDialog::onStateChanged);
    connect(m_workflow, &onboarding::DuplicateCipWorkflow::accountCreated, this,
            &DuplicateCipIdDialog::accountCreated);
    connect(m_workflow, &onboarding::DuplicateCipWorkflow::declined, this,
            &DuplicateCipIdDialog::declined);

    m_declineRadio->setChecked(true);
    m_workflow->start(entered, existingId);
    const QJsonObject person = entered.value("person_details"_L1).toObject();
    m_accountDescription->setText(tr("Brokerage account for %1 %2")
                                      .arg(person.value("first_name"_L1).toString(),
                                           person.value("last_name"_L1).toString()));
    fillComparison();
    onStateChanged();
}

DuplicateCipIdDialog::~DuplicateCipIdDialog() = default;

void DuplicateCipIdDialog::fillComparison()
{
    static const QList<Row> rows{
        {QT_TR_NOOP("First name"), u"first_name"_s},
        {QT_TR_NOOP("Middle name"), u"middle_name"_s},
        {QT_TR_NOOP("Last name"), u"last_name"_s},
        {QT_TR_NOOP("Date of birth"), u"date_of_birth"_s},
        {QT_TR_NOOP("Address"), u"address"_s},
        {QT_TR_NOOP("Nationality"), u"nationality"_s},
        {QT_TR_NOOP("Government ID type"), u"cip_id_type"_s},
        {QT_TR_NOOP("Government ID number"), u"cip_id"_s},
        {QT_TR_NOOP("Government ID country"), u"cip_id_country"_s},
        {QT_TR_NOOP("Email"), u"email"_s},
        {QT_TR_NOOP("Phone number"), u"phone_number"_s},
    };
    const QJsonObject entered = m_workflow->entered().value("person_details"_L1).toObject();
    const bool loaded = m_workflow->existing().personDetails.has_value();
    const QJsonObject existing =
        loaded ? m_workflow->existing().raw.value("person_details"_L1).toObject() : QJsonObject();
    // The existing identity's government id and date of birth are someone else's record: shown
    // only once that look is in the audit trail (what the reviewer typed is theirs already).
    if (loaded && !m_existingRevealed && m_revealError.isEmpty()) {
        PiiReveal reveal;
        reveal.identityId = m_workflow->existingId();
        reveal.fields = {u"cip_id"_s, u"date_of_birth"_s};
        reveal.where = u"duplicate_cip"_s;
        reveal.environment = m_services.environment;
        const auto recorded = recordPiiReveal(m_services.audit, reveal);
        m_existingRevealed = bool(recorded);
        if (!recorded)
            m_revealError = recorded.errorMessage();
    }
    const auto hiddenUnlessRecorded = [this](const QString &path, const QString &value) {
        if (m_existingRevealed || value.isEmpty()
            || (path != "cip_id"_L1 && path != "date_of_birth"_L1))
            return value;
        return tr("Hidden: the look could not be recorded (%1)").arg(m_revealError);
    };
    m_comparison->setRowCount(int(rows.size()) + 2);
    QStringList headers;
    int r = 0;
    for (const Row &row : rows) {
        headers << tr(row.label);
        const QString a = valueAt(entered, row.path);
        const QString b =
            loaded ? hiddenUnlessRecorded(row.path, valueAt(existing, row.path)) : tr("Loading…");
        auto *ia = new QTableWidgetItem(a);
        auto *ib = new QTableWidgetItem(b);
        if (loaded && a.compare(b, Qt::CaseInsensitive) != 0) {
            QFont bold = ia->font();
            bold.setBold(true);
            ia->setFont(bold);
            ib->setFont(bold);
            ia->setToolTip(tr("Differs"));
        }
        m_comparison->setItem(r, 0, ia);
        m_comparison->setItem(r, 1, ib);
        ++r;
    }
    headers << tr("Reference ID") << tr("Status");
    m_comparison->setItem(
        r, 0, new QTableWidgetItem(m_workflow->entered().value("ref_id"_L1).toString()));
    m_comparison->setItem(r, 1,
                          new QTableWidgetItem(m_workflow->existing().refId.value_or(QString())));
    ++r;
    m_comparison->setItem(r, 0, new QTableWidgetItem(tr("Not created")));
    m_comparison->setItem(r, 1,
                          new QTableWidgetItem(loaded ? paxos::enums::identityStatus().label(
                                                   m_workflow->existing().effectiveStatus())
                                                      : QString()));
    m_comparison->setVerticalHeaderLabels(headers);
}

void DuplicateCipIdDialog::onStateChanged()
{
    using S = onboarding::DuplicateCipWorkflow::State;
    const S state = m_workflow->state();
    const bool deciding = state == S::Comparing;
    m_retryButton->setVisible(state == S::Failed);
    m_openButton->setEnabled(!m_workflow->existingId().isEmpty());
    switch (state) {
    case S::Idle:
    case S::FetchingExisting:
        m_stateLabel->setText(tr("Loading the existing identity…"));
        break;
    case S::Comparing:
        m_stateLabel->setText(tr("Existing identity %1 loaded.").arg(m_workflow->existingId()));
        fillComparison();
        break;
    case S::CreatingAccount:
        m_stateLabel->setText(tr("Opening the account…"));
        break;
    case S::AccountCreated:
        m_stateLabel->setText(tr("Account %1 opened on the existing identity. The decision is "
                                 "recorded in the audit trail.")
                                  .arg(m_workflow->account().id));
        break;
    case S::Declined:
        m_stateLabel->setText(
            tr("The customer is declined. The decision and its reason are recorded."));
        break;
    case S::Failed:
        m_stateLabel->setText(m_workflow->error() ? m_workflow->error()->message() : QString());
        break;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_declineRadio),
                       static_cast<QWidget *>(m_accountRadio), m_declineBox, m_accountBox})
        w->setEnabled(deciding || state == S::Failed);
    if (state == S::AccountCreated || state == S::Declined) {
        m_actButton->hide();
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
    }
    updateActionButton();
}

void DuplicateCipIdDialog::updateActionButton()
{
    using S = onboarding::DuplicateCipWorkflow::State;
    const bool decline = m_declineRadio->isChecked();
    m_declineBox->setVisible(decline);
    m_accountBox->setVisible(!decline);
    m_actButton->setText(decline ? tr("&Decline customer") : tr("Open &account"));
    const S state = m_workflow->state();
    const bool ready = state == S::Comparing
        || (state == S::Failed && m_workflow->existing().personDetails.has_value());
    m_actButton->setEnabled(ready
                            && (!decline || !m_reasonText->toPlainText().trimmed().isEmpty()));
    m_actButton->setToolTip(decline && m_reasonText->toPlainText().trimmed().isEmpty()
                                ? tr("Write the reason first.")
                                : QString());
}

void DuplicateCipIdDialog::act()
{
    if (m_declineRadio->isChecked())
        m_workflow->decline(m_reasonCode->currentData().toString(),
                            m_reasonText->toPlainText().trimmed());
    else
        m_workflow->createAccount(m_accountType->currentData().toString(),
                                  m_accountDescription->text().trimmed(),
                                  m_createProfile->isChecked());
}

} // namespace console::ui

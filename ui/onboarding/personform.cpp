#include "ui/onboarding/personform.h"

#include "core/onboarding/identitydelta.h"
#include "paxos/model/countries.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "ui/onboarding/personformfields.h"
#include "ui/widgets/theme.h"
#include "ui_personform.h"

#include <QCalendarWidget>
#include <QCompleter>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace console::ui {

using namespace personformfields;

namespace {

void fillEnum(QComboBox *combo, const paxos::EnumTable &table, const QStringList &only = {})
{
    combo->clear();
    combo->addItem(PersonForm::tr("— Choose —"), QString());
    for (const QString &wire : table.wires()) {
        if (!only.isEmpty() && !only.contains(wire))
            continue;
        QString label = table.label(wire);
        if (table.isProhibited(wire))
            label = PersonForm::tr("%1 (prohibited by Paxos)").arg(label);
        combo->addItem(label, wire);
    }
}

} // namespace

void setupCountryCombo(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->clear();
    combo->addItem(QString(), QString());
    QList<const paxos::Country *> sorted;
    for (const paxos::Country &c : paxos::countries())
        sorted << &c;
    std::sort(sorted.begin(), sorted.end(), [](const paxos::Country *a, const paxos::Country *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const paxos::Country *c : sorted)
        combo->addItem(paxos::countrySearchText(*c), c->alpha3); // finds name, alpha-3, alpha-2
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(PersonForm::tr("Type a country name or code"));
}

QString countryComboValue(const QComboBox *combo)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    if (combo->currentIndex() > 0 && combo->itemText(combo->currentIndex()) == typed)
        return combo->currentData().toString();
    // Typed without picking: a code (alpha-3 or alpha-2), a name or the picker text.
    if (const paxos::Country *c = paxos::findCountry(typed))
        return c->alpha3;
    return typed; // shown as a problem by validation
}

void setCountryComboValue(QComboBox *combo, const QString &alpha3)
{
    const int index = combo->findData(alpha3);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(alpha3);
}

PersonForm::PersonForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PersonForm>())
    , m_validator(&paxos::validateCreateIdentity)
{
    m_ui->setupUi(this);
    m_ui->taxDetailsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->taxDetailsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->metadataTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->legendLabel->setForegroundRole(QPalette::PlaceholderText);

    const QHash<QString, QWidget *> fields{
        {kPerson + "first_name"_L1, m_ui->firstNameEdit},
        {kPerson + "middle_name"_L1, m_ui->middleNameEdit},
        {kPerson + "last_name"_L1, m_ui->lastNameEdit},
        {kPerson + "date_of_birth"_L1, m_ui->dateOfBirthEdit},
        {kPerson + "nationality"_L1, m_ui->nationalityCombo},
        {kPerson + "country_of_birth"_L1, m_ui->countryOfBirthCombo},
        {kPerson + "profession"_L1, m_ui->professionEdit},
        {kPerson + "phone_number"_L1, m_ui->phoneNumberEdit},
        {kPerson + "email"_L1, m_ui->emailEdit},
        {kAddress + "address1"_L1, m_ui->address1Edit},
        {kAddress + "address2"_L1, m_ui->address2Edit},
        {kAddress + "city"_L1, m_ui->cityEdit},
        {kAddress + "province"_L1, m_ui->provinceEdit},
        {kAddress + "zip_code"_L1, m_ui->zipCodeEdit},
        {kAddress + "country"_L1, m_ui->addressCountryCombo},
        {kPerson + "cip_id_type"_L1, m_ui->cipIdTypeCombo},
        {kPerson + "cip_id"_L1, m_ui->cipIdEdit},
        {kPerson + "cip_id_country"_L1, m_ui->cipIdCountryCombo},
        {kPerson + "verifier_type"_L1, m_ui->verifierTypeCombo},
        {kPerson + "passthrough_verifier_type"_L1, m_ui->passthroughVerifierTypeCombo},
        {kPerson + "passthrough_verified_at"_L1, m_ui->passthroughVerifiedAtEdit},
        {kPerson + "passthrough_verification_id"_L1, m_ui->passthroughVerificationIdEdit},
        {kPerson + "passthrough_verification_status"_L1, m_ui->passthroughVerificationStatusCombo},
        {kPerson + "passthrough_verification_fields"_L1, m_ui->passthroughFieldsBox},
        {kCdd + "estimated_yearly_income"_L1, m_ui->estimatedYearlyIncomeCombo},
        {kCdd + "expected_transfer_value"_L1, m_ui->expectedTransferValueCombo},
        {kCdd + "source_of_wealth"_L1, m_ui->sourceOfWealthCombo},
        {kCdd + "employment_status"_L1, m_ui->employmentStatusCombo},
        {kCdd + "employment_industry_sector"_L1, m_ui->employmentIndustrySectorCombo},
        {kCdd + "estimated_net_worth"_L1, m_ui->estimatedNetWorthCombo},
        {kCdd + "source_of_funds"_L1, m_ui->sourceOfFundsCombo},
        {kCdd + "purpose_of_account"_L1, m_ui->purposeOfAccountCombo},
        {u"tax_details_not_required"_s, m_ui->taxDetailsNotRequiredCheck},
        {u"tax_details"_s, m_ui->taxDetailsTable},
        {u"ref_id"_s, m_ui->refIdEdit},
        {u"metadata"_s, m_ui->metadataTable},
    };
    m_fields = fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            const int max = paxos::fieldMaxLength(it.key());
            if (max > 0)
                edit->setMaxLength(max);
        }
    }

    populateChoices();
    markRequirements();
    // One label column for all sections, so the fields line up from top to bottom.
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>(QRegularExpression(u"Label$"_s));
    for (QLabel *label : labels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        if (label != m_ui->legendLabel) {
            label->setMinimumWidth(labelWidth);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    buildIssueRows();
    connectEdits();
    m_ui->refIdEdit->setText(paxos::examples::newRefId());
    updatePassthroughVisibility();
    revalidate();
}

PersonForm::~PersonForm() = default;

void PersonForm::populateChoices()
{
    using namespace paxos::enums;
    for (QComboBox *c : {m_ui->nationalityCombo, m_ui->countryOfBirthCombo,
                         m_ui->addressCountryCombo, m_ui->cipIdCountryCombo})
        setupCountryCombo(c);
    fillEnum(m_ui->cipIdTypeCombo, personCipIdType());
    fillEnum(m_ui->verifierTypeCombo, verifierType());
    fillEnum(m_ui->passthroughVerifierTypeCombo, passthroughVerifierType());
    // Passthrough results must be terminal (reference §2.3).
    fillEnum(m_ui->passthroughVerificationStatusCombo, identityStatus(),
             {u"APPROVED"_s, u"DENIED"_s});
    fillEnum(m_ui->estimatedYearlyIncomeCombo, estimatedYearlyIncome());
    fillEnum(m_ui->expectedTransferValueCombo, expectedTransferValue());
    fillEnum(m_ui->sourceOfWealthCombo, sourceOfWealth());
    fillEnum(m_ui->employmentStatusCombo, employmentStatus());
    fillEnum(m_ui->employmentIndustrySectorCombo, industrySector());
    fillEnum(m_ui->estimatedNetWorthCombo, estimatedNetWorth());
    fillEnum(m_ui->sourceOfFundsCombo, sourceOfFunds());
    fillEnum(m_ui->purposeOfAccountCombo, purposeOfAccount());
    setComboWire(m_ui->verifierTypeCombo, u"PASSTHROUGH"_s);

    const QList<std::pair<QCheckBox *, QString>> checks{
        {m_ui->fieldFullLegalNameCheck, u"FULL_LEGAL_NAME"_s},
        {m_ui->fieldDateOfBirthCheck, u"DATE_OF_BIRTH"_s},
        {m_ui->fieldAddressCheck, u"ADDRESS"_s},
        {m_ui->fieldCipIdCheck, u"CIP_ID"_s}};
    for (const auto &[check, wire] : checks) {
        check->setProperty("wire", wire);
        check->setText(passthroughVerificationField().label(wire));
    }
}

void PersonForm::markRequirements()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        auto *label = findChild<QLabel *>(it.value()->objectName() + "Label"_L1);
        if (!label)
            continue;
        QString suffix;
        QString tip;
        switch (paxos::fieldRequirement(it.key())) {
        case paxos::FieldRequirement::Required:
        case paxos::FieldRequirement::RequiredForPassthrough:
            suffix = u" *"_s;
            tip = tr("Required by Paxos.");
            break;
        case paxos::FieldRequirement::BestEffort:
            suffix = tr(" (best effort)");
            tip = tr("Best effort: send it when you know it.");
            break;
        case paxos::FieldRequirement::NotApplicable:
            suffix = tr(" (optional)");
            tip = tr("Not needed under Paxos Trust licensing; accepted when sent.");
            break;
        case paxos::FieldRequirement::Optional:
            break;
        }
        label->setText(label->text() + suffix);
        label->setToolTip(tip);
        it.value()->setToolTip(tip);
    }
}

void PersonForm::buildIssueRows()
{
    // One sentence row under each field, hidden while the field has no problem.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *field = it.value();
        QWidget *group = field;
        while (group && !qobject_cast<QGroupBox *>(group))
            group = group->parentWidget();
        auto *form = group ? qobject_cast<QFormLayout *>(group->layout()) : nullptr;
        if (!form)
            continue;
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row < 0) {
            // Inside a nested row layout (date + button, table + buttons).
            for (int r = 0; r < form->rowCount() && row < 0; ++r) {
                QLayoutItem *item = form->itemAt(r, QFormLayout::FieldRole);
                if (!item)
                    item = form->itemAt(r, QFormLayout::SpanningRole);
                if (item && item->layout() && item->layout()->indexOf(field) >= 0)
                    row = r;
                else if (item && item->layout())
                    for (int i = 0; i < item->layout()->count() && row < 0; ++i)
                        if (auto *inner = item->layout()->itemAt(i)->layout();
                            inner && inner->indexOf(field) >= 0)
                            row = r;
            }
        }
        if (row < 0)
            continue;
        auto *label = new QLabel(group);
        label->setObjectName(field->objectName() + "Issue"_L1);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        // No label widget: a row whose only widget is hidden takes no space.
        form->insertRow(row + 1, static_cast<QWidget *>(nullptr), label);
        // Hide the whole row, not just the label: a hidden word-wrapped label left in a form
        // row still skews the layout's height-for-width and squeezes the rows around it.
        form->setRowVisible(label, false);
        m_issueLabels.insert(it.key(), label);
    }
}

void PersonForm::connectEdits()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *w = it.value();
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            connect(edit, &QLineEdit::textEdited, this, [this, w] { onEdited(w); });
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            connect(combo, &QComboBox::currentIndexChanged, this, [this, w] { onEdited(w); });
            if (combo->isEditable())
                connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                        [this, w] { onEdited(w); });
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            connect(check, &QCheckBox::toggled, this, [this, w] { onEdited(w); });
        } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            connect(table, &QTableWidget::itemChanged, this, [this, w] { onEdited(w); });
        }
    }
    for (QCheckBox *check : m_ui->passthroughFieldsBox->findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, [this] { onEdited(m_ui->passthroughFieldsBox); });
    connect(m_ui->verifierTypeCombo, &QComboBox::currentIndexChanged, this,
            &PersonForm::updatePassthroughVisibility);
    connect(m_ui->passthroughVerifiedAtNowButton, &QToolButton::clicked, this, [this] {
        m_ui->passthroughVerifiedAtEdit->setText(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        onEdited(m_ui->passthroughVerifiedAtEdit);
    });
    connect(m_ui->newRefIdButton, &QToolButton::clicked, this, [this] {
        m_ui->refIdEdit->setText(paxos::examples::newRefId());
        onEdited(m_ui->refIdEdit);
    });
    connect(m_ui->dateOfBirthButton, &QToolButton::clicked, this, &PersonForm::pickDate);

    auto addRow = [this](QTableWidget *table, bool countryColumn) {
        const int row = appendTableRow(table, countryColumn);
        table->setCurrentCell(row, 0);
        table->setFocus();
        table->editItem(table->item(row, 0));
        onEdited(table);
    };
    connect(m_ui->taxDetailsAddButton, &QPushButton::clicked, this,
            [this, addRow] { addRow(m_ui->taxDetailsTable, true); });
    connect(m_ui->metadataAddButton, &QPushButton::clicked, this,
            [this, addRow] { addRow(m_ui->metadataTable, false); });
    auto removeRow = [this](QTableWidget *table) {
        const int row = table->currentRow();
        if (row < 0)
            return;
        table->removeRow(row);
        onEdited(table);
    };
    connect(m_ui->taxDetailsRemoveButton, &QPushButton::clicked, this,
            [this, removeRow] { removeRow(m_ui->taxDetailsTable); });
    connect(m_ui->metadataRemoveButton, &QPushButton::clicked, this,
            [this, removeRow] { removeRow(m_ui->metadataTable); });
}

int PersonForm::appendTableRow(QTableWidget *table, bool countryColumn)
{
    const QSignalBlocker block(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem());
    if (countryColumn) {
        auto *combo = new QComboBox(table);
        setupCountryCombo(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, table] { onEdited(table); });
        connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                [this, table] { onEdited(table); });
        table->setCellWidget(row, 1, combo);
    } else {
        table->setItem(row, 1, new QTableWidgetItem());
    }
    return row;
}

void PersonForm::pickDate()
{
    auto *calendar = new QCalendarWidget(this);
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setObjectName(u"dateOfBirthCalendar"_s);
    const QDate current = QDate::fromString(text(m_ui->dateOfBirthEdit), Qt::ISODate);
    calendar->setMaximumDate(QDate::currentDate());
    calendar->setSelectedDate(current.isValid() ? current : QDate(1980, 1, 1));
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](QDate date) {
        m_ui->dateOfBirthEdit->setText(date.toString(Qt::ISODate));
        onEdited(m_ui->dateOfBirthEdit);
        calendar->close();
        m_ui->dateOfBirthEdit->setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    calendar->move(
        m_ui->dateOfBirthButton->mapToGlobal(QPoint(0, m_ui->dateOfBirthButton->height())));
    calendar->show();
    calendar->setFocus();
}

void PersonForm::setMode(Mode mode)
{
    m_mode = mode;
    // ref_id ties the identity to the customer's record elsewhere; changing it in an edit
    // is allowed by the schema but rarely meant, so it is not offered.
    m_ui->refIdEdit->setReadOnly(mode == Mode::Edit);
    m_ui->newRefIdButton->setVisible(mode == Mode::Create);
    revalidate();
}

void PersonForm::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void PersonForm::updatePassthroughVisibility()
{
    const bool passthrough = comboWire(m_ui->verifierTypeCombo) == "PASSTHROUGH"_L1;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->passthroughVerifierTypeCombo),
                       static_cast<QWidget *>(m_ui->passthroughVerifierTypeComboLabel),
                       static_cast<QWidget *>(m_ui->passthroughVerificationIdEdit),
                       static_cast<QWidget *>(m_ui->passthroughVerificationIdEditLabel),
                       static_cast<QWidget *>(m_ui->passthroughVerificationStatusCombo),
                       static_cast<QWidget *>(m_ui->passthroughVerificationStatusComboLabel),
                       static_cast<QWidget *>(m_ui->passthroughFieldsBox),
                       static_cast<QWidget *>(m_ui->passthroughFieldsBoxLabel),
                       static_cast<QWidget *>(m_ui->passthroughVerifiedAtEdit),
                       static_cast<QWidget *>(m_ui->passthroughVerifiedAtNowButton),
                       static_cast<QWidget *>(m_ui->passthroughVerifiedAtEditLabel)})
        w->setVisible(passthrough);
    showIssues();
}

QString PersonForm::pathOf(QWidget *widget) const
{
    return m_fields.key(widget);
}

void PersonForm::onEdited(QWidget *source)
{
    if (m_filling)
        return;
    const QString path = pathOf(source);
    m_touched.insert(path);
    m_serverIssues.remove(path);
    revalidate();
    emit edited();
}

void PersonForm::revalidate()
{
    m_issues = m_validator ? m_validator(request()) : QList<paxos::ValidationIssue>();
    showIssues();
    emit issuesChanged();
}

QString PersonForm::anchorPath(const QString &issuePath) const
{
    QString path;
    bool inIndex = false;
    for (QChar ch : issuePath) {
        if (ch == u'[')
            inIndex = true;
        else if (ch == u']')
            inIndex = false;
        else if (!inIndex)
            path += ch;
    }
    if (path == "person_details"_L1)
        return kPerson + "first_name"_L1;
    if (path == "person_details.address"_L1)
        return kAddress + "address1"_L1;
    if (path == "customer_due_diligence"_L1)
        return kCdd + "estimated_yearly_income"_L1;
    if (path == "set_tax_details_not_required"_L1)
        return u"tax_details_not_required"_s;
    while (!path.isEmpty()) {
        if (m_fields.contains(path))
            return path;
        const int dot = path.lastIndexOf(u'.');
        if (dot < 0)
            break;
        path.truncate(dot);
    }
    return {};
}

void PersonForm::showIssues()
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    for (const paxos::ValidationIssue &issue : std::as_const(m_issues)) {
        const QString anchor = anchorPath(issue.path);
        if (anchor.isEmpty())
            continue;
        (issue.isError() ? errors : warnings)[anchor] << issue.message;
    }
    const bool passthrough = comboWire(m_ui->verifierTypeCombo) == "PASSTHROUGH"_L1;
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it) {
        const QString &path = it.key();
        QLabel *label = it.value();
        QStringList lines;
        bool isError = false;
        if (m_serverIssues.contains(path)) {
            lines << m_serverIssues.value(path);
            isError = true;
        }
        if (m_revealAll || m_touched.contains(path)) {
            if (errors.contains(path)) {
                lines << errors.value(path);
                isError = true;
            }
            lines << warnings.value(path);
        }
        lines.removeDuplicates();
        const bool hiddenRow = !passthrough && path.startsWith(kPerson + "passthrough_"_L1);
        label->setText(lines.join(u'\n'));
        setToneText(label, isError ? Tone::Negative : Tone::Warning);
        m_fields.value(path)->setAccessibleDescription(lines.join(u' '));
        const bool show = !lines.isEmpty() && !hiddenRow;
        if (auto *form = qobject_cast<QFormLayout *>(label->parentWidget()->layout()))
            form->setRowVisible(label, show);
        else
            label->setVisible(show);
    }
}

QString PersonForm::issueTextFor(const QString &path) const
{
    const QLabel *label = m_issueLabels.value(anchorPath(path));
    if (!label || label->isHidden())
        return {};
    return label->text();
}

QString PersonForm::blockingSummary() const
{
    QList<paxos::ValidationIssue> errors;
    for (const paxos::ValidationIssue &issue : m_issues)
        if (issue.isError())
            errors << issue;
    if (errors.isEmpty())
        return {};
    if (errors.size() == 1)
        return tr("Cannot send yet: %1").arg(errors.first().message);
    return tr("Cannot send yet: %1 (and %n more problem(s))", nullptr, int(errors.size() - 1))
        .arg(errors.first().message);
}

void PersonForm::revealAllIssues()
{
    m_revealAll = true;
    showIssues();
}

bool PersonForm::showServerIssue(const QString &path, const QString &message)
{
    const QString anchor = anchorPath(path);
    if (anchor.isEmpty() || !m_issueLabels.contains(anchor))
        return false;
    m_serverIssues.insert(anchor, message);
    showIssues();
    if (QWidget *w = m_fields.value(anchor)) {
        m_ui->scrollArea->ensureWidgetVisible(w);
        w->setFocus();
    }
    return true;
}

void PersonForm::focusFirstIssue()
{
    revealAllIssues();
    for (const paxos::ValidationIssue &issue : std::as_const(m_issues)) {
        if (!issue.isError())
            continue;
        if (QWidget *w = m_fields.value(anchorPath(issue.path))) {
            m_ui->scrollArea->ensureWidgetVisible(w);
            w->setFocus();
            return;
        }
    }
}

QWidget *PersonForm::fieldWidget(const QString &path) const
{
    return m_fields.value(anchorPath(path));
}

} // namespace console::ui

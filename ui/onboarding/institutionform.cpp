#include "ui/onboarding/institutionform.h"

#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "ui/onboarding/personform.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

const QString kD = u"institution_details."_s;
const QString kCdd = u"customer_due_diligence."_s;
const QString kMembers = u"institution_members"_s;

const paxos::EnumTable *tableFor(const QString &path)
{
    using namespace paxos::enums;
    static const QHash<QString, const paxos::EnumTable &(*)()> tables{
        {kD + u"institution_type"_s, &institutionType},
        {kD + u"institution_sub_type"_s, &industrySector},
        {kD + u"cip_id_type"_s, &institutionCipIdType},
        {kD + u"regulation_status"_s, &regulationStatus},
        {kD + u"trading_type"_s, &tradingType},
        {kCdd + u"source_of_wealth"_s, &sourceOfWealth},
        {kCdd + u"source_of_funds"_s, &sourceOfFunds},
        {kCdd + u"industry_sector"_s, &industrySector},
    };
    const auto it = tables.constFind(path);
    return it == tables.cend() ? nullptr : &(*it)();
}

void fillCombo(QComboBox *combo, const paxos::EnumTable &table, const QStringList &only = {})
{
    const QString keep = combo->currentData().toString();
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(InstitutionForm::tr("— Choose —"), QString());
    for (const QString &wire : table.wires()) {
        if (!only.isEmpty() && !only.contains(wire))
            continue;
        QString label = table.label(wire);
        if (table.isProhibited(wire))
            label = InstitutionForm::tr("%1 (prohibited by Paxos)").arg(label);
        combo->addItem(label, wire);
    }
    const int at = combo->findData(keep);
    combo->setCurrentIndex(at < 0 ? 0 : at);
    combo->blockSignals(false);
}

void put(QJsonObject &object, const QString &key, bool empty, const QJsonValue &value)
{
    if (empty)
        object.remove(key);
    else
        object.insert(key, value);
}

// "institution_members[1].roles[0]" -> "institution_members[1].roles"; "a.b" -> "a".
QString parentPath(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut < 0 ? QString() : path.left(cut);
}

} // namespace

InstitutionForm::InstitutionForm(QWidget *parent)
    : QWidget(parent)
    , m_validator(&paxos::validateCreateIdentity)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields grow and shrink with the pane; a sideways scroll bar would only hide their ends.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(u"institutionFormContent"_s);
    auto *columns = new QVBoxLayout(content);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    QFormLayout *form = section(tr("Institution"), content);
    addLine(form, kD + u"name"_s, {});
    addLine(form, kD + u"doing_business_as"_s, {});
    addCombo(form, kD + u"institution_type"_s, {});
    addCombo(form, kD + u"institution_sub_type"_s, {});
    addLine(form, kD + u"cip_id"_s, {});
    addCombo(form, kD + u"cip_id_type"_s, {});
    addCountry(form, kD + u"cip_id_country"_s, {});
    addLine(form, kD + u"govt_registration_date"_s, {});
    qobject_cast<QLineEdit *>(m_fields.value(kD + u"govt_registration_date"_s))
        ->setPlaceholderText(tr("2021-04-14T00:00:00Z (a date alone is taken as midnight UTC)"));
    addLine(form, u"ref_id"_s, {});

    form = section(tr("Contact and business"), content);
    addLine(form, kD + u"email"_s, {});
    addLine(form, kD + u"phone_number"_s, {});
    addLine(form, kD + u"business_description"_s, {});

    addAddress(content, kD + u"business_address"_s, tr("Business address"));
    addAddress(content, kD + u"incorporation_address"_s, tr("Incorporation address"));

    form = section(tr("Regulation and trading"), content);
    addCombo(form, kD + u"regulation_status"_s, {});
    addCombo(form, kD + u"trading_type"_s, {});
    for (const char *f : {"listed_exchange", "ticker_symbol", "parent_institution_name",
                          "regulator_name", "regulator_jurisdiction", "regulator_register_number"})
        addLine(form, kD + QLatin1StringView(f), {});

    form = section(tr("Customer due diligence"), content);
    addCombo(form, kCdd + u"source_of_wealth"_s, {});
    addCombo(form, kCdd + u"source_of_funds"_s, {});
    addCombo(form, kCdd + u"industry_sector"_s, {});
    addYesNo(form, kCdd + u"has_underlying_trust_structure"_s, {});
    addYesNo(form, kCdd + u"has_nominee_shareholders"_s, {});
    addYesNo(form, kCdd + u"is_publicly_traded"_s, {});
    addYesNo(form, u"tax_details_not_required"_s, tr("Tax details not required (non-US)"));
    // Paxos fills tax details from an EIN, SSN or ITIN; the rule about the others shows here.
    auto *taxIssue = new QLabel(content);
    taxIssue->setWordWrap(true);
    taxIssue->setObjectName(u"issue_tax_details"_s);
    form->addRow(QString(), taxIssue);
    m_issueLabels.insert(u"tax_details"_s, taxIssue);

    // Members.
    auto *membersBox = new QGroupBox(tr("Members"), content);
    membersBox->setObjectName(u"membersBox"_s);
    auto *membersLayout = new QVBoxLayout(membersBox);
    m_membersHint = new QLabel(membersBox);
    m_membersHint->setWordWrap(true);
    m_membersHint->setObjectName(u"membersHint"_s);
    m_memberTable = new QTableWidget(0, 5, membersBox);
    m_memberTable->setObjectName(u"memberTable"_s);
    m_memberTable->setHorizontalHeaderLabels(
        {tr("Person"), tr("Roles"), tr("Ownership"), tr("Position"), tr("Status")});
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->setMinimumHeight(110);
    connect(m_memberTable, &QTableWidget::itemSelectionChanged, this,
            &InstitutionForm::refreshRoleEditor);
    auto *buttons = new QHBoxLayout;
    m_addExisting = new QPushButton(tr("Add &existing person…"), membersBox);
    m_addExisting->setObjectName(u"addExistingMemberButton"_s);
    m_newPerson = new QPushButton(tr("Create &person…"), membersBox);
    m_newPerson->setObjectName(u"newPersonMemberButton"_s);
    m_removeMember = new QPushButton(tr("Re&move"), membersBox);
    m_removeMember->setObjectName(u"removeMemberButton"_s);
    for (QPushButton *b : {m_addExisting, m_newPerson, m_removeMember}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    connect(m_addExisting, &QPushButton::clicked, this, &InstitutionForm::addExistingRequested);
    connect(m_newPerson, &QPushButton::clicked, this, &InstitutionForm::newPersonRequested);
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        const int row = selectedMember();
        if (row < 0)
            return;
        if (m_mode == Mode::Edit) {
            if (row < m_existing.size())
                emit removeExistingRequested(m_existing.at(row));
            return;
        }
        removeMember(row);
    });

    // The selected member's roles (those that apply to the type) and ownership.
    m_roleBox = new QWidget(membersBox);
    m_roleBox->setObjectName(u"roleEditor"_s);
    auto *roleLayout = new QVBoxLayout(m_roleBox);
    roleLayout->setContentsMargins(0, 0, 0, 0);
    // The roles wrap rather than widen the form.
    auto *roleWidget = new QWidget(m_roleBox);
    auto *roleRow = new FlowLayout(roleWidget);
    roleRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &role : paxos::enums::institutionMemberRole().wires()) {
        auto *check = new QCheckBox(paxos::enums::institutionMemberRole().label(role), roleWidget);
        check->setObjectName(u"role_"_s + role);
        check->setProperty("role", role);
        connect(check, &QCheckBox::toggled, this, [this] {
            const int row = selectedMember();
            if (m_filling || row < 0)
                return;
            QStringList roles;
            for (QCheckBox *c : std::as_const(m_roleChecks))
                if (c->isChecked())
                    roles << c->property("role").toString();
            setMemberRoles(row, roles);
        });
        m_roleChecks << check;
        roleRow->addWidget(check);
    }
    auto *detailRow = new QFormLayout;
    m_ownership = new QLineEdit(m_roleBox);
    m_ownership->setObjectName(u"memberOwnership"_s);
    m_ownership->setPlaceholderText(tr("percent, e.g. 60"));
    m_position = new QLineEdit(m_roleBox);
    m_position->setObjectName(u"memberPosition"_s);
    m_position->setPlaceholderText(tr("e.g. CEO"));
    detailRow->addRow(tr("Ownership (%):"), m_ownership);
    detailRow->addRow(tr("Position:"), m_position);
    connect(m_ownership, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (selectedMember() >= 0)
            setMemberOwnership(selectedMember(), text.trimmed());
    });
    connect(m_position, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = selectedMember();
        if (row < 0 || row >= m_members.size())
            return;
        m_members[row].position = text.trimmed();
        refreshMembers();
        onEdited(kMembers);
    });
    roleLayout->addWidget(roleWidget);
    roleLayout->addLayout(detailRow);
    m_membersIssue = new QLabel(membersBox);
    m_membersIssue->setObjectName(u"issue_institution_members"_s);
    m_membersIssue->setWordWrap(true);
    m_issueLabels.insert(kMembers, m_membersIssue);

    membersLayout->addWidget(m_membersHint);
    membersLayout->addWidget(m_memberTable);
    membersLayout->addLayout(buttons);
    membersLayout->addWidget(m_roleBox);
    membersLayout->addWidget(m_membersIssue);
    columns->addWidget(membersBox);
    columns->addStretch(1);

    refreshChoices();
    refreshMembers();
    revalidate();
}

QFormLayout *InstitutionForm::section(const QString &title, QWidget *into)
{
    auto *box = new QGroupBox(title, into);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    into->layout()->addWidget(box);
    return form;
}

void InstitutionForm::addRow(QFormLayout *form, const QString &path, const QString &label,
                             QWidget *widget)
{
    const QString text = label.isEmpty() ? paxos::fieldLabel(path) : label;
    widget->setObjectName(u"field_"_s + path);
    auto *name = new QLabel(text + u':', form->parentWidget());
    name->setBuddy(widget);
    form->addRow(name, widget);
    auto *issue = new QLabel(form->parentWidget());
    issue->setObjectName(u"issue_"_s + path);
    issue->setWordWrap(true);
    form->addRow(QString(), issue);
    form->setRowVisible(issue, false);
    m_fields.insert(path, widget);
    m_labels.insert(path, name);
    m_labelTexts.insert(path, text);
    m_issueLabels.insert(path, issue);
    if (const int max = paxos::fieldMaxLength(path); max > 0)
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setMaxLength(max);
}

void InstitutionForm::addLine(QFormLayout *form, const QString &path, const QString &label)
{
    auto *line = new QLineEdit(form->parentWidget());
    addRow(form, path, label, line);
    connect(line, &QLineEdit::textEdited, this, [this, path] { onEdited(path); });
}

void InstitutionForm::addCombo(QFormLayout *form, const QString &path, const QString &label)
{
    auto *combo = new QComboBox(form->parentWidget());
    if (const paxos::EnumTable *table = tableFor(path))
        fillCombo(combo, *table);
    addRow(form, path, label, combo);
    connect(combo, &QComboBox::activated, this, [this, path] { onEdited(path); });
}

void InstitutionForm::addCountry(QFormLayout *form, const QString &path, const QString &label)
{
    auto *combo = new QComboBox(form->parentWidget());
    setupCountryCombo(combo);
    addRow(form, path, label, combo);
    connect(combo, &QComboBox::activated, this, [this, path] { onEdited(path); });
    connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, path] { onEdited(path); });
}

void InstitutionForm::addYesNo(QFormLayout *form, const QString &path, const QString &label)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->addItem(tr("— Not said —"), QString());
    combo->addItem(tr("Yes"), u"true"_s);
    combo->addItem(tr("No"), u"false"_s);
    addRow(form, path, label, combo);
    connect(combo, &QComboBox::activated, this, [this, path] { onEdited(path); });
}

void InstitutionForm::addAddress(QWidget *into, const QString &prefix, const QString &title)
{
    QFormLayout *form = section(title, into);
    // The address as a whole ("is required") shows at the top of its section.
    auto *whole = new QLabel(form->parentWidget());
    whole->setObjectName(u"issue_"_s + prefix);
    whole->setWordWrap(true);
    form->addRow(whole);
    m_issueLabels.insert(prefix, whole);
    m_labels.insert(prefix, nullptr);
    for (const char *f : {"address1", "address2", "city", "province", "zip_code"})
        addLine(form, prefix + u'.' + QLatin1StringView(f), {});
    addCountry(form, prefix + u".country"_s, {});
}

QString InstitutionForm::valueOf(const QString &path) const
{
    QWidget *w = m_fields.value(path);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable())
            return countryComboValue(combo);
        return combo->currentData().toString();
    }
    return {};
}

void InstitutionForm::setValueOf(const QString &path, const QJsonValue &value)
{
    QWidget *w = m_fields.value(path);
    const QString text =
        value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : value.toVariant().toString();
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable()) {
            setCountryComboValue(combo, text);
        } else {
            int at = combo->findData(text);
            if (at < 0 && !text.isEmpty()) {
                // A value this console does not know is kept and shown as it is.
                combo->addItem(text, text);
                at = combo->count() - 1;
            }
            combo->setCurrentIndex(at < 0 ? 0 : at);
        }
    }
}

QJsonObject InstitutionForm::request() const
{
    QJsonObject out = m_extra;
    QJsonObject details = out.value("institution_details"_L1).toObject();
    QJsonObject cdd = out.value("customer_due_diligence"_L1).toObject();
    QHash<QString, QJsonObject> addresses;
    for (const QString &prefix :
         QStringList{kD + u"business_address"_s, kD + u"incorporation_address"_s})
        addresses.insert(prefix, details.value(prefix.mid(kD.size())).toObject());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &path = it.key();
        const QString value = valueOf(path);
        QJsonValue json(value);
        if (path.startsWith(kCdd)
            && (path.endsWith("_structure"_L1) || path.endsWith("_shareholders"_L1)
                || path.endsWith("publicly_traded"_L1)))
            json = value.isEmpty() ? QJsonValue() : QJsonValue(value == "true"_L1);
        if (path == u"tax_details_not_required")
            json = value.isEmpty() ? QJsonValue() : QJsonValue(value == "true"_L1);
        if (path == kD + u"govt_registration_date"_s && value.size() == 10)
            json = QString(value + u"T00:00:00Z"_s); // the API takes a date-time
        const bool empty = value.isEmpty();
        if (path.startsWith(kD)) {
            const QString parent = parentPath(path);
            if (addresses.contains(parent)) {
                QJsonObject &a = addresses[parent];
                put(a, path.mid(parent.size() + 1), empty, json);
            } else {
                put(details, path.mid(kD.size()), empty, json);
            }
        } else if (path.startsWith(kCdd)) {
            put(cdd, path.mid(kCdd.size()), empty, json);
        } else {
            put(out, path, empty, json);
        }
    }
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        const QString key = it.key().mid(kD.size());
        put(details, key, it.value().isEmpty(), it.value());
    }
    put(out, u"institution_details"_s, details.isEmpty(), details);
    put(out, u"customer_due_diligence"_s, cdd.isEmpty(), cdd);
    if (m_mode == Mode::Create) {
        QJsonArray members;
        for (const MemberRow &m : m_members) {
            QJsonObject o{{u"identity_id"_s, m.identityId},
                          {u"roles"_s, QJsonArray::fromStringList(m.roles)}};
            if (!m.ownership.isEmpty())
                o.insert(u"ownership"_s, m.ownership);
            if (!m.position.isEmpty())
                o.insert(u"position"_s, m.position);
            members.append(o);
        }
        out.insert(kMembers, members);
    } else {
        out.remove(kMembers);
    }
    return out;
}

void InstitutionForm::setRequest(const QJsonObject &request)
{
    m_filling = true;
    m_extra = request;
    m_members.clear();
    if (m_mode == Mode::Create) {
        for (const QJsonValue &v : request.value(kMembers).toArray()) {
            const auto m = paxos::InstitutionMember::fromJson(v.toObject());
            m_members.append({m.identityId, m.name.value_or(QString()), m.effectiveStatus(),
                              m.roles, m.ownership.value_or(QString()),
                              m.position.value_or(QString())});
        }
    }
    // Everything the form shows is read back from its fields; the rest stays in m_extra.
    QJsonObject details = m_extra.value("institution_details"_L1).toObject();
    QJsonObject cdd = m_extra.value("customer_due_diligence"_L1).toObject();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &path = it.key();
        QJsonValue value;
        if (path.startsWith(kD)) {
            const QString parent = parentPath(path);
            value = parent + u'.' == kD ? details.value(path.mid(kD.size()))
                                        : details.value(parent.mid(kD.size()))
                                              .toObject()
                                              .value(path.mid(parent.size() + 1));
        } else if (path.startsWith(kCdd)) {
            value = cdd.value(path.mid(kCdd.size()));
            cdd.remove(path.mid(kCdd.size()));
        } else {
            value = m_extra.value(path);
            m_extra.remove(path);
        }
        setValueOf(path, value);
        if (!value.isUndefined() && !value.isNull())
            m_touched.insert(path);
    }
    for (const char *f : {"name",
                          "doing_business_as",
                          "institution_type",
                          "institution_sub_type",
                          "cip_id",
                          "cip_id_type",
                          "cip_id_country",
                          "govt_registration_date",
                          "email",
                          "phone_number",
                          "business_description",
                          "regulation_status",
                          "trading_type",
                          "listed_exchange",
                          "ticker_symbol",
                          "parent_institution_name",
                          "regulator_name",
                          "regulator_jurisdiction",
                          "regulator_register_number",
                          "business_address",
                          "incorporation_address"})
        details.remove(QLatin1StringView(f));
    m_extra.insert("institution_details"_L1, details);
    m_extra.insert("customer_due_diligence"_L1, cdd);
    m_extra.remove(kMembers);
    if (!m_members.isEmpty())
        m_touched.insert(kMembers);
    m_filling = false;
    refreshChoices();
    // The sub-type list follows the type; set it again now that it offers the right values.
    setValueOf(kD + u"institution_sub_type"_s,
               request.value("institution_details"_L1).toObject().value("institution_sub_type"_L1));
    refreshMembers();
    revalidate();
    emit edited();
}

void InstitutionForm::setMode(Mode mode)
{
    m_mode = mode;
    m_roleBox->setVisible(mode == Mode::Create);
    refreshMembers();
    revalidate();
}

void InstitutionForm::addMember(const paxos::Identity &person, const QStringList &roles,
                                const QString &ownership)
{
    for (const MemberRow &m : std::as_const(m_members))
        if (m.identityId == person.id)
            return; // a person joins once; change their roles instead
    m_members.append(
        {person.id, person.displayName(), person.effectiveStatus(), roles, ownership, {}});
    refreshMembers();
    selectMember(int(m_members.size()) - 1);
    onEdited(kMembers);
}

void InstitutionForm::setExistingMembers(const QList<paxos::InstitutionMember> &members)
{
    m_existing = members;
    refreshMembers();
}

int InstitutionForm::memberCount() const
{
    return m_mode == Mode::Create ? int(m_members.size()) : int(m_existing.size());
}

int InstitutionForm::selectedMember() const
{
    const auto rows = m_memberTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void InstitutionForm::selectMember(int row)
{
    m_memberTable->selectRow(row);
    refreshRoleEditor();
}

void InstitutionForm::setMemberRoles(int row, const QStringList &roles)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members[row].roles = roles;
    refreshMembers();
    onEdited(kMembers);
}

void InstitutionForm::setMemberOwnership(int row, const QString &ownership)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members[row].ownership = ownership;
    refreshMembers();
    onEdited(kMembers);
}

void InstitutionForm::removeMember(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_members.removeAt(row);
    refreshMembers();
    onEdited(kMembers);
}

void InstitutionForm::refreshMembers()
{
    const int selected = selectedMember();
    m_memberTable->blockSignals(true);
    const auto &roleTable = paxos::enums::institutionMemberRole();
    auto rolesText = [&roleTable](const QStringList &roles) {
        QStringList labels;
        for (const QString &r : roles)
            labels << roleTable.label(r);
        return labels.join(u", "_s);
    };
    if (m_mode == Mode::Create) {
        m_memberTable->setRowCount(int(m_members.size()));
        for (int r = 0; r < m_members.size(); ++r) {
            const MemberRow &m = m_members.at(r);
            const QStringList cells{m.name.isEmpty() ? m.identityId : m.name, rolesText(m.roles),
                                    m.ownership.isEmpty() ? QString() : m.ownership + u'%',
                                    m.position, paxos::enums::identityStatus().label(m.status)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == 0)
                    item->setToolTip(m.identityId);
                m_memberTable->setItem(r, c, item);
            }
        }
    } else {
        m_memberTable->setRowCount(int(m_existing.size()));
        for (int r = 0; r < m_existing.size(); ++r) {
            const paxos::InstitutionMember &m = m_existing.at(r);
            const QStringList cells{m.name.value_or(m.identityId), rolesText(m.roles),
                                    m.ownership ? *m.ownership + u'%' : QString(),
                                    m.position.value_or(QString()),
                                    paxos::enums::identityStatus().label(m.effectiveStatus())};
            for (int c = 0; c < cells.size(); ++c)
                m_memberTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    if (selected >= 0 && selected < m_memberTable->rowCount())
        m_memberTable->selectRow(selected);
    m_memberTable->blockSignals(false);

    const QString type = valueOf(kD + u"institution_type"_s);
    QStringList roleLabels;
    for (const QString &r : paxos::institution::rolesFor(type))
        roleLabels << roleTable.label(r);
    m_membersHint->setText(
        type == u"TRUST"
            ? tr("Members are existing persons. A trust needs a grantor, trustee or beneficiary. "
                 "Roles for a trust: %1.")
                  .arg(roleLabels.join(u", "_s))
            : type.isEmpty()
            ? tr("Members are existing persons. Choose the type first: the roles depend on it.")
            : tr("Members are existing persons. Paxos typically needs a beneficial owner (25% or "
                 "more, with the ownership) and a management control person. Roles: %1.")
                  .arg(roleLabels.join(u", "_s)));
    refreshRoleEditor();
}

void InstitutionForm::refreshRoleEditor()
{
    const int row = selectedMember();
    const bool editable = m_mode == Mode::Create && row >= 0 && row < m_members.size();
    m_removeMember->setEnabled(row >= 0);
    m_roleBox->setEnabled(editable);
    const QString type = valueOf(kD + u"institution_type"_s);
    m_filling = true;
    for (QCheckBox *check : std::as_const(m_roleChecks)) {
        const QString role = check->property("role").toString();
        const bool has = editable && m_members.at(row).roles.contains(role);
        check->setChecked(has);
        // Only the roles of the type, and any role the member already has.
        check->setVisible(paxos::institution::roleApplies(type, role) || has);
    }
    m_ownership->setText(editable ? m_members.at(row).ownership : QString());
    m_position->setText(editable ? m_members.at(row).position : QString());
    m_filling = false;
}

void InstitutionForm::refreshChoices()
{
    auto *subType = qobject_cast<QComboBox *>(m_fields.value(kD + u"institution_sub_type"_s));
    const QString type = valueOf(kD + u"institution_type"_s);
    const QStringList allowed = paxos::institution::allowedSubTypes(type);
    fillCombo(subType, paxos::enums::industrySector(),
              allowed.size() == paxos::enums::industrySector().wires().size() ? QStringList()
                                                                              : allowed);
    // A trust has one sub-type: choose it.
    if (allowed.size() == 1 && subType->currentData().toString().isEmpty())
        subType->setCurrentIndex(subType->findData(allowed.first()));
}

void InstitutionForm::onEdited(const QString &path)
{
    if (m_filling)
        return;
    m_touched.insert(path);
    m_serverIssues.remove(path);
    if (path == kD + u"institution_type"_s) {
        refreshChoices();
        refreshMembers();
    }
    revalidate();
    emit edited();
}

void InstitutionForm::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void InstitutionForm::revalidate()
{
    const QJsonObject req = request();
    m_issues = m_validator ? m_validator(req) : QList<paxos::ValidationIssue>();
    // Required markers follow the rules as they stand for this request.
    const QStringList required =
        m_mode == Mode::Create ? paxos::institution::requiredPaths(req) : QStringList();
    m_required = QSet<QString>(required.begin(), required.end());
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QLabel *label = it.value();
        if (!label)
            continue;
        const bool isRequired = m_required.contains(it.key());
        label->setText(m_labelTexts.value(it.key()) + (isRequired ? u" *:"_s : u":"_s));
        QFont f = label->font();
        f.setBold(isRequired);
        label->setFont(f);
        label->setToolTip(isRequired ? tr("Required for this kind of institution") : QString());
    }
    showIssues();
    emit issuesChanged();
}

void InstitutionForm::showIssues()
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    for (const paxos::ValidationIssue &issue : std::as_const(m_issues)) {
        QString anchor = issue.path;
        while (!anchor.isEmpty() && !m_issueLabels.contains(anchor))
            anchor = parentPath(anchor);
        if (anchor.isEmpty())
            continue;
        (issue.isError() ? errors : warnings)[anchor] << issue.message;
    }
    for (auto it = m_issueLabels.cbegin(); it != m_issueLabels.cend(); ++it) {
        const QString &path = it.key();
        bool touched = m_revealAll || m_touched.contains(path);
        for (const QString &t : m_touched)
            touched = touched || t.startsWith(path + u'.');
        QStringList lines;
        bool isError = false;
        if (m_serverIssues.contains(path)) {
            lines << m_serverIssues.value(path);
            isError = true;
        }
        if (touched) {
            if (errors.contains(path)) {
                lines << errors.value(path);
                isError = true;
            }
            lines << warnings.value(path);
        }
        lines.removeDuplicates();
        QLabel *label = it.value();
        label->setText(lines.join(u'\n'));
        setToneText(label, isError ? Tone::Negative : Tone::Warning);
        if (QWidget *field = m_fields.value(path))
            field->setAccessibleDescription(lines.join(u' '));
        if (auto *form = qobject_cast<QFormLayout *>(label->parentWidget()->layout());
            form && m_fields.contains(path))
            form->setRowVisible(label, !lines.isEmpty());
        else
            label->setVisible(!lines.isEmpty());
    }
}

QString InstitutionForm::blockingSummary() const
{
    int errors = 0;
    QString first;
    for (const paxos::ValidationIssue &issue : m_issues) {
        if (!issue.isError())
            continue;
        if (errors++ == 0)
            first = issue.message;
    }
    if (errors == 0)
        return {};
    if (errors == 1)
        return first;
    return tr("%1 (and %n more to fix)", nullptr, errors - 1).arg(first);
}

void InstitutionForm::revealAllIssues()
{
    m_revealAll = true;
    showIssues();
}

void InstitutionForm::focusFirstIssue()
{
    revealAllIssues();
    for (const paxos::ValidationIssue &issue : std::as_const(m_issues)) {
        if (!issue.isError())
            continue;
        QString anchor = issue.path;
        while (!anchor.isEmpty() && !m_fields.contains(anchor))
            anchor = parentPath(anchor);
        QWidget *w = anchor.isEmpty() ? (issue.path.startsWith(kMembers) ? m_memberTable : nullptr)
                                      : m_fields.value(anchor);
        if (w) {
            w->setFocus();
            return;
        }
    }
}

QString InstitutionForm::issueTextFor(const QString &path) const
{
    QString anchor = path;
    while (!anchor.isEmpty() && !m_issueLabels.contains(anchor))
        anchor = parentPath(anchor);
    const QLabel *label = m_issueLabels.value(anchor);
    return label && !label->text().isEmpty() ? label->text() : QString();
}

bool InstitutionForm::isMarkedRequired(const QString &path) const
{
    return m_required.contains(path);
}

bool InstitutionForm::showServerIssue(const QString &path, const QString &message)
{
    QString anchor = path;
    while (!anchor.isEmpty() && !m_issueLabels.contains(anchor))
        anchor = parentPath(anchor);
    if (anchor.isEmpty())
        return false;
    m_serverIssues.insert(anchor, message);
    showIssues();
    if (QWidget *w = m_fields.value(anchor))
        w->setFocus();
    return true;
}

} // namespace console::ui

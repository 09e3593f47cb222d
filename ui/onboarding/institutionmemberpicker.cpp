#include "ui/onboarding/institutionmemberpicker.h"

#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "ui/onboarding/personsearchbox.h"
#include "ui/widgets/flowlayout.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

InstitutionMemberPicker::InstitutionMemberPicker(paxos::Connection *connection,
                                                 const QString &institutionType, QWidget *parent)
    : QDialog(parent)
    , m_search(new PersonSearchBox(connection, this))
    , m_ownership(new QLineEdit(this))
    , m_position(new QLineEdit(this))
{
    setObjectName(u"InstitutionMemberPicker"_s);
    setWindowTitle(tr("Add a member"));
    resize(760, 520);
    connect(m_search, &PersonSearchBox::searched, this, &InstitutionMemberPicker::searched);
    connect(m_search, &PersonSearchBox::chosenChanged, this, &InstitutionMemberPicker::updateOk);

    auto *roleWidget = new QWidget(this);
    auto *roleRow = new FlowLayout(roleWidget);
    roleRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &role : paxos::institution::rolesFor(institutionType)) {
        auto *check = new QCheckBox(paxos::enums::institutionMemberRole().label(role), roleWidget);
        check->setObjectName(u"pickRole_"_s + role);
        check->setProperty("role", role);
        connect(check, &QCheckBox::toggled, this, &InstitutionMemberPicker::updateOk);
        m_roles << check;
        roleRow->addWidget(check);
    }
    m_ownership->setObjectName(u"pickOwnership"_s);
    m_ownership->setPlaceholderText(tr("percent, e.g. 60 (beneficial owners)"));
    m_position->setObjectName(u"pickPosition"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Roles:"), roleWidget);
    form->addRow(tr("Ownership (%):"), m_ownership);
    form->addRow(tr("Position:"), m_position);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add member"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void InstitutionMemberPicker::search(const QString &text)
{
    m_search->search(text);
}

QList<paxos::Identity> InstitutionMemberPicker::results() const
{
    return m_search->results();
}

void InstitutionMemberPicker::choose(int row)
{
    m_search->choose(row);
    updateOk();
}

void InstitutionMemberPicker::setRoles(const QStringList &roles)
{
    for (QCheckBox *c : std::as_const(m_roles))
        c->setChecked(roles.contains(c->property("role").toString()));
}

void InstitutionMemberPicker::setOwnership(const QString &ownership)
{
    m_ownership->setText(ownership);
}

paxos::Identity InstitutionMemberPicker::chosen() const
{
    return m_search->chosen();
}

QStringList InstitutionMemberPicker::roles() const
{
    QStringList out;
    for (QCheckBox *c : m_roles)
        if (c->isChecked())
            out << c->property("role").toString();
    return out;
}

QString InstitutionMemberPicker::ownership() const
{
    return m_ownership->text().trimmed();
}

QString InstitutionMemberPicker::position() const
{
    return m_position->text().trimmed();
}

void InstitutionMemberPicker::updateOk()
{
    // A member needs a person and at least one role (Paxos requires roles).
    m_ok->setEnabled(!chosen().id.isEmpty() && !roles().isEmpty());
}

} // namespace console::ui

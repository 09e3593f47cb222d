#include "ui/onboarding/institutionmemberpicker.h"

#include "core/onboarding/institutionmembersearch.h"
#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "ui/widgets/flowlayout.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

InstitutionMemberPicker::InstitutionMemberPicker(paxos::Connection *connection,
                                                 const QString &institutionType, QWidget *parent)
    : QDialog(parent)
    , m_search(new onboarding::InstitutionMemberSearch(connection, this))
    , m_query(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_state(new QLabel(this))
    , m_ownership(new QLineEdit(this))
    , m_position(new QLineEdit(this))
{
    setObjectName(u"InstitutionMemberPicker"_s);
    setWindowTitle(tr("Add a member"));
    resize(760, 520);
    m_query->setObjectName(u"memberSearch"_s);
    m_query->setPlaceholderText(tr("Name, ref_id or identity id"));
    m_query->setClearButtonEnabled(true);
    m_table->setObjectName(u"memberResults"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Reference ID"), tr("Status"), tr("ID")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_state->setObjectName(u"memberSearchState"_s);

    // Searching waits for a pause in typing: one List Identities per pause, not per key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_query->text()); });
    connect(m_search, &onboarding::InstitutionMemberSearch::found, this,
            &InstitutionMemberPicker::showResults);
    connect(m_search, &onboarding::InstitutionMemberSearch::failed, this,
            [this](const paxos::ApiError &error) {
                m_state->setText(tr("The search failed: %1").arg(error.message()));
                emit searched();
            });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InstitutionMemberPicker::updateOk);

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
    layout->addWidget(m_query);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
    search(QString());
}

void InstitutionMemberPicker::search(const QString &text)
{
    if (m_query->text() != text)
        m_query->setText(text);
    m_state->setText(tr("Searching…"));
    m_search->search(text);
}

void InstitutionMemberPicker::showResults(const QString &text,
                                          const QList<paxos::Identity> &persons)
{
    if (text != m_query->text() && !(text.isEmpty() && m_query->text().isEmpty()))
        return; // an answer to an older query
    m_results = persons;
    m_table->setRowCount(int(persons.size()));
    for (int r = 0; r < persons.size(); ++r) {
        const paxos::Identity &p = persons.at(r);
        const QStringList cells{p.displayName(), p.refId.value_or(QString()),
                                paxos::enums::identityStatus().label(p.effectiveStatus()), p.id};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_state->setText(persons.isEmpty() ? tr("No person matches.")
                                       : tr("%n persons match.", nullptr, int(persons.size())));
    if (persons.size() == 1)
        choose(0);
    updateOk();
    emit searched();
}

void InstitutionMemberPicker::choose(int row)
{
    m_table->selectRow(row);
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
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? paxos::Identity() : m_results.value(rows.first().row());
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

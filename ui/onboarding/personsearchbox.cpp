#include "ui/onboarding/personsearchbox.h"

#include "core/onboarding/institutionmembersearch.h"
#include "paxos/model/enums.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

PersonSearchBox::PersonSearchBox(paxos::Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_search(new onboarding::InstitutionMemberSearch(connection, this))
    , m_query(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_state(new QLabel(this))
{
    setObjectName(u"PersonSearchBox"_s);
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
            &PersonSearchBox::showResults);
    connect(m_search, &onboarding::InstitutionMemberSearch::failed, this,
            [this](const paxos::ApiError &error) {
                m_state->setText(tr("The search failed: %1").arg(error.message()));
                emit searched();
            });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PersonSearchBox::chosenChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_query);
    search(QString());
}

void PersonSearchBox::search(const QString &text)
{
    if (m_query->text() != text)
        m_query->setText(text);
    m_state->setText(tr("Searching…"));
    m_search->search(text);
}

void PersonSearchBox::showResults(const QString &text, const QList<paxos::Identity> &persons)
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
                                       : tr("Persons found: %1").arg(persons.size()));
    if (persons.size() == 1)
        choose(0);
    emit chosenChanged();
    emit searched();
}

void PersonSearchBox::choose(int row)
{
    m_table->selectRow(row);
}

paxos::Identity PersonSearchBox::chosen() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? paxos::Identity() : m_results.value(rows.first().row());
}

} // namespace console::ui

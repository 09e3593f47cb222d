#pragma once

#include "paxos/model/identity.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace paxos {
class Connection;
}

namespace console::onboarding {
class InstitutionMemberSearch;
}

namespace console::ui {

// Finds an existing person by name, ref_id or id as one types, and lets one be chosen: the
// one way the console picks a person to make a member of something (an institution's member
// in the institution form and the Institution tab, an account's member in the Accounts
// tab). Searching goes through core/onboarding's InstitutionMemberSearch (Paxos has no
// search by name; see there).
class PersonSearchBox : public QWidget
{
    Q_OBJECT
public:
    explicit PersonSearchBox(paxos::Connection *connection, QWidget *parent = nullptr);

    void search(const QString &text);
    // The persons shown now.
    QList<paxos::Identity> results() const { return m_results; }
    void choose(int row);
    // The person chosen; empty id when none.
    paxos::Identity chosen() const;
    QLineEdit *queryEdit() const { return m_query; }

signals:
    // An answer (or a failure) was shown.
    void searched();
    void chosenChanged();

private:
    void showResults(const QString &text, const QList<paxos::Identity> &persons);

    onboarding::InstitutionMemberSearch *m_search;
    QLineEdit *m_query;
    QTimer *m_debounce;
    QTableWidget *m_table;
    QLabel *m_state;
    QList<paxos::Identity> m_results;
};

} // namespace console::ui

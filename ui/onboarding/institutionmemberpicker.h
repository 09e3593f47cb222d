#pragma once

#include "paxos/model/identity.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
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

// Finds a person to add to an institution — by name, ref_id or id, as one types — and
// gives the member its roles (those that apply to the institution's type), ownership and
// position. Searching goes through core/onboarding's InstitutionMemberSearch.
class InstitutionMemberPicker : public QDialog
{
    Q_OBJECT
public:
    InstitutionMemberPicker(paxos::Connection *connection, const QString &institutionType,
                            QWidget *parent = nullptr);

    void search(const QString &text);
    // The persons shown now.
    QList<paxos::Identity> results() const { return m_results; }
    void choose(int row);
    void setRoles(const QStringList &roles);
    void setOwnership(const QString &ownership);

    paxos::Identity chosen() const;
    QStringList roles() const;
    QString ownership() const;
    QString position() const;

signals:
    void searched();

private:
    void showResults(const QString &text, const QList<paxos::Identity> &persons);
    void updateOk();

    onboarding::InstitutionMemberSearch *m_search;
    QLineEdit *m_query;
    QTimer *m_debounce;
    QTableWidget *m_table;
    QLabel *m_state;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_ownership;
    QLineEdit *m_position;
    QPushButton *m_ok = nullptr;
    QList<paxos::Identity> m_results;
};

} // namespace console::ui

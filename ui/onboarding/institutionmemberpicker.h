#pragma once

#include "paxos/model/identity.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QLineEdit;

namespace paxos {
class Connection;
}

namespace console::ui {

class PersonSearchBox;

// Finds a person to add to an institution — by name, ref_id or id, as one types — and
// gives the member its roles (those that apply to the institution's type), ownership and
// position. The search is the shared PersonSearchBox.
class InstitutionMemberPicker : public QDialog
{
    Q_OBJECT
public:
    InstitutionMemberPicker(paxos::Connection *connection, const QString &institutionType,
                            QWidget *parent = nullptr);

    void search(const QString &text);
    // The persons shown now.
    QList<paxos::Identity> results() const;
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
    void updateOk();

    PersonSearchBox *m_search;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_ownership;
    QLineEdit *m_position;
    QPushButton *m_ok = nullptr;
};

} // namespace console::ui

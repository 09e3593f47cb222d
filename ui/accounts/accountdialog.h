#pragma once

#include "paxos/model/account.h"
#include "paxos/model/validation.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace paxos {
class Connection;
}

namespace console::ui {

// The account form: Create Account for an identity, or Update Account for one of its
// accounts. It checks what it would send against the rules Paxos documents
// (paxos/model/accountrules.h) as the reviewer types, shows the issues and keeps Send
// disabled while there are errors. In the member table a role Paxos does not let this
// request change cannot be ticked: on update only Financial advisor and Authorized user
// can be added or removed, so a beneficial owner stays as it is. The dialog sends nothing;
// whoever opened it takes request() and hands it to the accounts use case.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    // Create: an account owned by `ownerIdentityId`.
    AccountDialog(const QString &ownerIdentityId, QWidget *parent = nullptr);
    // Update: `account` as last read.
    AccountDialog(const paxos::Account &account, QWidget *parent = nullptr);

    bool isUpdate() const { return m_current.has_value(); }
    // The body to send: Create Account ({account, create_profile}) or Update Account
    // ({account: {id, …}, set_user_disabled}).
    QJsonObject request() const;
    // The rule issues of request() as it is now.
    QList<paxos::ValidationIssue> issues() const;

    // Adds a member row (identity id, roles, and the name shown beside the id, when known).
    void addMemberRow(const QString &identityId = {}, const QStringList &roles = {},
                      const QString &name = {});
    // Where "Add member…" finds persons (by name, ref_id or id, the shared PersonSearchBox);
    // without a connection it adds a row to type an identity id into. `nameOf` names the
    // members already on the account.
    void setPersonSearch(paxos::Connection *connection,
                         std::function<QString(const QString &identityId)> nameOf = {});
    // The person picker "Add member…" opened, while it is open.
    QDialog *memberPicker() const { return m_picker; }

    // While the write is under way the form is read-only; an error keeps it open.
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);

signals:
    // Send was pressed with a request without errors.
    void submitted(const QJsonObject &request);

private:
    void build();
    void revalidate();
    void removeSelectedMember();
    void addMember();
    QJsonArray members() const;
    bool roleChangeable(const QString &role) const;

    QString m_owner;
    std::optional<paxos::Account> m_current;
    QStringList m_roles; // the table's role columns, in enum order

    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_refId = nullptr;
    QCheckBox *m_createProfile = nullptr;
    QCheckBox *m_userDisabled = nullptr;
    QTableWidget *m_members = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QLabel *m_issues = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
    QPointer<paxos::Connection> m_connection;
    QPointer<QDialog> m_picker;
};

} // namespace console::ui

#pragma once

#include "paxos/model/account.h"
#include "ui/accounts/accountdialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QTextBrowser;

namespace paxos {
class Connection;
}

namespace console {
class IdentityAccounts;
} // namespace console

namespace console::ui {

// The Accounts tab of every identity: its accounts with their members as a tree, the one
// selected in full, and the actions: open a new account, update one (description, ref_id,
// disabling, members), add members to an open account (Add Account Members), remove a
// member. Writes go through the accounts use case
// (IdentityAccounts), which checks Paxos's account rules and sends through the write gate.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPanel(IdentityAccounts *accounts, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // How a member's identity id becomes a name (the queue's rows); without it, ids are shown.
    void setNameLookup(std::function<QString(const QString &identityId)> lookup);
    // The dialog open now (create or update), if any.
    AccountDialog *dialog() const { return m_dialog; }
    // Opens the form to create an account for the identity shown / update the selected one.
    void newAccount();
    void editSelected();
    // Asks for an identity and its roles and adds it to the selected account.
    void addMemberToSelected();

signals:
    // The tab became visible: the accounts of the identity shown are worth reading now.
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showAccounts();
    void showSelected();
    void updateButtons();
    void removeSelectedMember();
    QString selectedAccountId() const;
    // The session's connection of the moment, for the person search.
    paxos::Connection *connection() const;
    void openDialog(AccountDialog *dialog);

    QPointer<IdentityAccounts> m_accounts;
    QPointer<AccountDialog> m_dialog;
    std::function<QString(const QString &)> m_nameOf;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QPushButton *m_reload;
};

} // namespace console::ui

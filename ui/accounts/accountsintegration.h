#pragma once

#include <QObject>
#include <QString>

namespace console {
class IdentityAccounts;
struct Services;
} // namespace console

namespace console::ui {

class AccountsPanel;
class MainWindow;

// The Accounts feature: the Accounts tab on the detail pane of every identity. The tab
// follows the current identity (its accounts are read once the selection settles) and the
// environment (a switch clears it until the next identity).
class AccountsIntegration : public QObject
{
    Q_OBJECT
public:
    AccountsIntegration(MainWindow *window, const Services &services);

    AccountsPanel *panel() const { return m_panel; }
    IdentityAccounts *accounts() const { return m_accounts; }
    int pageIndex() const { return m_page; }

private:
    IdentityAccounts *m_accounts = nullptr;
    AccountsPanel *m_panel = nullptr;
    int m_page = -1;
    QString m_settled; // the identity the selection settled on
};

} // namespace console::ui

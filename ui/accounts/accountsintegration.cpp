#include "ui/accounts/accountsintegration.h"

#include "core/accounts/identityaccounts.h"
#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/services.h"
#include "core/session/session.h"
#include "ui/accounts/accountspanel.h"
#include "ui/shell/mainwindow.h"

namespace console::ui {

AccountsIntegration::AccountsIntegration(MainWindow *window, const Services &services)
    : QObject(window)
{
    // The tab's own use case, like ControlChanges for the Controls tab: state of this tab
    // alone, not a service others share.
    m_accounts = new IdentityAccounts(services.session, this);
    m_panel = new AccountsPanel(m_accounts);
    m_page = window->addDetailPage(m_panel, tr("Accounts"));
    // Members are shown by name when the queue holds them.
    if (IdentityTableModel *identities = services.identities) {
        m_panel->setNameLookup([identities](const QString &id) {
            return identities->indexOfId(id, IdentityTableModel::NameColumn).data().toString();
        });
    }
    if (CurrentIdentity *current = services.current) {
        // Read once the selection settles, like every other part of the identity, and only
        // while the tab is shown (else when it is next shown): browsing the queue with the
        // tab hidden costs no List Accounts call.
        const auto follow = [this] {
            if (m_panel->isVisible() && !m_settled.isEmpty()
                && m_settled != m_accounts->identityId())
                m_accounts->setIdentity(m_settled);
        };
        connect(current, &CurrentIdentity::settled, this, [this, follow](const QString &id) {
            m_settled = id;
            follow();
        });
        connect(current, &CurrentIdentity::selected, m_accounts, [this](const QString &id) {
            if (id != m_accounts->identityId())
                m_accounts->setIdentity({});
        });
        connect(m_panel, &AccountsPanel::shown, this, follow);
    }
    connect(services.session, &Session::environmentChanged, m_accounts, [this] {
        m_settled.clear();
        m_accounts->setIdentity({});
    });
}

} // namespace console::ui

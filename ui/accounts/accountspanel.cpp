#include "ui/accounts/accountspanel.h"

#include "core/accounts/identityaccounts.h"
#include "core/session/session.h"
#include "paxos/model/enums.h"
#include "ui/accounts/accountdialog.h"
#include "ui/onboarding/personsearchbox.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

constexpr int kAccountIdRole = Qt::UserRole;
constexpr int kMemberIdRole = Qt::UserRole + 1;

QString roleLabels(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels << paxos::enums::accountMemberRole().label(role);
    return labels.join(u", "_s);
}

QString title(const paxos::Account &account)
{
    if (account.description && !account.description->isEmpty())
        return *account.description;
    if (account.refId && !account.refId->isEmpty())
        return *account.refId;
    return account.id;
}

} // namespace

AccountsPanel::AccountsPanel(IdentityAccounts *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
{
    setObjectName(u"accountsPanel"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"accountsStatus"_s);
    m_status->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"accountsTree"_s);
    m_tree->setHeaderLabels(
        {tr("Account / member"), tr("Type / roles"), tr("Status"), tr("Profile")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_tree->header()->resizeSection(3, 120);
    m_tree->setAlternatingRowColors(true);

    m_details = new QTextBrowser;
    m_details->setObjectName(u"accountDetails"_s);

    m_new = new QPushButton(tr("&New account…"));
    m_new->setObjectName(u"newAccountButton"_s);
    m_edit = new QPushButton(tr("&Edit account…"));
    m_edit->setObjectName(u"editAccountButton"_s);
    m_addMember = new QPushButton(tr("&Add member…"));
    m_addMember->setObjectName(u"addAccountMemberButton"_s);
    m_removeMember = new QPushButton(tr("Remove &member"));
    m_removeMember->setObjectName(u"removeAccountMemberButton"_s);
    m_reload = new QPushButton(tr("Re&fresh"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_addMember, m_removeMember})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_reload);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The detail pane is short at 1366x768 (the Events dock below it): both halves must fit
    // in it, or the selected account's details (its profile) would need scrolling to be seen.
    m_tree->setMinimumHeight(72);
    m_details->setMinimumHeight(72);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &AccountsPanel::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPanel::editSelected);
    connect(m_addMember, &QPushButton::clicked, this, &AccountsPanel::addMemberToSelected);
    connect(m_removeMember, &QPushButton::clicked, this, &AccountsPanel::removeSelectedMember);
    connect(m_reload, &QPushButton::clicked, accounts, &IdentityAccounts::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // Opening an account reads it again, so what is shown is what Paxos holds now.
        if (m_accounts && item && !item->parent())
            m_accounts->open(item->data(0, kAccountIdRole).toString());
    });
    connect(accounts, &IdentityAccounts::accountsChanged, this, &AccountsPanel::showAccounts);
    connect(accounts, &IdentityAccounts::profileChanged, this, [this](const QString &profileId) {
        const auto account = m_accounts ? m_accounts->account(selectedAccountId()) : std::nullopt;
        if (account && account->profileId.value_or(QString()) == profileId)
            showSelected();
    });
    connect(accounts, &IdentityAccounts::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Reading the accounts…"));
        updateButtons();
    });
    connect(accounts, &IdentityAccounts::loadFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(accounts, &IdentityAccounts::writeStarted, this, [this](const QString &message) {
        m_status->setText(message);
        if (m_dialog)
            m_dialog->setBusy(true, message);
        updateButtons();
    });
    connect(accounts, &IdentityAccounts::written, this,
            [this](const paxos::Account &, const QString &message) {
                m_status->setText(message);
                if (m_dialog)
                    m_dialog->accept();
                updateButtons();
            });
    connect(accounts, &IdentityAccounts::writeFailed, this, [this](const QString &message) {
        m_status->setText(message);
        if (m_dialog)
            m_dialog->showError(message);
        updateButtons();
    });
    showAccounts();
}

void AccountsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit shown();
}

void AccountsPanel::setNameLookup(std::function<QString(const QString &)> lookup)
{
    m_nameOf = std::move(lookup);
    showAccounts();
}

QString AccountsPanel::selectedAccountId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->parent())
        item = item->parent();
    return item->data(0, kAccountIdRole).toString();
}

void AccountsPanel::showAccounts()
{
    const QString selected = selectedAccountId();
    m_tree->clear();
    if (!m_accounts)
        return;
    QTreeWidgetItem *current = nullptr;
    for (const paxos::Account &account : m_accounts->accounts()) {
        auto *item = new QTreeWidgetItem(
            m_tree,
            {title(account), paxos::enums::accountType().label(account.type.value_or(QString())),
             paxos::enums::identityStatus().label(account.summaryStatus.value_or(QString())),
             account.profileId.value_or(tr("none"))});
        item->setData(0, kAccountIdRole, account.id);
        for (const paxos::AccountMember &member : account.members) {
            const QString name = m_nameOf ? m_nameOf(member.identityId) : QString();
            auto *child = new QTreeWidgetItem(
                item, {name.isEmpty() ? member.identityId : name, roleLabels(member.roles)});
            child->setToolTip(0, member.identityId);
            child->setData(0, kAccountIdRole, account.id);
            child->setData(0, kMemberIdRole, member.id);
        }
        item->setExpanded(true);
        if (account.id == selected)
            current = item;
    }
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    if (current)
        m_tree->setCurrentItem(current);
    if (m_accounts->identityId().isEmpty())
        m_status->setText(tr("Select an identity to see its accounts."));
    else if (!m_accounts->isLoading())
        m_status->setText(m_accounts->accounts().isEmpty()
                              ? tr("This identity has no account yet. An approved identity "
                                   "needs one to hold balances.")
                              : tr("%n account(s).", nullptr, int(m_accounts->accounts().size())));
    showSelected();
    updateButtons();
}

void AccountsPanel::showSelected()
{
    const auto account = m_accounts ? m_accounts->account(selectedAccountId()) : std::nullopt;
    if (!account) {
        m_details->clear();
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><th align=left>%1</th><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                   value.toHtmlEscaped());
    };
    const auto yesNo = [this](const std::optional<bool> &v) {
        return v.value_or(false) ? tr("yes") : tr("no");
    };
    QString html = u"<table cellspacing=4>"_s;
    html += row(tr("Account id"), account->id);
    html += row(tr("Reference ID"), account->refId.value_or(QString()));
    html += row(tr("Owner identity"), account->identityId);
    html += row(tr("Type"), paxos::enums::accountType().label(account->type.value_or(QString())));
    html += row(tr("Description"), account->description.value_or(QString()));
    html += row(tr("Status"),
                paxos::enums::identityStatus().label(account->summaryStatus.value_or(QString())));
    html += row(tr("Disabled by you"), yesNo(account->userDisabled));
    html += row(tr("Disabled by Paxos"), yesNo(account->adminDisabled));
    const QString profileId = account->profileId.value_or(QString());
    if (profileId.isEmpty()) {
        html += row(tr("Profile"), tr("none: a profile can only be created with the account"));
    } else if (const auto profile = m_accounts->profile(profileId)) {
        // What Get Profile answers, read-only: the profile holds the account's balances.
        html += row(tr("Profile"), profile->id);
        html += row(tr("Profile nickname"), profile->nickname);
        if (profile->type)
            html += row(tr("Profile type"),
                        *profile->type == u"NORMAL"_s
                            ? tr("Normal (created by the platform)")
                            : (*profile->type == u"DEFAULT"_s ? tr("Default (made by Paxos)")
                                                              : *profile->type));
        if (profile->description)
            html += row(tr("Profile description"), *profile->description);
        if (profile->accountId)
            html += row(tr("Profile's account"), *profile->accountId);
    } else if (const QString problem = m_accounts->profileProblem(profileId); !problem.isEmpty()) {
        html += row(tr("Profile"), tr("%1 (could not be read: %2)").arg(profileId, problem));
    } else {
        html += row(tr("Profile"), tr("%1 (reading…)").arg(profileId));
        m_accounts->readProfile(profileId);
    }
    html += row(tr("Created"), account->createdAt ? account->createdAt->toString() : QString());
    html += row(tr("Updated"), account->updatedAt ? account->updatedAt->toString() : QString());
    if (account->metadata)
        html += row(
            tr("Metadata"),
            QString::fromUtf8(QJsonDocument(*account->metadata).toJson(QJsonDocument::Compact)));
    html += u"</table>"_s;
    m_details->setHtml(html);
}

void AccountsPanel::updateButtons()
{
    const bool ready =
        m_accounts && !m_accounts->identityId().isEmpty() && !m_accounts->isWriting();
    m_new->setEnabled(ready);
    m_edit->setEnabled(ready && !selectedAccountId().isEmpty());
    m_addMember->setEnabled(ready && !selectedAccountId().isEmpty());
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_removeMember->setEnabled(ready && item && item->parent()
                               && !item->data(0, kMemberIdRole).toString().isEmpty());
    m_reload->setEnabled(m_accounts && !m_accounts->identityId().isEmpty());
}

void AccountsPanel::openDialog(AccountDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::submitted, this, [this, dialog](const QJsonObject &request) {
        if (!m_accounts)
            return;
        const auto issues =
            dialog->isUpdate() ? m_accounts->update(request) : m_accounts->create(request);
        if (paxos::hasErrors(issues))
            dialog->showError(issues.first().message);
    });
    dialog->open();
}

void AccountsPanel::newAccount()
{
    if (!m_accounts || m_accounts->identityId().isEmpty() || m_dialog)
        return;
    auto *dialog = new AccountDialog(m_accounts->identityId(), this);
    dialog->setPersonSearch(connection(), m_nameOf);
    openDialog(dialog);
}

void AccountsPanel::editSelected()
{
    const auto account = m_accounts ? m_accounts->account(selectedAccountId()) : std::nullopt;
    if (!account || m_dialog)
        return;
    auto *dialog = new AccountDialog(*account, this);
    dialog->setPersonSearch(connection(), m_nameOf);
    openDialog(dialog);
}

paxos::Connection *AccountsPanel::connection() const
{
    Session *session = m_accounts ? m_accounts->session() : nullptr;
    return session ? session->connection() : nullptr;
}

void AccountsPanel::addMemberToSelected()
{
    const QString accountId = selectedAccountId();
    if (!m_accounts || accountId.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"addAccountMemberDialog"_s);
    dialog->setWindowTitle(tr("Add an account member"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(720, 520);
    // The person found by name, ref_id or id (the search the institution form uses).
    auto *identity = new PersonSearchBox(connection());
    identity->setObjectName(u"accountMemberSearch"_s);
    auto *form = new QFormLayout;
    // Add Account Members takes every member role the account rules know (unlike Update
    // Account, which may only add or remove some), so each is offered.
    auto *roleBox = new QVBoxLayout;
    QList<QCheckBox *> roleChecks;
    for (const paxos::EnumEntry &entry : paxos::enums::accountMemberRole().entries()) {
        auto *check = new QCheckBox(paxos::enums::accountMemberRole().label(entry.wire));
        check->setObjectName(u"accountMemberRole_"_s + entry.wire);
        check->setProperty("role", entry.wire);
        roleChecks << check;
        roleBox->addWidget(check);
    }
    form->addRow(tr("Roles:"), roleBox);
    auto *error = new QLabel;
    error->setObjectName(u"addAccountMemberError"_s);
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add member"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"addAccountMemberSubmit"_s);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(identity, 1);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (!m_accounts)
            return;
        if (identity->chosen().id.isEmpty()) {
            error->setText(tr("Find and choose the person to add."));
            return;
        }
        QStringList roles;
        for (QCheckBox *check : roleChecks) {
            if (check->isChecked())
                roles << check->property("role").toString();
        }
        const QJsonArray members{QJsonObject{{u"identity_id"_s, identity->chosen().id},
                                             {u"roles"_s, QJsonArray::fromStringList(roles)}}};
        // The rules first (nothing sent on an error, the dialog stays open); otherwise the
        // gate has the write and the tab's status line tells how it went.
        const auto issues = m_accounts->addMembers(accountId, members);
        if (paxos::hasErrors(issues))
            error->setText(issues.first().message);
        else
            dialog->accept();
    });
    dialog->open();
}

void AccountsPanel::removeSelectedMember()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_accounts || !item || !item->parent())
        return;
    const QString accountId = item->data(0, kAccountIdRole).toString();
    const QString memberId = item->data(0, kMemberIdRole).toString();
    // Asked without a nested event loop: the answer arrives through finished().
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove account member"),
                        tr("Remove %1 (%2) from the account?").arg(item->text(0), item->text(1)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeAccountMemberQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, accountId, memberId](int result) {
        if (result == QMessageBox::Yes && m_accounts)
            m_accounts->removeMember(accountId, memberId);
    });
    box->open();
}

} // namespace console::ui

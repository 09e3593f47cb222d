#include "ui/accounts/accountdialog.h"

#include "paxos/model/accountrules.h"
#include "paxos/model/enums.h"
#include "paxos/net/connection.h"
#include "ui/onboarding/personsearchbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kIdentityColumn = 0;
} // namespace

AccountDialog::AccountDialog(const QString &ownerIdentityId, QWidget *parent)
    : QDialog(parent)
    , m_owner(ownerIdentityId)
{
    build();
}

AccountDialog::AccountDialog(const paxos::Account &account, QWidget *parent)
    : QDialog(parent)
    , m_owner(account.identityId)
    , m_current(account)
{
    build();
    m_description->setText(account.description.value_or(QString()));
    m_refId->setText(account.refId.value_or(QString()));
    m_userDisabled->setChecked(account.userDisabled.value_or(false));
    const int type = m_type->findData(account.type.value_or(QString()));
    m_type->setCurrentIndex(qMax(0, type));
    for (const paxos::AccountMember &member : account.members)
        addMemberRow(member.identityId, member.roles);
    revalidate();
}

void AccountDialog::build()
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(isUpdate() ? tr("Update account") : tr("Open an account"));
    for (const paxos::EnumEntry &entry : paxos::enums::accountMemberRole().entries())
        m_roles << entry.wire;

    auto *form = new QFormLayout;
    m_ownerLabel = new QLabel(m_owner);
    m_ownerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Owner identity:"), m_ownerLabel);

    m_type = new QComboBox;
    m_type->setObjectName(u"accountType"_s);
    m_type->addItem(tr("(not set)"), QString());
    for (const QString &wire : paxos::enums::accountType().wires())
        m_type->addItem(paxos::enums::accountType().label(wire), wire);
    // Update Account does not list the type among what it changes.
    m_type->setEnabled(!isUpdate());
    form->addRow(tr("&Type:"), m_type);

    m_description = new QLineEdit;
    m_description->setObjectName(u"accountDescription"_s);
    form->addRow(tr("&Description:"), m_description);
    m_refId = new QLineEdit;
    m_refId->setObjectName(u"accountRefId"_s);
    m_refId->setPlaceholderText(tr("Your reference; Paxos refuses a second account with it"));
    form->addRow(tr("&Reference ID:"), m_refId);

    m_createProfile = new QCheckBox(tr("Also create a &profile to hold the account's balances"));
    m_createProfile->setObjectName(u"createProfile"_s);
    m_createProfile->setToolTip(tr("A profile can only be created with the account; it cannot "
                                   "be added later."));
    m_userDisabled = new QCheckBox(tr("&Disable the account"));
    m_userDisabled->setObjectName(u"userDisabled"_s);
    if (isUpdate()) {
        form->addRow(QString(), m_userDisabled);
        m_createProfile->hide();
        const QString profile = m_current->profileId.value_or(QString());
        form->addRow(tr("Profile:"),
                     new QLabel(profile.isEmpty()
                                    ? tr("none (a profile can only be created with the account)")
                                    : profile));
    } else {
        form->addRow(QString(), m_createProfile);
        m_userDisabled->hide();
    }

    m_members = new QTableWidget(0, 1 + int(m_roles.size()));
    m_members->setObjectName(u"accountMembers"_s);
    QStringList headers{tr("Member")};
    for (const QString &role : std::as_const(m_roles))
        headers << paxos::enums::accountMemberRole().label(role);
    m_members->setHorizontalHeaderLabels(headers);
    m_members->horizontalHeader()->setSectionResizeMode(kIdentityColumn, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addMember = new QPushButton(tr("&Add member"));
    m_addMember->setObjectName(u"addMemberButton"_s);
    m_removeMember = new QPushButton(tr("&Remove member"));
    m_removeMember->setObjectName(u"removeMemberButton"_s);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    auto *membersNote = new QLabel(
        isUpdate() ? tr("Members besides the owner. Paxos lets an update add or remove only "
                        "financial advisors and authorized users; a beneficial owner stays.")
                   : tr("Members besides the owner, who is the account's primary owner for "
                        "tax purposes."));
    membersNote->setWordWrap(true);

    m_issues = new QLabel;
    m_issues->setObjectName(u"issuesLabel"_s);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_submit = buttons->addButton(isUpdate() ? tr("&Send update") : tr("&Open account"),
                                  QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members")));
    layout->addWidget(membersNote);
    layout->addWidget(m_members, 1);
    layout->addLayout(memberButtons);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (!paxos::hasErrors(issues()))
            emit submitted(request());
    });
    connect(m_addMember, &QPushButton::clicked, this, &AccountDialog::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &AccountDialog::removeSelectedMember);
    connect(m_members, &QTableWidget::itemChanged, this, &AccountDialog::revalidate);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &AccountDialog::revalidate);
    for (QLineEdit *edit : {m_description, m_refId})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountDialog::revalidate);
    connect(m_createProfile, &QCheckBox::toggled, this, &AccountDialog::revalidate);
    connect(m_userDisabled, &QCheckBox::toggled, this, &AccountDialog::revalidate);
    resize(640, 480);
    revalidate();
}

bool AccountDialog::roleChangeable(const QString &role) const
{
    return !isUpdate() || paxos::rolesChangeableByUpdate().contains(role);
}

void AccountDialog::setPersonSearch(paxos::Connection *connection,
                                    std::function<QString(const QString &)> nameOf)
{
    m_connection = connection;
    if (!nameOf)
        return;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        QTableWidgetItem *item = m_members->item(row, kIdentityColumn);
        const QString id = item->data(Qt::UserRole).toString();
        if (const QString name = id.isEmpty() ? QString() : nameOf(id); !name.isEmpty()) {
            const QSignalBlocker blocker(m_members);
            item->setText(tr("%1 (%2)").arg(name, id));
        }
    }
}

void AccountDialog::addMember()
{
    if (!m_connection) {
        // No connection to search through: an identity id typed in.
        addMemberRow();
        m_members->setCurrentCell(m_members->rowCount() - 1, kIdentityColumn);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, kIdentityColumn));
        return;
    }
    if (m_picker)
        return;
    auto *picker = new QDialog(this);
    picker->setObjectName(u"accountMemberPicker"_s);
    picker->setWindowTitle(tr("Add an account member"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->resize(720, 460);
    auto *search = new PersonSearchBox(m_connection, picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, picker);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"accountMemberPickerOk"_s);
    ok->setText(tr("&Add member"));
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(picker);
    layout->addWidget(
        new QLabel(tr("Find the person by name, ref_id or id; tick the roles in the table.")));
    layout->addWidget(search, 1);
    layout->addWidget(buttons);
    connect(search, &PersonSearchBox::chosenChanged, ok,
            [ok, search] { ok->setEnabled(!search->chosen().id.isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, picker, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, picker, [this, picker, search] {
        const paxos::Identity person = search->chosen();
        if (person.id.isEmpty())
            return;
        addMemberRow(person.id, {}, person.displayName());
        m_members->setCurrentCell(m_members->rowCount() - 1, kIdentityColumn);
        picker->accept();
    });
    m_picker = picker;
    picker->open();
    search->setFocus();
}

void AccountDialog::addMemberRow(const QString &identityId, const QStringList &roles,
                                 const QString &name)
{
    const QSignalBlocker blocker(m_members);
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *identity =
        new QTableWidgetItem(name.isEmpty() ? identityId : tr("%1 (%2)").arg(name, identityId));
    // The id sent is kept apart from the text shown (a name beside it).
    identity->setData(Qt::UserRole, identityId);
    m_members->setItem(row, kIdentityColumn, identity);
    // An existing member of an account being updated keeps its identity, and so does a
    // person found by the search.
    const bool fixed = !identityId.isEmpty();
    if (fixed)
        m_members->item(row, kIdentityColumn)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (int i = 0; i < m_roles.size(); ++i) {
        auto *item = new QTableWidgetItem;
        const QString &role = m_roles.at(i);
        item->setData(Qt::UserRole, role);
        item->setCheckState(roles.contains(role) ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsSelectable;
        if (roleChangeable(role))
            flags |= Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
        else
            item->setToolTip(tr("Paxos does not let Update Account add or remove this role."));
        item->setFlags(flags);
        m_members->setItem(row, 1 + i, item);
    }
    revalidate();
}

void AccountDialog::removeSelectedMember()
{
    const int row = m_members->currentRow();
    if (row < 0)
        return;
    m_members->removeRow(row);
    revalidate();
}

QJsonArray AccountDialog::members() const
{
    QJsonArray out;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        QStringList roles;
        for (int i = 0; i < m_roles.size(); ++i) {
            if (m_members->item(row, 1 + i)->checkState() == Qt::Checked)
                roles << m_roles.at(i);
        }
        // A typed row has its id as its text; a found or existing one keeps it apart.
        const QTableWidgetItem *identity = m_members->item(row, kIdentityColumn);
        QString id = identity->data(Qt::UserRole).toString();
        if (id.isEmpty())
            id = identity->text().trimmed();
        out.append(
            QJsonObject{{u"identity_id"_s, id}, {u"roles"_s, QJsonArray::fromStringList(roles)}});
    }
    return out;
}

QJsonObject AccountDialog::request() const
{
    QJsonObject account;
    const QString description = m_description->text().trimmed();
    const QString refId = m_refId->text().trimmed();
    if (isUpdate()) {
        account.insert(u"id"_s, m_current->id);
        if (description != m_current->description.value_or(QString()))
            account.insert(u"description"_s, description);
        if (!refId.isEmpty() && refId != m_current->refId.value_or(QString()))
            account.insert(u"ref_id"_s, refId);
        // Update Account replaces the whole list, so it is sent only when it changed.
        const QJsonArray now = members();
        if (now != paxos::membersForUpdate(m_current->members))
            account.insert(u"members"_s, now);
        QJsonObject body{{u"account"_s, account}};
        if (m_userDisabled->isChecked() != m_current->userDisabled.value_or(false))
            body.insert(u"set_user_disabled"_s, m_userDisabled->isChecked());
        return body;
    }
    account.insert(u"identity_id"_s, m_owner);
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        account.insert(u"type"_s, type);
    if (!description.isEmpty())
        account.insert(u"description"_s, description);
    if (!refId.isEmpty())
        account.insert(u"ref_id"_s, refId);
    if (m_members->rowCount() > 0)
        account.insert(u"members"_s, members());
    QJsonObject body{{u"account"_s, account}};
    if (m_createProfile->isChecked())
        body.insert(u"create_profile"_s, true);
    return body;
}

QList<paxos::ValidationIssue> AccountDialog::issues() const
{
    if (isUpdate())
        return paxos::validateUpdateAccount(request(), &m_current->members);
    return paxos::validateCreateAccount(request());
}

void AccountDialog::revalidate()
{
    if (!m_submit)
        return;
    const auto found = issues();
    QStringList lines;
    for (const paxos::ValidationIssue &issue : found) {
        if (issue.isError())
            lines << issue.message;
    }
    m_issues->setText(lines.join(u'\n'));
    const bool nothingToSend = isUpdate() && request().value(u"account"_s).toObject().size() == 1
        && !request().contains(u"set_user_disabled"_s);
    m_submit->setEnabled(!m_busy && lines.isEmpty() && !nothingToSend);
    m_submit->setToolTip(nothingToSend ? tr("Nothing has changed.") : lines.join(u'\n'));
    // A member holding a role this request may not take away cannot be removed.
    bool removable = m_members->currentRow() >= 0;
    if (removable) {
        for (int i = 0; i < m_roles.size(); ++i) {
            const auto *item = m_members->item(m_members->currentRow(), 1 + i);
            if (item && item->checkState() == Qt::Checked && !roleChangeable(m_roles.at(i)))
                removable = false;
        }
    }
    m_removeMember->setEnabled(!m_busy && removable);
}

void AccountDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_description, m_refId, m_members, m_addMember, m_createProfile, m_userDisabled})
        w->setEnabled(!busy);
    m_type->setEnabled(!busy && !isUpdate());
    if (!message.isEmpty())
        m_issues->setText(message);
    revalidate();
    if (busy && !message.isEmpty())
        m_issues->setText(message);
}

void AccountDialog::showError(const QString &message)
{
    setBusy(false);
    m_issues->setText(message);
}

} // namespace console::ui

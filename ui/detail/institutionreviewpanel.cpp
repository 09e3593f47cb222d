#include "ui/detail/institutionreviewpanel.h"

#include "core/institutions/institutionreview.h"
#include "core/onboarding/institutionmembers.h"
#include "core/session/session.h"
#include "paxos/model/enums.h"
#include "paxos/model/institutionrules.h"
#include "ui/onboarding/personsearchbox.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

constexpr int kMemberIdRole = Qt::UserRole;
// What each member waits on and who acts come right after its status: at 1366x768 the pane
// is narrow, and those are what a reviewer reads first; the roles are last (and a tooltip).
enum Column { NameColumn, StatusColumn, WaitingColumn, ActorColumn, OwnershipColumn, RolesColumn };

QString roleLabels(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels << paxos::enums::institutionMemberRole().label(role);
    return labels.join(u", "_s);
}

QString statusLabel(const QString &status)
{
    return status.isEmpty() ? QString() : paxos::enums::identityStatus().label(status);
}

} // namespace

InstitutionReviewPanel::InstitutionReviewPanel(InstitutionReview *review, Session *session,
                                               QWidget *parent)
    : QWidget(parent)
    , m_review(review)
    , m_session(session)
{
    setObjectName(u"institutionReviewPanel"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"institutionTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_requirements = new QLabel;
    m_requirements->setObjectName(u"institutionRequirements"_s);
    m_requirements->setWordWrap(true);
    m_requirements->setTextFormat(Qt::RichText);
    m_requirements->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requirements->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_requirements->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_message = new QLabel;
    m_message->setObjectName(u"institutionMessage"_s);
    m_message->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"institutionMembersTree"_s);
    m_tree->setHeaderLabels({tr("Institution / member"), tr("Status"), tr("Waiting on"),
                             tr("Who acts"), tr("Ownership"), tr("Roles")});
    // The full texts of "Waiting on" and the roles are tooltips.
    QHeaderView *header = m_tree->header();
    for (int c : {NameColumn, StatusColumn, ActorColumn, OwnershipColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WaitingColumn, QHeaderView::Interactive);
    header->resizeSection(WaitingColumn, 170);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    m_tree->setWordWrap(true);

    m_add = new QPushButton(tr("&Add member…"));
    m_add->setObjectName(u"addInstitutionMemberButton"_s);
    m_remove = new QPushButton(tr("&Remove member"));
    m_remove->setObjectName(u"removeInstitutionMemberButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_requirements);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &InstitutionReviewPanel::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &InstitutionReviewPanel::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &InstitutionReviewPanel::updateButtons);
    connect(review, &InstitutionReview::changed, this, &InstitutionReviewPanel::show);
    show();
}

void InstitutionReviewPanel::show()
{
    const QString selected = m_tree->currentItem()
        ? m_tree->currentItem()->data(0, kMemberIdRole).toString()
        : QString();
    m_tree->clear();
    if (!m_review || !m_review->isInstitution()) {
        m_title->setText(tr("Not an institution"));
        m_requirements->setText(tr("Companies, trusts and funds are reviewed here with their "
                                   "members. Select an institution in the queue."));
        updateButtons();
        return;
    }
    const paxos::Identity &institution = *m_review->institution();
    m_title->setText(institution.displayName());

    QString html = u"<ul>"_s;
    for (const RequirementLine &line : m_review->requirements()) {
        html += u"<li>"_s + line.text.toHtmlEscaped();
        if (line.actor != Actor::Nobody)
            html += u" <b>"_s + tr("Who acts: %1").arg(actorLabel(line.actor)).toHtmlEscaped()
                + u"</b>"_s;
        html += u"</li>"_s;
    }
    html += u"</ul>"_s;
    m_requirements->setText(html);

    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(NameColumn, institution.displayName());
    top->setText(RolesColumn,
                 paxos::enums::institutionType().label(
                     institution.institutionDetails
                         ? institution.institutionDetails->institutionType.value_or(QString())
                         : QString()));
    top->setText(StatusColumn, statusLabel(institution.effectiveStatus()));
    QTreeWidgetItem *current = nullptr;
    for (const MemberReview &m : m_review->members()) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(NameColumn, m.name.isEmpty() ? m.identityId : m.name);
        item->setToolTip(NameColumn, m.identityId);
        item->setText(RolesColumn, roleLabels(m.roles));
        item->setToolTip(RolesColumn, roleLabels(m.roles));
        item->setText(OwnershipColumn, m.ownership.isEmpty() ? QString() : m.ownership + u'%');
        item->setText(StatusColumn, statusLabel(m.status));
        item->setText(WaitingColumn,
                      m.waitingOn.isEmpty() && m.status == u"APPROVED"_s ? tr("nothing")
                                                                         : m.waitingOn);
        item->setToolTip(WaitingColumn, m.waitingOn);
        item->setText(ActorColumn, m.actor == Actor::Nobody ? QString() : actorLabel(m.actor));
        item->setData(0, kMemberIdRole, m.memberId);
        if (!selected.isEmpty() && m.memberId == selected)
            current = item;
    }
    top->setExpanded(true);
    if (current)
        m_tree->setCurrentItem(current);
    updateButtons();
}

void InstitutionReviewPanel::updateButtons()
{
    const bool institution = m_review && m_review->isInstitution();
    const bool busy = m_writer && m_writer->isRunning();
    m_add->setEnabled(institution && !busy);
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_remove->setEnabled(institution && !busy && item && item->parent()
                         && !item->data(0, kMemberIdRole).toString().isEmpty());
}

onboarding::InstitutionMembers *InstitutionReviewPanel::members()
{
    // Made for the connection of the moment: an environment switch replaces it.
    if (!m_session || !m_session->connection())
        return nullptr;
    if (m_writer)
        m_writer->deleteLater();
    m_writer =
        new onboarding::InstitutionMembers(m_session->connection(), m_session->writeGuard(), this);
    const QString id = m_review->institution()->id;
    connect(m_writer, &onboarding::InstitutionMembers::started, this, [this] {
        m_message->setText(tr("Sending…"));
        updateButtons();
    });
    connect(m_writer, &onboarding::InstitutionMembers::added, this, [this, id] {
        m_message->setText(tr("The member was added."));
        emit membersChanged(id);
        updateButtons();
    });
    connect(m_writer, &onboarding::InstitutionMembers::removed, this, [this, id] {
        m_message->setText(tr("The member was removed."));
        emit membersChanged(id);
        updateButtons();
    });
    connect(m_writer, &onboarding::InstitutionMembers::failed, this,
            [this](const paxos::ApiError &error) {
                m_message->setText(tr("Not done: %1").arg(error.message()));
                updateButtons();
            });
    connect(m_writer, &onboarding::InstitutionMembers::refused, this,
            [this](const QString &reason) {
                m_message->setText(tr("Not sent: %1").arg(reason));
                updateButtons();
            });
    return m_writer;
}

QString InstitutionReviewPanel::addMember(const QString &identityId, const QStringList &roles,
                                          const QString &ownership, const QString &position)
{
    if (!m_review || !m_review->isInstitution())
        return tr("No institution is shown.");
    const paxos::Identity &institution = *m_review->institution();
    paxos::InstitutionMember member;
    member.identityId = identityId.trimmed();
    member.roles = roles;
    if (!ownership.trimmed().isEmpty())
        member.ownership = ownership.trimmed();
    if (!position.trimmed().isEmpty())
        member.position = position.trimmed();
    onboarding::InstitutionMembers *writer = members();
    if (!writer)
        return tr("There is no connection.");
    const QString type = institution.institutionDetails
        ? institution.institutionDetails->institutionType.value_or(QString())
        : QString();
    const auto issues = writer->add(institution.id, type, {member}, institution.displayName());
    for (const paxos::ValidationIssue &issue : issues) {
        if (issue.isError()) {
            m_message->setText(issue.message);
            return issue.message;
        }
    }
    return {};
}

void InstitutionReviewPanel::removeSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_review || !m_review->isInstitution() || !item || !item->parent())
        return;
    const QString memberId = item->data(0, kMemberIdRole).toString();
    paxos::InstitutionMember member;
    for (const paxos::InstitutionMember &m : m_review->institution()->institutionMembers) {
        if (m.id == memberId)
            member = m;
    }
    if (member.id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove institution member"),
                                tr("Remove %1 (%2) from %3?")
                                    .arg(item->text(NameColumn), item->text(RolesColumn),
                                         m_review->institution()->displayName()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeInstitutionMemberQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString institutionId = m_review->institution()->id;
    const QString name = m_review->institution()->displayName();
    connect(box, &QMessageBox::finished, this, [this, member, institutionId, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (onboarding::InstitutionMembers *writer = members())
            writer->remove(institutionId, member, name);
    });
    box->open();
}

void InstitutionReviewPanel::openAddDialog()
{
    if (!m_review || !m_review->isInstitution())
        return;
    const QString type = m_review->institution()->institutionDetails
        ? m_review->institution()->institutionDetails->institutionType.value_or(QString())
        : QString();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"addInstitutionMemberDialog"_s);
    dialog->setWindowTitle(tr("Add a member"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(720, 560);
    // The person found by name, ref_id or id (the search the institution form uses).
    auto *identity = new PersonSearchBox(m_session ? m_session->connection() : nullptr);
    identity->setObjectName(u"memberPersonSearch"_s);
    auto *form = new QFormLayout;
    auto *roleBox = new QVBoxLayout;
    QList<QCheckBox *> roleChecks;
    // Only the roles that apply to this type of institution are offered.
    for (const QString &role : paxos::institution::rolesFor(type)) {
        auto *check = new QCheckBox(paxos::enums::institutionMemberRole().label(role));
        check->setProperty("role", role);
        roleChecks << check;
        roleBox->addWidget(check);
    }
    form->addRow(tr("Roles:"), roleBox);
    auto *ownership = new QLineEdit;
    ownership->setObjectName(u"memberOwnership"_s);
    ownership->setPlaceholderText(tr("Percent, e.g. 25 (beneficial owners)"));
    form->addRow(tr("&Ownership:"), ownership);
    auto *position = new QLineEdit;
    form->addRow(tr("&Position:"), position);
    auto *error = new QLabel;
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add member"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(identity, 1);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (identity->chosen().id.isEmpty()) {
            error->setText(tr("Find and choose the person to add."));
            return;
        }
        QStringList roles;
        for (QCheckBox *check : roleChecks) {
            if (check->isChecked())
                roles << check->property("role").toString();
        }
        const QString problem =
            addMember(identity->chosen().id, roles, ownership->text(), position->text());
        if (problem.isEmpty())
            dialog->accept();
        else
            error->setText(problem);
    });
    dialog->open();
}

} // namespace console::ui

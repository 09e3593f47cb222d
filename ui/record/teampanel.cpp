#include "ui/record/teampanel.h"

#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/team/casetaking.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QString localTime(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    // The day only when it is not today: a lock or an assignment is usually recent.
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return QLocale().toString(at, QLocale::ShortFormat);
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

} // namespace

TeamPanel::TeamPanel(Store *store, Assignments *assignments, SoftLocks *locks, AuditTrail *audit,
                     QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_assignments(assignments)
    , m_locks(locks)
    , m_audit(audit)
{
    setObjectName(u"teamPanel"_s);

    m_assign = new QAction(tr("Assign &to…"), this);
    m_assign->setObjectName(u"actionAssignTo"_s);
    m_assign->setToolTip(tr("Assign this identity to a reviewer"));
    m_take = new QAction(tr("Ta&ke"), this);
    m_take->setObjectName(u"actionTake"_s);
    m_take->setToolTip(tr("Assign this identity to yourself, if nobody else has it"));
    m_release = new QAction(tr("Re&lease"), this);
    m_release->setObjectName(u"actionRelease"_s);
    m_release->setToolTip(tr("Leave this identity unassigned"));
    connect(m_assign, &QAction::triggered, this, &TeamPanel::chooseAssignee);
    connect(m_take, &QAction::triggered, this, &TeamPanel::take);
    connect(m_release, &QAction::triggered, this, &TeamPanel::release);

    m_banner = new QFrame(this);
    m_banner->setObjectName(u"softLockBanner"_s);
    setToneBox(m_banner, Tone::Warning);
    auto *lockIcon = new QLabel(m_banner);
    lockIcon->setPixmap(themedIcon(u"lock"_s).pixmap(16, 16));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"softLockText"_s);
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(lockIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_assignee = new QLabel(this);
    m_assignee->setObjectName(u"assigneeLabel"_s);
    m_assignee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assignButton = toolButton(m_assign, this);
    m_takeButton = toolButton(m_take, this);
    m_releaseButton = toolButton(m_release, this);

    m_error = new QLabel(this);
    m_error->setObjectName(u"teamError"_s);
    setToneText(m_error, Tone::Negative);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_assignee, 1);
    row->addWidget(m_takeButton);
    row->addWidget(m_assignButton);
    row->addWidget(m_releaseButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_store, &Store::changed, this, [this](StoreTopic topic) {
        if (topic == StoreTopic::Assignments || topic == StoreTopic::SoftLocks)
            refresh();
    });
    connect(m_locks, &SoftLocks::heartbeatFailed, this, &TeamPanel::report);
    m_lockExpiry = new QTimer(this);
    m_lockExpiry->setSingleShot(true);
    connect(m_lockExpiry, &QTimer::timeout, this, &TeamPanel::refresh);
    refresh();
}

TeamPanel::~TeamPanel()
{
    if (!m_identityId.isEmpty() && m_store->isOpen())
        (void)m_locks->close(m_identityId);
}

void TeamPanel::setIdentityId(const QString &identityId)
{
    if (identityId == m_identityId) {
        refresh();
        return;
    }
    m_error->hide();
    if (!m_identityId.isEmpty()) {
        if (const auto closed = m_locks->close(m_identityId); !closed)
            report(closed.errorMessage());
    }
    m_identityId = identityId;
    if (!m_identityId.isEmpty()) {
        if (const auto opened = m_locks->open(m_identityId); !opened)
            report(tr("Others cannot see that you have this identity open: %1")
                       .arg(opened.errorMessage()));
    }
    refresh();
}

QString TeamPanel::assigneeText() const
{
    return m_assignee->text();
}

QString TeamPanel::lockBannerText() const
{
    return m_bannerText->text();
}

bool TeamPanel::isLockBannerVisible() const
{
    return !m_banner->isHidden();
}

void TeamPanel::report(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit failed(message);
}

QString TeamPanel::cause(const QString &message) const
{
    // Never an empty reason: a failure without words is the record being out of reach.
    if (!message.trimmed().isEmpty())
        return message;
    return m_store->isOpen() ? tr("the record did not say why")
                             : tr("the team database cannot be reached");
}

void TeamPanel::refresh()
{
    const bool have = !m_identityId.isEmpty();
    setEnabled(have);
    if (!have) {
        m_assignee->setText(tr("No identity open"));
        m_banner->hide();
        // Also in the Tools menu and by shortcut: nothing to take without an identity.
        m_take->setEnabled(false);
        m_assign->setEnabled(false);
        m_release->setEnabled(false);
        return;
    }
    const QString me = m_store->currentOperator().name;
    const auto current = m_assignments->assignmentOf(m_identityId);
    if (!current) {
        m_assignee->setText(tr("Assignment unknown: %1").arg(cause(current.errorMessage())));
    } else if (!current->has_value()) {
        m_assignee->setText(tr("Not assigned"));
    } else {
        const Assignment &a = **current;
        const QString who =
            a.assignee.compare(me, Qt::CaseInsensitive) == 0 ? tr("you") : a.assignee;
        m_assignee->setText(a.assignedBy.isEmpty() || a.assignedBy == a.assignee
                                ? tr("Assigned to %1 since %2").arg(who, localTime(a.assignedAtMs))
                                : tr("Assigned to %1 by %2 since %3")
                                      .arg(who, a.assignedBy, localTime(a.assignedAtMs)));
    }
    // While the assignment cannot be read, a change would be made blind: none is offered.
    const bool readable = current.ok();
    const bool assigned = readable && current->has_value();
    m_take->setEnabled(readable && !assigned);
    m_release->setEnabled(assigned);
    m_assign->setEnabled(readable);

    const auto others = m_locks->othersHolding(m_identityId);
    m_lockExpiry->stop();
    if (!others || others->isEmpty()) {
        m_banner->hide();
    } else {
        // A live console's heartbeat moves its expiry on (and changes the record, which
        // refreshes this); a dead one's lock is gone from the banner once it expires.
        qint64 first = std::numeric_limits<qint64>::max();
        for (const SoftLock &l : others.value())
            first = qMin(first, l.expiresAtMs);
        const qint64 wait = std::clamp<qint64>(first - m_store->nowMs() + 250, 0, 24 * 3600 * 1000);
        m_lockExpiry->start(std::chrono::milliseconds(wait));
        QStringList parts;
        for (const SoftLock &l : others.value()) {
            const QString who = l.holder.isEmpty() ? l.osUser : l.holder;
            parts.append(tr("%1 since %2").arg(who, localTime(l.openedAtMs)));
        }
        m_bannerText->setText(tr("Open by %1").arg(parts.join(tr(", and by "))));
        m_banner->show();
    }
}

bool TeamPanel::audit(const QString &change, const QString &assignee, bool ok)
{
    if (!m_audit)
        return true;
    AuditRecord record;
    record.action = AuditAction::AssignmentChange;
    record.outcome = ok ? AuditOutcome::Succeeded : AuditOutcome::Failed;
    record.identityId = m_identityId;
    record.details = QJsonObject{{u"change"_s, change}, {u"assignee"_s, assignee}};
    const auto appended = m_audit->append(record);
    if (!appended)
        report(tr("The change could not be recorded in the audit trail: %1")
                   .arg(cause(appended.errorMessage())));
    return appended.ok();
}

bool TeamPanel::assignTo(const QString &assignee)
{
    const QString name = assignee.trimmed();
    if (m_identityId.isEmpty() || name.isEmpty())
        return false;
    const auto done = m_assignments->assign(m_identityId, name);
    audit(u"assign"_s, name, done.ok());
    if (!done) {
        report(tr("Could not assign: %1").arg(cause(done.errorMessage())));
        return false;
    }
    report({});
    refresh();
    emit assignmentChanged(m_identityId);
    return true;
}

bool TeamPanel::take()
{
    if (m_identityId.isEmpty())
        return false;
    // The take and its audit entry are one step of the core, shared with Next case.
    const auto done = CaseTaking(m_store, m_assignments, m_locks, m_audit)
                          .take(m_identityId, QString::fromLatin1(CaseTaking::kViaTeamPanel));
    if (!done) {
        refresh();
        report(tr("Could not take it: %1").arg(cause(done.errorMessage())));
        return false;
    }
    if (!done->taken) {
        refresh();
        report(tr("%1 has it already.").arg(done->heldBy));
        return false;
    }
    report({});
    refresh();
    emit assignmentChanged(m_identityId);
    return true;
}

bool TeamPanel::release()
{
    if (m_identityId.isEmpty())
        return false;
    const auto done = m_assignments->release(m_identityId);
    audit(u"release"_s, QString(), done.ok());
    if (!done) {
        report(tr("Could not release: %1").arg(cause(done.errorMessage())));
        return false;
    }
    report({});
    refresh();
    emit assignmentChanged(m_identityId);
    return true;
}

void TeamPanel::chooseAssignee()
{
    if (m_identityId.isEmpty())
        return;
    // The team's names as the record knows them, and whoever was named by the window.
    QStringList names = m_knownOperators;
    const auto team = m_assignments->teamNames();
    if (team)
        names.append(team.value());
    else
        report(tr("The team's names could not be read: %1").arg(cause(team.errorMessage())));
    names.append(m_store->currentOperator().name);
    QString current;
    if (const auto a = m_assignments->assignmentOf(m_identityId); a && a->has_value())
        current = (**a).assignee;
    auto *dialog = new AssignDialog(names, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { assignTo(dialog->assignee()); });
    dialog->open();
}

AssignDialog::AssignDialog(const QStringList &names, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"assignDialog"_s);
    setWindowTitle(tr("Assign identity"));
    m_name = new QComboBox(this);
    m_name->setObjectName(u"assigneeCombo"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    QStringList unique;
    for (const QString &n : names) {
        if (!n.trimmed().isEmpty() && !unique.contains(n.trimmed(), Qt::CaseInsensitive))
            unique.append(n.trimmed());
    }
    unique.sort(Qt::CaseInsensitive);
    m_name->addItems(unique);
    m_name->setCurrentText(current);
    m_name->lineEdit()->setPlaceholderText(tr("Reviewer's operator name"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QComboBox::currentTextChanged, this, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!current.trimmed().isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("Assign &to"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(360, sizeHint().height());
}

QString AssignDialog::assignee() const
{
    return m_name->currentText().trimmed();
}

MyIdentitiesFilter::MyIdentitiesFilter(Store *store, Assignments *assignments, QObject *parent)
    : QueueRowFilter(parent)
    , m_assignments(assignments)
{
    m_action = new QAction(tr("&My identities"), this);
    m_action->setObjectName(u"actionMyIdentities"_s);
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Show only the identities assigned to you"));
    connect(m_action, &QAction::toggled, this, [this] { reload(); });
    connect(store, &Store::changed, this, [this](StoreTopic topic) {
        if (topic == StoreTopic::Assignments && isActive())
            reload();
    });
}

bool MyIdentitiesFilter::isActive() const
{
    return m_action->isChecked();
}

QString MyIdentitiesFilter::label() const
{
    // An empty queue under this filter must say why when the assignments could not be read.
    return m_error.isEmpty() ? tr("My identities")
                             : tr("My identities (assignments unreadable: %1)").arg(m_error);
}

void MyIdentitiesFilter::clear()
{
    m_action->setChecked(false); // toggled → reload() → changed()
}

bool MyIdentitiesFilter::restoreViewState(const QJsonValue &state)
{
    if (!state.isBool())
        return false;
    m_action->setChecked(state.toBool()); // toggled → reload() → changed()
    return true;
}

bool MyIdentitiesFilter::accepts(const QModelIndex &row) const
{
    return accepts(row.data(IdentityIdRole).toString());
}

bool MyIdentitiesFilter::accepts(const QString &identityId) const
{
    return !isActive() || m_ids.contains(identityId);
}

void MyIdentitiesFilter::reload()
{
    m_error.clear();
    if (isActive()) {
        const auto mine = m_assignments->mine();
        if (mine) {
            m_ids = QSet<QString>(mine->cbegin(), mine->cend());
        } else {
            m_error = mine.errorMessage();
            m_ids.clear();
        }
    }
    emit changed();
}

} // namespace console::ui

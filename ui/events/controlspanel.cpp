#include "ui/events/controlspanel.h"

#include "core/current/identityfetcher.h"
#include "core/events/controlchanges.h"
#include "core/session/writeconfirmation.h"
#include "paxos/model/enums.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
enum ControlColumn { TypeCol, SetByCol, ReasonCodeCol, ReasonCol, CreatedCol, StateCol };
constexpr int kControlIdRole = Qt::UserRole + 1;

QString when(const std::optional<paxos::Timestamp> &t)
{
    return t ? QLocale().toString(t->toDateTime().toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ControlsPanel::ControlsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"controlsPanel"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"controlsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Control"), tr("Set by"), tr("Reason code"), tr("Reason"), tr("Created"), tr("State")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ReasonCol, QHeaderView::Stretch);
    m_list->setMinimumHeight(fontMetrics().height() * 7);

    m_showDeleted = new QCheckBox(tr("Show deleted"), this);
    m_showDeleted->setObjectName(u"showDeletedControls"_s);
    m_reload = new QPushButton(tr("Reload"), this);
    m_note = mutedLabel(QString(), this);
    m_note->setObjectName(u"controlsNote"_s);
    m_note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"controlsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_deleteReason = new QLineEdit(this);
    m_deleteReason->setObjectName(u"deleteControlReason"_s);
    m_deleteReason->setPlaceholderText(tr("Why it is lifted (optional)"));
    m_delete = new QPushButton(tr("Delete control"), this);
    m_delete->setObjectName(u"deleteControlButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_showDeleted);
    top->addStretch(1);
    top->addWidget(m_reload);
    auto *del = new QHBoxLayout;
    del->addWidget(m_deleteReason, 1);
    del->addWidget(m_delete);

    auto *createBox = new QGroupBox(tr("Add a control"), this);
    m_type = new QComboBox(createBox);
    m_type->setObjectName(u"controlType"_s);
    for (const auto &entry : paxos::enums::controlType().entries()) {
        if (entry.is(paxos::PaxosOnly) || entry.is(paxos::Legacy))
            continue;
        m_type->addItem(paxos::enums::controlType().label(entry.wire), entry.wire);
    }
    m_reasonCode = new QComboBox(createBox);
    m_reasonCode->setObjectName(u"controlReasonCode"_s);
    for (const QString &wire : paxos::enums::controlReasonCode().wires())
        m_reasonCode->addItem(paxos::enums::controlReasonCode().label(wire), wire);
    m_reason = new QLineEdit(createBox);
    m_reason->setObjectName(u"controlReason"_s);
    m_reason->setPlaceholderText(tr("e.g. no activity for 24 months"));
    m_create = new QPushButton(tr("Add control"), createBox);
    m_create->setObjectName(u"createControlButton"_s);
    auto *form = new QFormLayout(createBox);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Reason code"), m_reasonCode);
    form->addRow(tr("Reason"), m_reason);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    form->addRow(createRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addLayout(del);
    layout->addWidget(m_message);
    layout->addWidget(createBox);

    // Deleted controls are in the fetcher's list already: showing them needs no call.
    connect(m_showDeleted, &QCheckBox::toggled, this, &ControlsPanel::showControls);
    connect(m_reload, &QPushButton::clicked, this, &ControlsPanel::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ControlsPanel::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &ControlsPanel::create);
    connect(m_delete, &QPushButton::clicked, this, &ControlsPanel::deleteSelected);
    // DORMANT is what inactivity means; offer the matching reason first.
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_type->currentData().toString();
        const QString code = type == "DORMANT"_L1 ? u"INACTIVITY"_s
            : type == "CLOSED"_L1                 ? u"END_USER_REQUEST"_s
                                                  : QString();
        if (!code.isEmpty())
            m_reasonCode->setCurrentIndex(qMax(0, m_reasonCode->findData(code)));
    });
    m_type->setCurrentIndex(qMax(0, m_type->findData(u"DORMANT"_s)));
    m_reasonCode->setCurrentIndex(qMax(0, m_reasonCode->findData(u"INACTIVITY"_s)));
    updateButtons();
}

ControlsPanel::~ControlsPanel() = default;

void ControlsPanel::setFetcher(IdentityFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    delete m_changes;
    m_changes = nullptr;
    m_fetcher = fetcher;
    if (fetcher) {
        m_changes = new ControlChanges(fetcher, this);
        m_changes->setWriteGuard(m_guard);
        connect(m_changes, &ControlChanges::started, this,
                [this](const QString &message) { setBusy(true, message); });
        connect(m_changes, &ControlChanges::failed, this, [this](const QString &message) {
            setBusy(false);
            showError(message);
        });
        connect(m_changes, &ControlChanges::changed, this, [this](const QString &identityId) {
            setBusy(false);
            m_reason->clear();
            m_deleteReason->clear();
            emit controlsChanged(identityId);
        });
        connect(fetcher, &IdentityFetcher::identityChanged, this, &ControlsPanel::follow);
        connect(fetcher, &IdentityFetcher::controlsLoaded, this, [this] {
            setBusy(false);
            showControls();
        });
        connect(fetcher, &IdentityFetcher::failed, this,
                [this](const QString &, IdentityFetcher::Part part, const paxos::ApiError &e) {
                    if (part != IdentityFetcher::Part::Controls)
                        return;
                    setBusy(false);
                    showError(tr("The controls could not be loaded: %1").arg(e.message()));
                });
    }
    follow(fetcher ? fetcher->identityId() : QString());
}

void ControlsPanel::setWriteGuard(WriteGuard *guard)
{
    m_guard = guard;
    if (m_changes)
        m_changes->setWriteGuard(guard);
}

void ControlsPanel::follow(const QString &identityId)
{
    m_identityId = identityId;
    m_message->hide();
    m_busy = false;
    if (!identityId.isEmpty() && m_fetcher) {
        if (m_fetcher->isFetching(IdentityFetcher::Part::Controls))
            setBusy(true, tr("Loading controls…"));
        else if (!m_fetcher->has(IdentityFetcher::Part::Controls)) {
            setBusy(true, tr("Loading controls…"));
            m_fetcher->fetch(IdentityFetcher::Part::Controls);
        }
    }
    showControls();
}

void ControlsPanel::reload()
{
    if (m_identityId.isEmpty() || !m_fetcher)
        return;
    setBusy(true, tr("Loading controls…"));
    m_fetcher->refetch(IdentityFetcher::Part::Controls);
}

void ControlsPanel::showControls()
{
    const QString selected = m_list->currentItem()
        ? m_list->currentItem()->data(TypeCol, kControlIdRole).toString()
        : QString();
    m_list->clear();
    m_controls.clear();
    if (m_fetcher && !m_identityId.isEmpty()) {
        // The fetcher keeps every control; deleted ones are shown on request.
        for (const paxos::IdentityControl &c : m_fetcher->controls()) {
            if (c.isActive() || m_showDeleted->isChecked())
                m_controls.append(c);
        }
    }
    bool paxosSet = false;
    for (const paxos::IdentityControl &c : std::as_const(m_controls)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TypeCol, paxos::enums::controlType().label(c.type));
        item->setData(TypeCol, kControlIdRole, c.id);
        item->setText(SetByCol, c.isSetByPaxos() ? tr("Paxos") : tr("Client"));
        item->setText(ReasonCodeCol,
                      paxos::enums::controlReasonCode().label(c.reasonCode.value_or(QString())));
        item->setText(ReasonCol, c.reason.value_or(QString()));
        item->setText(CreatedCol, when(c.createdAt));
        item->setText(StateCol,
                      c.isActive() ? tr("Active") : tr("Deleted %1").arg(when(c.deletedAt)));
        const BadgeColors colors =
            badgeColors(c.isActive() ? toneForWireValue(c.type) : Tone::Neutral, palette());
        item->setForeground(TypeCol, colors.foreground);
        if (!c.isActive()) {
            for (int col = 0; col <= StateCol; ++col)
                item->setForeground(col, palette().color(QPalette::PlaceholderText));
        }
        if (c.isSetByPaxos() && c.isActive()) {
            paxosSet = true;
            item->setToolTip(TypeCol,
                             tr("Set by Paxos. Only Paxos can lift it; contact Paxos "
                                "support with the reason code."));
        } else if (c.isActive() && !c.canBeDeleted()) {
            item->setToolTip(TypeCol, tr("This control is not overridable."));
        }
        if (c.id == selected)
            m_list->setCurrentItem(item);
    }
    const int gap = fontMetrics().averageCharWidth() * 3;
    for (int col = 0; col < StateCol; ++col) {
        if (col == ReasonCol)
            continue;
        m_list->resizeColumnToContents(col);
        m_list->setColumnWidth(col, m_list->columnWidth(col) + gap);
    }
    if (m_identityId.isEmpty())
        m_note->setText(tr("Select an identity to see its controls."));
    else if (m_controls.isEmpty())
        m_note->setText(tr("No controls: nothing restricts this identity."));
    else if (paxosSet)
        m_note->setText(tr("Controls set by Paxos (compliance holds, KYC expiry) cannot be "
                           "deleted from the console; Paxos lifts them when the cause is "
                           "resolved."));
    else
        m_note->setText(tr("Client-set controls can be deleted; the identity's status follows."));
    updateButtons();
}

void ControlsPanel::updateButtons()
{
    const bool haveIdentity = !m_identityId.isEmpty() && m_fetcher && m_fetcher->connection();
    m_create->setEnabled(haveIdentity && !m_busy);
    bool deletable = false;
    if (auto *item = m_list->currentItem()) {
        const QString id = item->data(TypeCol, kControlIdRole).toString();
        for (const auto &c : std::as_const(m_controls))
            if (c.id == id)
                deletable = c.canBeDeleted();
    }
    m_delete->setEnabled(haveIdentity && deletable && !m_busy);
    m_delete->setToolTip(deletable || !m_list->currentItem()
                             ? QString()
                             : tr("Controls set by Paxos, non-overridable or already deleted "
                                  "controls cannot be deleted."));
}

void ControlsPanel::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (busy && !message.isEmpty()) {
        m_message->setStyleSheet(QString());
        m_message->setText(message);
        m_message->show();
    } else if (!busy) {
        m_message->hide();
    }
    updateButtons();
}

void ControlsPanel::showError(const QString &message)
{
    setToneText(m_message, Tone::Negative);
    m_message->setText(message);
    m_message->show();
}

void ControlsPanel::create()
{
    if (m_identityId.isEmpty() || !m_changes)
        return;
    paxos::CreateIdentityControlRequest request;
    request.identityId = m_identityId;
    request.type = m_type->currentData().toString();
    request.reasonCode = m_reasonCode->currentData().toString();
    if (!m_reason->text().trimmed().isEmpty())
        request.reason = m_reason->text().trimmed();
    m_changes->create(request, m_type->currentText());
}

void ControlsPanel::deleteSelected()
{
    auto *item = m_list->currentItem();
    if (!item || !m_changes)
        return;
    m_changes->remove(m_identityId, item->data(TypeCol, kControlIdRole).toString(),
                      m_deleteReason->text().trimmed(), item->text(TypeCol));
}

} // namespace console::ui

#include "ui/onboarding/draftsdialog.h"

#include "core/onboarding/draftautosaver.h"
#include "core/session/session.h"
#include "core/settings/settings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == onboarding::draftkinds::createPerson)
        return DraftsDialog::tr("New person");
    if (kind == onboarding::draftkinds::updatePerson)
        return DraftsDialog::tr("Edit person");
    if (kind == onboarding::draftkinds::createInstitution)
        return DraftsDialog::tr("New institution");
    if (kind == onboarding::draftkinds::updateInstitution)
        return DraftsDialog::tr("Edit institution");
    return kind;
}

// A draft's identity in the seen list: its id and the time of its last edit, so a draft edited
// since (in a form left open when the console crashed) counts as new.
QString seenKey(const DraftInfo &info)
{
    return info.draftId + u'@' + QString::number(info.updatedAtMs);
}

} // namespace

bool DraftsDialog::hasUnseen(const QList<DraftInfo> &drafts, const Settings *settings)
{
    if (drafts.isEmpty())
        return false;
    if (!settings)
        return true;
    const QStringList seen = settings->get<QStringList>(SettingKey::DraftsSeen);
    for (const DraftInfo &info : drafts) {
        if (!seen.contains(seenKey(info)))
            return true;
    }
    return false;
}

void DraftsDialog::setSettings(Settings *settings)
{
    m_settings = settings;
    markSeen(m_listed);
}

void DraftsDialog::markSeen(const QList<DraftInfo> &drafts)
{
    if (!m_settings)
        return;
    // Exactly the drafts listed: discarded ones drop out, so the list stays as long as the
    // user's drafts.
    QStringList seen;
    for (const DraftInfo &info : drafts)
        seen << seenKey(info);
    m_settings->setValue(SettingKey::DraftsSeen, seen);
}

DraftsDialog::DraftsDialog(Drafts *drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
{
    setObjectName(u"DraftsDialog"_s);
    setWindowTitle(tr("Drafts"));
    resize(640, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Forms you started in this environment and did not send. They "
                                "are kept encrypted in the local store."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"draftList"_s);
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setHeaderLabels({tr("Draft"), tr("Form"), tr("Environment"), tr("Last edited")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(u"openDraftButton"_s);
    m_discardButton = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(u"discardDraftButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &DraftsDialog::openCurrent);
    connect(m_discardButton, &QPushButton::clicked, this, &DraftsDialog::discardCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DraftsDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsDialog::updateButtons);
    reload();
}

void DraftsDialog::reload()
{
    m_list->clear();
    m_message->clear();
    if (!m_drafts) {
        m_message->setText(tr("There is no local store, so there are no drafts."));
        updateButtons();
        return;
    }
    const auto drafts = m_drafts->list();
    if (!drafts.ok()) {
        m_message->setText(drafts.errorMessage());
        updateButtons();
        return;
    }
    m_listed = drafts.value();
    markSeen(m_listed);
    const QLocale locale;
    for (const DraftInfo &info : drafts.value()) {
        auto *item = new QTreeWidgetItem(
            {info.readable ? (info.label.isEmpty() ? tr("Unnamed") : info.label)
                           : tr("Unreadable (saved without a keychain)"),
             kindLabel(info.kind),
             // Shown, so a draft typed elsewhere is never mistaken for one of here.
             Session::environmentKeyLabel(info.environment),
             locale.toString(info.updatedAt().toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, info.draftId);
        item->setData(0, Qt::UserRole + 1, info.readable);
        m_list->addTopLevelItem(item);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_message->setText(tr("No drafts."));
    updateButtons();
}

int DraftsDialog::draftCount() const
{
    return m_list->topLevelItemCount();
}

QString DraftsDialog::currentDraftId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DraftsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_discardButton->setEnabled(item != nullptr);
    m_openButton->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
}

void DraftsDialog::openCurrent()
{
    const QString id = currentDraftId();
    if (id.isEmpty() || !m_drafts)
        return;
    const auto draft = m_drafts->load(id);
    if (!draft.ok()) {
        m_message->setText(draft.errorMessage());
        return;
    }
    emit openRequested(draft.value());
    accept();
}

void DraftsDialog::discardCurrent()
{
    const QString id = currentDraftId();
    if (id.isEmpty() || !m_drafts)
        return;
    const auto status = m_drafts->discard(id);
    if (!status.ok())
        m_message->setText(status.errorMessage());
    reload();
}

} // namespace console::ui

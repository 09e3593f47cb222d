#include "ui/session/keyringexplanationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

KeyringExplanationDialog::KeyringExplanationDialog(KeyringState state, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"keyringExplanationDialog"_s);
    setWindowTitle(tr("Your keyring"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(state == KeyringState::Missing
                                   ? tr("<b>Your desktop will ask you to create a keyring</b>")
                                   : tr("<b>Your desktop will ask for your keyring's password</b>"),
                               this);
    layout->addWidget(heading);
    auto *text = new QLabel(this);
    text->setObjectName(u"keyringExplanation"_s);
    text->setWordWrap(true);
    text->setText(
        (state == KeyringState::Missing
             ? tr("Compliance Console keeps secrets in your desktop's keyring, and this "
                  "account has none yet. Next, a window of your desktop (not of the console) "
                  "asks for a password to protect a new keyring; you will type it again when "
                  "the keyring is locked, usually once after you log in.")
             : tr("Compliance Console keeps secrets in your desktop's keyring, which is locked. "
                  "Next, a window of your desktop (not of the console) asks for the keyring's "
                  "password, usually the one you log in with."))
        + u"<br><br>"_s
        + tr("What is kept there: the API client secret of each Paxos environment you connect "
             "to, the team database's password, and the key that seals your unsent drafts. "
             "None of them is ever written to disk or to the record.")
        + u"<br><br>"_s
        + tr("If you do not unlock it now, secrets are kept in memory until you quit: you "
             "type them again next time, and drafts saved in this session cannot be reopened "
             "after a restart."));
    text->setMinimumWidth(460);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go =
        buttons->addButton(tr("&Continue to the keyring"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    buttons->addButton(tr("&Not now: keep secrets in memory"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void KeyringExplanationDialog::explainFor(KeychainCredentialStore *store, QWidget *parent)
{
    QPointer<QWidget> owner = parent;
    QObject::connect(store, &KeychainCredentialStore::unlockAhead, store,
                     [store, owner](KeyringState state) {
                         auto *dialog = new KeyringExplanationDialog(state, owner.data());
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         QObject::connect(dialog, &QDialog::accepted, store,
                                          &KeychainCredentialStore::continueToKeyring);
                         QObject::connect(dialog, &QDialog::rejected, store, [store] {
                             store->keepInMemory(KeyringExplanationDialog::tr(
                                 "you chose not to unlock the keyring in this session"));
                         });
                         dialog->open();
                     });
}

} // namespace console::ui

#pragma once

#include "core/credentials/keychaincredentialstore.h"

#include <QDialog>

namespace console::ui {

// Says why the console needs the desktop's keyring before the desktop's own password prompt
// appears (a bare system prompt on the first start explains nothing). Accept: go on to the
// prompt; reject: keep secrets in memory for this session. Opened by the composition root when
// the keychain store says a prompt is ahead (KeychainCredentialStore::unlockAhead).
class KeyringExplanationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyringExplanationDialog(KeyringState state, QWidget *parent = nullptr);

    // Wires a dialog to `store`: shown whenever a prompt is ahead, its answer given back.
    static void explainFor(KeychainCredentialStore *store, QWidget *parent);
};

} // namespace console::ui

#pragma once

#include "core/record/drafts.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace console::ui {

// The operator's saved form drafts, newest first: open one to continue it, or discard it.
// Offered at start when drafts exist. Drafts sealed with a key this console no longer has
// are listed as unreadable and can only be discarded.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DraftsDialog(Drafts *drafts, QWidget *parent = nullptr);

    void reload();
    int draftCount() const;
    QString currentDraftId() const;

signals:
    // The user chose to continue this draft (the dialog then closes).
    void openRequested(const console::Draft &draft);

private:
    void openCurrent();
    void discardCurrent();
    void updateButtons();

    QPointer<Drafts> m_drafts;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_openButton;
    QPushButton *m_discardButton;
};

} // namespace console::ui

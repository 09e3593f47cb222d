#pragma once

#include "core/record/drafts.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace console {
class Settings;
}

namespace console::ui {

// The operator's saved form drafts, newest first: open one to continue it, or discard it.
// Offered at start only when a draft the user has not seen listed here exists (hasUnseen);
// a draft edited since it was last listed counts as unseen. Drafts sealed with a key this console
// no longer has are listed as unreadable and can only be discarded.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DraftsDialog(Drafts *drafts, QWidget *parent = nullptr);

    void reload();
    int draftCount() const;
    // Where the drafts listed are remembered as seen; what is listed now counts as seen.
    void setSettings(Settings *settings);
    // Whether `drafts` holds one this dialog has not listed yet (in its present version).
    static bool hasUnseen(const QList<DraftInfo> &drafts, const Settings *settings);
    QString currentDraftId() const;

signals:
    // The user chose to continue this draft (the dialog then closes).
    void openRequested(const console::Draft &draft);

private:
    void openCurrent();
    void discardCurrent();
    void updateButtons();
    void markSeen(const QList<DraftInfo> &drafts);

    QPointer<Drafts> m_drafts;
    Settings *m_settings = nullptr;
    QList<DraftInfo> m_listed;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_openButton;
    QPushButton *m_discardButton;
};

} // namespace console::ui

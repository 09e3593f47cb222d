#pragma once

#include "core/record/notes.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace console {
class AuditTrail;
} // namespace console

namespace console::ui {

// The detail pane's "Notes" tab: the notes on one identity, newest first, and a form to add
// one with a reason code and free text. Notes are never edited or deleted. Adding one is
// recorded in the audit trail. Follows the store's Notes and ReasonCodes topics, so a note
// written in another console (PostgreSQL) appears here too.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    // The console's one Notes and ReasonCodes services; the store for its change topics.
    NotesPanel(Store *store, Notes *notes, ReasonCodes *codes, AuditTrail *audit,
               QWidget *parent = nullptr);

    void setIdentityId(const QString &identityId);
    QString identityId() const { return m_identityId; }

    // Adds a note from the form; false (and the reason shown) when it could not be added.
    bool addNote();
    int noteCount() const;
    QString errorText() const;
    // Notes typed but not saved (the record refused or could not be reached, or the reviewer
    // moved to another identity before adding): kept per identity and put back in the form
    // when that identity is shown again, never dropped silently.
    int unsavedCount() const;
    // All of them as text (identity, reason code, note), for the reviewer to copy at Quit.
    QString unsavedText() const;

public slots:
    void reload();
    void reloadReasonCodes();
    // The reason-code editor, window-modal.
    void editReasonCodes();

signals:
    void noteAdded(const console::Note &note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAddEnabled();
    // Keeps what the form holds for the current identity (or forgets it when empty).
    void keepFormText();
    void showError(const QString &message);

    Store *m_store;
    AuditTrail *m_audit;
    Notes *m_notes;
    ReasonCodes *m_codes;
    QString m_identityId;
    QListWidget *m_list = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_editCodes = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_counter = nullptr;
    struct Unsaved
    {
        QString reasonCode;
        QString body;
    };
    QMap<QString, Unsaved> m_unsaved; // by identity id
};

} // namespace console::ui

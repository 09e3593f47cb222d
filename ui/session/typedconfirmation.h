#pragma once

#include "core/session/writeconfirmation.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QPushButton;

namespace console::ui {

// "Type PRODUCTION to confirm": the OK button stays disabled until the phrase matches.
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    TypedConfirmationDialog(const WriteConfirmationRequest &request, QWidget *parent = nullptr);

    QLineEdit *phraseEdit() const { return m_edit; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_phrase;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_confirm = nullptr;
};

// Shows a TypedConfirmationDialog window-modally without a nested event loop and answers when
// it closes.
class DialogWriteConfirmer : public WriteConfirmer
{
public:
    explicit DialogWriteConfirmer(QWidget *parent);
    void confirm(const WriteConfirmationRequest &request,
                 std::function<void(bool confirmed)> done) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace console::ui

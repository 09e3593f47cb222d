#include "ui/session/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

TypedConfirmationDialog::TypedConfirmationDialog(const WriteConfirmationRequest &request,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_phrase(request.phrase)
{
    setObjectName(u"typedConfirmationDialog"_s);
    setWindowTitle(tr("Confirm change in %1").arg(request.environment));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *headline = new QLabel(this);
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont hf = headline->font();
    hf.setWeight(QFont::DemiBold);
    hf.setPointSizeF(hf.pointSizeF() * 1.1);
    headline->setFont(hf);
    headline->setText(tr("%1 in %2").arg(request.action, request.environment));
    layout->addWidget(headline);

    auto *body = new QLabel(this);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setText(tr("This changes live customer data for %1. It cannot be undone from the "
                     "console.")
                      .arg(request.target));
    layout->addWidget(body);

    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(request.phrase), this);
    layout->addWidget(prompt);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"confirmationPhrase"_s);
    m_edit->setPlaceholderText(request.phrase);
    prompt->setBuddy(m_edit);
    layout->addWidget(m_edit);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(request.action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_confirm->setEnabled(text.trimmed() == m_phrase); });
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

DialogWriteConfirmer::DialogWriteConfirmer(QWidget *parent)
    : m_parent(parent)
{
}

void DialogWriteConfirmer::confirm(const WriteConfirmationRequest &request,
                                   std::function<void(bool)> done)
{
    auto *dialog = new TypedConfirmationDialog(request, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [done](int result) { done(result == QDialog::Accepted); });
    dialog->open();
}

} // namespace console::ui

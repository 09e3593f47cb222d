#include "ui/widgets/copyablefield.h"

#include "ui/widgets/theme.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace console::ui {

CopyableField::CopyableField(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setObjectName(u"value"_s);
    layout->addWidget(m_label, 1);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(u"copy"_s);
    m_copy->setIcon(themedIcon(u"copy"_s));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy to clipboard"));
    m_copy->setAccessibleName(tr("Copy"));
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        const QString value = m_label->text();
        if (value.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(value);
        emit copied(value);
    });
}

void CopyableField::setText(const QString &text)
{
    m_label->setText(text);
    m_copy->setEnabled(!text.isEmpty());
}

QString CopyableField::text() const
{
    return m_label->text();
}

void CopyableField::setMonospace(bool on)
{
    m_label->setFont(on ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
}

} // namespace console::ui

#include "ui/widgets/labels.h"

#include <QLabel>

namespace console::ui {

void setMuted(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    widget->setPalette(pal);
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    setMuted(label);
    return label;
}

} // namespace console::ui

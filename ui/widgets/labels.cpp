#include "ui/widgets/labels.h"

#include "ui/widgets/theme.h"

#include <QLabel>
#include <QScreen>

namespace console::ui {

void setMuted(QWidget *widget)
{
    setMutedText(widget);
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    setMuted(label);
    return label;
}

void resizeWithinScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    window->resize(available.isValid() ? preferred.boundedTo(available.size() * 0.94) : preferred);
}

} // namespace console::ui

#pragma once

#include <QSize>
#include <QString>

class QLabel;
class QWidget;

namespace console::ui {

// Secondary text (captions, hints, field names): the palette's placeholder colour, so it
// follows light and dark themes.
void setMuted(QWidget *widget);
QLabel *mutedLabel(const QString &text, QWidget *parent);

// Resizes a window to `preferred`, but never beyond its screen (a 1366×768 laptop): at most
// 94 % of the available area, so the title bar and the panel stay reachable.
void resizeWithinScreen(QWidget *window, const QSize &preferred);

} // namespace console::ui

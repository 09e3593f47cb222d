#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace console::ui {

// Secondary text (captions, hints, field names): the palette's placeholder colour, so it
// follows light and dark themes.
void setMuted(QWidget *widget);
QLabel *mutedLabel(const QString &text, QWidget *parent);

} // namespace console::ui

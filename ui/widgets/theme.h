#pragma once

#include "ui/widgets/statusbadge.h"

#include <QColor>
#include <QPalette>

class QApplication;
class QIcon;
class QWidget;

namespace console::ui {

// Light or dark comes from the system palette; every colour the console draws is derived from
// it (a palette role, or a tone chosen for the palette's lightness), never a fixed light colour.
// --color-scheme (and tests) can force one of the two schemes below instead of the system's.
enum class ColorScheme { System, Light, Dark };

// True when the palette's window colour is dark (text is light on it).
bool isDark(const QPalette &palette);

// The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The palette of a forced scheme (Fusion's roles, every one of them set).
QPalette schemePalette(ColorScheme scheme);
// Forces a scheme on the application: Fusion style with schemePalette(). System leaves the
// platform's style and palette alone.
void applyColorScheme(QApplication *app, ColorScheme scheme);

// Secondary text (captions, hints): between the palette's text and window colours, yet still
// at least 4.5:1 against the window (the placeholder role is often fainter than that).
QColor mutedTextColor(const QPalette &palette);

// Text in a tone's colour (an error in red, a success in green) readable on the widget's
// background in the current scheme; follows later palette changes. bold: semi-bold as well.
void setToneText(QWidget *widget, Tone tone, bool bold = false);
// A boxed message in a tone's badge colours (background, border, text).
void setToneBox(QWidget *widget, Tone tone);
// Secondary text in mutedTextColor(), following palette changes (what setMuted() does).
void setMutedText(QWidget *widget);
// One of the console's line icons (resources/icons/<name>.svg) drawn in the palette's text
// colour when painted, so it follows light and dark; "error" and "warning" in their tone's
// colour, "empty" in the muted one.
QIcon themedIcon(const QString &name);

// Back to the inherited colours (and weight) after setToneText / setToneBox.
void clearTone(QWidget *widget);

} // namespace console::ui

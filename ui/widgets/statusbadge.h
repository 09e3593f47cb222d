#pragma once

#include <QColor>
#include <QPalette>
#include <QRect>
#include <QString>
#include <QWidget>

class QPainter;
class QFontMetrics;

namespace console::ui {

// The colour family a badge is drawn in. Chosen from the wire value so every view that shows
// a status (queue, detail pane, requirements) agrees on what "red" means.
enum class Tone { Neutral, Positive, Warning, Negative, Frozen, Info };

// Identity statuses, requirement statuses, TIN statuses, control types.
Tone toneForWireValue(QStringView wire);

struct BadgeColors
{
    QColor background;
    QColor foreground;
    QColor border;
};
// The badge colours of a tone for a palette: light fills with dark text on a light palette,
// dark fills with light text on a dark one; text at least 4.5:1 on its fill and on the window.
BadgeColors badgeColors(Tone tone, const QPalette &palette);

// The size a badge with this text needs, for the given (badge) font metrics.
QSize badgeSizeHint(const QFontMetrics &fm, const QString &text);
// Paints a pill with the text, vertically centred in rect, aligned left or centred.
// The colours follow `palette` (the view's or the widget's).
void paintBadge(QPainter *painter, const QRect &rect, const QString &text, Tone tone,
                const QPalette &palette,
                Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
// The badge font: the given font, slightly smaller and semi-bold.
QFont badgeFont(const QFont &base);

// A small widget showing one badge (detail pane header, requirement rows).
class StatusBadge : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setBadge(const QString &text, Tone tone);
    QString text() const { return m_text; }
    Tone tone() const { return m_tone; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Tone m_tone = Tone::Neutral;
};

} // namespace console::ui

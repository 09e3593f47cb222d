#include "ui/widgets/statusbadge.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
} // namespace

Tone toneForWireValue(QStringView wire)
{
    // Identity status, requirement status, TIN status, control type, screening sub-status.
    if (wire == u"APPROVED" || wire == u"TIN_VERIFICATION_VALID" || wire == u"VALID")
        return Tone::Positive;
    if (wire == u"PENDING" || wire == u"TIN_VERIFICATION_PENDING" || wire == u"SELL_ONLY"
        || wire == u"DORMANT")
        return Tone::Warning;
    if (wire == u"DENIED" || wire == u"FAILED" || wire == u"TIN_VERIFICATION_ERROR"
        || wire == u"CLOSED")
        return Tone::Negative;
    if (wire == u"ERROR" || wire == u"FROZEN")
        return Tone::Frozen;
    if (wire == u"DISABLED")
        return Tone::Neutral;
    return Tone::Info;
}

BadgeColors badgeColors(Tone tone, const QPalette &palette)
{
    // Fills of the tone's hue with text of the same hue, readable at small sizes and
    // distinguishable without colour thanks to the always-present label. On a dark palette
    // the fill is a deep shade and the text a light one, so a badge never glares.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    switch (tone) {
    case Tone::Positive:
        return dark ? BadgeColors{QColor(0x1d, 0x3b, 0x2a), QColor(0x8f, 0xdb, 0xa8),
                                  QColor(0x2f, 0x6b, 0x47)}
                    : BadgeColors{QColor(0xE3, 0xF4, 0xE8), QColor(0x17, 0x63, 0x33),
                                  QColor(0xB5, 0xDF, 0xC2)};
    case Tone::Warning:
        return dark ? BadgeColors{QColor(0x3d, 0x31, 0x13), QColor(0xf2, 0xc9, 0x6b),
                                  QColor(0x6e, 0x5a, 0x22)}
                    : BadgeColors{QColor(0xFF, 0xF3, 0xD6), QColor(0x85, 0x55, 0x00),
                                  QColor(0xF2, 0xD4, 0x8A)};
    case Tone::Negative:
        return dark ? BadgeColors{QColor(0x48, 0x20, 0x1f), QColor(0xff, 0xa0, 0x9a),
                                  QColor(0x7a, 0x36, 0x32)}
                    : BadgeColors{QColor(0xFD, 0xE8, 0xE8), QColor(0xA3, 0x1D, 0x24),
                                  QColor(0xF3, 0xB8, 0xBB)};
    case Tone::Frozen:
        return dark ? BadgeColors{QColor(0x33, 0x26, 0x4a), QColor(0xd0, 0xb8, 0xf5),
                                  QColor(0x5c, 0x47, 0x85)}
                    : BadgeColors{QColor(0xF1, 0xE9, 0xFB), QColor(0x5E, 0x2C, 0x96),
                                  QColor(0xD5, 0xC2, 0xF0)};
    case Tone::Info:
        return dark ? BadgeColors{QColor(0x1d, 0x30, 0x50), QColor(0xa0, 0xc6, 0xf5),
                                  QColor(0x34, 0x56, 0x8a)}
                    : BadgeColors{QColor(0xE6, 0xF0, 0xFB), QColor(0x1C, 0x4E, 0x8A),
                                  QColor(0xBC, 0xD4, 0xF0)};
    case Tone::Neutral:
        break;
    }
    return dark
        ? BadgeColors{QColor(0x36, 0x39, 0x3e), QColor(0xcf, 0xd3, 0xd9), QColor(0x52, 0x57, 0x5e)}
        : BadgeColors{QColor(0xEC, 0xEE, 0xF1), QColor(0x43, 0x4B, 0x57), QColor(0xCF, 0xD4, 0xDB)};
}

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qMax(9, f.pixelSize() * 88 / 100));
    f.setWeight(QFont::DemiBold);
    return f;
}

QSize badgeSizeHint(const QFontMetrics &fm, const QString &text)
{
    return {fm.horizontalAdvance(text) + 2 * kHorizontalPadding,
            fm.height() + 2 * kVerticalPadding};
}

void paintBadge(QPainter *painter, const QRect &rect, const QString &text, Tone tone,
                const QPalette &palette, Qt::Alignment alignment)
{
    if (text.isEmpty())
        return;
    painter->save();
    const QFont font = badgeFont(painter->font());
    painter->setFont(font);
    const QFontMetrics fm(font);
    QSize size = badgeSizeHint(fm, text);
    size.setWidth(qMin(size.width(), rect.width()));
    size.setHeight(qMin(size.height(), rect.height()));
    int x = rect.left();
    if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    else if (alignment & Qt::AlignRight)
        x = rect.right() - size.width() + 1;
    const int y = rect.top() + (rect.height() - size.height()) / 2;
    const QRect box(x, y, size.width(), size.height());
    const QRectF pill = QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5);

    const BadgeColors colors = badgeColors(tone, palette);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    const qreal radius = pill.height() / 2.0;
    path.addRoundedRect(pill, radius, radius);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, 1.0));
    painter->drawPath(path);
    painter->setPen(colors.foreground);
    const QRect textRect = box.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    // Elide only when the cell is really too narrow for the whole word.
    const QString shown = fm.horizontalAdvance(text) <= textRect.width()
        ? text
        : fm.elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignCenter, shown);
    painter->restore();
}

StatusBadge::StatusBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusBadge::setBadge(const QString &text, Tone tone)
{
    if (text == m_text && tone == m_tone)
        return;
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    setToolTip(text);
    updateGeometry();
    update();
}

QSize StatusBadge::sizeHint() const
{
    if (m_text.isEmpty())
        return {0, 0};
    return badgeSizeHint(QFontMetrics(badgeFont(font())), m_text);
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintBadge(&painter, rect(), m_text, m_tone, palette());
}

} // namespace console::ui

#include "ui/widgets/theme.h"

#include <QApplication>
#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {

// The widget property that remembers what a tone helper did, so a palette change re-applies it.
constexpr char kToneProperty[] = "cc_tone";
enum ToneKind { TextKind = 1, BoldTextKind = 2, BoxKind = 3, MutedKind = 4 };

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double weightOfA)
{
    const double w = qBound(0.0, weightOfA, 1.0);
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                            float(a.greenF() * w + b.greenF() * (1 - w)),
                            float(a.blueF() * w + b.blueF() * (1 - w)));
}

// The palette the widget's background comes from: its parent's (the widget's own palette is
// what the helpers below change).
QPalette backgroundPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

void apply(QWidget *widget, int kind, Tone tone)
{
    const QPalette base = backgroundPalette(widget);
    if (kind == BoxKind) {
        const BadgeColors c = badgeColors(tone, base);
        // The box by its object name (or class), its labels in the tone's text colour.
        const QString box = widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className()).replace(u"::"_s, u"--"_s)
            : u'#' + widget->objectName();
        widget->setStyleSheet(
            u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px; "
            "padding: 6px 8px; } %1 QLabel { color: %3; background: transparent; border: none; "
            "padding: 0; }"_s.arg(box, c.background.name(), c.foreground.name(), c.border.name()));
        return;
    }
    QPalette pal = widget->palette();
    const QColor colour =
        kind == MutedKind ? mutedTextColor(base) : badgeColors(tone, base).foreground;
    pal.setColor(QPalette::WindowText, colour);
    pal.setColor(QPalette::Text, colour);
    widget->setPalette(pal);
    if (kind == BoldTextKind) {
        QFont f = widget->font();
        f.setWeight(QFont::DemiBold);
        widget->setFont(f);
    }
}

// Re-applies every tone helper when the application palette changes (the desktop switched
// between light and dark while the console runs). One filter on the application.
class ToneFollower : public QObject
{
public:
    using QObject::QObject;

    static void ensureInstalled()
    {
        if (!qApp || qApp->property("cc_toneFollower").toBool())
            return;
        qApp->setProperty("cc_toneFollower", true);
        qApp->installEventFilter(new ToneFollower(qApp));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QWidgetList widgets = QApplication::allWidgets();
            for (QWidget *w : widgets) {
                const QVariant v = w->property(kToneProperty);
                if (v.isValid())
                    apply(w, v.toInt() >> 8, Tone(v.toInt() & 0xff));
            }
        }
        return false;
    }
};

// Renders an icon's SVG with its ink colour replaced by one taken from the application
// palette at paint time (the files are drawn in one ink, #4A5361).
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &name)
        : m_name(name)
    {
        QFile file(u":/icons/"_s + name + u".svg"_s);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.read(64 * 1024); // our own small files; bounded all the same
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink;
        if (m_name == u"error")
            ink = badgeColors(Tone::Negative, palette).foreground;
        else if (m_name == u"warning")
            ink = badgeColors(Tone::Warning, palette).foreground;
        else if (m_name == u"empty")
            ink = mutedTextColor(palette);
        else
            ink = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
        const QString key = ink.name() + u'/' + QString::number(size.width()) + u'x'
            + QString::number(size.height());
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QByteArray svg = m_svg;
        for (const char *original : {"#4A5361", "#A31D24", "#855500", "#8A93A0"})
            svg.replace(original, ink.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        QPixmap pm = QPixmap::fromImage(reader.read());
        if (m_cache.size() > 32)
            m_cache.clear();
        m_cache.insert(key, pm);
        return pm;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_name); }
    QString key() const override { return u"cc_palette_icon"_s; }

private:
    QString m_name;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

void remember(QWidget *widget, int kind, Tone tone)
{
    ToneFollower::ensureInstalled();
    widget->setProperty(kToneProperty, (kind << 8) | int(tone));
    apply(widget, kind, tone);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette schemePalette(ColorScheme scheme)
{
    if (scheme != ColorScheme::Dark) {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QPalette light = fusion ? fusion->standardPalette() : QPalette();
        // Fusion's placeholder is half-transparent text (about 3.9:1 on white): too faint
        // for the hints the console shows as secondary text.
        light.setColor(QPalette::PlaceholderText, mutedTextColor(light));
        return light;
    }
    // A neutral dark grey scheme in the spirit of Breeze Dark / Adwaita dark.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xe8, 0xe9, 0xeb);
    const QColor disabledText(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x37, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4b, 0x4f, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x63, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::PlaceholderText, QColor(0xa3, 0xa7, 0xad));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4b, 0x4f, 0x54));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void applyColorScheme(QApplication *app, ColorScheme scheme)
{
    if (scheme == ColorScheme::System || !app)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(schemePalette(scheme));
}

QColor mutedTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // As faint as reads: the first mix (from 60 % text) at 5:1 or better (a margin above
    // WCAG's 4.5:1 for thin strokes).
    for (double w = 0.6; w < 1.0; w += 0.05) {
        const QColor c = mix(text, window, w);
        if (contrastRatio(c, window) >= 5.0)
            return c;
    }
    return text;
}

void setToneText(QWidget *widget, Tone tone, bool bold)
{
    remember(widget, bold ? BoldTextKind : TextKind, tone);
}

void setToneBox(QWidget *widget, Tone tone)
{
    remember(widget, BoxKind, tone);
}

void setMutedText(QWidget *widget)
{
    remember(widget, MutedKind, Tone::Neutral);
}

QIcon themedIcon(const QString &name)
{
    return QIcon(new PaletteIconEngine(name));
}

void clearTone(QWidget *widget)
{
    const QVariant v = widget->property(kToneProperty);
    if (!v.isValid())
        return;
    widget->setProperty(kToneProperty, QVariant());
    if ((v.toInt() >> 8) == BoxKind) {
        widget->setStyleSheet(QString());
        return;
    }
    widget->setPalette(QPalette());
    if ((v.toInt() >> 8) == BoldTextKind) {
        QFont f = widget->font();
        f.setWeight(QFont::Normal);
        widget->setFont(f);
    }
}

} // namespace console::ui

// Dark mode from the palette: the real window, opened on an identity, under a light and a dark
// palette; every visible label, button and status badge is read back from the rendered pixels
// and its text must stand out from what is behind it by WCAG's 4.5:1.
#include "support/consoleharness.h"
#include "support/desktopwalk.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using console::ui::ColorScheme;
using console::ui::Tone;

namespace {

struct Reading
{
    QColor background; // the most frequent colour of the area
    QColor text; // the colour standing out most from it
    double ratio = 0;
};

// What a reader sees in `area` of `image`: the dominant colour is the background, the pixel
// contrasting most with it is the text (antialiased edges only ever contrast less).
Reading read(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    Reading out;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            out.background = QColor::fromRgb(it.key());
        }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = console::ui::contrastRatio(out.background, QColor::fromRgb(it.key()));
        if (ratio > out.ratio) {
            out.ratio = ratio;
            out.text = QColor::fromRgb(it.key());
        }
    }
    return out;
}

QString describe(const QWidget *w, const QString &text, const Reading &r)
{
    return u"%1 \"%2\" (%3): %4 on %5 is %6:1"_s.arg(
        QString::fromLatin1(w->metaObject()->className()), text.left(60), w->objectName(),
        r.text.name(), r.background.name(), QString::number(r.ratio, 'f', 2));
}

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<ColorScheme>("scheme");
        QTest::newRow("light") << ColorScheme::Light;
        QTest::newRow("dark") << ColorScheme::Dark;
    }

    void init()
    {
        QFETCH_GLOBAL(ColorScheme, scheme);
        console::ui::applyColorScheme(qApp, scheme);
    }

    void cleanup() { m_console.reset(); }

    void everyTextInTheWindowReads()
    {
        m_console = std::make_unique<testsupport::ConsoleHarness>();
        m_console->start(12, QSize(1366, 768));
        QVERIFY(!QTest::currentTestFailed());
        testsupport::openFirstIdentity(*m_console);
        QVERIFY(!QTest::currentTestFailed());
        QStringList faint;
        int checked = 0;
        int shots = 0;
        // The window with each of its tab pages in front, then every window and dialog of its
        // menus the same way.
        const auto readWindow = [&](QWidget *window) {
            const QImage image = window->grab().toImage();
            // CC_SCREENSHOT_DIR=dir keeps what was read, to look at.
            if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
                image.save(u"%1/%2-%3.png"_s.arg(dir, QString::fromLatin1(QTest::currentDataTag()))
                               .arg(++shots));
            const QList<QWidget *> widgets = window->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w))
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    text = button->text();
                else if (auto *badge = qobject_cast<console::ui::StatusBadge *>(w))
                    text = badge->text();
                // Disabled controls are exempt from the contrast rule (WCAG 1.4.3). A lone dash
                // is too thin for its pixels to show its colour; it is drawn like the captions
                // around it.
                const bool words = std::any_of(text.cbegin(), text.cend(),
                                               [](QChar c) { return c.isLetterOrNumber(); });
                if (!words || !w->isVisible() || !w->isEnabled())
                    continue;
                // An icon-only button is a graphic: 3:1 (WCAG 1.4.11).
                auto *tool = qobject_cast<QToolButton *>(w);
                const double needed =
                    tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly ? 3.0 : 4.5;
                const QRect shown =
                    w->visibleRegion().boundingRect().translated(w->mapTo(window, QPoint(0, 0)));
                if (shown.width() < 4 || shown.height() < 4)
                    continue;
                const Reading r = read(image, shown);
                ++checked;
                if (r.ratio < needed)
                    faint << window->objectName() + u": "_s + describe(w, text, r);
            }
        };
        testsupport::visitEveryWindow(
            m_console->window(), {u"actionQuit"_s}, [&](QWidget *window, const QString &) {
                testsupport::forEachTabPage(window, [&] { readWindow(window); });
            });
        faint.removeDuplicates();
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(u'\n')));
    }

    // Badges are drawn in fills of the palette's lightness (no light pills on a dark window),
    // with text that reads on the fill.
    void badgesFollowThePalette()
    {
        QFETCH_GLOBAL(ColorScheme, scheme);
        const QPalette palette = QApplication::palette();
        QCOMPARE(console::ui::isDark(palette), scheme == ColorScheme::Dark);
        QWidget host;
        host.setPalette(palette);
        const QList<Tone> tones = {Tone::Neutral,  Tone::Positive, Tone::Warning,
                                   Tone::Negative, Tone::Frozen,   Tone::Info};
        for (Tone tone : tones) {
            auto *badge = new console::ui::StatusBadge(&host);
            badge->setBadge(u"Approved"_s, tone);
            badge->resize(badge->sizeHint());
            const QImage image = badge->grab().toImage();
            // The middle row left of the text: the fill.
            const QColor fill = image.pixelColor(4, image.height() / 2);
            const Reading r = read(image, image.rect().adjusted(3, 3, -3, -3));
            const QString what =
                u"tone %1: %2 on %3"_s.arg(int(tone)).arg(r.text.name(), fill.name());
            QVERIFY2(r.ratio >= 4.5, qPrintable(what + u" is "_s + QString::number(r.ratio)));
            QVERIFY2((fill.lightnessF() < 0.5) == (scheme == ColorScheme::Dark), qPrintable(what));
        }
    }

    // The tone helpers (errors, warnings, successes) read on the window's own background.
    void toneTextReadsOnTheWindow()
    {
        QWidget host;
        host.setPalette(QApplication::palette());
        host.setAutoFillBackground(true);
        host.resize(400, 40 * 4);
        const QList<Tone> tones = {Tone::Negative, Tone::Warning, Tone::Positive, Tone::Info};
        QList<QLabel *> labels;
        for (int i = 0; i < tones.size(); ++i) {
            auto *label = new QLabel(u"Could not connect: refused"_s, &host);
            label->setGeometry(4, i * 40, 390, 36);
            console::ui::setToneText(label, tones.at(i));
            labels << label;
        }
        auto *muted = new QLabel(u"Secondary hint"_s, &host);
        muted->setGeometry(4, 4 * 40 - 36, 200, 30);
        console::ui::setMutedText(muted);
        labels << muted;
        const QImage image = host.grab().toImage();
        for (QLabel *label : std::as_const(labels)) {
            const Reading r = read(image, label->geometry());
            QVERIFY2(r.ratio >= 4.5, qPrintable(describe(label, label->text(), r)));
        }
    }

private:
    std::unique_ptr<testsupport::ConsoleHarness> m_console;
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"

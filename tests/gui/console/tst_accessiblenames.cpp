// Every interactive widget has a name a screen reader can say: its accessible name, its text, or
// the label that is its buddy. Walks the real window, opened on an identity, every page of its
// tabs, and every window and dialog its menus open.
#include "support/consoleharness.h"
#include "support/desktopwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

// Parts of a composite widget are named through the composite (a combo box's line edit, a
// spin box's arrows, a tab bar's scroll buttons, a line edit's clear button), Qt's own
// widgets carry qt_ names.
bool isPartOfAnother(const QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QCalendarWidget *>(p) || p->objectName().startsWith(u"qt_"_s))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    if (auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly() || text->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return !plain->isReadOnly() || plain->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    return QString::fromLatin1(w->metaObject()->className()) + u" at "_s + path.join(u'/');
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void everyInteractiveWidgetHasAName()
    {
        testsupport::ConsoleHarness console;
        console.start(12, QSize(1366, 768));
        QVERIFY(!QTest::currentTestFailed());
        testsupport::openFirstIdentity(console);
        QVERIFY(!QTest::currentTestFailed());

        QStringList unnamed;
        int checked = 0;
        testsupport::visitEveryWindow(
            console.window(), {u"actionQuit"_s}, [&](QWidget *window, const QString &openedBy) {
                testsupport::forEachTabPage(window, [&] {
                    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
                    for (QWidget *w : widgets) {
                        if (!w->isVisible() || !isInteractive(w) || isPartOfAnother(w))
                            continue;
                        ++checked;
                        if (spokenName(w).isEmpty())
                            unnamed << openedBy + u" › "_s + where(w);
                    }
                });
            });
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"

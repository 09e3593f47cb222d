// Every dialog shows its environment (strip in the environment's colour, name in the title), so
// a Production form can never be mistaken for a sandbox one: every dialog the window's menus
// open, then a dialog opened while the window shows Production, and a switch while it is open.
#include "support/consoleharness.h"
#include "support/desktopwalk.h"
#include "ui/session/keyringexplanationdialog.h"
#include "ui/shell/environmentbanner.h"

#include <QDialog>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using console::ui::EnvironmentBanner;

namespace {

// What is wrong with how `dialog` shows the environment `name` of `kind`, or "" when right.
QString problemWith(QDialog *dialog, EnvironmentBanner::Kind kind, const QString &name)
{
    auto *strip = dialog->findChild<QLabel *>(EnvironmentBanner::stripObjectName(),
                                              Qt::FindDirectChildrenOnly);
    if (!strip || !strip->isVisible())
        return u"no environment strip"_s;
    if (!strip->text().contains(name.toUpper()))
        return u"the strip says \"%1\""_s.arg(strip->text());
    if (strip->geometry().top() != 0 || strip->width() != dialog->width())
        return u"the strip is not along the top edge"_s;
    // The colour as drawn, left of the text.
    const QImage image = dialog->grab().toImage();
    const QColor drawn = image.pixelColor(3, strip->height() / 2);
    if (drawn != EnvironmentBanner::lookFor(kind).background)
        return u"the strip is %1"_s.arg(drawn.name());
    if (!dialog->windowTitle().endsWith(name, Qt::CaseInsensitive))
        return u"the title is \"%1\""_s.arg(dialog->windowTitle());
    // Nothing of the dialog's own content sits under the strip.
    const QList<QWidget *> children = dialog->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : children)
        if (w != strip && w->isVisible() && w->geometry().top() < strip->height())
            return u"%1 is under the strip"_s.arg(
                QString::fromLatin1(w->metaObject()->className()));
    return {};
}

} // namespace

class TestDialogEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_console.start(12, QSize(1366, 768));
        QVERIFY(!QTest::currentTestFailed());
        testsupport::openFirstIdentity(m_console);
        QVERIFY(!QTest::currentTestFailed());
        m_banner = m_console.window()->findChild<EnvironmentBanner *>();
        QVERIFY(m_banner);
    }

    void everyDialogOfTheMenusShowsTheEnvironment()
    {
        const QString name = m_banner->environmentName();
        QVERIFY(!name.isEmpty());
        QStringList problems;
        int dialogs = 0;
        testsupport::visitEveryWindow(
            m_console.window(), {u"actionQuit"_s}, [&](QWidget *window, const QString &openedBy) {
                auto *dialog = qobject_cast<QDialog *>(window);
                if (!dialog)
                    return;
                ++dialogs;
                // CC_SCREENSHOT_DIR=dir keeps a picture of each dialog to look at.
                if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
                    dialog->grab().save(dir + u"/dialog-"_s + QString::number(dialogs) + u".png"_s);
                const QString problem =
                    problemWith(dialog, m_banner->kind(), m_banner->environmentName());
                if (!problem.isEmpty())
                    problems << openedBy + u": "_s + problem;
            });
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
        QVERIFY2(dialogs >= 8, qPrintable(QString::number(dialogs)));
    }

    // A dialog open when the window turns to Production turns red with it; one opened then is
    // red from the start.
    void productionIsUnmistakable()
    {
        QDialog open(m_console.window());
        open.setWindowTitle(u"Edit person"_s);
        auto *layout = new QVBoxLayout(&open);
        layout->addWidget(new QLabel(u"First name"_s));
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        QCOMPARE(problemWith(&open, m_banner->kind(), m_banner->environmentName()), QString());

        const EnvironmentBanner::Kind before = m_banner->kind();
        const QString beforeName = m_banner->environmentName();
        m_banner->setEnvironment(EnvironmentBanner::Kind::Production, u"Production"_s,
                                 u"api.paxos.com"_s);
        QCOMPARE(problemWith(&open, EnvironmentBanner::Kind::Production, u"PRODUCTION"_s),
                 QString());
        QCOMPARE(open.windowTitle(), u"Edit person — PRODUCTION"_s);

        QDialog later(m_console.window());
        later.setWindowTitle(u"Duplicate cip_id"_s);
        new QVBoxLayout(&later);
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QCOMPARE(problemWith(&later, EnvironmentBanner::Kind::Production, u"PRODUCTION"_s),
                 QString());
        auto *strip = later.findChild<QLabel *>(EnvironmentBanner::stripObjectName());
        QVERIFY(strip->text().contains(u"api.paxos.com"_s));

        // The keyring's explanation, which opens before the window may exist, is marked too.
        console::ui::KeyringExplanationDialog keyring(console::KeyringState::Locked,
                                                      m_console.window());
        keyring.show();
        QVERIFY(QTest::qWaitForWindowExposed(&keyring));
        QCOMPARE(problemWith(&keyring, EnvironmentBanner::Kind::Production, u"PRODUCTION"_s),
                 QString());
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            keyring.grab().save(dir + u"/keyring-production.png"_s);
            later.grab().save(dir + u"/later-production.png"_s);
        }

        m_banner->setEnvironment(before, beforeName, {});
        QVERIFY(!open.windowTitle().contains(u"PRODUCTION"_s));
    }

    void cleanupTestCase() { m_console.stop(); }

private:
    testsupport::ConsoleHarness m_console;
    EnvironmentBanner *m_banner = nullptr;
};

QTEST_MAIN(TestDialogEnvironment)
#include "tst_dialogenvironment.moc"

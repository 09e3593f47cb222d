// Every visible string goes through tr(): the real window, opened on an identity, and every
// window and dialog its menus open, run under a pseudo-locale that brackets each translated
// string; any visible text left with words outside the brackets escaped tr(). Data values
// (names, ids, dates, hosts) are allowed by pattern and by the seeded identity's own values.
#include "core/current/currentidentity.h"
#include "core/record/store.h"
#include "support/consoleharness.h"
#include "support/desktopwalk.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr QChar kOpen = u'\u27E6';
constexpr QChar kClose = u'\u27E7';

// Brackets every string any tr() or translate() asks for, whatever its context.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (!source || !*source)
            return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    bool isEmpty() const override { return false; }
};

// What is left of a text once every bracketed (translated) part and every data value is gone.
QString escaped(QString text, const QStringList &dataValues)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&');
    // Innermost first: a translated string may carry another one as an argument.
    static const QRegularExpression innermost(u"\u27E6[^\u27E6\u27E7]*\u27E7"_s);
    for (int i = 0; i < 20 && text.contains(innermost); ++i)
        text.remove(innermost);
    for (const QString &value : dataValues)
        if (value.size() > 1)
            text.remove(value);
    static const QList<QRegularExpression> data = {
        // ids, hashes, references
        QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s),
        QRegularExpression(u"\\b[0-9a-f]{16,}\\b"_s),
        QRegularExpression(u"\\bseed-[0-9-]+\\b"_s),
        // URLs, hosts, e-mail addresses, paths
        QRegularExpression(u"\\b[a-z]+://\\S+"_s),
        QRegularExpression(u"\\S+@\\S+"_s),
        QRegularExpression(u"(/[\\w.-]+)+/?"_s),
        QRegularExpression(u"\\b[\\w-]+(\\.[\\w-]+)+\\b"_s),
        // Wire values and names from the API, shown as the API spells them
        QRegularExpression(u"\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b"_s),
        QRegularExpression(u"\\b[a-z]+(_[a-z0-9]+)+\\b"_s),
        // The product's name, the units of durations and the SHA-256 name
        QRegularExpression(u"\\bCompliance Console\\b"_s),
        QRegularExpression(u"\\bSHA-256\\b"_s),
    };
    for (const QRegularExpression &re : data)
        text.remove(re);
    const bool words =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    return words ? text.simplified() : QString();
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    // The catalogs are compiled in and the loader finds the pseudo-locale by name.
    void catalogsAreCompiledIn()
    {
        QVERIFY(QFile::exists(u":/i18n/compliance-console_en.qm"_s));
        QVERIFY(QFile::exists(u":/i18n/compliance-console_en_XA.qm"_s));
        QVERIFY(!console::ui::installTranslations(qApp, u"en_XA"_s).isEmpty());
        QCOMPARE(QCoreApplication::translate("console::ui::MainActions", "&Quit"), u"[&Quit]"_s);
        QVERIFY(console::ui::installTranslations(qApp, u"xx_YY"_s).isEmpty());
        QCOMPARE(QCoreApplication::translate("console::ui::MainActions", "&Quit"), u"&Quit"_s);
    }

    void everyVisibleTextIsTranslated()
    {
        BracketTranslator brackets;
        QCoreApplication::installTranslator(&brackets);
        testsupport::ConsoleHarness console;
        console.start(12, QSize(1366, 768));
        QVERIFY(!QTest::currentTestFailed());
        testsupport::openFirstIdentity(console);
        QVERIFY(!QTest::currentTestFailed());

        // The identity's own values are data, shown as they are.
        QStringList dataValues;
        const auto &identity = console.app()->currentIdentity()->identity();
        QVERIFY(identity.has_value());
        const QJsonObject json = identity->toJson();
        std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    dataValues << it.key(); // metadata keys are the customer's own words
                    collect(it.value());
                }
            } else if (v.isArray()) {
                for (const QJsonValue &x : v.toArray())
                    collect(x);
            } else if (v.isString()) {
                dataValues << v.toString();
            }
        };
        collect(json);
        std::sort(dataValues.begin(), dataValues.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });

        QStringList escapes;
        auto check = [&](const QString &where, const QString &text) {
            const QString left = escaped(text, dataValues);
            if (!left.isEmpty())
                escapes << where + u": \""_s + text.left(80) + u"\" (left: "_s + left.left(40)
                        + u')';
        };
        // The operator's login name is the default operator name.
        dataValues << console::Operator::fromEnvironment().osUser;
        int visited = 0;
        const QStringList skip = {u"actionQuit"_s};
        testsupport::visitEveryWindow(
            console.window(), skip, [&](QWidget *window, const QString &openedBy) {
                const QString in = openedBy + u" › "_s;
                check(in + u"window title"_s, window->windowTitle());
                const auto checkShown = [&] {
                    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
                    for (QWidget *w : widgets) {
                        if (!w->isVisible())
                            continue;
                        const QString name = in + QString::fromLatin1(w->metaObject()->className())
                            + u'#' + w->objectName() + u" in "_s
                            + (w->parentWidget() ? w->parentWidget()->objectName() : QString());
                        if (auto *label = qobject_cast<QLabel *>(w))
                            check(name, label->text());
                        else if (auto *button = qobject_cast<QAbstractButton *>(w))
                            check(name, button->text());
                        else if (auto *badge = qobject_cast<console::ui::StatusBadge *>(w))
                            check(name, badge->text());
                        else if (auto *box = qobject_cast<QGroupBox *>(w))
                            check(name, box->title());
                        else if (auto *edit = qobject_cast<QLineEdit *>(w);
                                 edit && edit->text().isEmpty())
                            check(name + u" placeholder"_s, edit->placeholderText());
                        if (auto *tabs = qobject_cast<QTabBar *>(w))
                            for (int i = 0; i < tabs->count(); ++i)
                                check(name + u" tab"_s, tabs->tabText(i));
                        if (auto *dock = qobject_cast<QDockWidget *>(w))
                            check(name + u" title"_s, dock->windowTitle());
                        // Reason codes are the team's own data, kept and edited in the record.
                        if (auto *combo = qobject_cast<QComboBox *>(w);
                            combo && !combo->isEditable() && combo->objectName() != u"noteReason")
                            check(name + u" choice"_s, combo->currentText());
                        if (auto *header = qobject_cast<QHeaderView *>(w);
                            header && header->model())
                            for (int s = 0; s < header->count(); ++s)
                                if (!header->isSectionHidden(s))
                                    check(
                                        name + u" header"_s,
                                        header->model()
                                            ->headerData(s, header->orientation(), Qt::DisplayRole)
                                            .toString());
                    }
                };
                checkShown();
                // Every page of every tab widget, not only the one in front.
                const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
                for (QTabWidget *tabs : tabWidgets) {
                    if (!tabs->isVisible())
                        continue;
                    const int current = tabs->currentIndex();
                    for (int i = 0; i < tabs->count(); ++i) {
                        tabs->setCurrentIndex(i);
                        checkShown();
                    }
                    tabs->setCurrentIndex(current);
                }
                ++visited;
                if (window == console.window()) {
                    const QList<QAction *> actions = testsupport::menuActions(window);
                    for (QAction *a : actions)
                        check(in + u"action "_s + a->objectName(), a->text());
                    const QList<QMenu *> menus = window->findChildren<QMenu *>();
                    for (QMenu *m : menus)
                        check(in + u"menu"_s, m->title());
                }
            });
        QCoreApplication::removeTranslator(&brackets);
        escapes.removeDuplicates();
        QVERIFY2(escapes.isEmpty(), qPrintable(u"\n"_s + escapes.join(u'\n')));
        // The main window and the dozen windows and dialogs of its menus were seen.
        QVERIFY2(visited >= 12, qPrintable(QString::number(visited)));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"

// The PII census: every look at a full government id or date of birth is recorded. Walks the
// real window opened on an identity, every page of its tabs, and every window and dialog its
// menus open; wherever the identity's full cip_id or date of birth is on screen, a pii.reveal
// for it must have been recorded since the previous view (console::recordPiiReveal). A new
// view that shows them without recording fails here.
#include "core/current/currentidentity.h"
#include "core/record/audittrail.h"
#include "support/consoleharness.h"
#include "support/desktopwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

// Everything a person can read in window: texts, fields, and the cells of its views.
QString visibleText(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            texts << line->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *edit = qobject_cast<QTextEdit *>(w))
            texts << edit->toPlainText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            const int rows = qMin(model->rowCount(view->rootIndex()), 500);
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < model->columnCount(view->rootIndex()); ++c)
                    texts << model->index(r, c, view->rootIndex()).data().toString();
        }
    }
    return texts.join(u'\n');
}

} // namespace

class TestPiiCensus : public QObject
{
    Q_OBJECT

private slots:
    void everyLookAtPiiIsRecorded()
    {
        testsupport::ConsoleHarness console;
        console.start(12, QSize(1366, 768));
        QVERIFY(!QTest::currentTestFailed());
        testsupport::openFirstIdentity(console);
        QVERIFY(!QTest::currentTestFailed());

        const auto &identity = console.app()->currentIdentity()->identity();
        QVERIFY(identity && identity->personDetails);
        const QString cipId = identity->personDetails->cipId.value_or(QString());
        const QString birth = identity->personDetails->dateOfBirth
            ? identity->personDetails->dateOfBirth->toString()
            : QString();
        QVERIFY2(cipId.size() >= 9 && birth.size() == 10, qPrintable(cipId + u' ' + birth));

        console::AuditTrail *audit = console.app()->auditTrail();
        console::AuditFilter reveals;
        reveals.action = console::auditActionName(console::AuditAction::PiiReveal);
        reveals.identityId = identity->id;
        qint64 recordedBefore = audit->count(reveals).value();

        QStringList unrecorded;
        int views = 0;
        int shown = 0;
        testsupport::visitEveryWindow(console.window(), {u"actionQuit"_s},
                                      [&](QWidget *window, const QString &openedBy) {
                                          const qint64 recorded = audit->count(reveals).value();
                                          testsupport::forEachTabPage(window, [&] {
                                              ++views;
                                              const QString text = visibleText(window);
                                              if (!text.contains(cipId) && !text.contains(birth))
                                                  return;
                                              ++shown;
                                              if (recorded <= recordedBefore)
                                                  unrecorded << openedBy;
                                          });
                                          recordedBefore = recorded;
                                      });
        unrecorded.removeDuplicates();
        QVERIFY2(unrecorded.isEmpty(),
                 qPrintable(u"shown without a pii.reveal:\n"_s + unrecorded.join(u'\n')));
        QVERIFY2(views > 20, qPrintable(QString::number(views)));
        // The walk reaches at least one view that shows them (the Edit form), so a census that
        // stopped seeing PII would not pass quietly.
        QVERIFY2(shown > 0, "no view showed the identity's government id or date of birth");
    }
};

QTEST_MAIN(TestPiiCensus)
#include "tst_piicensus.moc"

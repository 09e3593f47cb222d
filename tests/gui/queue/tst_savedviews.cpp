// Saved views in the real console: name the queue's filters, sort and columns, switch between
// them by keyboard, overwrite / rename / delete them, and find the view in use again after a
// restart; a view saved with a dashboard bar's filter says it cannot restore it.
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "support/consoleharness.h"
#include "ui/dashboard/dashboardfilter.h"
#include "ui/queue/filterbar.h"
#include "ui/queue/queuetableview.h"
#include "ui/queue/savedviewscontrol.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/record/teampanel.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace console;
using Column = console::IdentityTableModel::Column;

namespace {

ui::SavedViewsControl *controlOf(ui::MainWindow *window)
{
    return window->findChild<ui::SavedViewsControl *>();
}

// Types `name` into the open name dialog and accepts it, as the keyboard would.
void answerName(ui::SavedViewsControl *control, const QString &name)
{
    QTRY_VERIFY(control->nameDialog() && control->nameDialog()->isVisible());
    QInputDialog *dialog = control->nameDialog();
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!control->nameDialog());
}

// Chooses the combo's entry `name` with the keyboard: focus it, arrow keys until it shows.
void chooseByKeyboard(QComboBox *combo, const QString &name)
{
    combo->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), combo->window());
    combo->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != name; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), name);
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void viewsKeepFiltersSortAndColumns()
    {
        testsupport::ConsoleHarness console;
        console.start(30, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        ui::MainWindow *window = console.window();
        window->activateWindow();
        ui::SavedViewsControl *control = controlOf(window);
        QVERIFY(control);
        QComboBox *combo = control->combo();
        QVERIFY(!combo->accessibleName().isEmpty());
        // Alt+W reaches the list (its caption's mnemonic).
        const auto caption = window->filterBar()->findChildren<QLabel *>();
        bool buddied = false;
        for (QLabel *l : caption)
            buddied = buddied || l->buddy() == combo;
        QVERIFY(buddied);
        QTRY_VERIFY_WITH_TIMEOUT(window->proxy()->rowCount() >= 30, 20000);

        // The state to keep: bar filter + search, My identities, sort, a moved, resized and a
        // hidden column.
        ui::QueueFilterValues bar;
        bar.type = u"PERSON"_s;
        bar.createdFrom = QDate(2020, 1, 2);
        window->filterBar()->setValues(bar);
        window->filterBar()->setQuickSearch(u"an"_s);
        console.app()->reviewRecord()->myIdentities()->action()->setChecked(true);
        auto *followUp = window->findChild<QComboBox *>(u"followUpFilter"_s);
        QVERIFY(followUp);
        followUp->setCurrentIndex(1); // the first kind of follow-up work
        const QString followUpText = followUp->currentText();
        QHeaderView *header = window->queueView()->horizontalHeader();
        header->moveSection(header->visualIndex(Column::RefIdColumn), 0);
        header->resizeSection(Column::NameColumn, 311);
        header->setSectionHidden(Column::BlockingColumn, true);
        header->setSectionHidden(Column::IdColumn, false);
        window->queueView()->sortByColumn(Column::UpdatedColumn, Qt::DescendingOrder);

        control->saveAsAction()->trigger();
        answerName(control, u"Mine by update"_s);
        QCOMPARE(combo->currentText(), u"Mine by update"_s);
        QCOMPARE(control->views()->current(), u"Mine by update"_s);

        // Everything back to how it was.
        window->actions()->clearFilters->trigger();
        window->resetColumns();
        window->queueView()->sortByColumn(Column::AgeColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!console.app()->reviewRecord()->myIdentities()->isActive());
        QVERIFY(window->filterBar()->values().isEmpty());

        // A second view with other columns, then back to the first by keyboard.
        control->saveAsAction()->trigger();
        answerName(control, u"Everything"_s);
        chooseByKeyboard(combo, u"Mine by update"_s);
        QCOMPARE(window->filterBar()->values(), bar);
        QCOMPARE(window->filterBar()->quickSearch(), u"an"_s);
        QTRY_VERIFY(console.app()->reviewRecord()->myIdentities()->isActive());
        QCOMPARE(followUp->currentText(), followUpText);
        QCOMPARE(header->visualIndex(Column::RefIdColumn), 0);
        QCOMPARE(header->sectionSize(Column::NameColumn), 311);
        QVERIFY(header->isSectionHidden(Column::BlockingColumn));
        QVERIFY(!header->isSectionHidden(Column::IdColumn));
        QCOMPARE(header->sortIndicatorSection(), int(Column::UpdatedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(!control->note()->isVisible());

        chooseByKeyboard(combo, u"Everything"_s);
        QTRY_VERIFY(!console.app()->reviewRecord()->myIdentities()->isActive());
        QCOMPARE(followUp->currentIndex(), 0);
        QVERIFY(window->filterBar()->values().isEmpty());
        QVERIFY(!header->isSectionHidden(Column::BlockingColumn));
        QCOMPARE(header->sortIndicatorSection(), int(Column::AgeColumn));

        // Rename and overwrite the one in use.
        control->renameAction()->trigger();
        answerName(control, u"All of it"_s);
        QCOMPARE(combo->currentText(), u"All of it"_s);
        QCOMPARE(control->views()->names(), (QStringList{u"Mine by update"_s, u"All of it"_s}));
        window->filterBar()->setQuickSearch(u"zz"_s);
        control->overwriteAction()->trigger();
        QCOMPARE(control->views()->find(u"All of it"_s)->bar.value(u"search"_s).toString(),
                 u"zz"_s);

        // Back to the first view, then a restart: it is applied again.
        chooseByKeyboard(combo, u"Mine by update"_s);
        console.stop();
        console.start(30, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        window = console.window();
        control = controlOf(window);
        header = window->queueView()->horizontalHeader();
        QCOMPARE(control->combo()->currentText(), u"Mine by update"_s);
        QCOMPARE(window->filterBar()->values(), bar);
        QCOMPARE(window->filterBar()->quickSearch(), u"an"_s);
        QTRY_VERIFY(console.app()->reviewRecord()->myIdentities()->isActive());
        QCOMPARE(header->visualIndex(Column::RefIdColumn), 0);
        QCOMPARE(header->sectionSize(Column::NameColumn), 311);
        QVERIFY(header->isSectionHidden(Column::BlockingColumn));
        QCOMPARE(header->sortIndicatorSection(), int(Column::UpdatedColumn));

        // Delete it: the list and the settings forget it, the queue stays as it is.
        control->deleteAction()->trigger();
        QCOMPARE(control->views()->names(), QStringList{u"All of it"_s});
        QCOMPARE(control->combo()->currentIndex(), 0);
        QCOMPARE(window->filterBar()->quickSearch(), u"an"_s);
        QVERIFY(!control->deleteAction()->isEnabled());
    }

    // A dashboard bar's filter cannot be kept: saving says so, applying says so.
    void aDashboardFilterIsNamedAsNotRestored()
    {
        testsupport::ConsoleHarness console;
        console.start(30, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        ui::MainWindow *window = console.window();
        ui::SavedViewsControl *control = controlOf(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->proxy()->rowCount() >= 30, 20000);
        auto *chart = window->findChild<ui::DashboardFilter *>();
        QVERIFY(chart);
        const QString caption = u"Dashboard: Status: Approved"_s;
        chart->set(dashboard::Dimension::Status, u"APPROVED"_s, caption,
                   dashboard::Clock{QDateTime::currentMSecsSinceEpoch(), 7});
        QVERIFY(chart->isActive());
        control->saveAsAction()->trigger();
        answerName(control, u"Approved from the chart"_s);
        QVERIFY2(window->lastNotification().contains(caption),
                 qPrintable(window->lastNotification()));

        window->actions()->clearFilters->trigger();
        QTRY_VERIFY(!chart->isActive());
        chooseByKeyboard(control->combo(), u"No saved view"_s);
        chooseByKeyboard(control->combo(), u"Approved from the chart"_s);
        QVERIFY(!chart->isActive());
        QVERIFY(control->note()->isVisible());
        QVERIFY(!control->note()->text().isEmpty());
        QVERIFY(control->note()->toolTip().contains(caption));
        QVERIFY(control->note()->accessibleName().contains(caption));
        QVERIFY(window->lastNotification().contains(u"cannot be restored"_s));
    }
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"

// Next case in the real console (embedded in-memory sandbox with 100 demo identities): Ctrl+J or
// the queue toolbar's button takes the oldest pending identity nobody holds among the rows
// the queue shows, assigns it to the reviewer, opens it with the soft lock, and records the
// take; when there is nothing to take it says so.
#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/assignments.h"
#include "core/record/audittrail.h"
#include "core/record/softlocks.h"
#include "support/consoleharness.h"
#include "ui/dashboard/dashboardfilter.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/filterbar.h"
#include "ui/queue/queuetableview.h"
#include "ui/record/nextcase.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/record/teampanel.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

// The pending rows of the model, oldest first, worked out here on their own (not with the
// console's function).
QStringList pendingOldestFirst(const IdentityTableModel *model)
{
    QList<IdentityRow> rows;
    for (const IdentityRow &row : model->rowsSnapshot())
        if (row.status == "PENDING"_L1 && row.createdMs > 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end(), [](const IdentityRow &a, const IdentityRow &b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.id < b.id;
    });
    QStringList ids;
    for (const IdentityRow &row : rows)
        ids.append(row.id);
    return ids;
}

int takeEntries(AuditTrail *trail)
{
    AuditFilter f;
    f.action = auditActionName(AuditAction::AssignmentChange);
    return int(trail->count(f).value());
}

} // namespace

class TestNextCaseWindow : public QObject
{
    Q_OBJECT
private slots:
    void nextCaseTakesTheOldestFreePendingIdentity()
    {
        testsupport::ConsoleHarness console;
        console.start(100, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        ui::MainWindow *window = console.window();
        const Services &s = console.app()->services();
        QTRY_VERIFY_WITH_TIMEOUT(s.identities->rowCount() >= 100, 20000);
        const QStringList pending = pendingOldestFirst(s.identities);
        QVERIFY2(pending.size() >= 6, qPrintable(QString::number(pending.size())));
        const QString me = s.store->currentOperator().name;

        // Another console on the same record: Bo has the oldest assigned, and the second
        // oldest open.
        Store other;
        StoreConfig config;
        config.backend = StoreBackend::Sqlite;
        config.sqlitePath = s.store->locationKey().mid(QStringLiteral("sqlite:").size());
        QVERIFY2(other.open(config).ok(), qPrintable(config.sqlitePath));
        other.setOperator({u"Bo"_s, u"bo"_s});
        Assignments bo(&other);
        SoftLocks boLocks(&other);
        QVERIFY(bo.assign(pending.at(0), u"Bo"_s).ok());
        QVERIFY(boLocks.open(pending.at(1)).ok());
        const int entriesBefore = takeEntries(s.audit);

        // Ctrl+J, wherever the focus is.
        window->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == window);
        window->queueView()->setFocus();
        QTest::keyClick(window->queueView(), Qt::Key_J, Qt::ControlModifier);
        const QString taken = pending.at(2);
        QTRY_COMPARE(window->detailPane()->identityId(), taken);
        QCOMPARE(window->queueView()->currentIndex().data(IdentityIdRole).toString(), taken);
        QCOMPARE(s.assignments->assignmentOf(taken).value()->assignee, me);
        QCOMPARE(bo.assignmentOf(pending.at(0)).value()->assignee, u"Bo"_s);
        // Opened with this console's soft lock: Bo's console sees it.
        QTRY_VERIFY(!boLocks.othersHolding(taken).value().isEmpty());
        QCOMPARE(boLocks.othersHolding(taken).value().first().holder, me);
        // The team line says it is the reviewer's.
        QTRY_VERIFY(console.app()->reviewRecord()->team()->assigneeText().contains(tr("you")));
        // Recorded as a take from Next case.
        QCOMPARE(takeEntries(s.audit), entriesBefore + 1);
        AuditFilter f;
        f.action = auditActionName(AuditAction::AssignmentChange);
        f.order = AuditFilter::Order::NewestFirst;
        const AuditEntry entry = s.audit->list(f).value().first();
        QCOMPARE(entry.identityId, taken);
        QCOMPARE(entry.details().value(u"via"_s).toString(), u"next_case"_s);

        // The queue's filters decide: narrowed by the quick search to a later pending identity,
        // the toolbar button takes that one, not the next oldest.
        const QString narrowed = pending.at(5);
        window->filterBar()->setQuickSearch(narrowed);
        QTRY_COMPARE(window->proxy()->rowCount(), 1);
        auto *button = window->filterBar()->findChild<QToolButton *>(u"actionNextCaseButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->text().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(window->detailPane()->identityId(), narrowed);
        QCOMPARE(s.assignments->assignmentOf(narrowed).value()->assignee, me);
        QVERIFY(!s.assignments->assignmentOf(pending.at(3)).value().has_value());

        // Nothing the filters show: a message that says so, nothing taken.
        ui::NextCase *next = console.app()->reviewRecord()->nextCase();
        window->filterBar()->setQuickSearch(u"no-such-identity-anywhere"_s);
        QTRY_COMPARE(window->proxy()->rowCount(), 0);
        const int entriesNow = takeEntries(s.audit);
        QTest::keyClick(window->queueView(), Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(next->messageBox() && next->messageBox()->isVisible());
        QVERIFY(next->messageBox()->text().contains(u"filters"_s));
        next->messageBox()->close();
        QCOMPARE(takeEntries(s.audit), entriesNow);

        // Only what is already the reviewer's (My identities): everything shown is held.
        window->filterBar()->setQuickSearch({});
        console.app()->reviewRecord()->myIdentities()->action()->setChecked(true);
        QTRY_COMPARE(window->proxy()->rowCount(), 2);
        QTest::keyClick(window->queueView(), Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(next->messageBox() && next->messageBox()->isVisible());
        QVERIFY2(next->messageBox()->text().contains(u"assigned"_s),
                 qPrintable(next->messageBox()->text()));
        next->messageBox()->close();
        QCOMPARE(takeEntries(s.audit), entriesNow);
        console.app()->reviewRecord()->myIdentities()->action()->setChecked(false);

        // A dashboard bar's filter counts too: narrowed to an age bucket other than the oldest
        // free identity's, Next case takes the oldest free one in that bucket.
        auto *chart = window->findChild<ui::DashboardFilter *>();
        QVERIFY(chart);
        const dashboard::Clock clock{QDateTime::currentMSecsSinceEpoch(), 7};
        const auto held = s.assignments->assigneesOf(pending).value();
        QStringList free;
        for (const QString &id : pending)
            if (!held.contains(id) && id != pending.at(1))
                free.append(id);
        QVERIFY(free.size() >= 2);
        const auto bucketOf = [&](const QString &id) {
            return dashboard::sliceOf(
                s.identities->identityRowAt(s.identities->indexOfId(id).row()),
                dashboard::Dimension::Age, clock);
        };
        QString bucket;
        for (auto it = free.crbegin(); it != free.crend() && bucket.isEmpty(); ++it)
            if (bucketOf(*it) != bucketOf(free.first()))
                bucket = bucketOf(*it);
        QVERIFY2(!bucket.isEmpty(), "the demo data has pending identities of two ages");
        QString expected;
        for (const QString &id : free)
            if (expected.isEmpty() && bucketOf(id) == bucket)
                expected = id;
        chart->set(dashboard::Dimension::Age, bucket, u"Dashboard: age"_s, clock);
        QTRY_VERIFY(window->proxy()->rowCount() < s.identities->rowCount());
        QTest::keyClick(window->queueView(), Qt::Key_J, Qt::ControlModifier);
        QTRY_COMPARE(window->detailPane()->identityId(), expected);
        QCOMPARE(s.assignments->assignmentOf(expected).value()->assignee, me);
        QVERIFY(!s.assignments->assignmentOf(free.first()).value().has_value());
        QVERIFY(boLocks.close(pending.at(1)).ok());
    }
};

QTEST_MAIN(TestNextCaseWindow)
#include "tst_nextcase.moc"

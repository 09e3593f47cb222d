#include "support/consoleharness.h"
#include "core/current/currentidentity.h"
#include "core/current/identityfetcher.h"
#include "core/models/roles.h"
#include "core/record/store.h"
#include "paxos/net/requestlog.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/queuetableview.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using console::CurrentIdentity;
using Part = console::IdentityFetcher::Part;

namespace {
constexpr int kTimeout = 20000;
constexpr int kRows = 50;
// A held arrow key repeats about every 30 ms: well inside the debounce.
constexpr int kRepeatMs = 30;
} // namespace

// Holding Down over fifty rows of the real window: the rows passed over cost nothing. Only the
// row where the key is released is fetched (one Get Identity, one List Controls, one List
// Documents) and only its soft lock is taken.
class TestSelectionFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(kRows + 20);
        QVERIFY(!QTest::currentTestFailed());
    }

    void holdingDownFetchesOnlyTheRowWhereItStops()
    {
        auto *window = m_console.window();
        CurrentIdentity *current = m_console.app()->currentIdentity();
        paxos::RequestLog *log = m_console.app()->session()->requestLog();
        console::ui::QueueTableView *table = window->queueView();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > kRows, kTimeout);

        // Start settled on the first row, with everything it needs fetched.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString first = table->model()->index(0, 0).data(console::IdentityIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(current->identity() && current->identity()->id == first, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(current->fetcher()->has(Part::Controls)
                                     && current->fetcher()->has(Part::Documents),
                                 kTimeout);
        const quint64 before = log->entries().isEmpty() ? 0 : log->entries().constLast().id;

        QSignalSpy settled(current, &CurrentIdentity::settled);
        int softLockWrites = 0;
        connect(m_console.app()->store(), &console::Store::changed, this,
                [&softLockWrites](console::StoreTopic topic) {
                    softLockWrites += topic == console::StoreTopic::SoftLocks ? 1 : 0;
                });

        // Hold Down: a press, then auto-repeated presses, then the release.
        int presses = 0;
        QTimer key;
        key.setInterval(kRepeatMs);
        connect(&key, &QTimer::timeout, table, [&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier, QString(), presses > 0);
            QApplication::sendEvent(table, &press);
            if (++presses == kRows) {
                key.stop();
                QKeyEvent release(QEvent::KeyRelease, Qt::Key_Down, Qt::NoModifier);
                QApplication::sendEvent(table, &release);
            }
        });
        key.start();
        QTRY_COMPARE_WITH_TIMEOUT(presses, kRows, kTimeout);
        QCOMPARE(table->currentIndex().row(), kRows);
        const QString stop = table->currentIndex().data(console::IdentityIdRole).toString();
        QCOMPARE(window->detailPane()->identityId(), stop); // the pane followed at once
        // But nothing settled while the key was held (checked last: the calls tell more).
        const qsizetype settledWhileHeld = settled.size();

        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kTimeout);
        QCOMPARE(settled.constLast().at(0).toString(), stop);
        QTRY_VERIFY_WITH_TIMEOUT(current->identity() && current->identity()->id == stop, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(current->fetcher()->has(Part::Controls)
                                     && current->fetcher()->has(Part::Documents),
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(window->detailPane()->identity()->id, stop, kTimeout);

        int gets = 0, controls = 0, documents = 0;
        QStringList others;
        for (const paxos::RequestLogEntry &e : log->entries()) {
            if (e.id <= before || e.identityId.isEmpty())
                continue; // earlier calls; calls about no identity (token, events)
            if (e.identityId != stop) {
                others.append(e.operation + u' ' + e.identityId);
                continue;
            }
            gets += e.operation == "GetIdentity"_L1 ? 1 : 0;
            controls += e.operation == "ListIdentityControls"_L1 ? 1 : 0;
            documents += e.operation == "ListIdentityDocuments"_L1 ? 1 : 0;
        }
        QVERIFY2(others.isEmpty(), qPrintable(others.join(u", "_s)));
        QCOMPARE(gets, 1);
        QCOMPARE(controls, 1);
        QCOMPARE(documents, 1);
        // The first row's lock closed and the last row's opened: two writes, not a hundred.
        QVERIFY2(softLockWrites <= 2, qPrintable(QString::number(softLockWrites)));
        QCOMPARE(settledWhileHeld, 0);
    }

    void cleanupTestCase() { m_console.stop(); }

private:
    testsupport::ConsoleHarness m_console;
};

QTEST_MAIN(TestSelectionFlow)
#include "tst_selectionflow.moc"

#include "core/record/audittrail.h"
#include "core/session/session.h"
#include "core/writes/writeguard.h"
#include "paxos/api/controljobs.h"
#include "paxos/net/connection.h"
#include "support/consoleharness.h"
#include "support/fakehttpserver.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Quitting the console while a change is in flight asks first; "Quit now" records the change
// as unknown (Paxos may or may not have applied it), "Wait" quits once it is answered and its
// outcome recorded. The change goes to a server of the test's own that holds its answer.
class TestQuitWithWrites : public QObject
{
    Q_OBJECT
private slots:
    // One console for both cases: closing the window with nothing in flight only hides it.
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](std::shared_ptr<FakeHttpServer::Exchange> ex) {
            if (ex->request.target.endsWith("/oauth2/token")) {
                ex->respond(200, R"({"access_token":"t","token_type":"bearer","expires_in":3600})");
                return;
            }
            m_held = ex; // the change stays in flight until the test answers
        });
        m_harness.start(0);
        QVERIFY(!QTest::currentTestFailed());
        m_connection = std::make_unique<paxos::Connection>();
        m_connection->setEnvironment(paxos::Environment::localSandbox(m_server.url()));
        m_connection->setCredentials(u"client"_s, u"secret"_s);
    }
    void init()
    {
        m_held.reset();
        m_harness.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_harness.window()));
    }
    void cleanupTestCase()
    {
        m_harness.stop();
        m_connection.reset();
        m_held.reset();
    }

    void quitNowRecordsUnknown() { quitWith(u"quitNowButton"_s, u"unknown"_s, u"id-1"_s); }
    void waitRecordsTheOutcome() { quitWith(u"waitForWritesButton"_s, u"succeeded"_s, u"id-2"_s); }

    // What a feature says would be lost (a note the record could not take) is asked about at
    // Quit: Stay keeps the window, Copy and quit puts it on the clipboard first.
    void unsavedWorkIsAskedAboutAtQuit()
    {
        console::ui::MainWindow *window = m_harness.window();
        auto losing = std::make_shared<bool>(true);
        window->addQuitCheck(
            [losing] { return *losing ? u"1 note could not be saved yet."_s : QString(); },
            [] { return u"Identity id-7, reason OTHER: call back on Monday"_s; });
        window->close();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"unsavedOnQuitDialog"_s)));
        QVERIFY(box->text().contains(u"note"_s));
        QVERIFY(window->isVisible());
        box->findChild<QPushButton *>(u"stayButton"_s)->click();
        QTRY_VERIFY(!window->findChild<QMessageBox *>(u"unsavedOnQuitDialog"_s));
        QVERIFY(window->isVisible());

        window->close();
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"unsavedOnQuitDialog"_s)));
        box->findChild<QPushButton *>(u"copyAndQuitButton"_s)->click();
        QTRY_VERIFY(!window->isVisible());
        QCOMPARE(QApplication::clipboard()->text(),
                 u"Identity id-7, reason OTHER: call back on Monday"_s);
        *losing = false;
    }

private:
    void quitWith(const QString &button, const QString &outcome, const QString &identityId)
    {
        console::WriteGuard *gate = m_harness.app()->session()->writeGuard();
        console::AuditTrail *trail = m_harness.app()->services().audit;
        gate->submit(new paxos::DeleteIdentityControlJob(m_connection.get(), u"control-1"_s),
                     {u"Delete control"_s, identityId, identityId, {}, {}}, this, {});
        QTRY_VERIFY_WITH_TIMEOUT(m_held, 10000);
        QCOMPARE(gate->writesInFlight(), 1);

        auto *window = m_harness.window();
        window->close();
        QVERIFY(window->isVisible()); // not while a change is in flight
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"writesInFlightDialog"_s)));
        auto *choice = box->findChild<QPushButton *>(button);
        QVERIFY(choice);
        choice->click();
        if (outcome == u"succeeded") {
            QVERIFY(window->isVisible()); // waiting for the answer
            m_held->respond(200, "{}");
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
        QCOMPARE(gate->writesInFlight(), 0);
        console::AuditFilter filter;
        filter.action = u"control.delete"_s;
        filter.identityId = identityId;
        const auto entries = trail->list(filter); // newest first
        QVERIFY(entries);
        QCOMPARE(entries->size(), qsizetype(2));
        QCOMPARE(entries->at(0).outcome, outcome);
        QCOMPARE(entries->at(1).outcome, u"intent"_s);
    }

    FakeHttpServer m_server;
    std::shared_ptr<FakeHttpServer::Exchange> m_held;
    std::unique_ptr<paxos::Connection> m_connection;
    testsupport::ConsoleHarness m_harness;
};

QTEST_MAIN(TestQuitWithWrites)
#include "tst_quitwithwrites.moc"

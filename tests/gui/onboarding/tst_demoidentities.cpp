// A demo that starts from nothing: the console's first start on an empty local sandbox says
// what to do, and its "Add demo identities" fills the queue with realistic identities in
// every status, as often as asked, through the sandbox's admin API.
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/onboarding/sandboxoutcomes.h"
#include "support/consoleharness.h"
#include "paxos/net/connection.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/statewidget.h"

#include <QAction>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using console::IdentityTableModel;

namespace {
constexpr int kTimeout = 20000;
}

class TestDemoIdentities : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(0, QSize(1400, 900)); // an empty sandbox: no demo identities yet
        m_app = m_console.app();
    }

    void cleanupTestCase() { m_console.stop(); }

    void emptyQueueOffersDemoIdentities()
    {
        auto *state = m_app->window()->findChild<console::ui::StateWidget *>(u"queueState"_s);
        QVERIFY(state);
        QTRY_VERIFY_WITH_TIMEOUT(state->isVisible() && state->title() == u"No identities yet"_s,
                                 kTimeout);
        QVERIFY(state->message().contains(u"Ctrl+N"_s));
        auto *button = state->findChild<QPushButton *>(u"stateAction"_s);
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), kTimeout);
        QCOMPARE(button->text(), u"Add 40 Demo Identities"_s);

        // Keyboard users get there too: the button takes focus and Space presses it.
        button->setFocus();
        QVERIFY(button->hasFocus() || button->focusPolicy() != Qt::NoFocus);
        QTest::keyClick(button, Qt::Key_Space);

        auto *model = m_app->identities();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 40, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->queueView()->isVisible(), kTimeout);
        QVERIFY(!state->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app->window()->lastNotification().startsWith(u"Added 40 demo identities"_s),
            kTimeout);

        // Realistic and varied: every row has a name, and several statuses are present.
        QSet<QString> statuses;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            QVERIFY(!model->index(row, IdentityTableModel::NameColumn).data().toString().isEmpty());
            statuses << model->index(row, IdentityTableModel::StatusColumn)
                            .data(console::WireValueRole)
                            .toString();
            QVERIFY(!index.data(console::IdentityIdRole).toString().isEmpty());
        }
        QVERIFY2(statuses.size() >= 2, qPrintable(QStringList(statuses.values()).join(u',')));
    }

    void theMenuAddsAnotherBatch()
    {
        QAction *add = m_app->onboarding()->addDemoIdentitiesAction();
        QVERIFY(add);
        QVERIFY(add->isEnabled());
        add->trigger();
        // While the batch is being added, a second one is not started.
        QVERIFY(!add->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->identities()->rowCount(), 80, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), kTimeout);
        QVERIFY2(m_app->window()->lastNotification().contains(u"80 in all"_s),
                 qPrintable(m_app->window()->lastNotification()));
    }

    // Only a paxos-sandbox on this machine has the admin API; Paxos's own servers do not.
    void offeredOnlyForALocalSandbox()
    {
        paxos::Connection connection;
        using console::onboarding::SandboxOutcomes;
        connection.setEnvironment(paxos::Environment::localSandbox(QUrl(u"http://127.0.0.1:9"_s)));
        QVERIFY(SandboxOutcomes::reachesAdminApi(&connection));
        connection.setEnvironment(paxos::Environment::paxosSandbox());
        QVERIFY(!SandboxOutcomes::reachesAdminApi(&connection));
        connection.setEnvironment(paxos::Environment::production());
        QVERIFY(!SandboxOutcomes::reachesAdminApi(&connection));
        QVERIFY(!SandboxOutcomes::reachesAdminApi(nullptr));
    }

private:
    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
};

QTEST_MAIN(TestDemoIdentities)
#include "tst_demoidentities.moc"

// What belongs to one environment stays there, in the real window: switching from the local
// sandbox to "Production" (api.paxos.com mapped to an in-process paxos-sandbox) shows
// Production's events only, found by a follower that starts from Production's own position
// (not from the local sandbox's newer events), and a draft typed in Production is offered
// there only, saying so.
#include "core/events/eventsmodel.h"
#include "core/events/eventsservice.h"
#include "core/record/drafts.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/session.h"
#include "support/consoleharness.h"
#include "support/eventsenv.h"
#include "support/loopbacknetwork.h"
#include "ui/onboarding/draftsdialog.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/onboarding/persondialog.h"
#include "ui/onboarding/personform.h"
#include "ui/session/connectiondialog.h"
#include "ui/shell/environmentbanner.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using console::ui::EnvironmentBanner;

namespace {

constexpr int kTimeout = 20000;

template<class T> T *visibleChild(QObject *parent)
{
    const auto all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

class TestEnvironmentScope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        sandbox::ServerOptions production;
        production.port = 0;
        production.inMemory = true;
        production.clients = {{u"prod-client"_s, u"prod-secret"_s, {}}};
        m_production = std::make_unique<sandbox::Server>(production);
        QString error;
        QVERIFY2(m_production->start(&error), qPrintable(error));
        m_network.mapHost(u"oauth.paxos.com"_s, m_production->url());
        m_network.mapHost(u"api.paxos.com"_s, m_production->url());
        // Production's identity (and its events) come first: older than anything the local
        // sandbox does below.
        paxos::Connection production_(paxos::Clock::system(), nullptr);
        production_.setEnvironment(paxos::Environment::localSandbox(m_production->url()));
        production_.setCredentials(u"prod-client"_s, u"prod-secret"_s);
        m_productionId = eventstest::createIdentity(&production_);
        QVERIFY(!m_productionId.isEmpty());

        m_console.start(0, QSize(1600, 1000), &m_network);
        if (QTest::currentTestFailed())
            return;
        m_window = m_console.window();
    }

    void cleanupTestCase()
    {
        m_console.stop();
        if (m_production)
            m_production->stop();
    }

    void eventsListShowsTheEnvironmentInUseOnly()
    {
        // An identity in the local sandbox: its events show, by webhook or follower.
        auto *sandbox = m_console.app()->embeddedSandbox();
        paxos::Connection local(paxos::Clock::system(), nullptr);
        local.setEnvironment(paxos::Environment::localSandbox(sandbox->url()));
        local.setCredentials(console::EmbeddedSandbox::demoClientId(),
                             console::EmbeddedSandbox::demoClientSecret());
        m_localId = eventstest::createIdentity(&local);
        QVERIFY(!m_localId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_localId), kTimeout);
        QVERIFY(!shows(m_productionId));
        // The follower too has seen it: its position is now past Production's event.
        m_window->findChild<QAction *>(u"syncEventsAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_localId, true), kTimeout);

        connectTo(u"env_production"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::Production,
                                  kTimeout);
        // At once, and for good: none of the sandbox's events in Production's list.
        QVERIFY(!shows(m_localId));
        // Production's follower starts from Production's position: its event, older than
        // the sandbox's newest, is found.
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_productionId), kTimeout);
        QVERIFY(!shows(m_localId));

        connectTo(u"env_local"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::LocalSandbox,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_localId), kTimeout);
        QVERIFY(!shows(m_productionId));
    }

    void draftIsOfferedOnlyWhereItWasTyped()
    {
        connectTo(u"env_production"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::Production,
                                  kTimeout);
        auto *onboarding = m_console.app()->onboarding();
        onboarding->newPersonAction()->trigger();
        console::ui::PersonDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<console::ui::PersonDialog>(m_window)));
        auto *first =
            qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(u"person_details.first_name"_s));
        first->setFocus();
        QTest::keyClicks(first, u"Zelda"_s);
        dialog->reject(); // Esc: the draft is kept
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(draftsOffered(), QStringList{u"Production"_s});

        connectTo(u"env_local"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::LocalSandbox,
                                  kTimeout);
        QCOMPARE(draftsOffered(), QStringList());

        connectTo(u"env_production"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->banner()->kind(), EnvironmentBanner::Kind::Production,
                                  kTimeout);
        QCOMPARE(draftsOffered(), QStringList{u"Production"_s});
    }

private:
    // The Events list has an event of the identity (`byFollower`: one the follower fetched).
    bool shows(const QString &identityId, bool byFollower = false) const
    {
        console::EventsModel *model = m_console.app()->services().events->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto record = model->recordAt(row);
            if (record->identityId == identityId && (!byFollower || record->viaFollower))
                return true;
        }
        return false;
    }

    // The Environment column of the drafts the Drafts dialog offers now.
    QStringList draftsOffered()
    {
        m_console.app()->onboarding()->draftsAction()->trigger();
        console::ui::DraftsDialog *drafts = nullptr;
        [&] { QTRY_VERIFY((drafts = visibleChild<console::ui::DraftsDialog>(m_window))); }();
        QStringList out;
        if (!drafts)
            return out;
        auto *list = drafts->findChild<QTreeWidget *>(u"draftList"_s);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            out.append(list->topLevelItem(i)->text(2));
        drafts->reject();
        return out;
    }

    void connectTo(const QString &kindButton)
    {
        m_window->actions()->switchEnvironment->trigger();
        console::ui::ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<console::ui::ConnectionDialog>(m_window)));
        dialog->findChild<QRadioButton *>(kindButton)->click();
        if (kindButton != u"env_local"_s) {
            dialog->findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(u"prod-client"_s);
            dialog->findChild<QLineEdit *>(u"clientSecretEdit"_s)->setText(u"prod-secret"_s);
        }
        dialog->findChild<QPushButton *>(u"connectButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_console.app()->session()->state(),
                                  console::Session::State::Connected, kTimeout);
    }

    LoopbackNetwork m_network;
    std::unique_ptr<sandbox::Server> m_production;
    testsupport::ConsoleHarness m_console;
    console::ui::MainWindow *m_window = nullptr;
    QString m_productionId;
    QString m_localId;
};

QTEST_MAIN(TestEnvironmentScope)
#include "tst_environmentscope.moc"

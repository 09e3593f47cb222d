// The onboarding forms in the real window, against the embedded local sandbox: the guide's
// flow from the Identity menu ends with the new identity selected in the queue, approved,
// and the edit action offered for it.
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/session/session.h"
#include "support/keptdir.h"
#include "ui/forms/onboardingintegration.h"
#include "ui/forms/persondialog.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
}

class TestOnboardingWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        console::app::Application::Options options;
        options.dataDir = m_dir.path();
        options.inMemorySandbox = true;
        options.seedIdentities = 3;
        options.ephemeralUi = true;
        options.credentials = &m_credentials;
        m_app = std::make_unique<console::app::Application>(options);
        QString error;
        QVERIFY2(m_app->start(&error), qPrintable(error));
        m_app->window()->resize(1600, 1000);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), console::Session::State::Connected,
                                  kTimeout);
    }

    void cleanupTestCase() { m_app.reset(); }

    void newPersonFromTheMenuIsCreatedSelectedAndApproved()
    {
        auto *onboarding = m_app->onboarding();
        QVERIFY(onboarding);
        QAction *newPerson = m_app->window()->findChild<QAction *>(u"newPersonAction"_s);
        QVERIFY(newPerson);
        QCOMPARE(newPerson->shortcut(), QKeySequence(QKeySequence::New));
        newPerson->trigger();
        auto *dialog = m_app->window()->findChild<console::ui::PersonDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Outside Production the guide's example person is one click away.
        auto *example = dialog->findChild<QPushButton *>(u"exampleButton"_s);
        QVERIFY(example);
        QTest::mouseClick(example, Qt::LeftButton);
        auto *submit = dialog->findChild<QPushButton *>(u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);

        // The new identity becomes the queue's current row, and the local sandbox approves it.
        auto *view = m_app->window()->queueView();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->currentIndex().isValid()
                && view->currentIndex()
                        .siblingAtColumn(console::IdentityTableModel::RefIdColumn)
                        .data()
                        .toString()
                        .size()
                    > 0,
            kTimeout);
        const QString refId = view->currentIndex()
                                  .siblingAtColumn(console::IdentityTableModel::RefIdColumn)
                                  .data()
                                  .toString();
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex()
                                      .siblingAtColumn(console::IdentityTableModel::StatusColumn)
                                      .data(console::WireValueRole)
                                      .toString(),
                                  u"APPROVED"_s, kTimeout);
        QVERIFY(!refId.startsWith(u"seed-"_s));
        // The detail pane loaded it, so it can be edited (and its KYC refresh confirmed).
        QTRY_VERIFY_WITH_TIMEOUT(onboarding->editIdentityAction()->isEnabled(), kTimeout);
        QVERIFY(onboarding->sandboxOutcomesAction()->isEnabled());
    }

private:
    // Kept after the run for the leak sweep.
    testsupport::KeptDir m_dir;
    console::MemoryCredentialStore m_credentials;
    std::unique_ptr<console::app::Application> m_app;
};

QTEST_MAIN(TestOnboardingWindow)
#include "tst_onboardingwindow.moc"

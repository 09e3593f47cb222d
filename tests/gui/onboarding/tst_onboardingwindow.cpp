// The onboarding forms in the real window, against the embedded local sandbox: the guide's
// flow from the Identity menu ends with the new identity selected in the queue, approved,
// and the edit action offered for it.
#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/record/audittrail.h"
#include "core/record/requestledger.h"
#include "core/record/statushistory.h"
#include "core/session/session.h"
#include "support/consoleharness.h"
#include "ui/onboarding/onboardingintegration.h"
#include "ui/onboarding/persondialog.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QJsonArray>
#include <QPushButton>
#include <QTest>
#include <QUuid>

#include <algorithm>
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
        m_console.start(3);
        m_app = m_console.app();
    }

    void cleanupTestCase() { m_console.stop(); }

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

        // The create is in the audit trail with the call's request id, and the same call is
        // in the request ledger under the new identity: an examiner can match the two.
        const QString identityId = view->currentIndex().data(console::IdentityIdRole).toString();
        console::AuditFilter creates;
        creates.action = console::auditActionName(console::AuditAction::IdentityCreate);
        creates.identityId = identityId;
        const auto audited = m_app->auditTrail()->list(creates);
        QVERIFY2(audited.ok(), qPrintable(audited.errorMessage()));
        QCOMPARE(audited.value().size(), 1);
        const QString requestId = audited.value().first().requestId;
        QVERIFY2(QUuid::fromString(requestId).isNull() == false, qPrintable(requestId));
        console::RequestLedger ledger(m_app->store());
        const auto calls = ledger.forIdentity(identityId);
        QVERIFY2(calls.ok(), qPrintable(calls.errorMessage()));
        const auto create =
            std::find_if(calls.value().cbegin(), calls.value().cend(),
                         [&](const console::LedgerEntry &e) { return e.requestId == requestId; });
        QVERIFY(create != calls.value().cend());
        QCOMPARE(create->method, u"POST"_s);
        QCOMPARE(create->httpStatus, 200);
        QVERIFY2(create->url.endsWith(u"/identity/identities"_s), qPrintable(create->url));
        // Paxos's answer to the create is the identity's first snapshot, caused by that call.
        console::StatusHistory history(m_app->store());
        const auto snapshots = history.forIdentity(identityId);
        QVERIFY2(snapshots.ok(), qPrintable(snapshots.errorMessage()));
        QVERIFY(!snapshots.value().isEmpty());
        QCOMPARE(snapshots.value().first().cause, console::SnapshotCause::OwnCall);
        QCOMPARE(snapshots.value().first().causeRef, requestId);
        // Get Identity of the new identity is kept too, with its own id.
        QVERIFY(std::any_of(calls.value().cbegin(), calls.value().cend(),
                            [&](const console::LedgerEntry &e) {
                                return e.method == u"GET" && e.requestId != requestId;
                            }));

        // Edit shows the government id and date of birth in full: that look is recorded
        // before the form opens.
        console::AuditFilter reveals;
        reveals.action = console::auditActionName(console::AuditAction::PiiReveal);
        reveals.identityId = identityId;
        const qint64 revealsBefore = m_app->auditTrail()->count(reveals).value();
        const auto formsBefore = m_app->window()->findChildren<console::ui::PersonDialog *>();
        onboarding->editIdentityAction()->trigger();
        console::ui::PersonDialog *edit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto *d : m_app->window()->findChildren<console::ui::PersonDialog *>())
                    if (!formsBefore.contains(d) && d->isVisible())
                        edit = d;
                return edit != nullptr;
            }(),
            kTimeout);
        QCOMPARE(m_app->auditTrail()->count(reveals).value(), revealsBefore + 1);
        const auto reveal = m_app->auditTrail()->list(reveals).value().first();
        QCOMPARE(reveal.details().value("where"_L1).toString(), u"edit_form"_s);
        QVERIFY(reveal.details().value("fields"_L1).toArray().contains(u"cip_id"_s));
        edit->close();
    }

private:
    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
};

QTEST_MAIN(TestOnboardingWindow)
#include "tst_onboardingwindow.moc"

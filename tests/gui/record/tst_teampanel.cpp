#include "core/record/assignments.h"
#include "core/record/audittrail.h"
#include "core/record/softlocks.h"
#include "recordtest.h"
#include "ui/record/teampanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace console;
using console::ui::AssignDialog;
using console::ui::MyIdentitiesFilter;
using console::ui::TeamPanel;
using recordtest::find;

namespace {
const QString kId = u"0d9c3b8e-2f6a-4d41-8e07-3b5a1c9f7e64"_s;
const QString kOther = u"7a1e5c3d-9b2f-4e68-a0d4-6c8b2e1f3a95"_s;
} // namespace

// Two consoles: two Store instances on one database file, operated by Alex and Sam.
class TestTeamPanel : public QObject
{
    Q_OBJECT

private:
    struct Console
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<AuditTrail> audit;
        std::unique_ptr<Assignments> assignments;
        std::unique_ptr<SoftLocks> locks;
        std::unique_ptr<TeamPanel> panel;
    };
    std::unique_ptr<QTemporaryDir> m_dir;
    Console m_alex;
    Console m_sam;

    void openConsole(Console &c, const QString &name)
    {
        c.store = recordtest::openStore(*m_dir, name);
        QVERIFY(c.store);
        c.audit = std::make_unique<AuditTrail>(c.store.get());
        c.assignments = std::make_unique<Assignments>(c.store.get());
        c.locks = std::make_unique<SoftLocks>(c.store.get());
        c.panel = std::make_unique<TeamPanel>(c.store.get(), c.assignments.get(), c.locks.get(),
                                              c.audit.get());
        c.panel->show();
    }

    static void closeConsole(Console &c)
    {
        c.panel.reset();
        c.locks.reset();
        c.assignments.reset();
        c.audit.reset();
        c.store.reset();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openConsole(m_alex, u"Alex"_s);
        openConsole(m_sam, u"Sam"_s);
    }

    void cleanup()
    {
        closeConsole(m_alex);
        closeConsole(m_sam);
        m_dir.reset();
    }

    void takeIsSeenByTheOtherConsole()
    {
        m_alex.panel->setIdentityId(kId);
        m_sam.panel->setIdentityId(kId);
        QCOMPARE(m_alex.panel->assigneeText(), u"Not assigned"_s);
        QVERIFY(m_alex.panel->takeAction()->isEnabled());
        QVERIFY(!m_alex.panel->releaseAction()->isEnabled());

        m_alex.panel->takeAction()->trigger();
        QVERIFY2(m_alex.panel->assigneeText().startsWith(u"Assigned to you"_s),
                 qPrintable(m_alex.panel->assigneeText()));

        // The other console's store reads the same record.
        const auto seen = m_sam.assignments->assignmentOf(kId);
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((**seen).assignee, u"Alex"_s);
        m_sam.panel->refresh();
        QVERIFY2(m_sam.panel->assigneeText().startsWith(u"Assigned to Alex"_s),
                 qPrintable(m_sam.panel->assigneeText()));
        // Sam cannot take what Alex has.
        QVERIFY(!m_sam.panel->takeAction()->isEnabled());
        QVERIFY(!m_sam.panel->take());

        // Taking is in the trail, with who.
        AuditFilter f;
        f.action = auditActionName(AuditAction::AssignmentChange);
        const auto audited = m_alex.audit->list(f);
        QVERIFY(audited.ok());
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().operatorName, u"Alex"_s);
        QCOMPARE(audited->first().details().value("change"_L1).toString(), u"take"_s);
    }

    void assignToThroughTheDialog()
    {
        m_sam.panel->setIdentityId(kId);
        m_sam.panel->setKnownOperators({u"Alex"_s, u"Robin"_s});
        m_sam.panel->assignAction()->trigger();
        auto *dialog = find<AssignDialog>(m_sam.panel.get(), u"assignDialog"_s);
        QVERIFY(dialog);
        auto *combo = find<QComboBox>(dialog, u"assigneeCombo"_s);
        QVERIFY(combo->findText(u"Robin"_s) >= 0);
        combo->setCurrentText(u"Robin"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(m_sam.panel->assigneeText().startsWith(u"Assigned to Robin by Sam"_s));
        QVERIFY(m_sam.panel->releaseAction()->isEnabled());

        m_sam.panel->releaseAction()->trigger();
        QCOMPARE(m_sam.panel->assigneeText(), u"Not assigned"_s);
        const auto seen = m_alex.assignments->assignmentOf(kId);
        QVERIFY(seen.ok() && !seen->has_value());
    }

    void softLockBannerShowsWhoHasItOpen()
    {
        m_alex.panel->setIdentityId(kId);
        QVERIFY(!m_alex.panel->isLockBannerVisible()); // only Alex has it open
        m_sam.panel->setIdentityId(kId);
        QVERIFY(m_sam.panel->isLockBannerVisible());
        QVERIFY2(m_sam.panel->lockBannerText().startsWith(u"Open by Alex since "_s),
                 qPrintable(m_sam.panel->lockBannerText()));

        // Alex moves on: Sam's banner goes once the panel refreshes.
        m_alex.panel->setIdentityId(kOther);
        m_sam.panel->refresh();
        QVERIFY(!m_sam.panel->isLockBannerVisible());
    }

    // A console that crashed leaves its lock behind; the others' banner drops it once it
    // expires, without anything changing in the record.
    void expiredLockLeavesTheBannerByItself()
    {
        const qint64 now = m_sam.store->nowMs();
        QVERIFY(m_alex.store
                    ->run(u"INSERT INTO soft_locks (identity_id, session_id, holder, os_user, "
                          "opened_at_ms, heartbeat_at_ms, expires_at_ms) "
                          "VALUES (?, 'crashed-session', 'Alex', 'alex', ?, ?, ?)"_s,
                          {kId, now - 60000, now - 1000, now + 700})
                    .ok());
        m_sam.panel->setIdentityId(kId);
        QVERIFY(m_sam.panel->isLockBannerVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_sam.panel->isLockBannerVisible(), 5000);
    }

    // Take, Assign and Release are offered only for an identity whose assignment was read.
    void teamActionsNeedAnIdentityAndAReadableAssignment()
    {
        TeamPanel &panel = *m_alex.panel;
        panel.setIdentityId(QString());
        QVERIFY(!panel.takeAction()->isEnabled());
        QVERIFY(!panel.assignAction()->isEnabled());
        QVERIFY(!panel.releaseAction()->isEnabled());
        panel.setIdentityId(kId);
        QVERIFY(panel.takeAction()->isEnabled());
        QVERIFY(panel.assignAction()->isEnabled());
        // The record goes away: nothing is offered, and the line says why.
        m_alex.store->close();
        panel.refresh();
        QVERIFY(!panel.takeAction()->isEnabled());
        QVERIFY(!panel.assignAction()->isEnabled());
        QVERIFY(!panel.releaseAction()->isEnabled());
        QVERIFY2(panel.assigneeText().startsWith(u"Assignment unknown: "_s)
                     && panel.assigneeText().size() > u"Assignment unknown: "_s.size() + 3,
                 qPrintable(panel.assigneeText()));
        QVERIFY(!panel.take());
    }

    void myIdentitiesFilter()
    {
        MyIdentitiesFilter mine(m_alex.store.get(), m_alex.assignments.get());
        QVERIFY(mine.accepts(kId)); // off: everything passes
        QSignalSpy changed(&mine, &MyIdentitiesFilter::changed);
        mine.action()->setChecked(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!mine.accepts(kId));
        QVERIFY(m_sam.assignments->assign(kId, u"Alex"_s).ok());
        // Sam's console wrote it: on SQLite this console learns it on its next reload.
        mine.reload();
        QVERIFY(mine.accepts(kId));
        QVERIFY(!mine.accepts(kOther));
        // A take in this console updates the filter by itself.
        m_alex.panel->setIdentityId(kOther);
        QVERIFY(m_alex.panel->take());
        QTRY_VERIFY(mine.accepts(kOther));
    }
};

QTEST_MAIN(TestTeamPanel)
#include "tst_teampanel.moc"

// The institution review in the real window, against the embedded local sandbox: an
// institution made of seeded persons shows its members as a tree under it, each with its
// status and what it waits on, the institution's own requirements in plain words with who
// acts; members are added and removed from the tab through the write gate.
#include "app/application.h"
#include "core/current/currentidentity.h"
#include "core/institutions/institutionmemberscache.h"
#include "core/institutions/institutionreview.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/onboarding/institutionsubmission.h"
#include "core/onboarding/sandboxoutcomes.h"
#include "core/record/audittrail.h"
#include "core/services.h"
#include "core/session/session.h"
#include "paxos/model/institutionexample.h"
#include "support/consoleharness.h"
#include "ui/detail/institutionreviewintegration.h"
#include "ui/detail/institutionreviewpanel.h"
#include "ui/queue/queuetableview.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 20000;

QJsonObject member(const QString &id, const QStringList &roles, const QString &ownership = {})
{
    QJsonObject m{{u"identity_id"_s, id}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
    if (!ownership.isEmpty())
        m.insert(u"ownership"_s, ownership);
    return m;
}
} // namespace

class TestInstitutionReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(4, QSize(1366, 768));
        if (QTest::currentTestFailed())
            return;
        m_app = m_console.app();
        auto *model = m_app->window()->queueView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 4, kTimeout);
        for (int row = 0; row < 4; ++row)
            m_ids << model->index(row, 0).data(console::IdentityIdRole).toString();
        m_feature = m_app->institutionReview();
        QVERIFY(m_feature);
    }

    void cleanupTestCase() { m_console.stop(); }

    void membersTreeRequirementsAndMemberChanges()
    {
        // The guide's institution, its members two seeded persons.
        console::Session *session = m_app->session();
        console::onboarding::InstitutionSubmission submission(session->connection(),
                                                              session->writeGuard());
        QSignalSpy created(&submission, &console::onboarding::InstitutionSubmission::succeeded);
        const QJsonObject body = paxos::examples::sandboxExampleInstitution(
            u"inst-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10),
            QJsonArray{member(m_ids.at(0), {u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s},
                              u"60"_s),
                       member(m_ids.at(1), {u"AUTHORIZED_USER"_s})});
        const auto issues = submission.create(body, u"Foogle"_s);
        QVERIFY2(!paxos::hasErrors(issues), qPrintable(issues.value(0).message));
        QVERIFY(created.wait(kTimeout));
        const QString institutionId = created.first().first().value<paxos::Identity>().id;
        QVERIFY(!institutionId.isEmpty());

        m_app->window()->showDetailPage(m_feature->pageIndex());
        m_app->currentIdentity()->open(institutionId);
        console::ui::InstitutionReviewPanel *panel = m_feature->panel();
        QTreeWidget *tree = panel->tree();
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, kTimeout);
        QTreeWidgetItem *top = tree->topLevelItem(0);
        QCOMPARE(top->childCount(), 2);
        QCOMPARE(tree->headerItem()->text(1), u"Status"_s);
        QCOMPARE(tree->headerItem()->text(2), u"Waiting on"_s);
        // Each member read: its status and what it waits on (or "nothing").
        QTRY_VERIFY_WITH_TIMEOUT(!m_feature->review()->isReadingMembers(), kTimeout);
        for (const console::MemberReview &m : m_feature->review()->members())
            QVERIFY2(m.detailed, qPrintable(m.identityId)); // read with its status details
        top = tree->topLevelItem(0);
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *child = top->child(i);
            QVERIFY2(!child->text(1).isEmpty(), qPrintable(child->text(0))); // status
            QVERIFY2(!child->text(2).isEmpty(), qPrintable(child->text(0))); // waiting on
        }
        QCOMPARE(top->child(0)->text(4), u"60%"_s);
        QVERIFY(top->child(0)->text(5).contains(u"Beneficial owner"_s));
        // The institution's own requirements, in words, with who acts: by default Paxos
        // keeps an institution pending for its documents.
        const QString requirements = panel->requirementsLabel()->text();
        QVERIFY2(requirements.contains(u"documents"_s), qPrintable(requirements));
        QVERIFY2(requirements.contains(u"Who acts: Us"_s), qPrintable(requirements));

        // Add a member from the tab: the rules first (a trust role on a corporation is not
        // an error, an unknown one is), then the gate.
        QVERIFY(!panel->addMember(m_ids.at(2), {u"KING"_s}).isEmpty());
        QCOMPARE(panel->addMember(m_ids.at(2), {u"AUTHORIZED_USER"_s}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 3, kTimeout);
        expectRecorded(u"institution.member_add"_s, institutionId);

        // Remove it again, asked first.
        top = tree->topLevelItem(0);
        QTreeWidgetItem *added = nullptr;
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->toolTip(0) == m_ids.at(2))
                added = top->child(i);
        }
        QVERIFY(added);
        tree->setCurrentItem(added);
        auto *remove = panel->findChild<QPushButton *>(u"removeInstitutionMemberButton"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = panel->findChild<QMessageBox *>(u"removeInstitutionMemberQuestion"_s)));
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 2, kTimeout);
        expectRecorded(u"institution.member_remove"_s, institutionId);
        // For the README (scripts/screenshots.sh sets CC_SCREENSHOT_DIR), at 1366x768.
        saveScreenshot(u"institution-review.png"_s);

        // A person is not an institution: the tab says so.
        m_app->currentIdentity()->open(m_ids.at(3));
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 0, kTimeout);
        QVERIFY(!m_feature->review()->isInstitution());
    }

    // The queue names an institution's blocking member without the institution being opened,
    // keeps naming it when a reload brings the row back without members, and follows the
    // member's own change.
    void queueNamesTheBlockingMemberWithoutOpening()
    {
        const console::Services &s = m_app->services();
        console::Session *session = m_app->session();
        console::InstitutionMembersCache *cache = m_feature->queueMembers();
        QVERIFY(cache);
        console::onboarding::SandboxOutcomes outcomes(session->connection(), session->writeGuard());
        QSignalSpy applied(&outcomes, &console::onboarding::SandboxOutcomes::applied);
        // The beneficial owner's identity check is outstanding.
        const QString memberId = m_ids.at(0);
        outcomes.setStatus(memberId, {{u"id_verification_status"_s, u"PENDING"_s}});
        QVERIFY(applied.wait(kTimeout));

        // Three institutions of these members (more than the cache reads at once); their
        // documents accepted, so only the members hold them back.
        console::onboarding::InstitutionSubmission submission(session->connection(),
                                                              session->writeGuard());
        QSignalSpy created(&submission, &console::onboarding::InstitutionSubmission::succeeded);
        QStringList institutions;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject body = paxos::examples::sandboxExampleInstitution(
                u"inst-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10),
                QJsonArray{member(memberId, {u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s},
                                  u"60"_s),
                           member(m_ids.at(1), {u"AUTHORIZED_USER"_s})});
            const auto issues = submission.create(body, u"Foogle"_s);
            QVERIFY2(!paxos::hasErrors(issues), qPrintable(issues.value(0).message));
            QVERIFY(created.wait(kTimeout));
            institutions << created.takeFirst().first().value<paxos::Identity>().id;
            outcomes.setStatus(institutions.last(),
                               {{u"sanctions_verification_status"_s, u"APPROVED"_s}});
            QVERIFY(applied.wait(kTimeout));
        }
        const QString institutionId = institutions.first();
        // Nobody opens them: the detail pane is on a person.
        m_app->currentIdentity()->open(m_ids.at(3));

        console::IdentityTableModel *model = s.identities;
        const auto waitingOn = [&](const QString &id) {
            const QModelIndex index =
                model->indexOfId(id, console::IdentityTableModel::BlockingColumn);
            return index.isValid() ? index.data().toString() : QString();
        };
        const QString memberName =
            model->index(model->indexOfId(memberId).row(), console::IdentityTableModel::NameColumn)
                .data()
                .toString();
        QVERIFY(!memberName.isEmpty());
        model->reload();
        for (const QString &id : std::as_const(institutions))
            QTRY_VERIFY2_WITH_TIMEOUT(waitingOn(id).contains(memberName), qPrintable(waitingOn(id)),
                                      kTimeout);
        QVERIFY(waitingOn(institutionId).contains(u"Beneficial owner"_s));
        // At the column's default width the cell keeps the member's status: the name gives
        // way first (cut at the end, the status was lost).
        {
            console::ui::QueueTableView *view = m_app->window()->queueView();
            auto *delegate = qobject_cast<console::ui::WaitingOnDelegate *>(
                view->itemDelegateForColumn(console::IdentityTableModel::BlockingColumn));
            QVERIFY(delegate);
            QModelIndex cell;
            for (int r = 0; r < view->model()->rowCount() && !cell.isValid(); ++r) {
                const QModelIndex i =
                    view->model()->index(r, console::IdentityTableModel::BlockingColumn);
                if (i.data(console::IdentityIdRole).toString() == institutionId)
                    cell = i;
            }
            QVERIFY(cell.isValid());
            const QString full = cell.data().toString();
            const QString status = full.section(u": "_s, 1).section(u" ("_s, 0, 0);
            QVERIFY2(!status.isEmpty(), qPrintable(full));
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.widget = view;
            const int width =
                view->horizontalHeader()->sectionSize(console::IdentityTableModel::BlockingColumn);
            option.rect = QRect(0, 0, width, view->verticalHeader()->defaultSectionSize());
            QVERIFY2(view->fontMetrics().horizontalAdvance(full) > width, qPrintable(full));
            const QString shown = delegate->shownText(option, cell);
            // What the paint then shows: cut at the end to the cell.
            const QString painted =
                view->fontMetrics().elidedText(shown, Qt::ElideRight, width - 6);
            QVERIFY2(painted.contains(u": "_s + status), qPrintable(painted));
            QVERIFY2(painted.left(10) == full.left(10), qPrintable(painted)); // the name begins it
        }
        m_app->window()->queueView()->scrollToTop();
        saveScreenshot(u"queue-institution-member.png"_s);
        QVERIFY(cache->maxInFlightSeen() <= console::InstitutionMembersCache::kMaxInFlight);
        QVERIFY(cache->maxInFlightSeen() >= 1);

        // A reload brings every row back from List Identities, without members: the column
        // keeps the member, from what was read, without reading the institutions again.
        QTRY_VERIFY_WITH_TIMEOUT(cache->inFlight() == 0 && cache->queued() == 0, kTimeout);
        const int reads = cache->readsStarted();
        QSignalSpy loaded(model, &console::IdentityTableModel::pageLoaded);
        model->reload();
        QVERIFY(loaded.wait(kTimeout));
        QVERIFY2(waitingOn(institutionId).contains(memberName),
                 qPrintable(waitingOn(institutionId)));
        QCOMPARE(cache->readsStarted(), reads);
        // A refresh too.
        QSignalSpy refreshed(model, &console::IdentityTableModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        QVERIFY(waitingOn(institutionId).contains(memberName));

        // The member's own change (its event) reads the institutions again: approved, the
        // member no longer holds them back.
        outcomes.setStatus(memberId, {{u"id_verification_status"_s, u"APPROVED"_s}});
        QVERIFY(applied.wait(kTimeout));
        QTRY_VERIFY2_WITH_TIMEOUT(!waitingOn(institutionId).contains(memberName),
                                  qPrintable(waitingOn(institutionId)), 60000);
        // What a member's event does, on its own: the institutions it belongs to are read
        // again (the institution's own event may have come first above).
        QTRY_VERIFY_WITH_TIMEOUT(cache->inFlight() == 0 && cache->queued() == 0, kTimeout);
        const int beforeMemberEvent = cache->readsStarted();
        paxos::Identity memberChanged;
        memberChanged.id = memberId;
        memberChanged.type = u"PERSON"_s;
        cache->identityChanged(memberChanged);
        QTRY_VERIFY_WITH_TIMEOUT(cache->readsStarted() >= beforeMemberEvent + 3, kTimeout);
    }

private:
    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(m_app->window()->grab().save(QDir(dir).filePath(name)));
    }
    void expectRecorded(const QString &action, const QString &identityId)
    {
        console::AuditFilter filter;
        filter.action = action;
        filter.identityId = identityId;
        const auto entries = m_app->auditTrail()->list(filter);
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QStringList outcomes;
        for (const console::AuditEntry &entry : entries.value())
            outcomes << entry.outcome;
        QVERIFY2(outcomes.contains(u"intent"_s) && outcomes.contains(u"succeeded"_s),
                 qPrintable(action + u": "_s + outcomes.join(u',')));
    }

    testsupport::ConsoleHarness m_console;
    console::app::Application *m_app = nullptr;
    console::ui::InstitutionReviewIntegration *m_feature = nullptr;
    QStringList m_ids;
};

QTEST_MAIN(TestInstitutionReview)
#include "tst_institutionreview.moc"

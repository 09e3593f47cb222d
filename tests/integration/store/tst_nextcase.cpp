#include "core/record/audittrail.h"
#include "core/record/softlocks.h"
#include "core/team/casetaking.h"
#include "support/storebackends.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

IdentityRow row(const QString &id, const QString &status, qint64 createdMs)
{
    IdentityRow r;
    r.id = id;
    r.status = status;
    r.createdMs = createdMs;
    return r;
}

QStringList ids(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(u"id-%1"_s.arg(i, 3, 10, QChar(u'0')));
    return out;
}

// One reviewer's console on its own thread: its own Store (a Store belongs to the thread that
// opened it) pressing Next case until nothing is left.
struct Reviewer
{
    QString name;
    QStringList got;
    QString error;
    int lost = 0;

    void run(const StoreConfig &config, const QStringList &candidates, std::latch &start)
    {
        Store store;
        const auto opened = store.open(config);
        start.arrive_and_wait();
        if (!opened) {
            error = opened.errorMessage();
            return;
        }
        store.setOperator({name, name.toLower()});
        Assignments assignments(&store);
        SoftLocks locks(&store);
        AuditTrail trail(&store);
        const CaseTaking taking(&store, &assignments, &locks, &trail);
        for (;;) {
            const auto next = taking.takeNext(candidates);
            if (!next) {
                error = next.errorMessage();
                return;
            }
            lost += next->lost;
            if (next->identityId.isEmpty())
                return;
            got.append(next->identityId);
        }
    }
};

} // namespace

// Next case on a team's record: the oldest pending identity nobody holds, taken atomically,
// so two reviewers pressing it at once never get the same identity.
class TestNextCase : public QObject
{
    Q_OBJECT
private slots:
    void candidatesArePendingOldestFirst()
    {
        const QList<IdentityRow> rows = {
            row(u"b"_s, u"PENDING"_s, 2000), row(u"x"_s, u"APPROVED"_s, 10),
            row(u"u"_s, u"PENDING"_s, 0),    row(u"a"_s, u"PENDING"_s, 2000),
            row(u"c"_s, u"PENDING"_s, 1000), row(u"d"_s, u"DENIED"_s, 1)};
        QCOMPARE(CaseTaking::candidates(rows), (QStringList{u"c"_s, u"a"_s, u"b"_s, u"u"_s}));
    }

    void takesTheFirstNobodyHolds_data() { storetest::addBackendRows(); }
    void takesTheFirstNobodyHolds()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        other.setOperator({u"Bo"_s, u"bo"_s});
        Assignments ada(&store);
        Assignments bo(&other);
        SoftLocks adaLocks(&store);
        SoftLocks boLocks(&other);
        AuditTrail trail(&store);
        const CaseTaking taking(&store, &ada, &adaLocks, &trail);

        // id-000 is Bo's, id-001 is open in Bo's console, id-002 is Ada's already: none is a next
        // case.
        QVERIFY(bo.assign(u"id-000"_s, u"Bo"_s).ok());
        QVERIFY(boLocks.open(u"id-001"_s).ok());
        QVERIFY(ada.assign(u"id-002"_s, u"Ada"_s).ok());
        // Her own open identity does not hold her back.
        QVERIFY(adaLocks.open(u"id-003"_s).ok());
        const auto next = taking.takeNext(ids(5));
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next->identityId, u"id-003"_s);
        QCOMPARE(next->held, 3);
        QCOMPARE(bo.assignmentOf(u"id-003"_s).value()->assignee, u"Ada"_s);

        QCOMPARE(taking.takeNext(ids(5))->identityId, u"id-004"_s);
        // Nothing left: an empty answer, not an error; nothing more recorded.
        const auto none = taking.takeNext(ids(5));
        QVERIFY(none.ok());
        QVERIFY(none->identityId.isEmpty());
        QCOMPARE(none->considered, 5);
        AuditFilter f;
        f.action = auditActionName(AuditAction::AssignmentChange);
        QCOMPARE(trail.count(f).value(), 2);
        QVERIFY(boLocks.close(u"id-001"_s).ok());
    }

    // Bo looked, saw the oldest free, and Ada took it before Bo's take reached the record:
    // the store's atomic take refuses Bo, who gets the next one instead.
    void losingARaceTakesTheNextCandidate_data() { storetest::addBackendRows(); }
    void losingARaceTakesTheNextCandidate()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        other.setOperator({u"Bo"_s, u"bo"_s});
        Assignments ada(&store);
        Assignments bo(&other);
        SoftLocks boLocks(&other);
        AuditTrail adaTrail(&store);
        AuditTrail boTrail(&other);
        const CaseTaking adaTakes(&store, &ada, nullptr, &adaTrail);
        const CaseTaking boTakes(&other, &bo, &boLocks, &boTrail);

        // Bo's clock is read by his look at the soft locks, then by his take: Ada takes id-000
        // right between the two.
        int reads = 0;
        bool adaTook = false;
        other.setClock([&] {
            if (++reads == 2 && !adaTook)
                adaTook = adaTakes.take(u"id-000"_s, u"test"_s)->taken;
            return QDateTime::currentMSecsSinceEpoch();
        });
        const auto next = boTakes.takeNext(ids(3));
        other.setClock({});
        QVERIFY(adaTook);
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next->lost, 1);
        QCOMPARE(next->identityId, u"id-001"_s);
        QCOMPARE(ada.assignmentOf(u"id-000"_s).value()->assignee, u"Ada"_s);
        QCOMPARE(ada.assignmentOf(u"id-001"_s).value()->assignee, u"Bo"_s);
    }

    // Two consoles on one database press Next case at the same moment, again and again, on
    // their own threads: every identity goes to exactly one of them, each take recorded once.
    void twoReviewersAtOnceNeverShareAnIdentity_data() { storetest::addBackendRows(); }
    void twoReviewersAtOnceNeverShareAnIdentity()
    {
        CC_OPEN_STORE(store, fresh);
        const QStringList candidates = ids(40);
        Reviewer ada{u"Ada"_s, {}, {}, 0};
        Reviewer bo{u"Bo"_s, {}, {}, 0};
        std::latch start(2);
        const StoreConfig config = fresh->config();
        std::unique_ptr<QThread> a(QThread::create([&] { ada.run(config, candidates, start); }));
        std::unique_ptr<QThread> b(QThread::create([&] { bo.run(config, candidates, start); }));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(ada.error.isEmpty(), qPrintable(ada.error));
        QVERIFY2(bo.error.isEmpty(), qPrintable(bo.error));

        const QSet<QString> adaSet(ada.got.cbegin(), ada.got.cend());
        const QSet<QString> boSet(bo.got.cbegin(), bo.got.cend());
        QCOMPARE(adaSet.size(), ada.got.size());
        QCOMPARE(boSet.size(), bo.got.size());
        QVERIFY2(
            !adaSet.intersects(boSet),
            qPrintable(QStringList(QSet<QString>(adaSet).intersect(boSet).values()).join(u' ')));
        QCOMPARE(adaSet.size() + boSet.size(), int(candidates.size()));
        qInfo("Ada took %lld, Bo took %lld, races lost: %d", qlonglong(ada.got.size()),
              qlonglong(bo.got.size()), ada.lost + bo.lost);

        // The record agrees: one assignee per identity, one take entry per identity.
        Assignments assignments(&store);
        const auto assigned = assignments.assigneesOf(candidates).value();
        QCOMPARE(assigned.size(), int(candidates.size()));
        for (const QString &id : ada.got)
            QCOMPARE(assigned.value(id), u"Ada"_s);
        for (const QString &id : bo.got)
            QCOMPARE(assigned.value(id), u"Bo"_s);
        AuditTrail trail(&store);
        AuditFilter f;
        f.action = auditActionName(AuditAction::AssignmentChange);
        QCOMPARE(trail.count(f).value(), qint64(candidates.size()));
        QVERIFY(trail.verify().value().intact);
    }
};

QTEST_GUILESS_MAIN(TestNextCase)
#include "tst_nextcase.moc"

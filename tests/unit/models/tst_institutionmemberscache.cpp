// The queue's institution members at 100,000 rows: only the institutions that can be waiting
// on a member (PENDING) are queued for a read, and watching the rows as they land costs the
// queue little (the ratio against the same load without the cache is printed).
#include "core/institutions/institutionmemberscache.h"
#include "core/models/identitytablemodel.h"
#include "support/fakeidentitysource.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRows = 100000;

QList<paxos::Identity> identities(int *pendingInstitutions)
{
    QList<paxos::Identity> out;
    out.reserve(kRows);
    const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    *pendingInstitutions = 0;
    for (int i = 0; i < kRows; ++i) {
        // One in five an institution; of those, one in three pending.
        const bool institution = i % 5 == 0;
        const bool pending = i % 3 == 0;
        if (institution && pending)
            ++*pendingInstitutions;
        const QString at = base.addSecs(i).toString(Qt::ISODate);
        QJsonObject json{{u"id"_s, u"id-%1"_s.arg(i)},
                         {u"type"_s, institution ? u"INSTITUTION"_s : u"PERSON"_s},
                         {u"status"_s, pending ? u"PENDING"_s : u"APPROVED"_s},
                         {u"created_at"_s, at},
                         {u"updated_at"_s, at}};
        if (institution)
            json.insert(u"institution_details"_s, QJsonObject{{u"name"_s, u"Inst %1"_s.arg(i)}});
        else
            json.insert(u"person_details"_s,
                        QJsonObject{{u"first_name"_s, u"P"_s}, {u"last_name"_s, u"%1"_s.arg(i)}});
        out << paxos::Identity::fromJson(json);
    }
    return out;
}

qint64 loadAll(console::IdentityTableModel *model)
{
    QSignalSpy done(model, &console::IdentityTableModel::loadAllFinished);
    QElapsedTimer timer;
    timer.start();
    model->loadAll();
    if (!done.wait(120000))
        return -1;
    return timer.elapsed();
}
} // namespace

class TestInstitutionMembersCache : public QObject
{
    Q_OBJECT
private slots:
    void onlyPendingInstitutionsAreQueuedAt100kRows()
    {
        int pending = 0;
        FakeIdentitySource source;
        source.identities = identities(&pending);

        // The same load without the cache first: the peer of the ratio.
        console::IdentityTableModel plain(&source);
        plain.setLargePageSize(10000);
        const qint64 without = loadAll(&plain);
        QVERIFY(without >= 0);
        QCOMPARE(plain.rowCount(), kRows);

        console::IdentityTableModel model(&source);
        model.setLargePageSize(10000);
        // No session: nothing is read, so what is queued is what would be.
        console::InstitutionMembersCache cache(nullptr, &model);
        const qint64 with = loadAll(&model);
        QVERIFY(with >= 0);
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(cache.queued(), pending);
        QCOMPARE(cache.readsStarted(), 0);
        qInfo("100k rows loaded: %lld ms with the members cache, %lld ms without (ratio %.2f)",
              with, without, without > 0 ? double(with) / double(without) : 0.0);

        // An approved institution on screen is read too (first); a person never is.
        cache.setVisible({u"id-5"_s, u"id-1"_s});
        QCOMPARE(cache.queued(), pending + 1);
    }
};

QTEST_GUILESS_MAIN(TestInstitutionMembersCache)
#include "tst_institutionmemberscache.moc"

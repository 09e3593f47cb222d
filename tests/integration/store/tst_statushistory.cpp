#include "core/record/statushistory.h"
#include "support/storebackends.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

QJsonObject identity(const QString &status, const QString &idv)
{
    return QJsonObject{
        {u"id"_s, u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s},
        {u"status"_s, status},
        {u"summary_status"_s, status},
        {u"person_details"_s,
         QJsonObject{{u"first_name"_s, u"Jane"_s}, {u"id_verification_status"_s, idv}}},
    };
}

} // namespace

class TestStatusHistory : public QObject
{
    Q_OBJECT
private slots:
    void recordsOnlyChanges_data() { storetest::addBackendRows(); }
    void recordsOnlyChanges()
    {
        CC_OPEN_STORE(store, fresh);
        qint64 clock = 10;
        store.setClock([&] { return clock; });
        StatusHistory history(&store);
        const QString id = u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s;

        auto first = history.record(identity(u"PENDING"_s, u"PENDING"_s), SnapshotCause::OwnCall,
                                    u"req-create"_s);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first.value().recorded);
        QVERIFY(first.value().snapshot.id > 0);

        clock = 20;
        auto same = history.record(identity(u"PENDING"_s, u"PENDING"_s), SnapshotCause::Refresh);
        QVERIFY(same.ok());
        QVERIFY(!same.value().recorded);
        QCOMPARE(same.value().snapshot.id, first.value().snapshot.id);

        clock = 30;
        auto sub = history.record(identity(u"PENDING"_s, u"APPROVED"_s), SnapshotCause::Refresh);
        QVERIFY(sub.value().recorded);
        clock = 40;
        auto approved = history.record(identity(u"APPROVED"_s, u"APPROVED"_s), SnapshotCause::Event,
                                       u"evt-1"_s);
        QVERIFY(approved.value().recorded);

        const auto all = history.forIdentity(id);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(0).status, u"PENDING"_s); // oldest first
        QCOMPARE(all.value().at(0).cause, SnapshotCause::OwnCall);
        QCOMPARE(all.value().at(0).causeRef, u"req-create"_s);
        QCOMPARE(all.value().at(2).status, u"APPROVED"_s);
        QCOMPARE(all.value().at(2).cause, SnapshotCause::Event);
        QCOMPARE(all.value().at(2).causeRef, u"evt-1"_s);
        QCOMPARE(all.value().at(2).observedAt().toMSecsSinceEpoch(), 40);
        QCOMPARE(all.value()
                     .at(1)
                     .identity.value(u"person_details"_s)
                     .toObject()
                     .value(u"id_verification_status"_s)
                     .toString(),
                 u"APPROVED"_s);
        QCOMPARE(history.latest(id).value()->id, approved.value().snapshot.id);
        QVERIFY(!history.latest(u"nobody"_s).value().has_value());

        // The newest `limit`, still oldest first.
        const auto lastTwo = history.forIdentity(id, 2).value();
        QCOMPARE(lastTwo.size(), 2);
        QCOMPARE(lastTwo.last().status, u"APPROVED"_s);
    }

    void identityWithoutIdIsRefused()
    {
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        StatusHistory history(&store);
        QVERIFY(
            !history.record(QJsonObject{{u"status"_s, u"PENDING"_s}}, SnapshotCause::Refresh).ok());
    }

    void statusFallsBackToSummaryStatus()
    {
        QCOMPARE(StatusHistory::statusOf(QJsonObject{{u"summary_status"_s, u"DENIED"_s}}),
                 u"DENIED"_s);
        QCOMPARE(StatusHistory::statusOf(QJsonObject{{u"status"_s, u"APPROVED"_s},
                                                     {u"summary_status"_s, u"PENDING"_s}}),
                 u"APPROVED"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"

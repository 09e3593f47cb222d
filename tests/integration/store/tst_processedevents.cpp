#include "core/record/apitime.h"
#include "core/record/processedevents.h"
#include "support/storebackends.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

QJsonObject makeEvent(const QString &id, const QString &createdAt, const QString &identityId)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"type"_s, u"identity.approved"_s},
        {u"object_type"_s, u"identity_summary_status_change"_s},
        {u"object"_s,
         QJsonObject{{u"id"_s, QString(u"obj-"_s + id)},
                     {u"identity_id"_s, identityId},
                     {u"old_summary_status"_s, u"PENDING"_s},
                     {u"new_summary_status"_s, u"APPROVED"_s}}},
        {u"created_at"_s, createdAt},
    };
}

} // namespace

class TestProcessedEvents : public QObject
{
    Q_OBJECT
private slots:
    void exactlyOnce_data() { storetest::addBackendRows(); }
    void exactlyOnce()
    {
        CC_OPEN_STORE(store, fresh);
        ProcessedEvents events(&store);
        const auto e = makeEvent(u"evt-1"_s, u"2023-08-25T14:25:41.648489333Z"_s, u"id-1"_s);
        QCOMPARE(events.claim(e, EventSource::Webhook).value(), true);
        QVERIFY(events.markApplied(u"evt-1"_s).ok());
        QCOMPARE(events.claim(e, EventSource::Webhook).value(), false);
        QCOMPARE(events.find(u"evt-1"_s).value()->source, EventSource::Webhook);
        QCOMPARE(events.claim(e, EventSource::Follower).value(), false);
        const auto stored = events.find(u"evt-1"_s).value();
        QCOMPARE(stored->source, EventSource::Both);
        QCOMPARE(stored->type, u"identity.approved"_s);
        QCOMPARE(stored->identityId, u"id-1"_s);
        QCOMPARE(stored->createdAt, u"2023-08-25T14:25:41.648489333Z"_s);
        QCOMPARE(stored->createdAtMs, parseApiTimeMs(u"2023-08-25T14:25:41.648Z"_s));
        QCOMPARE(stored->object.value(u"new_summary_status"_s).toString(), u"APPROVED"_s);
        QVERIFY(events.isProcessed(u"evt-1"_s).value());
        QVERIFY(!events.isProcessed(u"evt-2"_s).value());
        QVERIFY(!events.claim(QJsonObject{{u"type"_s, u"x"_s}}, EventSource::Webhook).ok());
    }

    // Claimed is not applied: until markApplied() the event is handed back for another try,
    // to its claimant at once and to another console once the claim lapsed; then never again.
    void unappliedClaimsAreRetried_data() { storetest::addBackendRows(); }
    void unappliedClaimsAreRetried()
    {
        CC_OPEN_STORE(store, fresh);
        qint64 clock = 1'700'000'000'000;
        store.setClock([&] { return clock; });
        Store otherStore;
        QVERIFY(otherStore.open(fresh->config()).ok());
        otherStore.setClock([&] { return clock; });
        ProcessedEvents mine(&store);
        ProcessedEvents other(&otherStore);
        const auto e = makeEvent(u"evt-r"_s, u"2024-02-01T10:00:00Z"_s, u"id-r"_s);

        QCOMPARE(mine.claim(e, EventSource::Follower).value(), true);
        QVERIFY(!mine.isProcessed(u"evt-r"_s).value());
        QCOMPARE(mine.unapplied().value().size(), 1);
        QCOMPARE(mine.unapplied().value().first().type, u"identity.approved"_s);
        // Another console keeps out while the claim is fresh...
        QCOMPARE(other.claim(e, EventSource::Webhook).value(), false);
        QVERIFY(other.unapplied().value().isEmpty());
        // ...the claimant may try again at once.
        QCOMPARE(mine.claim(e, EventSource::Follower).value(), true);

        // The claimant died: after the lease, the other console takes it over, once.
        clock += 121'000;
        QCOMPARE(other.unapplied().value().size(), 1);
        QCOMPARE(other.claim(e, EventSource::Webhook).value(), true);
        QCOMPARE(mine.claim(e, EventSource::Follower).value(), false);
        QVERIFY(other.markApplied(u"evt-r"_s).ok());

        QVERIFY(mine.isProcessed(u"evt-r"_s).value());
        QVERIFY(mine.unapplied().value().isEmpty());
        clock += 1'000'000;
        QVERIFY(other.unapplied().value().isEmpty());
        QCOMPARE(mine.claim(e, EventSource::Follower).value(), false);
        QCOMPARE(other.claim(e, EventSource::Webhook).value(), false);
        QCOMPARE(mine.find(u"evt-r"_s).value()->source, EventSource::Both);
        QVERIFY(mine.find(u"evt-r"_s).value()->appliedAtMs > 0);
    }

    // Each environment's follower resumes from its own events: the local sandbox's newer
    // events do not move Production's position past events Production has not been asked for.
    void positionAndRetriesArePerEnvironment_data() { storetest::addBackendRows(); }
    void positionAndRetriesArePerEnvironment()
    {
        CC_OPEN_STORE(store, fresh);
        ProcessedEvents events(&store);
        events.setEnvironment(u"production"_s);
        QVERIFY(events
                    .claim(makeEvent(u"p1"_s, u"2024-01-01T00:00:01Z"_s, u"id-p"_s),
                           EventSource::Follower)
                    .value());
        QVERIFY(events.markApplied(u"p1"_s).ok());
        events.setEnvironment(u"local"_s);
        QCOMPARE(events.latestCreatedAt().value(), QString()); // nothing of its own yet
        QVERIFY(events
                    .claim(makeEvent(u"l1"_s, u"2024-06-01T00:00:00Z"_s, u"id-l"_s),
                           EventSource::Webhook)
                    .value());
        // Claimed, not applied: retried in its own environment only.
        QCOMPARE(events.unapplied().value().size(), 1);
        QCOMPARE(events.latestCreatedAt().value(), u"2024-06-01T00:00:00Z"_s);
        events.setEnvironment(u"production"_s);
        QCOMPARE(events.latestCreatedAt().value(), u"2024-01-01T00:00:01Z"_s);
        QVERIFY(events.unapplied().value().isEmpty());
        QCOMPARE(events.find(u"l1"_s).value()->eventId, u"l1"_s);
    }

    void survivesRestartAndSecondConsole_data() { storetest::addBackendRows(); }
    void survivesRestartAndSecondConsole()
    {
        CC_OPEN_STORE(store, fresh);
        {
            ProcessedEvents events(&store);
            QVERIFY(events
                        .claim(makeEvent(u"a"_s, u"2024-01-01T00:00:01Z"_s, u"id-1"_s),
                               EventSource::Follower)
                        .value());
            QVERIFY(events
                        .claim(makeEvent(u"b"_s, u"2024-01-01T00:00:03.5Z"_s, u"id-1"_s),
                               EventSource::Follower)
                        .value());
            QVERIFY(events
                        .claim(makeEvent(u"c"_s, u"2024-01-01T00:00:02Z"_s, u"id-2"_s),
                               EventSource::Follower)
                        .value());
            for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
                QVERIFY(events.markApplied(id).ok());
        }
        store.close();
        QVERIFY(store.open(fresh->config()).ok());
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        ProcessedEvents again(&store);
        ProcessedEvents second(&other);
        QCOMPARE(again
                     .claim(makeEvent(u"a"_s, u"2024-01-01T00:00:01Z"_s, u"id-1"_s),
                            EventSource::Follower)
                     .value(),
                 false);
        QCOMPARE(second
                     .claim(makeEvent(u"b"_s, u"2024-01-01T00:00:03.5Z"_s, u"id-1"_s),
                            EventSource::Webhook)
                     .value(),
                 false);
        QCOMPARE(again.latestCreatedAt().value(), u"2024-01-01T00:00:03.5Z"_s);
        const auto forOne = again.forIdentity(u"id-1"_s).value();
        QCOMPARE(forOne.size(), 2);
        QCOMPARE(forOne.first().eventId, u"a"_s); // oldest first
    }

    void apiTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("nanoseconds")
            << u"2023-08-25T14:25:41.648489333Z"_s << qint64(1692973541648);
        QTest::newRow("no fraction") << u"2023-08-25T14:25:41Z"_s << qint64(1692973541000);
        QTest::newRow("one digit") << u"2023-08-25T14:25:41.6Z"_s << qint64(1692973541600);
        QTest::newRow("offset") << u"2023-08-25T16:25:41+02:00"_s << qint64(1692973541000);
        QTest::newRow("garbage") << u"yesterday"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }
    void apiTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(parseApiTimeMs(text), ms);
    }
};

QTEST_GUILESS_MAIN(TestProcessedEvents)
#include "tst_processedevents.moc"

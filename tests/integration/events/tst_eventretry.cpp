#include "core/events/eventprocessor.h"
#include "support/eventsenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::EventRecord;
using console::EventSource;
using eventstest::kTimeout;

// At-least-once event handling: a failure between claiming an event and applying it does not
// lose the event; the next run applies it, and applying it again changes nothing twice.
class TestEventRetry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_env.start(false).isEmpty(), "environment did not start"); }

    void failureBetweenClaimAndApplyIsRetriedNextRun()
    {
        const QString identityId = m_env.createIdentity();
        QVERIFY(!identityId.isEmpty());
        const paxos::Event event = paxos::Event::fromJson(QJsonObject{
            {u"id"_s, u"evt-retry-1"_s},
            {u"type"_s, u"identity.approved"_s},
            {u"object_type"_s, u"identity_summary_status_change"_s},
            {u"created_at"_s, u"2026-01-05T10:00:00.123456789Z"_s},
            {u"object"_s,
             QJsonObject{{u"identity_id"_s, identityId},
                         {u"old_summary_status"_s, u"PENDING"_s},
                         {u"new_summary_status"_s, u"APPROVED"_s}}},
        });

        // The failure: every answer of the API is broken JSON, so the identity behind the
        // claimed event cannot be fetched.
        sandbox::FaultSettings broken;
        broken.malformedRate = 1.0;
        m_env.server->setFaults(broken);
        QSignalSpy firstApplied(m_env.processor.get(), &console::EventProcessor::eventApplied);
        m_env.processor->handleEvents({event}, EventSource::Follower);
        QTRY_COMPARE_WITH_TIMEOUT(m_env.processor->record(event.id)->state,
                                  EventRecord::State::Failed, kTimeout);
        QCOMPARE(firstApplied.size(), 0);
        QVERIFY(m_env.processed->find(event.id).value().has_value());
        QVERIFY(!m_env.processed->isProcessed(event.id).value());
        QVERIFY(snapshotsFor(identityId, event.id) == 0);

        // The console quits; at the next start the API answers again. A new processor and a
        // new claimant on the same store, once the old claim lapsed.
        m_env.processor.reset();
        m_env.server->setFaults({});
        qint64 later = QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000;
        m_env.store.setClock([&later] { return later; });
        console::ProcessedEvents processed(&m_env.store);
        console::EventProcessor next(&processed, m_env.history.get());
        QSignalSpy applied(&next, &console::EventProcessor::eventApplied);
        QSignalSpy updated(&next, &console::EventProcessor::identityUpdated);
        next.setConnection(m_env.connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, kTimeout);
        QCOMPARE(applied.first().at(0).value<paxos::Event>().id, event.id);
        QCOMPARE(applied.first().at(0).value<paxos::Event>().identityId(), identityId);
        QCOMPARE(next.record(event.id)->state, EventRecord::State::Applied);
        QVERIFY(processed.isProcessed(event.id).value());
        QCOMPARE(snapshotsFor(identityId, event.id), 1);
        QVERIFY(updated.size() >= 1);

        // Exactly once in effect: delivered again, retried again, or by a third run, nothing
        // more is applied or stored.
        next.handleEvents({event}, EventSource::Follower);
        next.retryUnapplied();
        console::EventProcessor third(&processed, m_env.history.get());
        QSignalSpy thirdApplied(&third, &console::EventProcessor::eventApplied);
        third.setConnection(m_env.connection.get());
        third.handleEvents({event}, EventSource::Webhook);
        QCOMPARE(third.record(event.id)->state, EventRecord::State::AlreadyProcessed);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(thirdApplied.size(), 0);
        QCOMPARE(snapshotsFor(identityId, event.id), 1);
        QCOMPARE(processed.find(event.id).value()->source, EventSource::Both);
        m_env.store.setClock({});
    }

private:
    int snapshotsFor(const QString &identityId, const QString &eventId)
    {
        const auto snapshots = m_env.history->forIdentity(identityId);
        if (!snapshots)
            return -1;
        int n = 0;
        for (const auto &s : snapshots.value())
            n += s.causeRef == eventId ? 1 : 0;
        return n;
    }

    eventstest::Env m_env;
};

QTEST_GUILESS_MAIN(TestEventRetry)
#include "tst_eventretry.moc"

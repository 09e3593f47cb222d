#include "core/events/eventsmodel.h"
#include "support/eventsenv.h"
#include "paxos/api/eventfollower.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using console::EventRecord;
using console::EventSource;
using eventstest::kTimeout;

// A create is followed by its decision event through the webhook, and the identity arrives
// fresh without a refresh; the follower backs the webhook up; nothing is applied twice, in
// one run or across a restart.
class TestEventFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_env.start().isEmpty(), "environment did not start"); }

    void webhookDeliversTheDecision()
    {
        QSignalSpy applied(m_env.processor.get(), &console::EventProcessor::eventApplied);
        QSignalSpy updated(m_env.processor.get(), &console::EventProcessor::identityUpdated);
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_env.isApplied(id, u"identity.approved"_s), kTimeout);
        const auto rec = *m_env.recordFor(id, u"identity.approved"_s);
        QVERIFY(rec.viaWebhook);
        QVERIFY(!rec.viaFollower);
        QCOMPARE(rec.source(), std::optional(EventSource::Webhook));
        QCOMPARE(rec.raw.value("id"_L1).toString(), rec.eventId);

        // The identity came with it, already approved: no refresh needed.
        bool sawApproved = false;
        for (const auto &args : std::as_const(updated)) {
            const auto identity = args.at(0).value<paxos::Identity>();
            if (identity.id == id && identity.effectiveStatus() == "APPROVED"_L1)
                sawApproved = true;
        }
        QVERIFY(sawApproved);
        auto stored = m_env.processed->find(rec.eventId);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->source, EventSource::Webhook);
        auto snapshots = m_env.history->forIdentity(id);
        QVERIFY(snapshots && !snapshots.value().isEmpty());
        QCOMPARE(snapshots.value().constLast().causeRef, rec.eventId);
        QCOMPARE(snapshots.value().constLast().status, u"APPROVED"_s);
        m_approvedEventId = rec.eventId;

        // The follower finds the same event later: noted as both, not applied again.
        const int appliedBefore = int(applied.size());
        m_env.processor->setFirstRunLookbackSecs(3600);
        m_env.processor->setFollowerIntervalMs(200);
        m_env.processor->setFollowerEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.processor->record(rec.eventId)->viaFollower, kTimeout);
        QCOMPARE(m_env.processor->record(rec.eventId)->source(), std::optional(EventSource::Both));
        QCOMPARE(m_env.processor->record(rec.eventId)->state, EventRecord::State::Applied);
        QCOMPARE(m_env.processed->find(rec.eventId).value()->source, EventSource::Both);
        QCOMPARE(int(applied.size()), appliedBefore);
        m_env.processor->setFollowerEnabled(false);
    }

    void followerCatchesWhatTheStoppedReceiverMisses()
    {
        QSignalSpy applied(m_env.processor.get(), &console::EventProcessor::eventApplied);
        const quint16 port = m_env.receiver->port();
        m_env.receiver->stop();
        QVERIFY(!m_env.receiver->isListening());

        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        m_env.processor->setFollowerIntervalMs(200);
        m_env.processor->setFollowerEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.isApplied(id, u"identity.approved"_s), kTimeout);
        const auto rec = *m_env.recordFor(id, u"identity.approved"_s);
        QVERIFY(rec.viaFollower);
        QVERIFY(!rec.viaWebhook);

        // The receiver comes back on its port; the sandbox's retry then delivers the
        // notification, which is only noted.
        console::WebhookReceiverConfig config = m_env.receiver->config();
        config.port = port;
        QString error;
        QVERIFY2(m_env.receiver->start(config, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_env.processor->record(rec.eventId)->viaWebhook, kTimeout);
        QCOMPARE(m_env.processor->record(rec.eventId)->state, EventRecord::State::Applied);
        QCOMPARE(m_env.processed->find(rec.eventId).value()->source, EventSource::Both);
        int times = 0;
        for (const auto &args : std::as_const(applied))
            times += args.at(0).value<paxos::Event>().id == rec.eventId ? 1 : 0;
        QCOMPARE(times, 1);
        m_env.processor->setFollowerEnabled(false);
    }

    void restartAppliesNothingTwice()
    {
        QVERIFY(!m_approvedEventId.isEmpty());
        // A second processor on the same store: the console after a restart.
        console::EventProcessor again(m_env.processed.get(), m_env.history.get());
        again.setConnection(m_env.connection.get());
        QSignalSpy applied(&again, &console::EventProcessor::eventApplied);
        QSignalSpy caughtUp(&again, &console::EventProcessor::followerCaughtUp);
        again.setFollowerEnabled(true);
        QVERIFY(caughtUp.wait(kTimeout));
        QCOMPARE(applied.size(), 0);

        // A webhook retry of an old event after the restart.
        paxos::WebhookNotification n;
        n.id = m_approvedEventId;
        n.type = u"identity.approved"_s;
        n.isTest = false;
        again.handleNotification(n);
        QCOMPARE(again.record(m_approvedEventId)->state, EventRecord::State::AlreadyProcessed);
        QCOMPARE(applied.size(), 0);

        // The events view of the restarted console starts with what was processed before.
        console::EventsModel history;
        QVERIFY(history.loadHistory(&m_env.store, m_env.processed->environment()) >= 2);
        const int row = history.rowOf(m_approvedEventId);
        QVERIFY(row >= 0);
        QCOMPARE(history.recordAt(row)->source(), std::optional(EventSource::Both));
        QCOMPARE(history.recordAt(row)->type, u"identity.approved"_s);
    }

    void testNotificationsAreShownNotApplied()
    {
        QSignalSpy applied(m_env.processor.get(), &console::EventProcessor::eventApplied);
        QSignalSpy received(m_env.receiver.get(), &console::WebhookReceiver::notificationReceived);
        QNetworkAccessManager nam;
        QNetworkRequest request(
            m_env.server->url().resolved(QUrl(u"/sandbox-admin/webhooks/test"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply =
            nam.post(request, QByteArrayLiteral("{\"type\":\"identity.denied\"}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString testId =
            QJsonDocument::fromJson(reply->readAll()).object().value("id"_L1).toString();
        reply->deleteLater();
        QVERIFY(!testId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_env.processor->record(testId).has_value(), kTimeout);
        QCOMPARE(m_env.processor->record(testId)->state, EventRecord::State::Test);
        QCOMPARE(applied.size(), 0);
        QVERIFY(!m_env.processed->isProcessed(testId).value());
    }

private:
    eventstest::Env m_env;
    QString m_approvedEventId;
};

QTEST_GUILESS_MAIN(TestEventFlow)
#include "tst_eventflow.moc"

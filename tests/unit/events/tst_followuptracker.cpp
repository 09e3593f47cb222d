#include "core/events/eventnotifier.h"
#include "core/events/followuptracker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::FollowUp;

namespace {
paxos::Event makeEvent(const QString &type, const QString &objectType, QJsonObject object,
                       const QString &createdAt = u"2025-01-07T14:30:02Z"_s)
{
    object.insert(u"identity_id"_s, u"idn-1"_s);
    object.insert(u"id"_s, u"obj"_s);
    return paxos::Event::fromJson(QJsonObject{{u"id"_s, QString(u"evt-"_s + type)},
                                              {u"type"_s, type},
                                              {u"object_type"_s, objectType},
                                              {u"object"_s, object},
                                              {u"created_at"_s, createdAt}});
}
paxos::Identity identityWith(const QJsonArray &requirements)
{
    return paxos::Identity::fromJson(QJsonObject{
        {u"id"_s, u"idn-1"_s},
        {u"status"_s, u"PENDING"_s},
        {u"status_details"_s,
         QJsonObject{{u"active_controls"_s, QJsonArray()}, {u"requirements"_s, requirements}}}});
}
} // namespace

class TestFollowUpTracker : public QObject
{
    Q_OBJECT
private slots:
    void eddOpensAndCloses_data()
    {
        QTest::addColumn<QString>("closing");
        QTest::newRow("approved") << u"identity.approved"_s;
        QTest::newRow("denied") << u"identity.denied"_s;
    }
    void eddOpensAndCloses()
    {
        QFETCH(QString, closing);
        console::FollowUpTracker tracker;
        QSignalSpy changed(&tracker, &console::FollowUpTracker::changed);
        tracker.applyEvent(makeEvent(
            u"identity.documents_required"_s, u"identity_documents_required"_s,
            {{u"required_documents"_s,
              QJsonArray{u"PROOF_OF_FUNDS"_s, u"DRIVERS_LICENSE"_s, u"SOMETHING_NEW"_s}}}));
        QVERIFY(tracker.followUp(u"idn-1"_s).eddOpen);
        QCOMPARE(tracker.followUp(u"idn-1"_s).requiredDocuments.size(), 3);
        QCOMPARE(tracker.identitiesWithOpenEdd(), QStringList{u"idn-1"_s});
        tracker.applyEvent(makeEvent(
            closing, u"identity_summary_status_change"_s,
            {{u"old_summary_status"_s, u"PENDING"_s}, {u"new_summary_status"_s, u"APPROVED"_s}}));
        QVERIFY(!tracker.followUp(u"idn-1"_s).eddOpen);
        QVERIFY(tracker.identitiesWithOpenEdd().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void identityRequirementsRestoreState()
    {
        console::FollowUpTracker tracker;
        tracker.applyIdentity(identityWith(
            {QJsonObject{{u"type"_s, u"ENHANCED_DUE_DILIGENCE"_s}, {u"status"_s, u"PENDING"_s}},
             QJsonObject{{u"type"_s, u"KYC_REFRESH"_s}, {u"status"_s, u"FAILED"_s}}}));
        QVERIFY(tracker.followUp(u"idn-1"_s).eddOpen);
        QCOMPARE(tracker.followUp(u"idn-1"_s).kycRefresh, FollowUp::KycRefresh::Expired);
        tracker.applyIdentity(identityWith({}));
        QVERIFY(tracker.followUp(u"idn-1"_s).isEmpty());
    }

    void kycRefreshLifecycle()
    {
        console::FollowUpTracker tracker;
        QDateTime now = QDateTime(QDate(2024, 8, 1), QTime(12, 0), Qt::UTC);
        tracker.setNow([&now] { return now; });
        tracker.applyEvent(makeEvent(u"identity.kyc_refresh.started"_s, u"identity_kyc_refresh"_s,
                                     {{u"last_kyc_refresh_date"_s, u"2023-07-15T10:30:00Z"_s},
                                      {u"next_kyc_refresh_date"_s, u"2024-08-25T14:25:41Z"_s}}));
        QCOMPARE(tracker.followUp(u"idn-1"_s).kycRefresh, FollowUp::KycRefresh::Due);
        now = QDateTime(QDate(2024, 8, 26), QTime(0, 0), Qt::UTC);
        QCOMPARE(tracker.followUp(u"idn-1"_s).kycRefresh, FollowUp::KycRefresh::Overdue);
        QCOMPARE(tracker.identitiesWithKycRefresh(FollowUp::KycRefresh::Overdue),
                 QStringList{u"idn-1"_s});
        QVERIFY(tracker.identitiesWithKycRefresh(FollowUp::KycRefresh::Due).isEmpty());
        tracker.applyEvent(
            makeEvent(u"identity.kyc_refresh.expired"_s, u"identity_kyc_refresh"_s, {}));
        QCOMPARE(tracker.followUp(u"idn-1"_s).kycRefresh, FollowUp::KycRefresh::Expired);
        tracker.applyEvent(makeEvent(u"identity.kyc_refresh.completed"_s, u"identity_kyc_refresh"_s,
                                     {{u"next_kyc_refresh_date"_s, u"2025-08-26T00:00:00Z"_s}}));
        QVERIFY(tracker.followUp(u"idn-1"_s).isEmpty());
    }

    void notifier_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("ageHours");
        QTest::addColumn<bool>("notifies");
        QTest::newRow("approved") << u"identity.approved"_s << true << 0 << true;
        QTest::newRow("denied") << u"identity.denied"_s << true << 0 << true;
        QTest::newRow("disabled") << u"identity.disabled"_s << true << 0 << true;
        QTest::newRow("documents") << u"identity.documents_required"_s << true << 0 << true;
        QTest::newRow("switched off") << u"identity.approved"_s << false << 0 << false;
        QTest::newRow("control") << u"identity.control.created"_s << true << 0 << false;
        QTest::newRow("kyc") << u"identity.kyc_refresh.started"_s << true << 0 << false;
        // Caught up after a night: still news. Fetched from last week: history.
        QTest::newRow("hours old") << u"identity.approved"_s << true << 20 << true;
        QTest::newRow("last week") << u"identity.approved"_s << true << 24 * 7 << false;
    }
    void notifier()
    {
        QFETCH(QString, type);
        QFETCH(bool, enabled);
        QFETCH(int, ageHours);
        QFETCH(bool, notifies);
        console::EventNotifier notifier;
        notifier.setEnabled(enabled);
        QSignalSpy spy(&notifier, &console::EventNotifier::notify);
        notifier.onEventApplied(makeEvent(
            type, u"identity_documents_required"_s,
            {{u"required_documents"_s, QJsonArray{u"PROOF_OF_FUNDS"_s}}},
            QDateTime::currentDateTimeUtc().addSecs(-3600LL * ageHours).toString(Qt::ISODate)));
        QCOMPARE(spy.size(), notifies ? 1 : 0);
        if (notifies) {
            QVERIFY(spy.at(0).at(1).toString().contains(u"idn-1"_s));
            QCOMPARE(spy.at(0).at(2).toString(), u"idn-1"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestFollowUpTracker)
#include "tst_followuptracker.moc"

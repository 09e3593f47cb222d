#include "core/events/eventsmodel.h"
#include "core/models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::EventRecord;
using console::EventsModel;

namespace {
EventRecord rec(const QString &id, const QString &type, const QString &identity,
                const QString &createdAt, EventRecord::State state, bool webhook, bool follower)
{
    EventRecord r;
    r.eventId = id;
    r.type = type;
    r.identityId = identity;
    r.createdAt = paxos::Timestamp::parse(createdAt);
    r.state = state;
    r.viaWebhook = webhook;
    r.viaFollower = follower;
    r.raw = QJsonObject{{u"id"_s, id}, {u"type"_s, type}};
    return r;
}
} // namespace

class TestEventsModel : public QObject
{
    Q_OBJECT
private slots:
    void upsertUpdatesInPlace()
    {
        EventsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(rec(u"e1"_s, u"identity.approved"_s, u"i1"_s, u"2025-01-07T14:30:02Z"_s,
                         EventRecord::State::Applying, true, false));
        model.upsert(rec(u"e2"_s, u"identity.denied"_s, u"i2"_s, u"2025-01-07T14:30:03Z"_s,
                         EventRecord::State::Applied, false, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        model.upsert(rec(u"e1"_s, u"identity.approved"_s, u"i1"_s, u"2025-01-07T14:30:02Z"_s,
                         EventRecord::State::Applied, true, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.size(), 1);
        const QModelIndex source = model.index(model.rowOf(u"e1"_s), EventsModel::SourceColumn);
        QCOMPARE(source.data(EventsModel::SourceKeyRole).toString(), u"both"_s);
        QCOMPARE(source.data().toString(), u"Webhook + follower"_s);
        QCOMPARE(
            model.index(0, EventsModel::StateColumn).data(EventsModel::StateKeyRole).toString(),
            u"applied"_s);
        QCOMPARE(model.index(0, 0).data(console::IdentityIdRole).toString(), u"i1"_s);
        QVERIFY(model.index(0, 0).data(EventsModel::RawJsonRole).toString().contains(u"\"e1\""_s));
        QCOMPARE(model.types(), (QStringList{u"identity.approved"_s, u"identity.denied"_s}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QString() << QString() << QString()
                             << QStringList{u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s};
        QTest::newRow("type") << u"identity.approved"_s << QString() << QString() << QString()
                              << QStringList{u"e1"_s, u"e3"_s};
        QTest::newRow("state") << QString() << u"test"_s << QString() << QString()
                               << QStringList{u"e4"_s};
        QTest::newRow("webhook includes both")
            << QString() << QString() << u"webhook"_s << QString()
            << QStringList{u"e1"_s, u"e3"_s, u"e4"_s};
        QTest::newRow("follower") << QString() << QString() << u"follower"_s << QString()
                                  << QStringList{u"e2"_s, u"e3"_s};
        QTest::newRow("text identity")
            << QString() << QString() << QString() << u"I2"_s << QStringList{u"e2"_s};
        QTest::newRow("text label")
            << QString() << QString() << QString() << u"denied"_s << QStringList{u"e2"_s};
    }

    void filters()
    {
        QFETCH(QString, type);
        QFETCH(QString, state);
        QFETCH(QString, source);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        EventsModel model;
        model.upsert(rec(u"e1"_s, u"identity.approved"_s, u"i1"_s, u"2025-01-07T14:30:02Z"_s,
                         EventRecord::State::Applied, true, false));
        model.upsert(rec(u"e2"_s, u"identity.denied"_s, u"i2"_s, u"2025-01-07T14:30:03Z"_s,
                         EventRecord::State::Applied, false, true));
        model.upsert(rec(u"e3"_s, u"identity.approved"_s, u"i3"_s, u"2025-01-07T14:30:03Z"_s,
                         EventRecord::State::AlreadyProcessed, true, true));
        model.upsert(rec(u"e4"_s, u"identity.disabled"_s, QString(), u"2025-01-07T14:30:04Z"_s,
                         EventRecord::State::Test, true, false));
        console::EventsFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setTypeFilter(type);
        proxy.setStateFilter(state);
        proxy.setSourceFilter(source);
        proxy.setText(text);
        proxy.sort(EventsModel::TimeColumn, Qt::AscendingOrder);
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(proxy.index(r, 0).data(EventsModel::EventIdRole).toString());
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"

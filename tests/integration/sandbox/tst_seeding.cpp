#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {
// Timestamps come with 0 to 9 fraction digits, so they are compared as numbers.
qint64 microseconds(const QJsonValue &value)
{
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text.chopped(1) : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1).chopped(1);
    const QDateTime seconds = QDateTime::fromString(whole + u'Z', Qt::ISODate);
    return seconds.toSecsSinceEpoch() * 1000000
        + QString(fraction + u"000000"_s).left(6).toLongLong();
}
} // namespace

// Demo data: --seed-identities at start and POST /sandbox-admin/seed later give realistic
// persons whose history is in List Events, as if Paxos had decided them over time.
class TestSeeding : public QObject
{
    Q_OBJECT

private slots:
    void seededIdentitiesHaveTheirHistoryAsEvents();
    void adminSeedAddsBatchesWithUniqueCipIds();
    void adminSeedRefusesBadRequests();

private:
    static QList<QJsonObject> allIdentities(ApiClient &client);
    static QList<QJsonObject> allEvents(ApiClient &client);
};

QList<QJsonObject> TestSeeding::allIdentities(ApiClient &client)
{
    QList<QJsonObject> out;
    QString cursor;
    do {
        const Reply page =
            client.get(u"/v2/identity/identities?limit=100"_s
                       + (cursor.isEmpty() ? QString() : u"&page_cursor="_s + cursor));
        if (page.status != 200)
            return {};
        for (const QJsonValue &item : page.json.value(u"items").toArray())
            out << item.toObject();
        cursor = page.json.value(u"next_page_cursor").toString();
    } while (!cursor.isEmpty());
    return out;
}

QList<QJsonObject> TestSeeding::allEvents(ApiClient &client)
{
    // Paxos pages events by time only.
    QList<QJsonObject> out;
    QString after = u"2000-01-01T00:00:00Z"_s;
    for (;;) {
        const Reply page = client.get(u"/v2/events?limit=100&created_at.gt="_s
                                      + QString::fromLatin1(QUrl::toPercentEncoding(after)));
        if (page.status != 200)
            return {};
        const QJsonArray events = page.json.value(u"events").toArray();
        for (const QJsonValue &e : events)
            out << e.toObject();
        if (events.size() < 100)
            return out;
        after = events.last().toObject().value(u"created_at").toString();
    }
}

void TestSeeding::seededIdentitiesHaveTheirHistoryAsEvents()
{
    testsupport::SandboxProcess server({u"--seed-identities"_s, u"150"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());

    const QList<QJsonObject> identities = allIdentities(client);
    QCOMPARE(identities.size(), 150);
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &identity : identities)
        byId.insert(identity.value(u"id").toString(), identity);

    const QList<QJsonObject> events = allEvents(client);
    QVERIFY(events.size() >= 150 / 2);
    QHash<QString, QStringList> typesOf; // identity id -> event types, oldest first
    qint64 previous = 0;
    for (const QJsonObject &event : events) {
        const QJsonObject object = event.value(u"object").toObject();
        const QString id = object.value(u"identity_id").toString();
        QVERIFY2(byId.contains(id), qPrintable(id));
        QVERIFY(!event.value(u"is_test").toBool());
        // Between the identity's creation and its last update, and in time order.
        const qint64 at = microseconds(event.value(u"created_at"));
        QVERIFY(at >= microseconds(byId.value(id).value(u"created_at")));
        QVERIFY(at <= microseconds(byId.value(id).value(u"updated_at")));
        QVERIFY(at >= previous);
        previous = at;
        typesOf[id] << event.value(u"type").toString();
        if (object.contains(u"new_summary_status"))
            QCOMPARE(u"identity."_s + object.value(u"new_summary_status").toString().toLower(),
                     event.value(u"type").toString());
        if (event.value(u"type").toString() == u"identity.disabled")
            QVERIFY(!object.value(u"status_details")
                         .toObject()
                         .value(u"active_controls")
                         .toArray()
                         .isEmpty());
    }

    // Each identity's events tell how it reached its status.
    QSet<QString> statusesSeen;
    for (const QJsonObject &identity : identities) {
        const QString status = identity.value(u"status").toString();
        const QStringList types = typesOf.value(identity.value(u"id").toString());
        statusesSeen << status;
        if (status == u"APPROVED") {
            QCOMPARE(types.value(0), u"identity.approved"_s);
        } else if (status == u"DENIED") {
            QCOMPARE(types, QStringList{u"identity.denied"_s});
        } else if (status == u"DISABLED") {
            QCOMPARE(types,
                     (QStringList{u"identity.approved"_s, u"identity.control.created"_s,
                                  u"identity.disabled"_s}));
        } else if (status == u"ERROR") {
            QCOMPARE(types, (QStringList{u"identity.approved"_s, u"identity.control.created"_s}));
        } else {
            QCOMPARE(status, u"PENDING"_s);
            QVERIFY(types.isEmpty() || types == QStringList{u"identity.documents_required"_s});
        }
    }
    QVERIFY(statusesSeen.contains(u"APPROVED"_s) && statusesSeen.contains(u"DENIED"_s)
            && statusesSeen.contains(u"DISABLED"_s) && statusesSeen.contains(u"PENDING"_s));
}

void TestSeeding::adminSeedAddsBatchesWithUniqueCipIds()
{
    testsupport::SandboxProcess server({u"--seed-identities"_s, u"20"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());

    const Reply first = client.admin("POST", u"/sandbox-admin/seed"_s, {{u"count"_s, 30}});
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json.value(u"created").toInt(), 30);
    QCOMPARE(first.json.value(u"identities").toInt(), 50);
    // Without a count: a demo batch of 40.
    const Reply second = client.admin("POST", u"/sandbox-admin/seed"_s);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value(u"identities").toInt(), 90);
    QVERIFY(second.json.value(u"seed") != first.json.value(u"seed"));

    const QList<QJsonObject> identities = allIdentities(client);
    QCOMPARE(identities.size(), 90);
    QSet<QString> cipIds;
    QSet<QString> refIds;
    for (const QJsonObject &identity : identities) {
        // The list leaves person details out; Get Identity has them.
        const Reply one =
            client.get(u"/v2/identity/identities/"_s + identity.value(u"id").toString()
                       + u"?include_details=true"_s);
        QCOMPARE(one.status, 200);
        cipIds << one.json.value(u"person_details").toObject().value(u"cip_id").toString();
        refIds << identity.value(u"ref_id").toString();
    }
    QCOMPARE(cipIds.size(), 90);
    QCOMPARE(refIds.size(), 90);

    // The batch's identities behave like any other: a create with a seeded cip_id is a 409.
    const QJsonObject taken =
        client
            .get(u"/v2/identity/identities/"_s + identities.constLast().value(u"id").toString()
                 + u"?include_details=true"_s)
            .json;
    QJsonObject sent;
    const Reply probe = client.createPerson({}, &sent);
    QCOMPARE(probe.status, 200);
    QJsonObject person = sent.value(u"person_details").toObject();
    person.insert(u"cip_id"_s, taken.value(u"person_details").toObject().value(u"cip_id"));
    sent.insert(u"person_details"_s, person);
    sent.insert(u"ref_id"_s, u"seed-dup-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(client.post(u"/v2/identity/identities"_s, sent).status, 409);
}

void TestSeeding::adminSeedRefusesBadRequests()
{
    testsupport::SandboxProcess server({u"--seed-identities"_s, u"3"_s, u"--seed"_s, u"77"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());

    const Reply again = client.admin("POST", u"/sandbox-admin/seed"_s, {{u"seed"_s, 77}});
    QCOMPARE(again.status, 409);
    QVERIFY(again.isProblem());
    QVERIFY(again.detail().contains(u"seed 77"));
    for (const QJsonValue &count : {QJsonValue(0), QJsonValue(10001), QJsonValue(u"many"_s)}) {
        const Reply bad = client.admin("POST", u"/sandbox-admin/seed"_s, {{u"count"_s, count}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.detail().contains(u"count"));
    }
    QCOMPARE(client.admin("POST", u"/sandbox-admin/seed"_s, {{u"seed"_s, -1}}).status, 400);
    QCOMPARE(client.admin("GET", u"/sandbox-admin/seed"_s).status, 405);
    // Nothing was added by the refused requests.
    QCOMPARE(client.admin("GET", u"/sandbox-admin"_s).json.value(u"identities").toInt(), 3);
}

QTEST_GUILESS_MAIN(TestSeeding)
#include "tst_seeding.moc"

#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// List/Get Events and webhook delivery (header, body, retries with back-off, give-up,
// undelivered_webhooks, test sends, run-time registration).
class TestEventsWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listIsAscendingAndFiltered();
    void listPaginatesWithCreatedAtGt();
    void listRejectsBadParameters_data();
    void listRejectsBadParameters();
    void getEvent();
    void deliveryWithHeaderAndRetries();
    void givesUpAfterTheWindow();
    void runtimeWebhooksAndTestSend();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestEventsWebhooks::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestEventsWebhooks::listIsAscendingAndFiltered()
{
    const QString id = m_client->createPerson({{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS"_s}})
                           .json.value(u"id")
                           .toString();
    QVERIFY(!id.isEmpty());
    const QJsonArray all = eventsFor(*m_client, id);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(u"type").toString(), u"identity.documents_required"_s);
    QCOMPARE(all.first().toObject().value(u"object_type").toString(),
             u"identity_documents_required"_s);
    QCOMPARE(
        all.first().toObject().value(u"object").toObject().value(u"required_documents").toArray(),
        QJsonArray{u"PROOF_OF_FUNDS"_s});
    QCOMPARE(all.first().toObject().value(u"is_test").toBool(), false);
    // Nanosecond timestamps, as Paxos prints them on events.
    QVERIFY(QRegularExpression(u"\\.\\d{9}Z$"_s)
                .match(all.first().toObject().value(u"created_at").toString())
                .hasMatch());

    const Reply page = m_client->get(u"/v2/events?limit=100&type=identity.documents_required"_s);
    QCOMPARE(page.status, 200);
    QString previous;
    for (const QJsonValue &event : page.json.value(u"events").toArray()) {
        QCOMPARE(event.toObject().value(u"type").toString(), u"identity.documents_required"_s);
        const QString created = event.toObject().value(u"created_at").toString();
        QVERIFY(previous < created); // strictly ascending: no ties
        previous = created;
    }
}

void TestEventsWebhooks::listPaginatesWithCreatedAtGt()
{
    testsupport::SandboxProcess server;
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.createPerson().status, 200);
    QStringList ids;
    QString after;
    for (int guard = 0; guard < 10; ++guard) {
        const Reply page =
            client.get(u"/v2/events?limit=2"_s
                       + (after.isEmpty() ? QString()
                                          : u"&created_at.gt="_s
                                  + QString::fromLatin1(QUrl::toPercentEncoding(after))));
        const QJsonArray events = page.json.value(u"events").toArray();
        for (const QJsonValue &event : events)
            ids << event.toObject().value(u"id").toString();
        if (events.size() < 2)
            break;
        after = events.last().toObject().value(u"created_at").toString();
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 5);
    const QString last = client.get(u"/v2/events?limit=100"_s)
                             .json.value(u"events")
                             .toArray()
                             .last()
                             .toObject()
                             .value(u"created_at")
                             .toString();
    QCOMPARE(client
                 .get(u"/v2/events?created_at.lt="_s
                      + QString::fromLatin1(QUrl::toPercentEncoding(last)))
                 .json.value(u"events")
                 .toArray()
                 .size(),
             4);
}

void TestEventsWebhooks::listRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit must be between 1 and 100"_s;
    QTest::newRow("limit 101") << u"limit=101"_s << u"limit must be between 1 and 100"_s;
    QTest::newRow("date") << u"created_at.gte=2024-13-01T00:00:00Z"_s
                          << u"created_at.gte must be an RFC 3339 date-time"_s;
    QTest::newRow("is_test") << u"is_test=perhaps"_s << u"is_test must be true or false"_s;
}

void TestEventsWebhooks::listRejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, detail);
    const Reply reply = m_client->get(u"/v2/events?"_s + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), detail);
}

void TestEventsWebhooks::getEvent()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QJsonArray events = eventsFor(*m_client, id);
    QCOMPARE(events.size(), 1);
    const QString eventId = events.first().toObject().value(u"id").toString();
    const Reply reply = m_client->get(u"/v2/events/"_s + eventId);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, events.first().toObject());
    QCOMPARE(m_client->get(u"/v2/events/not-a-uuid"_s).detail(), u"error parsing event id"_s);
    QCOMPARE(m_client->get(u"/v2/events/not-a-uuid"_s).status, 400);
    QCOMPARE(m_client->get(u"/v2/events/6f1c3a43-0000-4000-8000-000000000000"_s).status, 404);
    // The all-zeros UUID is a well-formed id no event has: 404, not "error parsing".
    QCOMPARE(m_client->get(u"/v2/events/00000000-0000-0000-0000-000000000000"_s).status, 404);
    QCOMPARE(m_client->get(u"/v2/events/"_s + eventId + u"?is_test=true"_s).status, 404);
}

void TestEventsWebhooks::deliveryWithHeaderAndRetries()
{
    WebhookReceiver receiver({500, 503}); // fail twice, then accept
    testsupport::SandboxProcess server(
        {u"--webhook"_s, receiver.url().toString(), u"--webhook-header"_s, u"X-Api-Key: k-123"_s,
         u"--webhook-retry-base"_s, u"300"_s, u"--webhook-retry-window"_s, u"60"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    QElapsedTimer timer;
    timer.start();
    const QString id = client.createPerson().json.value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls().size(), 1, 5000);
    // First failure recorded on the event.
    const QString eventId = receiver.calls().first().json().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        client.get(u"/v2/events/"_s + eventId).json.value(u"undelivered_webhooks").toInt(), 1,
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls().size(), 3, 10000);
    // Back-off: base 300 ms with jitter 0.5-1.5, then 600 ms: at least 450 ms in total.
    QVERIFY(timer.elapsed() >= 450);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.get(u"/v2/events/"_s + eventId).json.value(u"undelivered_webhooks").toInt(), 0,
        5000);

    for (const WebhookReceiver::Call &call : receiver.calls()) {
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.path, QByteArray("/hooks/paxos"));
        QCOMPARE(call.header("X-Api-Key"), QByteArray("k-123"));
        QVERIFY(call.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = call.json();
        QCOMPARE(
            body.keys(),
            (QStringList{u"id"_s, u"is_test"_s, u"object"_s, u"source"_s, u"time"_s, u"type"_s}));
        QCOMPARE(body.value(u"id").toString(), eventId);
        QCOMPARE(body.value(u"type").toString(), u"identity.approved"_s);
        QCOMPARE(body.value(u"source").toString(), u"com.paxos"_s);
        QCOMPARE(body.value(u"object").toString(), u"event"_s);
        QCOMPARE(body.value(u"is_test").toBool(), false);
        QVERIFY(body.value(u"time").toString().endsWith(u'Z'));
    }
    QCOMPARE(client.get(u"/v2/events/"_s + eventId)
                 .json.value(u"object")
                 .toObject()
                 .value(u"identity_id")
                 .toString(),
             id);
}

void TestEventsWebhooks::givesUpAfterTheWindow()
{
    WebhookReceiver receiver(QList<int>(100, 503));
    testsupport::SandboxProcess server({u"--webhook"_s, receiver.url().toString(),
                                        u"--webhook-retry-base"_s, u"50"_s,
                                        u"--webhook-retry-window"_s, u"1"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    QCOMPARE(client.createPerson().status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.calls().size() >= 2, 5000);
    const int before = int(receiver.calls().size());
    // Base 50 ms doubling inside a 1 s window: a handful of attempts, then silence.
    QVERIFY(!QTest::qWaitFor([&] { return receiver.calls().size() > 8; }, 3000));
    QVERIFY(receiver.calls().size() >= before);
    const QString eventId = receiver.calls().first().json().value(u"id").toString();
    QCOMPARE(client.get(u"/v2/events/"_s + eventId).json.value(u"undelivered_webhooks").toInt(), 1);
}

void TestEventsWebhooks::runtimeWebhooksAndTestSend()
{
    testsupport::SandboxProcess server;
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    WebhookReceiver receiver;
    const Reply added = client.admin("POST", u"/sandbox-admin/webhooks"_s,
                                     {{u"url"_s, receiver.url().toString()},
                                      {u"header_name"_s, u"Authorization"_s},
                                      {u"header_value"_s, u"Bearer hook-secret"_s}});
    QCOMPARE(added.status, 200);
    const QString hookId = added.json.value(u"id").toString();
    QVERIFY(!added.json.contains(u"header_value")); // a secret is never echoed
    const Reply listed = client.admin("GET", u"/sandbox-admin/webhooks"_s);
    QCOMPARE(listed.json.value(u"items").toArray().size(), 1);
    QVERIFY(!listed.body.contains("hook-secret"));

    const Reply test = client.admin("POST", u"/sandbox-admin/webhooks/test"_s,
                                    {{u"type"_s, u"identity.denied"_s}});
    QCOMPARE(test.status, 200);
    QCOMPARE(test.json.value(u"is_test").toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls().size(), 1, 5000);
    QCOMPARE(receiver.calls().first().json().value(u"is_test").toBool(), true);
    QCOMPARE(receiver.calls().first().json().value(u"type").toString(), u"identity.denied"_s);
    QCOMPARE(receiver.calls().first().header("Authorization"), QByteArray("Bearer hook-secret"));
    const QString eventId = test.json.value(u"id").toString();
    QCOMPARE(client.get(u"/v2/events/"_s + eventId).status, 404);
    QCOMPARE(client.get(u"/v2/events/"_s + eventId + u"?is_test=true"_s).status, 200);
    QCOMPARE(client.get(u"/v2/events?is_test=true"_s).json.value(u"events").toArray().size(), 1);
    QCOMPARE(client.get(u"/v2/events"_s).json.value(u"events").toArray().size(), 0);

    QCOMPARE(client.admin("DELETE", u"/sandbox-admin/webhooks/"_s + hookId).status, 200);
    QCOMPARE(client.admin("DELETE", u"/sandbox-admin/webhooks/"_s + hookId).status, 404);
    QCOMPARE(client.createPerson().status, 200);
    QVERIFY(!QTest::qWaitFor([&] { return receiver.calls().size() > 1; }, 500));
    QCOMPARE(client.admin("POST", u"/sandbox-admin/webhooks"_s, {{u"url"_s, u"ftp://x"_s}}).status,
             400);
}

QTEST_GUILESS_MAIN(TestEventsWebhooks)
#include "tst_eventswebhooks.moc"

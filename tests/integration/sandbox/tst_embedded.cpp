#include "apiclient.h"
#include "sandbox/server.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// sandbox::Server embedded in-process, as the console runs it: start, url, run-time
// webhooks, faults, stop, and two servers side by side.
class TestEmbedded : public QObject
{
    Q_OBJECT

private slots:
    void startServeStop();
    void runtimeWebhookReceivesEvents();
    void twoServersAreIndependent();
    void portInUseIsAClearError();
};

void TestEmbedded::startServeStop()
{
    sandbox::ServerOptions options;
    options.port = 0;
    options.inMemory = true;
    sandbox::Server server(options);
    QVERIFY(!server.isRunning());
    QVERIFY(server.url().isEmpty());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.isRunning());
    QCOMPARE(server.url().scheme(), u"http"_s);
    QCOMPARE(server.url().host(), u"127.0.0.1"_s);
    QVERIFY(server.url().port() > 0);
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    QCOMPARE(client.createPerson().status, 200);

    sandbox::FaultSettings faults;
    faults.burst429 = 1;
    server.setFaults(faults);
    QCOMPARE(client.get(u"/v2/events"_s).status, 429);
    QCOMPARE(server.faults().burst429, 0);
    QCOMPARE(client.get(u"/v2/events"_s).status, 200);

    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(client.get(u"/v2/events"_s).status, 0);
}

void TestEmbedded::runtimeWebhookReceivesEvents()
{
    sandbox::ServerOptions options;
    options.port = 0;
    options.inMemory = true;
    options.webhookRetryBaseMs = 50;
    sandbox::Server server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    WebhookReceiver receiver;
    const QString id = server.addWebhook({receiver.url(), u"X-Console"_s, u"token-1"_s});
    QVERIFY(!id.isEmpty());
    QSignalSpy delivered(&server, &sandbox::Server::webhookDelivered);
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    const QString identityId = client.createPerson().json.value(u"id").toString();
    // The client waits for its answer in an event loop of its own, so the delivery may
    // already have happened: count it rather than wait for a next one.
    QTRY_VERIFY_WITH_TIMEOUT(delivered.count() >= 1, 5000);
    QCOMPARE(receiver.calls().size(), 1);
    QCOMPARE(receiver.calls().first().header("X-Console"), QByteArray("token-1"));
    const QString eventId = receiver.calls().first().json().value(u"id").toString();
    QCOMPARE(client.get(u"/v2/events/"_s + eventId)
                 .json.value(u"object")
                 .toObject()
                 .value(u"identity_id")
                 .toString(),
             identityId);
    QVERIFY(server.removeWebhook(id));
    QVERIFY(!server.removeWebhook(id));
}

void TestEmbedded::twoServersAreIndependent()
{
    sandbox::ServerOptions options;
    options.port = 0;
    options.inMemory = true;
    sandbox::Server a(options);
    sandbox::Server b(options);
    QString error;
    QVERIFY(a.start(&error));
    QVERIFY(b.start(&error));
    QVERIFY(a.url() != b.url());
    ApiClient ca(a.url());
    ApiClient cb(b.url());
    QVERIFY(!ca.authenticate().isEmpty());
    QVERIFY(!cb.authenticate().isEmpty());
    QCOMPARE(ca.createPerson().status, 200);
    QCOMPARE(ca.get(u"/v2/identity/identities"_s).json.value(u"items").toArray().size(), 1);
    QCOMPARE(cb.get(u"/v2/identity/identities"_s).json.value(u"items").toArray().size(), 0);
    // A token of one server means nothing to the other.
    cb.setToken(ca.token());
    QCOMPARE(cb.get(u"/v2/events"_s).status, 401);
}

void TestEmbedded::portInUseIsAClearError()
{
    sandbox::ServerOptions options;
    options.port = 0;
    options.inMemory = true;
    sandbox::Server first(options);
    QString error;
    QVERIFY(first.start(&error));
    options.port = quint16(first.url().port());
    sandbox::Server second(options);
    QVERIFY(!second.start(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!second.isRunning());
}

QTEST_GUILESS_MAIN(TestEmbedded)
#include "tst_embedded.moc"

#include "core/events/eventprocessor.h"
#include "core/record/processedevents.h"
#include "core/record/store.h"
#include "core/webhook/webhookreceiver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeout = 10000;
const QByteArray kKey = QByteArrayLiteral("s3cret-key");

QByteArray notification(bool isTest = false)
{
    return QJsonDocument(QJsonObject{{u"id"_s, u"bd019f1c-89a7-4372-9d21-eaad9280dc41"_s},
                                     {u"type"_s, u"identity.approved"_s},
                                     {u"source"_s, u"com.paxos"_s},
                                     {u"time"_s, u"2025-01-07T14:30:02Z"_s},
                                     {u"object"_s, u"event"_s},
                                     {u"is_test"_s, isTest}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

// The embedded receiver over real HTTP on loopback: who it lets in, what it refuses, and that
// a refused request changes nothing.
class TestWebhookReceiver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(console::StoreConfig::sqlite(m_dir.filePath(u"s.sqlite"_s))));
        m_processed = std::make_unique<console::ProcessedEvents>(&m_store);
        // No connection: an accepted notification is recorded, and fails to fetch.
        m_processor = std::make_unique<console::EventProcessor>(m_processed.get(), nullptr);
        console::WebhookReceiverConfig config;
        config.apiKey = kKey;
        config.path = u"hooks/paxos/"_s;
        QString error;
        QVERIFY2(m_receiver.start(config, &error), qPrintable(error));
        QVERIFY(m_receiver.port() != 0);
        QCOMPARE(m_receiver.url().host(), u"127.0.0.1"_s);
        QCOMPARE(m_receiver.url().path(), u"/hooks/paxos"_s);
        QVERIFY(!m_receiver.config().isExposed());
        connect(&m_receiver, &console::WebhookReceiver::notificationReceived, m_processor.get(),
                &console::EventProcessor::handleNotification);
    }

    void requests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");

        const QByteArray big(70 * 1024, 'x');
        QTest::newRow("no key") << "POST"_ba << u"/hooks/paxos"_s << QByteArray() << notification()
                                << 401;
        QTest::newRow("wrong key")
            << "POST"_ba << u"/hooks/paxos"_s << "s3cret-kez"_ba << notification() << 401;
        QTest::newRow("key prefix")
            << "POST"_ba << u"/hooks/paxos"_s << "s3cret"_ba << notification() << 401;
        QTest::newRow("no key, oversized")
            << "POST"_ba << u"/hooks/paxos"_s << QByteArray() << big << 401;
        QTest::newRow("not json") << "POST"_ba << u"/hooks/paxos"_s << kKey << "{not json"_ba
                                  << 400;
        QTest::newRow("json array") << "POST"_ba << u"/hooks/paxos"_s << kKey << "[]"_ba << 400;
        QTest::newRow("no id") << "POST"_ba << u"/hooks/paxos"_s << kKey
                               << R"({"type":"identity.approved","object":"event"})"_ba << 400;
        QTest::newRow("not an event") << "POST"_ba << u"/hooks/paxos"_s << kKey
                                      << R"({"id":"x","type":"t","object":"identity"})"_ba << 400;
        QTest::newRow("empty body")
            << "POST"_ba << u"/hooks/paxos"_s << kKey << QByteArray() << 400;
        QTest::newRow("oversized") << "POST"_ba << u"/hooks/paxos"_s << kKey << big << 413;
        QTest::newRow("other path")
            << "POST"_ba << u"/hooks/other"_s << kKey << notification() << 404;
        QTest::newRow("GET") << "GET"_ba << u"/hooks/paxos"_s << kKey << QByteArray() << 405;
    }

    void requests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);

        QSignalSpy received(&m_receiver, &console::WebhookReceiver::notificationReceived);
        QSignalSpy handled(&m_receiver, &console::WebhookReceiver::requestHandled);
        const qint64 refusedBefore = m_receiver.refusedCount();
        QCOMPARE(send(method, path, key, body), status);
        QCOMPARE(received.size(), 0);
        QCOMPARE(m_receiver.refusedCount(), refusedBefore + 1);
        // Nothing was recorded, nothing claimed.
        QVERIFY(m_processor->records().isEmpty());
        QVERIFY(!m_processed->latestCreatedAt().value().size());
        QCOMPARE(handled.size(), 1);
        const auto outcome = handled.at(0).at(0).value<console::WebhookRequestOutcome>();
        QCOMPARE(outcome.status, status);
        QVERIFY(!outcome.reason.isEmpty());
        QVERIFY(!outcome.reason.contains(QString::fromLatin1(kKey)));
    }

    void acceptsANotification()
    {
        QSignalSpy received(&m_receiver, &console::WebhookReceiver::notificationReceived);
        // A trailing slash is the same path.
        QCOMPARE(send("POST", u"/hooks/paxos/"_s, kKey, notification()), 200);
        QCOMPARE(received.size(), 1);
        const auto n = received.at(0).at(0).value<paxos::WebhookNotification>();
        QCOMPARE(n.id, u"bd019f1c-89a7-4372-9d21-eaad9280dc41"_s);
        QCOMPARE(n.type, u"identity.approved"_s);
        const auto rec = m_processor->record(n.id);
        QVERIFY(rec);
        QVERIFY(rec->viaWebhook);
        // Not connected: the fetch fails, and the follower is left to find it.
        QCOMPARE(rec->state, console::EventRecord::State::Failed);
        QVERIFY(!m_processed->isProcessed(n.id).value());
    }

    void testNotificationIsMarked()
    {
        QSignalSpy handled(&m_receiver, &console::WebhookReceiver::requestHandled);
        QCOMPARE(send("POST", u"/hooks/paxos"_s, kKey, notification(true)), 200);
        QVERIFY(handled.at(0).at(0).value<console::WebhookRequestOutcome>().isTest);
    }

    void refusesToStartWithoutKeyOrOnATakenPort()
    {
        console::WebhookReceiver other;
        QString error;
        QVERIFY(!other.start({}, &error));
        QVERIFY(error.contains(u"API key"_s));
        QVERIFY(!other.isListening());

        console::WebhookReceiverConfig config;
        config.apiKey = kKey;
        config.port = m_receiver.port();
        error.clear();
        QVERIFY(!other.start(config, &error));
        QVERIFY(error.contains(QString::number(m_receiver.port())));

        config.port = 0;
        config.path = u"/a b"_s;
        QVERIFY(!other.start(config, &error));
    }

    void stopClosesThePort()
    {
        console::WebhookReceiver other;
        console::WebhookReceiverConfig config;
        config.apiKey = kKey;
        QSignalSpy listening(&other, &console::WebhookReceiver::listeningChanged);
        QVERIFY(other.start(config));
        const quint16 port = other.port();
        other.stop();
        QCOMPARE(listening.size(), 2);
        QTcpServer probe;
        QVERIFY2(probe.listen(QHostAddress::LocalHost, port), "the port is still taken");
    }

private:
    int send(const QByteArray &method, const QString &path, const QByteArray &key,
             const QByteArray &body)
    {
        QUrl url = m_receiver.url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!key.isEmpty())
            request.setRawHeader("X-Api-Key", key);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kTimeout))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QTemporaryDir m_dir;
    console::Store m_store;
    std::unique_ptr<console::ProcessedEvents> m_processed;
    std::unique_ptr<console::EventProcessor> m_processor;
    console::WebhookReceiver m_receiver;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"

#include "core/webhook/webhookreceiver.h"
#include "soakload.h"
#include "support/sandboxprocess.h"
#include "support/sanitizers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Stated bounds: a normal request is answered within a second all through, and each server
// grows by less than this much resident memory under the whole load (plus, under ASan only,
// its quarantine of freed memory: support/sanitizers.h).
constexpr qint64 kMaxNormalMs = 1000;
constexpr qint64 kMaxGrowthBytes = 100LL * 1024 * 1024 + testsupport::kResidentAllowanceBytes;
constexpr int kSlowConnections = 1000;
constexpr int kDurationMs = 20000;

QByteArray chunkedHead(const QByteArray &requestLine, const QByteArray &extra = {})
{
    return requestLine + "\r\nHost: 127.0.0.1\r\n" + extra + "Transfer-Encoding: chunked\r\n\r\n";
}

// What both servers must refuse, whatever sits behind them: oversize, overflow, smuggling,
// lenient syntax. `post` is a request line to a path that takes a body; `auth` the header that
// lets it past the head check.
QList<soak::Attack> attacks(const QByteArray &post, const QByteArray &auth)
{
    const QByteArray stream(256 * 1024, 'z');
    return {
        {"oversize Content-Length",
         post + "\r\nHost: 127.0.0.1\r\n" + auth + "Content-Length: 500000000\r\n\r\n" + stream,
         413},
        {"chunk-size overflow", chunkedHead(post, auth) + "1\r\na\r\n7fffffffffffffff\r\n" + stream,
         413},
        {"endless trailer", chunkedHead(post, auth) + "0\r\n" + QByteArray(64 * 1024, 't'), 400},
        {"CL and TE",
         post + "\r\nHost: 127.0.0.1\r\n" + auth
             + "Content-Length: 48\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET / "
               "HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
         400},
        {"two Content-Lengths",
         post + "\r\nHost: 127.0.0.1\r\n" + auth
             + "Content-Length: 0\r\nContent-Length: 5\r\n\r\nhello",
         400},
        {"obs-fold", post + "\r\nHost: 127.0.0.1\r\nX-A: b\r\n c\r\n\r\n", 400},
        {"bare LF", post + "\nHost: 127.0.0.1\n\n", 400},
        {"huge head", post + "\r\nX-Big: " + QByteArray(100 * 1024, 'h') + "\r\n\r\n", 431},
    };
}

QString describe(const soak::Report &r, qint64 baseline, qint64 peak)
{
    return u"normal %1 requests, %2 failed (%3), worst %4 ms; slow: %5 opened, peak %6 open, %7 "
           "closed by the server; attacks %8 sent, %9 wrong (%10); RSS %11 MB -> peak %12 MB"_s
               .arg(r.normalRequests)
               .arg(r.normalFailures)
               .arg(QString::fromLatin1(r.firstFailure))
               .arg(r.worstNormalMs)
               .arg(r.slowOpenedTotal)
               .arg(r.slowPeakOpen)
               .arg(r.slowClosedByServer)
               .arg(r.attacksSent)
               .arg(r.attacksWrong)
               .arg(QString::fromLatin1(r.firstWrongAttack))
               .arg(baseline / (1024 * 1024))
               .arg(peak / (1024 * 1024));
}

// Runs the load to its end while the event loop turns (the webhook receiver lives here) and
// samples the server's resident memory.
soak::Report runLoad(soak::Load &load, qint64 pid, qint64 *peakRss)
{
    load.start();
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer sampler;
    sampler.setInterval(250);
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { *peakRss = qMax(*peakRss, soak::residentBytes(pid)); });
    sampler.start();
    // The load ends by itself; report() below waits for its threads either way.
    (void)QTest::qWaitFor([&] { return load.isFinished(); }, kDurationMs + 30000);
    return load.report();
}

} // namespace

// Both servers under a thousand slow clients, oversize and smuggling attempts at once, on
// loopback for a bounded time: a normal client keeps being answered within a second, every
// attack gets its refusal, memory stays bounded, slow clients are cut off by the header
// time-out (and come back, so the pressure lasts).
class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Client and server ends of every connection may live in this process, and the
        // servers' caps (3000, below) leave room for connections still draining after the
        // server closed them (up to 2 s each while slow clients reconnect at once): the cap's
        // own refusal is tested in tst_webhookhardening and tst_robustness, not here.
        const qint64 limit = soak::raiseDescriptorLimit(8 * kSlowConnections + 512);
        if (limit < 2 * kSlowConnections + 512)
            QSKIP("the descriptor limit is too low for the soak test");
    }

    void sandbox()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(testsupport::SandboxProcess::executable(),
                      {u"--in-memory"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                       u"--max-connections"_s, u"3000"_s, u"--header-timeout"_s, u"5"_s});
        QVERIFY(process.waitForStarted(10000));
        QByteArray banner;
        static const QRegularExpression listening(u"listening on http://127.0.0.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((banner += process.readAllStandardOutput(),
                                  match = listening.match(QString::fromLatin1(banner)))
                                     .hasMatch(),
                                 20000);
        const quint16 port = quint16(match.captured(1).toUInt());

        // A token for the normal client.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray form =
            "grant_type=client_credentials&client_id=demo&client_secret=demo-secret";
        socket.write("POST /oauth2/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                     + QByteArray::number(form.size()) + "\r\n\r\n" + form);
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        const QByteArray token = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                                     .object()
                                     .value(u"access_token")
                                     .toString()
                                     .toLatin1();
        QVERIFY2(!token.isEmpty(), answer.constData());

        soak::Plan plan;
        plan.port = port;
        plan.normalRequest = "GET /v2/events?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Authorization: Bearer "
            + token + "\r\nConnection: close\r\n\r\n";
        plan.slowConnections = kSlowConnections;
        plan.slowHead = "GET /v2/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 0123456789";
        plan.attacks = attacks("POST /oauth2/token HTTP/1.1", {});
        // An upload without a valid token, announcing 95 MB: refused from the head.
        plan.attacks.append({"unauthenticated upload",
                             "PUT /sandbox-uploads/not-a-token HTTP/1.1\r\nHost: 127.0.0.1:"
                                 + QByteArray::number(port) + "\r\nContent-Length: 95000000\r\n\r\n"
                                 + QByteArray(256 * 1024, 'u'),
                             404});
        plan.durationMs = kDurationMs;

        const qint64 pid = process.processId();
        const qint64 baseline = soak::residentBytes(pid);
        qint64 peak = baseline;
        soak::Load load(plan);
        const soak::Report report = runLoad(load, pid, &peak);
        const QString summary = describe(report, baseline, peak);
        qInfo("sandbox: %s", qPrintable(summary));
        QVERIFY2(process.state() == QProcess::Running, qPrintable(summary));
        verify(report, baseline, peak, summary);

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void webhookReceiver()
    {
        console::WebhookReceiver receiver;
        console::WebhookReceiverConfig config;
        config.apiKey = "soak-key";
        config.maxConnections = 3000;
        config.headerTimeoutMs = 5000;
        QString error;
        QVERIFY2(receiver.start(config, &error), qPrintable(error));

        const QByteArray notification =
            R"({"id":"bd019f1c-89a7-4372-9d21-eaad9280dc41","type":"identity.approved",)"
            R"("source":"com.paxos","time":"2025-01-07T14:30:02Z","object":"event"})";
        soak::Plan plan;
        plan.port = receiver.port();
        plan.normalRequest = "POST /paxos/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: "
                             "soak-key\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: "
            + QByteArray::number(notification.size()) + "\r\n\r\n" + notification;
        plan.slowConnections = kSlowConnections;
        plan.slowHead = "POST /paxos/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 0123456789";
        plan.attacks = attacks("POST /paxos/webhook HTTP/1.1", "X-Api-Key: soak-key\r\n");
        // No key, announcing 500 MB: refused from the head, the body never read.
        plan.attacks.append({"no key, 500 MB",
                             "POST /paxos/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Length: 500000000\r\n\r\n"
                                 + QByteArray(256 * 1024, 'k'),
                             401});
        plan.durationMs = kDurationMs;

        const qint64 baseline = soak::residentBytes();
        qint64 peak = baseline;
        soak::Load load(plan);
        const soak::Report report = runLoad(load, 0, &peak);
        const QString summary = describe(report, baseline, peak);
        qInfo("webhook receiver: %s", qPrintable(summary));
        QVERIFY(receiver.isListening());
        verify(report, baseline, peak, summary);
    }

private:
    static void verify(const soak::Report &report, qint64 baseline, qint64 peak,
                       const QString &summary)
    {
        QVERIFY2(report.normalRequests > 50, qPrintable(summary));
        QVERIFY2(report.normalFailures == 0, qPrintable(summary));
        QVERIFY2(report.worstNormalMs < kMaxNormalMs, qPrintable(summary));
        // A thousand were open at once, and the header time-out cut them off.
        QVERIFY2(report.slowPeakOpen >= kSlowConnections * 9 / 10, qPrintable(summary));
        QVERIFY2(report.slowClosedByServer >= kSlowConnections, qPrintable(summary));
        QVERIFY2(report.attacksSent > 20 && report.attacksWrong == 0, qPrintable(summary));
        QVERIFY2(baseline > 0 && peak - baseline < kMaxGrowthBytes, qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"

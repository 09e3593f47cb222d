#include "core/session/ledgerrecorder.h"
#include "paxos/net/requestlog.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which identity a call concerned, as the request ledger files it: the timeline and the
// evidence pack of that identity list the call.
class TestLedgerRecorder : public QObject
{
    Q_OBJECT
private slots:
    // The embedded sandbox's calls stay out of a record the team shares.
    void embeddedSandboxCallsStayOutOfASharedRecord_data()
    {
        using Kind = paxos::Environment::Kind;
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("recorded");
        QTest::newRow("local sandbox, local file") << Kind::LocalSandbox << false << true;
        QTest::newRow("local sandbox, team database") << Kind::LocalSandbox << true << false;
        QTest::newRow("Paxos sandbox, team database") << Kind::PaxosSandbox << true << true;
        QTest::newRow("Production, team database") << Kind::Production << true << true;
        QTest::newRow("custom, team database") << Kind::Custom << true << true;
    }
    void embeddedSandboxCallsStayOutOfASharedRecord()
    {
        QFETCH(paxos::Environment::Kind, kind);
        QFETCH(bool, shared);
        QFETCH(bool, recorded);
        QCOMPARE(console::LedgerRecorder::belongsInRecord(kind, shared), recorded);
    }

    void identityOfACall_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("requestBody");
        QTest::addColumn<QByteArray>("responseBody");
        QTest::addColumn<QString>("identity");
        const QString base = u"https://api.sandbox.paxos.com/v2/identity/identities"_s;
        QTest::newRow("get") << QByteArray("GET") << base + u"/id-1?include_details=true"_s << 200
                             << QByteArray() << QByteArray("{\"id\":\"id-1\"}") << u"id-1"_s;
        QTest::newRow("documents")
            << QByteArray("POST") << base + u"/id-2/documents"_s << 200
            << QByteArray("{\"name\":\"a.pdf\"}") << QByteArray("{}") << u"id-2"_s;
        QTest::newRow("create") << QByteArray("POST") << base << 200
                                << QByteArray("{\"ref_id\":\"r\"}")
                                << QByteArray("{\"id\":\"new-3\",\"status\":\"PENDING\"}")
                                << u"new-3"_s;
        QTest::newRow("refused create")
            << QByteArray("POST") << base << 409 << QByteArray("{\"ref_id\":\"r\"}")
            << QByteArray("{\"type\":\"about:blank\"}") << QString();
        QTest::newRow("list") << QByteArray("GET") << base + u"?limit=100"_s << 200 << QByteArray()
                              << QByteArray("{\"items\":[{\"id\":\"x\"}]}") << QString();
        // The identity in the query, as List Controls sends it: filed like the Calls tab does.
        QTest::newRow("list controls")
            << QByteArray("GET")
            << u"https://api.sandbox.paxos.com/v2/identity/controls?identity_id=id-6&limit=1000"_s
            << 200 << QByteArray() << QByteArray("{\"items\":[]}") << u"id-6"_s;
        QTest::newRow("control create")
            << QByteArray("POST")
            << u"https://api.sandbox.paxos.com/v2/identity/identity-controls"_s << 200
            << QByteArray("{\"identity_id\":\"id-4\",\"type\":\"FROZEN\"}")
            << QByteArray("{\"id\":\"c-1\",\"identity_id\":\"id-4\"}") << u"id-4"_s;
        QTest::newRow("control create refused")
            << QByteArray("POST")
            << u"https://api.sandbox.paxos.com/v2/identity/identity-controls"_s << 400
            << QByteArray("{\"identity_id\":\"id-5\"}") << QByteArray("{}") << u"id-5"_s;
        QTest::newRow("malformed bodies")
            << QByteArray("POST") << u"https://api.sandbox.paxos.com/v2/identity/accounts"_s << 200
            << QByteArray("{not json") << QByteArray("[1,2]") << QString();
    }

    void identityOfACall()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QByteArray, requestBody);
        QFETCH(QByteArray, responseBody);
        QFETCH(QString, identity);
        paxos::RequestLogEntry e;
        e.method = method;
        e.url = QUrl(url);
        e.httpStatus = status;
        e.requestBody = requestBody;
        e.responseBody = responseBody;
        QCOMPARE(console::LedgerRecorder::identityOf(e), identity);
    }

    void responseRequestIdPrefersTheServers()
    {
        QCOMPARE(paxos::responseRequestId({{"Content-Type", "application/json"}}), QString());
        QCOMPARE(paxos::responseRequestId({{"X-Request-Id", " abc "}}), u"abc"_s);
        QCOMPARE(paxos::responseRequestId({{"request-id", "r"}, {"x-request-id", ""}}), u"r"_s);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRecorder)
#include "tst_ledgerrecorder.moc"

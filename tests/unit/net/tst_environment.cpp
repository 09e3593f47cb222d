#include "paxos/net/environment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paxos::Environment;

class TestEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void knownHosts()
    {
        const Environment sandbox = Environment::paxosSandbox();
        QCOMPARE(sandbox.kind(), Environment::Kind::PaxosSandbox);
        QCOMPARE(sandbox.tokenUrl(), QUrl(u"https://oauth.sandbox.paxos.com/oauth2/token"_s));
        QCOMPARE(sandbox.apiUrl(u"/identity/identities"_s),
                 QUrl(u"https://api.sandbox.paxos.com/v2/identity/identities"_s));
        const Environment prod = Environment::production();
        QVERIFY(prod.isProduction());
        QCOMPARE(prod.tokenUrl(), QUrl(u"https://oauth.paxos.com/oauth2/token"_s));
        QCOMPARE(prod.apiBase(), QUrl(u"https://api.paxos.com/v2"_s));
        QVERIFY(sandbox.isValid());
        QVERIFY(!Environment().isValid());
    }

    void localSandboxDerivesUrls_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("plain") << u"http://127.0.0.1:40123"_s;
        QTest::newRow("trailing slash") << u"http://127.0.0.1:40123/"_s;
    }

    void localSandboxDerivesUrls()
    {
        QFETCH(QString, server);
        const Environment local = Environment::localSandbox(QUrl(server));
        QCOMPARE(local.kind(), Environment::Kind::LocalSandbox);
        QCOMPARE(local.tokenUrl(), QUrl(u"http://127.0.0.1:40123/oauth2/token"_s));
        QCOMPARE(local.apiBase(), QUrl(u"http://127.0.0.1:40123/v2"_s));
        QUrlQuery query;
        query.addQueryItem(u"include_details"_s, u"true"_s);
        QCOMPARE(local.apiUrl(u"/identity/identities/abc"_s, query),
                 QUrl(u"http://127.0.0.1:40123/v2/identity/identities/abc?include_details=true"_s));
    }

    void customAndRelativePath()
    {
        const Environment custom = Environment::custom(QUrl(u"https://auth.example.test/token"_s),
                                                       QUrl(u"https://api.example.test/v2/"_s));
        QCOMPARE(custom.kind(), Environment::Kind::Custom);
        QCOMPARE(custom.relativePath(QUrl(u"https://api.example.test/v2/events?limit=5"_s)),
                 u"/events"_s);
        QCOMPARE(custom.relativePath(QUrl(u"https://api.example.test/v2x/events"_s)), QString());
        QCOMPARE(custom.relativePath(QUrl(u"https://other.test/v2/events"_s)), QString());
    }

    // Production by destination: whatever the environment is called, calls to a Paxos
    // production host make it Production.
    void productionByDestination_data()
    {
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<bool>("production");
        const QString exToken = u"https://auth.example.test/oauth2/token"_s;
        const QString exApi = u"https://api.example.test/v2"_s;
        QTest::newRow("custom on production hosts")
            << u"https://oauth.paxos.com/oauth2/token"_s << u"https://api.paxos.com/v2"_s << true;
        QTest::newRow("api only") << exToken << u"https://api.paxos.com/v2"_s << true;
        QTest::newRow("token only") << u"https://oauth.paxos.com/oauth2/token"_s << exApi << true;
        QTest::newRow("case and trailing dot") << exToken << u"https://API.Paxos.COM./v2"_s << true;
        QTest::newRow("explicit port") << exToken << u"https://api.paxos.com:443/v2"_s << true;
        QTest::newRow("bare domain") << exToken << u"https://paxos.com/v2"_s << true;
        QTest::newRow("another paxos host") << exToken << u"https://api2.paxos.com/v2"_s << true;
        QTest::newRow("paxos sandbox") << u"https://oauth.sandbox.paxos.com/oauth2/token"_s
                                       << u"https://api.sandbox.paxos.com/v2"_s << false;
        QTest::newRow("example") << exToken << exApi << false;
        QTest::newRow("lookalike suffix")
            << exToken << u"https://api.paxos.com.evil.test/v2"_s << false;
        QTest::newRow("lookalike prefix") << exToken << u"https://notpaxos.com/v2"_s << false;
        QTest::newRow("loopback") << u"http://127.0.0.1:4000/oauth2/token"_s
                                  << u"http://127.0.0.1:4000/v2"_s << false;
    }

    void productionByDestination()
    {
        QFETCH(QString, tokenUrl);
        QFETCH(QString, apiBase);
        QFETCH(bool, production);
        const Environment custom = Environment::custom(QUrl(tokenUrl), QUrl(apiBase));
        QCOMPARE(custom.kind(), Environment::Kind::Custom);
        QCOMPARE(custom.isProduction(), production);
        QVERIFY(Environment::production().isProduction());
        QVERIFY(!Environment::paxosSandbox().isProduction());
        QVERIFY(!Environment::localSandbox(QUrl(u"http://127.0.0.1:4000"_s)).isProduction());
    }

    // Every URL that leaves the machine is https.
    void httpsUnlessLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.example.test/v2"_s << true;
        QTest::newRow("http remote") << u"http://api.example.test/v2"_s << false;
        QTest::newRow("http production") << u"http://api.paxos.com/v2"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:4000/v2"_s << true;
        QTest::newRow("http 127.8.9.10") << u"http://127.8.9.10:4000/v2"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:4000/v2"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:4000/v2"_s << true;
        QTest::newRow("http LAN") << u"http://192.168.1.10:4000/v2"_s << false;
        QTest::newRow("http localhost lookalike") << u"http://localhost.evil.test/v2"_s << false;
        QTest::newRow("ftp") << u"ftp://api.example.test/v2"_s << false;
        QTest::newRow("no host") << u"https:///v2"_s << false;
    }

    void httpsUnlessLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Environment::urlProblem(QUrl(url)).isEmpty(), allowed);
        const Environment custom =
            Environment::custom(QUrl(u"https://auth.example.test/token"_s), QUrl(url));
        QCOMPARE(custom.isValid(), allowed);
        QCOMPARE(custom.problem().isEmpty(), allowed);
    }

    void userInputBecomesHttps_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("host only") << u"api.example.test"_s << u"https://api.example.test"_s;
        QTest::newRow("host and path")
            << u" api.example.test/v2 "_s << u"https://api.example.test/v2"_s;
        QTest::newRow("host and port")
            << u"api.example.test:8443/v2"_s << u"https://api.example.test:8443/v2"_s;
        QTest::newRow("https kept")
            << u"https://api.example.test/v2"_s << u"https://api.example.test/v2"_s;
        QTest::newRow("http remote refused") << u"http://api.example.test/v2"_s << QString();
        QTest::newRow("http loopback kept")
            << u"http://127.0.0.1:4000/v2"_s << u"http://127.0.0.1:4000/v2"_s;
        QTest::newRow("localhost without scheme")
            << u"localhost:4000"_s << u"https://localhost:4000"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void userInputBecomesHttps()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = Environment::fromUserInput(typed, &error);
        if (expected.isEmpty()) {
            QVERIFY(!url.isValid());
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(url, QUrl(expected));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void keysRoundTrip()
    {
        for (auto kind : {Environment::Kind::LocalSandbox, Environment::Kind::PaxosSandbox,
                          Environment::Kind::Production, Environment::Kind::Custom}) {
            QCOMPARE(Environment::kindFromKey(Environment::kindKey(kind)), kind);
            QVERIFY(!Environment::kindLabel(kind).isEmpty());
        }
        QCOMPARE(Environment::kindFromKey(u"PRODUCTION"), Environment::Kind::Production);
        QVERIFY(!Environment::kindFromKey(u"staging").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"

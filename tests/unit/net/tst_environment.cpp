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

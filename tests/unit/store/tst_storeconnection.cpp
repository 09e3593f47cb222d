#include "core/record/store.h"
#include "core/settings/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

// The team link's connection options: TLS is required to a PostgreSQL server on another
// machine unless the user turned it off; this machine's server is reached as it offers.
class TestStoreConnection : public QObject
{
    Q_OBJECT
private slots:
    void sslMode_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("requireTls");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("remote name") << u"db.example.com"_s << true << u"require"_s;
        QTest::newRow("remote address") << u"10.1.2.3"_s << true << u"require"_s;
        QTest::newRow("remote v6") << u"2001:db8::7"_s << true << u"require"_s;
        QTest::newRow("looks local, is not") << u"localhost.example.com"_s << true << u"require"_s;
        QTest::newRow("turned off") << u"db.example.com"_s << false << u"prefer"_s;
        QTest::newRow("localhost") << u"localhost"_s << true << u"prefer"_s;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true << u"prefer"_s;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true << u"prefer"_s;
        QTest::newRow("127.5.6.7") << u"127.5.6.7"_s << true << u"prefer"_s;
        QTest::newRow("::1") << u"::1"_s << true << u"prefer"_s;
        QTest::newRow("socket folder") << u"/var/run/postgresql"_s << true << u"prefer"_s;
        QTest::newRow("default socket") << QString() << true << u"prefer"_s;
    }
    void sslMode()
    {
        QFETCH(QString, host);
        QFETCH(bool, requireTls);
        QFETCH(QString, sslmode);
        StoreConfig c = StoreConfig::postgreSql(host, 5432, u"cc"_s, u"ada"_s, u"pw"_s);
        c.requireTls = requireTls;
        const QStringList options = c.postgresConnectOptions().split(u';');
        QVERIFY2(options.contains(u"sslmode="_s + sslmode), qPrintable(c.postgresConnectOptions()));
        QCOMPARE(options.filter(u"sslmode="_s).size(), 1);
        QVERIFY(options.contains(u"connect_timeout=5"_s));
        QVERIFY(!c.postgresConnectOptions().contains(u"pw"_s));
    }

    void settingDefaultsToRequired()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        QVERIFY(settings->setValue(SettingKey::StoreBackend, u"postgresql"_s));
        QVERIFY(settings->setValue(SettingKey::StorePgHost, u"db.example.com"_s));
        QVERIFY(StoreConfig::fromSettings(*settings).requireTls);
        QVERIFY(StoreConfig::fromSettings(*settings).postgresConnectOptions().contains(
            u"sslmode=require"_s));
        QVERIFY(settings->setValue(SettingKey::StorePgRequireTls, false));
        QVERIFY(!StoreConfig::fromSettings(*settings).requireTls);
        QVERIFY(StoreConfig::fromSettings(*settings).postgresConnectOptions().contains(
            u"sslmode=prefer"_s));
    }
};

QTEST_GUILESS_MAIN(TestStoreConnection)
#include "tst_storeconnection.moc"

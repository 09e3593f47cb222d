#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "paxos/net/environment.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace console;

Q_DECLARE_METATYPE(console::CredentialOperation)
Q_DECLARE_METATYPE(console::CredentialError)

namespace {

// Write, read back, remove, read again: the round trip every backend must pass.
void roundTrip(CredentialStore &store, const QString &key)
{
    QSignalSpy wrote(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    QSignalSpy failed(&store, &CredentialStore::failed);
    const QByteArray secret("s3cr3t\x00\xff binary", 16);

    store.write(key, secret);
    QCOMPARE(wrote.size(), 0); // never from inside the call
    QVERIFY(wrote.wait(10000));
    QCOMPARE(wrote.first().first().toString(), key);

    store.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).toString(), key);
    QCOMPARE(read.first().at(1).toByteArray(), secret);

    store.remove(key);
    QVERIFY(removed.wait(10000));

    store.read(key);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toString(), key);
    QCOMPARE(failed.first().at(1).value<CredentialOperation>(), CredentialOperation::Read);
    QCOMPARE(failed.first().at(2).value<CredentialError>(), CredentialError::NotFound);
    QVERIFY(!failed.first().at(3).toString().contains(u"s3cr3t"_s));
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<CredentialOperation>();
        qRegisterMetaType<CredentialError>();
    }

    void memoryRoundTrip()
    {
        MemoryCredentialStore store;
        QVERIFY(!store.isPersistent());
        roundTrip(store, u"test/memory"_s);
    }

    void keys()
    {
        QCOMPARE(credentialkeys::clientSecret(u"Paxos Sandbox"_s, u"abc"_s),
                 u"client-secret/Paxos Sandbox/abc"_s);
        // Fixed environments keep their keys; a Custom one is keyed by its URLs too, so an
        // edited URL never finds (and never sends) the secret typed for the old one.
        QCOMPARE(credentialkeys::clientSecret(paxos::Environment::production(), u"abc"_s),
                 u"client-secret/production/abc"_s);
        QCOMPARE(credentialkeys::clientSecret(paxos::Environment::paxosSandbox(), u"abc"_s),
                 u"client-secret/sandbox/abc"_s);
        const auto custom = [](const QString &token, const QString &api) {
            return paxos::Environment::custom(QUrl(token), QUrl(api));
        };
        const QString a = credentialkeys::clientSecret(
            custom(u"https://auth.a.test/oauth2/token"_s, u"https://api.a.test/v2"_s), u"abc"_s);
        QCOMPARE(
            a,
            u"client-secret/custom/https://auth.a.test/oauth2/token https://api.a.test/v2/abc"_s);
        QVERIFY(a
                != credentialkeys::clientSecret(
                    custom(u"https://auth.b.test/oauth2/token"_s, u"https://api.a.test/v2"_s),
                    u"abc"_s));
        QVERIFY(a
                != credentialkeys::clientSecret(
                    custom(u"https://auth.a.test/oauth2/token"_s, u"https://api.b.test/v2"_s),
                    u"abc"_s));
        QVERIFY(a
                != credentialkeys::clientSecret(
                    custom(u"https://auth.a.test/oauth2/token"_s, u"https://api.a.test/v2"_s),
                    u"abd"_s));
        QCOMPARE(credentialkeys::storePassword(u"db"_s, 5432, u"cc"_s, u"ada"_s),
                 u"store-password/ada@db:5432/cc"_s);
        QVERIFY(!credentialkeys::draftsKey().isEmpty());
    }

    // No session bus, so no Secret Service: the store must say so and keep working in memory.
    void keychainFallsBackToMemoryAndSaysSo()
    {
        if (qEnvironmentVariableIsSet("CC_TEST_REAL_KEYCHAIN"))
            QSKIP("a Secret Service is running for this run");
        KeychainCredentialStore store;
        QSignalSpy fallback(&store, &CredentialStore::fallbackActivated);
        QSignalSpy wrote(&store, &CredentialStore::writeFinished);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.write(u"test/fallback"_s, "value");
        QTRY_VERIFY_WITH_TIMEOUT(wrote.size() + failed.size() > 0, 60000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(3).toString()));
        QCOMPARE(fallback.size(), 1);
        QVERIFY(!fallback.first().first().toString().isEmpty());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.hasFallenBack());
        roundTrip(store, u"test/fallback-2"_s);
        QCOMPARE(fallback.size(), 1); // said once
    }

    // Run by the keychain_real test under dbus-run-session with gnome-keyring unlocked.
    void keychainRoundTripOnSecretService()
    {
        if (!qEnvironmentVariableIsSet("CC_TEST_REAL_KEYCHAIN"))
            QSKIP("needs a Secret Service (the credentialstore_secret_service test provides one)");
        KeychainCredentialStore store;
        QSignalSpy fallback(&store, &CredentialStore::fallbackActivated);
        roundTrip(store, u"test/real-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(fallback.size(), 0);
        QVERIFY(store.isPersistent());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

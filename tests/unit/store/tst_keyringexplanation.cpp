// The console explains the keyring before the desktop prompts: with the explanation on and a
// locked (or missing) keyring, no keychain call starts until the reviewer has answered; the
// answer either lets the calls go to the keyring or keeps secrets in memory. Against a real
// Secret Service (keychain-session.sh), the probe tells unlocked from locked.
#include "core/credentials/keychaincredentialstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::KeychainCredentialStore;
using console::KeyringState;

namespace {

// A probe that answers `state` later, and counts how often it was asked.
auto fakeProbe(KeyringState state, int *asked)
{
    return [state, asked](QObject *context, std::function<void(KeyringState)> done) {
        ++*asked;
        QMetaObject::invokeMethod(
            context, [done, state] { done(state); }, Qt::QueuedConnection);
    };
}

KeyringState probeNow()
{
    KeyringState result = KeyringState::Unknown;
    bool answered = false;
    QObject context;
    console::probeKeyring(&context, [&](KeyringState s) {
        result = s;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning("the probe did not answer");
    return result;
}

} // namespace

class TestKeyringExplanation : public QObject
{
    Q_OBJECT

private slots:
    void lockedKeyringWaitsForTheReviewer()
    {
        KeychainCredentialStore store;
        int asked = 0;
        store.setKeyringProbe(fakeProbe(KeyringState::Locked, &asked));
        store.setExplainsUnlock(true);
        QSignalSpy ahead(&store, &KeychainCredentialStore::unlockAhead);
        QSignalSpy read(&store, &console::CredentialStore::readFinished);
        QSignalSpy failed(&store, &console::CredentialStore::failed);
        store.read(u"drafts-key"_s);
        store.read(u"client-secret/production/abc"_s);
        QVERIFY(ahead.wait());
        QCOMPARE(ahead.count(), 1);
        QCOMPARE(ahead.at(0).at(0).value<KeyringState>(), KeyringState::Locked);
        QCOMPARE(asked, 1);
        QVERIFY(store.isWaitingForExplanation());
        // Nothing reached the keyring (whose prompt would now be on screen).
        QVERIFY(!QTest::qWaitFor([&] { return read.count() + failed.count() > 0; }, 300));

        // "Not now": both calls are answered from memory, the fallback is said once.
        QSignalSpy fallback(&store, &console::CredentialStore::fallbackActivated);
        store.keepInMemory(u"not now"_s);
        QTRY_COMPARE(failed.count(), 2); // nothing stored in memory under those keys
        QCOMPARE(fallback.count(), 1);
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.isWaitingForExplanation());
    }

    void continuingLetsTheCallsGoToTheKeyring()
    {
        KeychainCredentialStore store;
        int asked = 0;
        store.setKeyringProbe(fakeProbe(KeyringState::Missing, &asked));
        store.setExplainsUnlock(true);
        QSignalSpy ahead(&store, &KeychainCredentialStore::unlockAhead);
        QSignalSpy failed(&store, &console::CredentialStore::failed);
        QSignalSpy fallback(&store, &console::CredentialStore::fallbackActivated);
        store.read(u"drafts-key"_s);
        QVERIFY(ahead.wait());
        QCOMPARE(ahead.at(0).at(0).value<KeyringState>(), KeyringState::Missing);
        store.continueToKeyring();
        // The call now goes to QtKeychain; this test has no Secret Service (no bus), so the
        // store falls back and answers: the point is that the call was made after the answer.
        QTRY_VERIFY(failed.count() + fallback.count() > 0);
        store.read(u"again"_s);
        QCOMPARE(asked, 1);
        QCOMPARE(ahead.count(), 1);
    }

    void unlockedKeyringAsksNothing()
    {
        KeychainCredentialStore store;
        int asked = 0;
        store.setKeyringProbe(fakeProbe(KeyringState::Unlocked, &asked));
        store.setExplainsUnlock(true);
        QSignalSpy ahead(&store, &KeychainCredentialStore::unlockAhead);
        QSignalSpy failed(&store, &console::CredentialStore::failed);
        QSignalSpy fallback(&store, &console::CredentialStore::fallbackActivated);
        store.read(u"drafts-key"_s);
        QTRY_VERIFY(failed.count() + fallback.count() > 0);
        QCOMPARE(ahead.count(), 0);
        QCOMPARE(asked, 1);
    }

    void withoutTheExplanationNothingIsProbed()
    {
        KeychainCredentialStore store; // paxosctl, smoke runs
        int asked = 0;
        store.setKeyringProbe(fakeProbe(KeyringState::Locked, &asked));
        QSignalSpy ahead(&store, &KeychainCredentialStore::unlockAhead);
        QSignalSpy failed(&store, &console::CredentialStore::failed);
        QSignalSpy fallback(&store, &console::CredentialStore::fallbackActivated);
        store.read(u"drafts-key"_s);
        QTRY_VERIFY(failed.count() + fallback.count() > 0);
        QCOMPARE(asked, 0);
        QCOMPARE(ahead.count(), 0);
    }

    // Under keychain-session.sh: a real gnome-keyring, unlocked, then locked over D-Bus.
    void probeReadsTheSecretService()
    {
        if (!qEnvironmentVariableIsSet("CC_TEST_REAL_KEYCHAIN"))
            QSKIP("needs keychain-session.sh (a private gnome-keyring)");
        QCOMPARE(probeNow(), KeyringState::Unlocked);
        QDBusMessage lock = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        lock << QVariant::fromValue(
            QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock, QDBus::Block, 5000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(probeNow(), KeyringState::Locked);
    }
};

QTEST_GUILESS_MAIN(TestKeyringExplanation)
#include "tst_keyringexplanation.moc"

#include "core/credentials/credentialstore.h"
#include "core/record/draftcipher.h"
#include "core/record/drafts.h"
#include "support/storebackends.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

QJsonObject personForm()
{
    return QJsonObject{{u"first_name"_s, u"Zelda"_s},
                       {u"date_of_birth"_s, u"1980-01-01"_s},
                       {u"cip_id"_s, u"073-05-1120"_s}};
}

// A credential store that is a real keychain as far as DraftKeyLoader can tell.
class PersistentMemoryStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    bool isPersistent() const override { return true; }
};

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT
private slots:
    // A draft typed in Production (an SSN in it) is offered only in Production, says so, and
    // cannot be moved to a sandbox by rewriting its environment column.
    void draftsBelongToTheirEnvironment_data() { storetest::addBackendRows(); }
    void draftsBelongToTheirEnvironment()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        Drafts drafts(&store);
        drafts.setKey(DraftCipher::generateKey());
        drafts.setEnvironment(u"production"_s);
        const auto saved =
            drafts.save({}, u"identity.create.person"_s, personForm(), u"Zelda (new person)"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const QString id = saved->draftId;
        QCOMPARE(saved->environment, u"production"_s);
        QCOMPARE(drafts.list()->size(), 1);
        QCOMPARE(drafts.list()->first().environment, u"production"_s);

        drafts.setEnvironment(u"local"_s);
        QVERIFY(drafts.list()->isEmpty());
        QVERIFY(!drafts.load(id).ok());
        // Typing on under the same id from the sandbox does not take it over.
        QVERIFY(!drafts.save(id, u"identity.create.person"_s, personForm()).ok());
        const auto local = drafts.save({}, u"identity.create.person"_s, personForm(), u"L"_s);
        QVERIFY(local.ok());
        QCOMPARE(drafts.list()->size(), 1);
        QCOMPARE(drafts.list()->first().draftId, local->draftId);

        // Rewriting the column does not carry the Production draft over: the seal is bound
        // to its environment.
        QVERIFY(
            store.run(u"UPDATE drafts SET environment = 'local' WHERE draft_id = ?"_s, {id}).ok());
        QCOMPARE(drafts.list()->size(), 2);
        QVERIFY(!drafts.load(id).ok());
        QVERIFY(
            store.run(u"UPDATE drafts SET environment = 'production' WHERE draft_id = ?"_s, {id})
                .ok());
        drafts.setEnvironment(u"production"_s);
        const auto loaded = drafts.load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->form, personForm());
    }

    void saveLoadListDiscard_data() { storetest::addBackendRows(); }
    void saveLoadListDiscard()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        qint64 clock = 100;
        store.setClock([&] { return clock; });
        Drafts drafts(&store);
        QVERIFY(!drafts.save({}, u"identity.create.person"_s, personForm()).ok()); // no key yet
        drafts.setKey(DraftCipher::generateKey());

        const auto saved =
            drafts.save({}, u"identity.create.person"_s, personForm(), u"Zelda (new person)"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const QString id = saved.value().draftId;
        QVERIFY(!id.isEmpty());

        // Typing on: same id, later time, created time kept.
        clock = 200;
        QJsonObject more = personForm();
        more.insert(u"last_name"_s, u"Hyrule"_s);
        const auto again = drafts.save(id, u"identity.create.person"_s, more, u"Zelda Hyrule"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.value().createdAtMs, 100);
        QCOMPARE(again.value().updatedAtMs, 200);

        const auto loaded = drafts.load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().form, more);
        QCOMPARE(loaded.value().info.label, u"Zelda Hyrule"_s);

        clock = 300;
        QVERIFY(drafts
                    .save({}, u"control.create"_s, QJsonObject{{u"type"_s, u"DORMANT"_s}},
                          u"Dormant"_s, u"id-7"_s)
                    .ok());
        const auto list = drafts.list();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().first().kind, u"control.create"_s); // newest first
        QCOMPARE(list.value().first().identityId, u"id-7"_s);
        QVERIFY(list.value().first().readable);
        QCOMPARE(list.value().last().label, u"Zelda Hyrule"_s);

        QVERIFY(drafts.discard(id).ok());
        QCOMPARE(drafts.list().value().size(), 1);
        QVERIFY(!drafts.load(id).ok());
    }

    void personalDataIsSealedAtRest_data() { storetest::addBackendRows(); }
    void personalDataIsSealedAtRest()
    {
        CC_OPEN_STORE(store, fresh);
        Drafts drafts(&store);
        drafts.setKey(DraftCipher::generateKey());
        const auto saved = drafts.save({}, u"identity.create.person"_s, personForm(), u"Zelda"_s);
        QVERIFY(saved.ok());
        auto raw = store.run(u"SELECT payload, kind, owner FROM drafts"_s);
        QVERIFY(raw.ok() && raw.value().next());
        const QByteArray payload = raw.value().value(0).toByteArray();
        QVERIFY(payload.size() > 30);
        QVERIFY(!payload.contains("Zelda"));
        QVERIFY(!payload.contains("073-05-1120"));
        QVERIFY(!payload.contains("1980-01-01"));

        // A changed payload does not open; neither does a payload moved to another row.
        QByteArray tampered = payload;
        tampered[tampered.size() - 20] = char(tampered.at(tampered.size() - 20) ^ 0x01);
        QVERIFY(store.run(u"UPDATE drafts SET payload = ?"_s, {tampered}).ok());
        QVERIFY(!drafts.load(saved.value().draftId).ok());
        QVERIFY(store.run(u"UPDATE drafts SET payload = ?, draft_id = 'other'"_s, {payload}).ok());
        QVERIFY(!drafts.load(u"other"_s).ok());
    }

    void draftsAreSealedWithAnotherKey_data() { storetest::addBackendRows(); }
    void draftsAreSealedWithAnotherKey()
    {
        CC_OPEN_STORE(store, fresh);
        Drafts drafts(&store);
        drafts.setKey(DraftCipher::generateKey());
        const auto saved = drafts.save({}, u"identity.update"_s, personForm(), u"Zelda"_s);
        QVERIFY(saved.ok());
        drafts.setKey(DraftCipher::generateKey()); // the old key is gone
        const auto list = drafts.list().value();
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().readable);
        QVERIFY(list.first().label.isEmpty());
        const auto load = drafts.load(saved.value().draftId);
        QVERIFY(!load.ok());
        QVERIFY(load.errorMessage().contains(u"discarded"_s));
        QVERIFY(drafts.discard(saved.value().draftId).ok());
    }

    void draftsArePersonal_data() { storetest::addBackendRows(); }
    void draftsArePersonal()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        store.setOperator({u"Ada"_s, u"ada"_s});
        other.setOperator({u"Bo"_s, u"bo"_s});
        const QByteArray key = DraftCipher::generateKey();
        Drafts ada(&store);
        Drafts bo(&other);
        ada.setKey(key);
        bo.setKey(key);
        const auto saved = ada.save(u"d-1"_s, u"identity.update"_s, personForm());
        QVERIFY(saved.ok());
        QVERIFY(bo.list().value().isEmpty());
        QVERIFY(!bo.load(u"d-1"_s).ok());
        QVERIFY(!bo.save(u"d-1"_s, u"identity.update"_s, QJsonObject{}).ok());
        QVERIFY(bo.discard(u"d-1"_s).ok()); // discards nothing of Ada's
        QCOMPARE(ada.list().value().size(), 1);
    }

    void keyLoaderCreatesThenReadsTheKey()
    {
        PersistentMemoryStore credentials;
        QByteArray first;
        {
            DraftKeyLoader loader(&credentials);
            QSignalSpy ready(&loader, &DraftKeyLoader::keyReady);
            QSignalSpy warning(&loader, &DraftKeyLoader::warning);
            loader.load();
            QVERIFY(ready.wait(5000));
            first = ready.first().first().toByteArray();
            QCOMPARE(first.size(), DraftCipher::kKeySize);
            QCOMPARE(warning.size(), 0);
        }
        DraftKeyLoader again(&credentials);
        QSignalSpy ready(&again, &DraftKeyLoader::keyReady);
        again.load();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toByteArray(), first);
    }

    void keyLoaderWarnsWithoutKeychain()
    {
        MemoryCredentialStore credentials; // not persistent: the no-keychain fallback
        DraftKeyLoader loader(&credentials);
        QSignalSpy ready(&loader, &DraftKeyLoader::keyReady);
        QSignalSpy warning(&loader, &DraftKeyLoader::warning);
        loader.load();
        QVERIFY(ready.wait(5000));
        QCOMPARE(warning.size(), 1);
        QVERIFY(warning.first().first().toString().contains(u"restart"_s));
    }

    void keyLoaderRefusesADamagedKey()
    {
        PersistentMemoryStore credentials;
        credentials.write(credentialkeys::draftsKey(), "short");
        DraftKeyLoader loader(&credentials);
        QSignalSpy failed(&loader, &DraftKeyLoader::failed);
        QSignalSpy ready(&loader, &DraftKeyLoader::keyReady);
        loader.load();
        QVERIFY(failed.wait(5000));
        QCOMPARE(ready.size(), 0);
    }

    void cipherRoundTrip()
    {
        const QByteArray key = DraftCipher::generateKey();
        const auto sealed = DraftCipher::seal(key, "hello", "row-1");
        QVERIFY(sealed);
        QCOMPARE(*DraftCipher::open(key, *sealed, "row-1"), QByteArray("hello"));
        QVERIFY(!DraftCipher::open(key, *sealed, "row-2"));
        QVERIFY(!DraftCipher::open(DraftCipher::generateKey(), *sealed, "row-1"));
        QVERIFY(!DraftCipher::open(key, sealed->left(10), "row-1"));
        QVERIFY(DraftCipher::seal(key, "hello", "row-1") != sealed); // fresh nonce each time
        QCOMPARE(DraftCipher::keyId(key).size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"

#include "core/record/migrations.h"
#include "core/record/store.h"
#include "support/storebackends.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using console::Store;
using console::StoreBackend;

class TestStoreMigrations : public QObject
{
    Q_OBJECT
private slots:
    void fromEmpty_data() { storetest::addBackendRows(); }
    void fromEmpty()
    {
        CC_OPEN_STORE(store, fresh);
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(store.backend(), backend);
        const QStringList tables = store.database().tables();
        for (const auto &table :
             {u"schema_migrations"_s, u"audit_trail"_s, u"audit_chain_head"_s, u"notes"_s,
              u"reason_codes"_s, u"identity_snapshots"_s, u"request_ledger"_s, u"drafts"_s,
              u"processed_events"_s, u"team_settings"_s, u"assignments"_s, u"soft_locks"_s,
              u"document_records"_s}) {
            QVERIFY2(tables.contains(table), qPrintable(table));
        }
        auto applied = store.run(u"SELECT version, description FROM schema_migrations"_s);
        QVERIFY(applied.ok());
        int rows = 0;
        while (applied.value().next()) {
            ++rows;
            QVERIFY(!applied.value().value(1).toString().isEmpty());
        }
        QCOMPARE(rows, Store::latestSchemaVersion());
        // The describe() text names the location and never the password.
        QVERIFY(!store.describe().isEmpty());
        if (backend == StoreBackend::PostgreSql)
            QVERIFY(!store.describe().contains(fresh->config().password));
        else
            QCOMPARE(
                QFile::permissions(fresh->config().sqlitePath)
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                QFile::Permissions());
    }

    void reopenIsIdempotent_data() { storetest::addBackendRows(); }
    void reopenIsIdempotent()
    {
        CC_OPEN_STORE(store, fresh);
        QVERIFY(store
                    .run(u"INSERT INTO team_settings (key, value, updated_by, updated_at_ms) "
                         "VALUES ('k', '\"v\"', 'me', 1)"_s)
                    .ok());
        store.close();
        QVERIFY(!store.isOpen());
        const auto again = store.open(fresh->config());
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        auto q = store.run(u"SELECT COUNT(*) FROM team_settings"_s);
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 1);
        // Two stores on one location (two consoles) both open.
        Store second;
        const auto secondOpened = second.open(fresh->config());
        QVERIFY2(secondOpened.ok(), qPrintable(secondOpened.errorMessage()));
    }

    void newerSchemaIsRefused_data() { storetest::addBackendRows(); }
    void newerSchemaIsRefused()
    {
        CC_OPEN_STORE(store, fresh);
        QVERIFY(store
                    .run(u"INSERT INTO schema_migrations (version, description, applied_at_ms) "
                         "VALUES (999, 'from the future', 0)"_s)
                    .ok());
        store.close();
        const auto reopened = store.open(fresh->config());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.errorMessage().contains(u"newer"_s), qPrintable(reopened.errorMessage()));
        QVERIFY(!store.isOpen());
    }

    void badLocationIsAnError()
    {
        Store store;
        const auto opened =
            store.open(console::StoreConfig::sqlite(u"/proc/no/such/dir/x.sqlite"_s));
        QVERIFY(!opened.ok());
        QVERIFY(!opened.errorMessage().isEmpty());
        QVERIFY(!store.isOpen());
    }

    void wrongPostgresPasswordIsAnError()
    {
        CC_FRESH_STORE(fresh, StoreBackend::PostgreSql);
        auto config = fresh->config();
        config.password = u"not-the-password"_s;
        Store store;
        const auto opened = store.open(config);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.errorMessage().contains(u"not-the-password"_s));
    }

    void changesReachTheOtherConsole()
    {
        // PostgreSQL only: LISTEN/NOTIFY carries a topic from one console to the other.
        CC_FRESH_STORE(fresh, StoreBackend::PostgreSql);
        Store one;
        Store two;
        QVERIFY(one.open(fresh->config()).ok());
        QVERIFY(two.open(fresh->config()).ok());
        QSignalSpy spyTwo(&two, &Store::changed);
        QSignalSpy spyOne(&one, &Store::changed);
        one.notifyChanged(console::StoreTopic::Notes);
        QCOMPARE(spyOne.size(), 1);
        QCOMPARE(spyOne.at(0).at(1).toBool(), false);
        QVERIFY(spyTwo.wait(5000));
        QCOMPARE(spyTwo.at(0).at(0).value<console::StoreTopic>(), console::StoreTopic::Notes);
        QCOMPARE(spyTwo.at(0).at(1).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"

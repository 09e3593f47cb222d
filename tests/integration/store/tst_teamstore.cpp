#include "core/record/assignments.h"
#include "core/record/softlocks.h"
#include "core/record/teamsettings.h"
#include "support/storebackends.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

// Two consoles on one store: assignments, soft locks and team settings seen from the other
// connection.
class TestTeamStore : public QObject
{
    Q_OBJECT
private slots:
    void assignmentSeenFromSecondConnection_data() { storetest::addBackendRows(); }
    void assignmentSeenFromSecondConnection()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        store.setOperator({u"Ada"_s, u"ada"_s});
        other.setOperator({u"Bo"_s, u"bo"_s});
        Assignments ada(&store);
        Assignments bo(&other);

        QVERIFY(ada.assign(u"id-1"_s, u"Bo"_s).ok());
        const auto seen = bo.assignmentOf(u"id-1"_s);
        QVERIFY(seen.ok() && seen.value().has_value());
        QCOMPARE(seen.value()->assignee, u"Bo"_s);
        QCOMPARE(seen.value()->assignedBy, u"Ada"_s);
        QCOMPARE(bo.mine().value(), QStringList{u"id-1"_s});
        QVERIFY(ada.mine().value().isEmpty());

        // Ada cannot take what Bo has; Bo can take it again (it is his), then release it.
        const auto refused = ada.take(u"id-1"_s);
        QVERIFY(refused.ok());
        QVERIFY(!refused.value().taken);
        QCOMPARE(refused.value().heldBy, u"Bo"_s);
        QVERIFY(bo.take(u"id-1"_s).value().taken);
        QVERIFY(bo.release(u"id-1"_s).ok());
        QVERIFY(!ada.assignmentOf(u"id-1"_s).value().has_value());
        const auto taken = ada.take(u"id-1"_s);
        QVERIFY(taken.value().taken);
        QCOMPARE(bo.assignmentOf(u"id-1"_s).value()->assignee, u"Ada"_s);

        QVERIFY(ada.assign(u"id-2"_s, u"Ada"_s).ok());
        QVERIFY(ada.assign(u"id-3"_s, u"Bo"_s).ok());
        QCOMPARE(ada.mine().value().size(), 2);
        const auto columns = bo.assigneesOf({u"id-1"_s, u"id-2"_s, u"id-3"_s, u"id-4"_s}).value();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.value(u"id-3"_s), u"Bo"_s);
        // An empty assignee releases.
        QVERIFY(ada.assign(u"id-3"_s, QString()).ok());
        QVERIFY(!bo.assignmentOf(u"id-3"_s).value().has_value());
    }

    // "Assign to…" offers the team's names from the record, and a name typed in another case
    // is the same reviewer: "ana" does not hide the identity from Ana's "My identities".
    void teamNamesAndCaseInsensitiveNames_data() { storetest::addBackendRows(); }
    void teamNamesAndCaseInsensitiveNames()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        store.setOperator({u"Ana"_s, u"ana"_s});
        other.setOperator({u"Bo"_s, u"bo"_s});
        Assignments ana(&store);
        Assignments bo(&other);
        QVERIFY(ana.take(u"id-1"_s).value().taken);
        SoftLocks lock(&other);
        QVERIFY(lock.open(u"id-9"_s).ok());

        // Bo's console knows Ana from the record (she took one) and Bo from his lock.
        QCOMPARE(bo.teamNames().value(), (QStringList{u"Ana"_s, u"Bo"_s}));

        // Bo types "ana": stored as the team spells it, and in Ana's "My identities".
        QVERIFY(bo.assign(u"id-2"_s, u"ana"_s).ok());
        QCOMPARE(ana.assignmentOf(u"id-2"_s).value()->assignee, u"Ana"_s);
        QCOMPARE(ana.mine().value().size(), 2);
        // A name the record has never seen is kept as typed, and matched in any case.
        QVERIFY(ana.assign(u"id-3"_s, u"Cleo"_s).ok());
        QCOMPARE(ana.forAssignee(u"CLEO"_s).value().size(), 1);
        QCOMPARE(bo.teamNames().value(), (QStringList{u"Ana"_s, u"Bo"_s, u"Cleo"_s}));
        // Ana taking what "ANA" was given is taking her own.
        QVERIFY(other.run(u"UPDATE assignments SET assignee = 'ANA' WHERE identity_id = 'id-2'"_s)
                    .ok());
        QVERIFY(ana.take(u"id-2"_s).value().taken);
        QVERIFY(lock.close(u"id-9"_s).ok());
    }

    // "Test connection" connects and asks, and leaves the database as it found it: no tables.
    void testConnectionCreatesNoTables_data() { storetest::addBackendRows(); }
    void testConnectionCreatesNoTables()
    {
        QFETCH(console::StoreBackend, backend);
        CC_FRESH_STORE(fresh, backend);
        const console::StoreConfig config = fresh->config();
        QCOMPARE(Store::probe(config), QString());

        // Look with a plain connection, not a Store (which would migrate).
        const QString name = u"probe-check"_s;
        {
            const bool pg = backend == console::StoreBackend::PostgreSql;
            QSqlDatabase db = QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, name);
            if (pg) {
                db.setHostName(config.host);
                db.setPort(config.port);
                db.setDatabaseName(config.database);
                db.setUserName(config.user);
                db.setPassword(config.password);
            } else {
                db.setDatabaseName(config.sqlitePath);
            }
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(pg ? u"SELECT COUNT(*) FROM information_schema.tables "
                                "WHERE table_schema = 'public'"_s
                              : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // A wrong password is refused with words.
        console::StoreConfig wrong = config;
        if (backend == console::StoreBackend::PostgreSql) {
            wrong.password = u"not-the-password"_s;
            wrong.user = u"nobody_here"_s;
            QVERIFY(!Store::probe(wrong).trimmed().isEmpty());
        }
    }

    void softLocksShowWhoHasItOpen_data() { storetest::addBackendRows(); }
    void softLocksShowWhoHasItOpen()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        qint64 clock = 1'000'000;
        store.setClock([&] { return clock; });
        other.setClock([&] { return clock; });
        store.setOperator({u"Ada"_s, u"ada"_s});
        other.setOperator({u"Bo"_s, u"bo"_s});
        SoftLocks ada(&store);
        SoftLocks bo(&other);
        ada.setTtlMs(60'000);
        bo.setTtlMs(60'000);

        QVERIFY(ada.open(u"id-1"_s).ok());
        QVERIFY(ada.othersHolding(u"id-1"_s).value().isEmpty()); // not counting myself
        const auto holders = bo.othersHolding(u"id-1"_s);
        QVERIFY(holders.ok());
        QCOMPARE(holders.value().size(), 1);
        QCOMPARE(holders.value().first().holder, u"Ada"_s);
        QCOMPARE(bo.holdersOf({u"id-1"_s, u"id-2"_s}).value().value(u"id-1"_s),
                 QStringList{u"Ada"_s});

        // Heartbeats keep it; without them it expires.
        clock += 50'000;
        QVERIFY(ada.heartbeat().ok());
        clock += 50'000;
        QCOMPARE(bo.othersHolding(u"id-1"_s).value().size(), 1);
        clock += 61'000;
        QVERIFY(bo.othersHolding(u"id-1"_s).value().isEmpty());

        QVERIFY(ada.open(u"id-1"_s).ok());
        QVERIFY(ada.close(u"id-1"_s).ok());
        QVERIFY(bo.othersHolding(u"id-1"_s).value().isEmpty());

        QVERIFY(ada.open(u"id-5"_s).ok());
        QVERIFY(ada.open(u"id-6"_s).ok());
        QCOMPARE(bo.holdersOf({u"id-5"_s, u"id-6"_s}).value().size(), 2);
        QVERIFY(ada.closeAll().ok());
        QVERIFY(bo.holdersOf({u"id-5"_s, u"id-6"_s}).value().isEmpty());
    }

    void heartbeatTimerKeepsLocksAlive()
    {
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        SoftLocks locks(&store);
        locks.setTtlMs(300);
        QVERIFY(locks.open(u"id"_s).ok());
        const auto before = store.run(u"SELECT heartbeat_at_ms FROM soft_locks"_s);
        QVERIFY(before.ok());
        QSignalSpy failed(&locks, &SoftLocks::heartbeatFailed);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto q = store.run(u"SELECT heartbeat_at_ms - opened_at_ms FROM soft_locks"_s);
                return q.ok() && q.value().next() && q.value().value(0).toLongLong() > 0;
            }(),
            5000);
        QCOMPARE(failed.size(), 0);
    }

    void teamSettings_data() { storetest::addBackendRows(); }
    void teamSettings()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        TeamSettings mine(&store);
        TeamSettings theirs(&other);
        QVERIFY(mine.setValue(u"notes/defaultReasonCode"_s, u"DOCUMENT_REVIEW"_s).ok());
        QVERIFY(mine.setValue(u"locks/ttlSeconds"_s, 120).ok());
        QVERIFY(mine.setValue(u"export/columns"_s, QJsonArray{u"a"_s, u"b"_s}).ok());
        QCOMPARE(theirs.value(u"notes/defaultReasonCode"_s).value().toString(),
                 u"DOCUMENT_REVIEW"_s);
        QCOMPARE(theirs.value(u"locks/ttlSeconds"_s).value().toInt(), 120);
        QCOMPARE(theirs.value(u"export/columns"_s).value().toArray().size(), 2);
        QCOMPARE(theirs.value(u"missing"_s, u"fallback"_s).value().toString(), u"fallback"_s);
        QVERIFY(theirs.setValue(u"locks/ttlSeconds"_s, 60).ok());
        QCOMPARE(mine.value(u"locks/ttlSeconds"_s).value().toInt(), 60);
        QCOMPARE(mine.all().value().size(), 3);
        QVERIFY(mine.remove(u"export/columns"_s).ok());
        QCOMPARE(theirs.all().value().size(), 2);
    }

    void teamSettingsRefuseSecrets_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("client secret") << u"paxos/client_secret"_s;
        QTest::newRow("password") << u"store/password"_s;
        QTest::newRow("token") << u"oauth/access_token"_s;
        QTest::newRow("webhook key") << u"webhook_key"_s;
    }
    void teamSettingsRefuseSecrets()
    {
        QFETCH(QString, key);
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        TeamSettings settings(&store);
        QVERIFY(!settings.setValue(key, u"hunter2"_s).ok());
        QVERIFY(settings.all().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"

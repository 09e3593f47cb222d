#include "core/record/audittrail.h"
#include "core/record/teamsettings.h"
#include "support/storebackends.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

AuditRecord entry()
{
    AuditRecord r;
    r.action = AuditAction::NoteAdd;
    r.identityId = u"id-1"_s;
    return r;
}

// A session on the server's maintenance database, as its administrator would open one.
class Maintenance
{
public:
    explicit Maintenance(const StoreConfig &config)
        : m_database(config.database)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, kName);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setDatabaseName(u"postgres"_s);
        m_open = db.open();
    }
    ~Maintenance() { QSqlDatabase::removeDatabase(kName); }

    bool isOpen() const { return m_open; }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        return q.exec(sql);
    }
    int sessions() const
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        // Client sessions only: an autovacuum worker may be busy in the database too.
        if (!q.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '%1' "
                    "AND backend_type = 'client backend'"_s.arg(m_database))
            || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // What a server restart, a failover or an idle-connection reaper does to the console's
    // session: the server ends it.
    bool dropSessions() const
    {
        return exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = '%1'"_s.arg(m_database));
    }
    bool allowConnections(bool allow) const
    {
        return exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(
            m_database, allow ? u"true"_s : u"false"_s));
    }

private:
    static inline const QString kName = u"cc-test-maintenance"_s;
    QString m_database;
    bool m_open = false;
};

} // namespace

// The team link (PostgreSQL) after its connection drops: it comes back by itself, and while
// the server cannot be reached every write is refused with a clear error, never lost quietly.
class TestTeamLink : public QObject
{
    Q_OBJECT
private slots:
    void reconnectsAfterTheConnectionDrops()
    {
        CC_FRESH_STORE(fresh, StoreBackend::PostgreSql);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        Maintenance admin(fresh->config());
        QVERIFY(admin.isOpen());
        AuditTrail trail(&store);
        QVERIFY(trail.append(entry()).ok());

        // A write in a transaction: found dropped at BEGIN, sent on a new session.
        QVERIFY(admin.dropSessions());
        QTRY_COMPARE_WITH_TIMEOUT(admin.sessions(), 0, 10000);
        const auto second = trail.append(entry());
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second.value().seq, 2);

        // A read: run again on a new session.
        QVERIFY(admin.dropSessions());
        QTRY_COMPARE_WITH_TIMEOUT(admin.sessions(), 0, 10000);
        const auto counted = trail.count({});
        QVERIFY2(counted.ok(), qPrintable(counted.errorMessage()));
        QCOMPARE(counted.value(), 2);

        // A single write outside a transaction is not sent twice: its caller hears it.
        QVERIFY(admin.dropSessions());
        QTRY_COMPARE_WITH_TIMEOUT(admin.sessions(), 0, 10000);
        TeamSettings team(&store);
        const auto lost = team.setValue(u"queue.columns"_s, QJsonValue(u"name"_s));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().nativeCode, u"cc-unreachable"_s);
        QVERIFY(lost.errorMessage().contains(u"whether it was saved"_s));
        QVERIFY(team.setValue(u"queue.columns"_s, QJsonValue(u"name"_s)).ok());

        // Other consoles' changes arrive again on the new session.
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        QSignalSpy changed(&store, &Store::changed);
        other.notifyChanged(StoreTopic::Notes);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().at(1).toBool(), 10000);
        QVERIFY(trail.verify().value().intact);
    }

    void refusesWritesWhileDown()
    {
        CC_FRESH_STORE(fresh, StoreBackend::PostgreSql);
        Store store;
        StoreConfig config = fresh->config();
        config.connectTimeoutSeconds = 2;
        QVERIFY(store.open(config).ok());
        Maintenance admin(fresh->config());
        QVERIFY(admin.isOpen());
        AuditTrail trail(&store);
        QVERIFY(trail.append(entry()).ok());

        QSignalSpy reachability(&store, &Store::reachabilityChanged);
        QVERIFY(store.isReachable());

        // The record goes down: the session ends and no new one is let in.
        QVERIFY(admin.allowConnections(false));
        QVERIFY(admin.dropSessions());
        QTRY_COMPARE_WITH_TIMEOUT(admin.sessions(), 0, 10000);
        const auto refused = trail.append(entry());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().nativeCode, u"cc-unreachable"_s);
        QVERIFY2(refused.errorMessage().contains(u"team database cannot be reached"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(u"Nothing was saved"_s));
        QVERIFY(!trail.count({}).ok());
        // The window hears it once, with the server's reason, and stops claiming the record.
        QVERIFY(!store.isReachable());
        QCOMPARE(reachability.count(), 1);
        QCOMPARE(reachability.first().at(0).toBool(), false);
        QVERIFY(!reachability.first().at(1).toString().isEmpty());

        // Back up: the next write goes through; nothing was half-written meanwhile.
        QVERIFY(admin.allowConnections(true));
        // (Tried until it works, and only until then: the macro checks once more at the end.)
        bool back = false;
        QTRY_VERIFY_WITH_TIMEOUT(back = back || trail.append(entry()).ok(), 15000);
        QCOMPARE(trail.count({}).value(), 2);
        QVERIFY(trail.verify().value().intact);
        QVERIFY(store.isReachable());
        QCOMPARE(reachability.count(), 2);
        QCOMPARE(reachability.last().at(0).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestTeamLink)
#include "tst_teamlink.moc"

#include "cli/auditrecorder.h"
#include "cli/runner.h"
#include "core/settings/settings.h"
#include "paxos/net/requestlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxosctl;

Q_DECLARE_METATYPE(paxosctl::StoreSpec::Kind)

// The pure parts of paxosctl's audit recording: --store values, the console's store location
// and environment names, request ids, recorded fields and the audit list table.
class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void parsesStoreSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<StoreSpec::Kind>("kind");
        QTest::addColumn<QString>("location"); // path, or user@host:port/database

        using K = StoreSpec::Kind;
        QTest::newRow("empty") << QString() << K::Console << QString();
        QTest::newRow("console") << u"console"_s << K::Console << QString();
        QTest::newRow("none") << u"none"_s << K::None << QString();
        QTest::newRow("absolute path")
            << u"/var/lib/cc/record.sqlite"_s << K::Sqlite << u"/var/lib/cc/record.sqlite"_s;
        QTest::newRow("relative path")
            << u"record.sqlite"_s << K::Sqlite << QDir::current().filePath(u"record.sqlite"_s);
        QTest::newRow("postgresql") << u"postgresql://cc@db.example:6543/record"_s << K::PostgreSql
                                    << u"cc@db.example:6543/record"_s;
        QTest::newRow("postgres, default port") << u"postgres://cc@db.example/record"_s
                                                << K::PostgreSql << u"cc@db.example:5432/record"_s;
    }

    void parsesStoreSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(StoreSpec::Kind, kind);
        QFETCH(QString, location);
        QString error;
        const auto s = parseStoreSpec(spec, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->kind, kind);
        if (kind == StoreSpec::Kind::Sqlite)
            QCOMPARE(s->path, location);
        if (kind == StoreSpec::Kind::PostgreSql)
            QCOMPARE(u"%1@%2:%3/%4"_s.arg(s->user, s->host).arg(s->port).arg(s->database),
                     location);
    }

    void rejectsIncompletePostgresUrls_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("no user") << u"postgresql://db.example/record"_s << u"USER@HOST"_s;
        QTest::newRow("no database") << u"postgresql://cc@db.example"_s << u"USER@HOST"_s;
        QTest::newRow("password") << u"postgresql://cc:hunter2@db.example/record"_s
                                  << u"PAXOSCTL_STORE_PASSWORD"_s;
        QTest::newRow("bad port") << u"postgresql://cc@db.example:port/record"_s << u"--store"_s;
    }

    void rejectsIncompletePostgresUrls()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseStoreSpec(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // Whatever is wrong, a password given on the command line is not repeated.
        QVERIFY(!error.contains(u"hunter2"_s));
    }

    // The console's settings and data folders, whatever paxosctl's own application name.
    void findsTheConsolesStore()
    {
        QCoreApplication::setApplicationName(u"paxosctl"_s);
        QCoreApplication::setOrganizationName(QString());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString consoleData = data + u"/compliance-console/compliance-console"_s;

        console::StoreConfig config = consoleStoreConfig();
        QCOMPARE(config.backend, console::StoreBackend::Sqlite);
        QCOMPARE(config.sqlitePath, consoleData + u"/console.sqlite"_s);
        QCOMPARE(QCoreApplication::applicationName(), u"paxosctl"_s);
        QVERIFY(QCoreApplication::organizationName().isEmpty());

        const QString config0 =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/compliance-console/compliance-console/settings.ini"_s;
        {
            console::Settings settings(config0, consoleData + u"/local-settings.ini"_s);
            QVERIFY(
                settings.setValue(console::SettingKey::StoreSqlitePath, u"/elsewhere/r.sqlite"_s));
        }
        QCOMPARE(consoleStoreConfig().sqlitePath, u"/elsewhere/r.sqlite"_s);
        {
            console::Settings settings(config0, consoleData + u"/local-settings.ini"_s);
            QVERIFY(settings.setValue(console::SettingKey::StoreBackend, u"postgresql"_s));
            QVERIFY(settings.setValue(console::SettingKey::StorePgHost, u"db.example"_s));
            QVERIFY(settings.setValue(console::SettingKey::StorePgDatabase, u"record"_s));
            QVERIFY(settings.setValue(console::SettingKey::StorePgUser, u"cc"_s));
        }
        config = consoleStoreConfig();
        QCOMPARE(config.backend, console::StoreBackend::PostgreSql);
        QCOMPARE(config.host, u"db.example"_s);
        QCOMPARE(config.database, u"record"_s);
        QCOMPARE(config.user, u"cc"_s);
        QVERIFY(config.password.isEmpty());
        QFile::remove(config0);
        QFile::remove(consoleData + u"/local-settings.ini"_s);
    }

    void namesEnvironmentsAsTheConsole_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("name");
        QTest::newRow("local") << u"local"_s << u"Local sandbox"_s;
        QTest::newRow("sandbox") << u"sandbox"_s << u"Paxos Sandbox"_s;
        QTest::newRow("production") << u"production"_s << u"Production"_s;
        QTest::newRow("url") << u"http://127.0.0.1:9000"_s << u"Custom: 127.0.0.1"_s;
    }

    void namesEnvironmentsAsTheConsole()
    {
        QFETCH(QString, env);
        QFETCH(QString, name);
        const auto resolved = resolveEnvironment(env, nullptr);
        QVERIFY(resolved);
        QCOMPARE(environmentDisplayName(*resolved), name);
    }

    void readsTheRequestId_data()
    {
        QTest::addColumn<paxos::redact::HeaderList>("headers");
        QTest::addColumn<QString>("requestId");
        QTest::newRow("none") << paxos::redact::HeaderList{{"Content-Type", "application/json"}}
                              << QString();
        QTest::newRow("x-request-id")
            << paxos::redact::HeaderList{{"Content-Type", "application/json"},
                                         {"X-Request-Id", " 4f1c-77 "}}
            << u"4f1c-77"_s;
        QTest::newRow("request-id") << paxos::redact::HeaderList{{"request-id", "abc"}} << u"abc"_s;
        QTest::newRow("x-request-id wins")
            << paxos::redact::HeaderList{{"Request-Id", "second"}, {"x-request-id", "first"}}
            << u"first"_s;
        QTest::newRow("empty value skipped")
            << paxos::redact::HeaderList{{"x-request-id", ""}, {"request-id", "r"}} << u"r"_s;
    }

    void readsTheRequestId()
    {
        QFETCH(paxos::redact::HeaderList, headers);
        QFETCH(QString, requestId);
        QCOMPARE(paxos::responseRequestId(headers), requestId);
    }

    // Field paths, never values: the body holds PII.
    void recordsFieldsNotValues()
    {
        const QJsonObject body{
            {u"ref_id"_s, u"r-1"_s},
            {u"person_details"_s,
             QJsonObject{{u"cip_id"_s, u"073-05-1120"_s}, {u"first_name"_s, u"Billy"_s}}},
            {u"metadata"_s, QJsonObject{{u"k"_s, u"v"_s}}}};
        const QJsonArray fields = sentFields(body);
        QCOMPARE(fields,
                 (QJsonArray{u"metadata"_s, u"person_details.cip_id"_s,
                             u"person_details.first_name"_s, u"ref_id"_s}));
        const QString text = QString::fromUtf8(QJsonDocument(fields).toJson());
        QVERIFY(!text.contains(u"1120"_s));
        QVERIFY(!text.contains(u"Billy"_s));
    }

    void auditTableColumns()
    {
        console::AuditEntry e;
        e.seq = 7;
        e.atMs = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        e.operatorName = u"ada"_s;
        e.osUser = u"ada_os"_s;
        e.environment = u"Local sandbox"_s;
        e.action = u"identity.create"_s;
        e.identityId = u"id-1"_s;
        e.outcome = u"succeeded"_s;
        e.requestId = u"req-9"_s;
        e.detailsJson = u"{\"ref_id\":\"r\"}"_s;
        e.prevHash = u"p"_s;
        e.hash = u"h"_s;

        const Table brief = auditTable({e}, false);
        QStringList keys;
        for (const Column &c : brief.columns)
            keys << c.key;
        QCOMPARE(keys,
                 (QStringList{u"seq"_s, u"at"_s, u"operator"_s, u"environment"_s, u"action"_s,
                              u"identity_id"_s, u"outcome"_s, u"request_id"_s}));
        QCOMPARE(brief.rows.size(), 1);
        QCOMPARE(brief.rows.at(0).at(1).display(), u"2026-03-01 09:30:00"_s);
        QCOMPARE(brief.rows.at(0).at(4).value, u"identity.create"_s);
        QCOMPARE(brief.rows.at(0).at(4).display(), console::auditActionLabel(u"identity.create"_s));

        const QString csv = renderCsv(auditTable({e}, true));
        QVERIFY2(csv.startsWith(u"seq,at,operator,os_user,environment,action,identity_id,outcome,"
                                "request_id,details,prev_hash,hash\r\n"_s),
                 qPrintable(csv));
        QVERIFY2(csv.contains(
                     u"7,2026-03-01T09:30:00.000Z,ada,ada_os,Local sandbox,"
                     "identity.create,id-1,succeeded,req-9,\"{\"\"ref_id\"\":\"\"r\"\"}\",p,h"_s),
                 qPrintable(csv));

        const QJsonObject json = auditEntryJson(e);
        QCOMPARE(json.value(u"details"_s).toObject().value(u"ref_id"_s).toString(), u"r"_s);
        QCOMPARE(json.value(u"seq"_s).toInteger(), 7);
        QCOMPARE(json.value(u"request_id"_s).toString(), u"req-9"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"

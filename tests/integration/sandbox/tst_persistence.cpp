#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// State in SQLite under --data-dir survives a restart; SIGTERM shuts down cleanly.
class TestPersistence : public QObject
{
    Q_OBJECT

private slots:
    void stateSurvivesRestart();
    void inMemoryStartsEmpty();
    void newerSchemaIsRefused();
    void requestLogHoldsNoSecrets();
    void badOptionsFailClearly_data();
    void badOptionsFailClearly();
};

void TestPersistence::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{u"--data-dir"_s, dir.path(), u"--seed-identities"_s, u"5"_s};
    QString id;
    QString token;
    QString documentId;
    int eventCount = 0;
    {
        testsupport::SandboxProcess server(args);
        QVERIFY(server.start());
        ApiClient client(server.url());
        token = client.authenticate();
        QVERIFY(!token.isEmpty());
        const Reply created =
            client.createPerson({{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS"_s}});
        id = created.json.value(u"id").toString();
        const Reply upload = client.put(
            u"/v2/identity/identities/%1/documents"_s.arg(id),
            {{u"name"_s, u"funds.pdf"_s}, {u"document_types"_s, QJsonArray{u"PROOF_OF_FUNDS"_s}}});
        documentId = upload.json.value(u"file_id").toString();
        QCOMPARE(client
                     .send("PUT", QUrl(upload.json.value(u"upload_url").toString()).path(),
                           "%PDF-1.4 test", {}, false)
                     .status,
                 200);
        QCOMPARE(client
                     .post(u"/v2/identity/controls"_s,
                           {{u"identity_id"_s, id},
                            {u"type"_s, u"DORMANT"_s},
                            {u"reason_code"_s, u"INACTIVITY"_s}})
                     .status,
                 200);
        eventCount = int(client.get(u"/v2/events"_s).json.value(u"events").toArray().size());
        QVERIFY(eventCount >= 3);
        QVERIFY(server.stop()); // SIGTERM, clean exit
        QVERIFY(server.output().contains(u"paxos-sandbox stopped"));
    }
    QVERIFY(QFile::exists(dir.filePath(u"sandbox.sqlite"_s)));
    testsupport::SandboxProcess server(args);
    QVERIFY(server.start());
    ApiClient client(server.url());
    client.setToken(token); // tokens survive too
    const Reply identity = client.get(u"/v2/identity/identities/"_s + id);
    QCOMPARE(identity.status, 200);
    QCOMPARE(identity.json.value(u"status").toString(), u"DISABLED"_s);
    QCOMPARE(client.get(u"/v2/identity/identities/%1/documents"_s.arg(id))
                 .json.value(u"documents")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"file_id")
                 .toString(),
             documentId);
    QCOMPARE(client.get(u"/v2/events"_s).json.value(u"events").toArray().size(), eventCount);
    // Seeding happens only into an empty store.
    QCOMPARE(client.admin("GET", u"/sandbox-admin"_s).json.value(u"identities").toInteger(), 6);
}

void TestPersistence::inMemoryStartsEmpty()
{
    for (int run = 0; run < 2; ++run) {
        testsupport::SandboxProcess server;
        QVERIFY(server.start());
        ApiClient client(server.url());
        QVERIFY(!client.authenticate().isEmpty());
        QCOMPARE(client.get(u"/v2/identity/identities"_s).json.value(u"items").toArray().size(), 0);
        QCOMPARE(client.createPerson().status, 200);
    }
}

void TestPersistence::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        const QString connection = u"schema-test"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    testsupport::SandboxProcess server({u"--data-dir"_s, dir.path()});
    QVERIFY(!server.start(5000));
    QVERIFY2(server.output().contains(u"newer paxos-sandbox"), qPrintable(server.output()));
}

void TestPersistence::requestLogHoldsNoSecrets()
{
    testsupport::SandboxProcess server(
        {u"--log-requests"_s, u"--client"_s, u"ops:very-secret-1"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    const QString token = client.authenticate({}, u"ops"_s, u"very-secret-1"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.get(u"/v2/events?limit=5"_s).status, 200);
    QVERIFY(server.stop());
    const QString log = server.output();
    QVERIFY2(log.contains(u"GET /v2/events -> 200"), qPrintable(log));
    QVERIFY(log.contains(u"POST /oauth2/token -> 200"));
    QVERIFY(!log.contains(u"very-secret-1"));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(u"limit=5")); // paths only, never queries
}

void TestPersistence::badOptionsFailClearly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("host") << QStringList{u"--host"_s, u"example.org"_s} << u"--host"_s;
    QTest::newRow("client") << QStringList{u"--client"_s, u"only-id"_s} << u"--client"_s;
    QTest::newRow("scope") << QStringList{u"--client"_s, u"a:b:identity:fly"_s}
                           << u"unknown scope"_s;
    QTest::newRow("webhook") << QStringList{u"--webhook"_s, u"not a url"_s} << u"--webhook"_s;
    QTest::newRow("header first") << QStringList{u"--webhook-header"_s, u"X: y"_s}
                                  << u"--webhook-header"_s;
    QTest::newRow("share") << QStringList{u"--fault-500"_s, u"2"_s} << u"--fault-500"_s;
    QTest::newRow("both stores") << QStringList{u"--in-memory"_s, u"--data-dir"_s, u"/tmp/x"_s}
                                 << u"exclude"_s;
}

void TestPersistence::badOptionsFailClearly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(testsupport::SandboxProcess::executable(), args);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"

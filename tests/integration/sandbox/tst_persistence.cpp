#include "apiclient.h"
#include "support/sandboxprocess.h"

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

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"

#include "core/record/documentrecords.h"
#include "core/record/requestledger.h"
#include "support/storebackends.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

class TestRequestLedger : public QObject
{
    Q_OBJECT
private slots:
    void appendAndList_data() { storetest::addBackendRows(); }
    void appendAndList()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        RequestLedger ledger(&store);
        ledger.setEnvironment(u"Local sandbox"_s);
        LedgerEntry e;
        e.method = u"put"_s;
        e.url = u"https://user:pw@api.sandbox.paxos.com/v2/identity/identities/id-1"
                "?access_token=abc123&cip_id=073-05-1120&limit=5"_s;
        e.httpStatus = 200;
        e.durationMs = 42;
        e.requestId = u"req-1"_s;
        e.identityId = u"id-1"_s;
        const auto written = ledger.append(e);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written.value().id > 0);
        QCOMPARE(written.value().method, u"PUT"_s);
        QCOMPARE(written.value().environment, u"Local sandbox"_s);
        QCOMPARE(written.value().operatorName, u"Ada"_s);
        const QString url = written.value().url;
        QVERIFY2(!url.contains(u"abc123"_s), qPrintable(url));
        QVERIFY(!url.contains(u"user:pw"_s));
        QVERIFY(!url.contains(u"073-05-1120"_s));
        QVERIFY(url.contains(u"1120"_s));
        QVERIFY(url.contains(u"limit=5"_s));

        LedgerEntry failed;
        failed.method = u"GET"_s;
        failed.url = u"https://api.sandbox.paxos.com/v2/events"_s;
        failed.error = u"Timed out"_s;
        QVERIFY(ledger.append(failed).ok());

        const auto forOne = ledger.forIdentity(u"id-1"_s);
        QCOMPARE(forOne.value().size(), 1);
        QCOMPARE(forOne.value().first().requestId, u"req-1"_s);
        QCOMPARE(forOne.value().first().durationMs, 42);
        const auto all = ledger.list(10);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().first().error, u"Timed out"_s); // newest first
        QCOMPARE(all.value().first().httpStatus, 0);
        QCOMPARE(ledger.list(10, all.value().first().id).value().size(), 1);
    }

    void documentRecords_data() { storetest::addBackendRows(); }
    void documentRecords()
    {
        CC_OPEN_STORE(store, fresh);
        DocumentRecords docs(&store);
        DocumentRecord d;
        d.fileId = u"file-1"_s;
        d.identityId = u"id-1"_s;
        d.name = u"Proof_of_residence.pdf"_s;
        d.documentTypes = {u"PROOF_OF_RESIDENCY"_s, u"OTHER_DOCUMENTS"_s};
        d.sha256 = u"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"_s;
        d.sizeBytes = 0;
        QVERIFY(docs.record(d).ok());
        const auto list = docs.forIdentity(u"id-1"_s).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().documentTypes, d.documentTypes);
        QCOMPARE(list.first().sha256,
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        d.sha256 = u"not a hash"_s;
        QVERIFY(!docs.record(d).ok());
    }
};

QTEST_GUILESS_MAIN(TestRequestLedger)
#include "tst_requestledger.moc"

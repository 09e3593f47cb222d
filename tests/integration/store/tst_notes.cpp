#include "core/record/notes.h"
#include "support/storebackends.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

class TestNotes : public QObject
{
    Q_OBJECT
private slots:
    void reasonCodesAreSeededAndEditable_data() { storetest::addBackendRows(); }
    void reasonCodesAreSeededAndEditable()
    {
        CC_OPEN_STORE(store, fresh);
        ReasonCodes codes(&store);
        const auto seeded = codes.list();
        QVERIFY(seeded.ok());
        QVERIFY(seeded.value().size() >= 5);
        QCOMPARE(seeded.value().last().code, u"OTHER"_s);

        QVERIFY(codes.add(u"FRAUD_SIGNAL"_s, u"Fraud signal"_s).ok());
        QVERIFY(!codes.add(u"FRAUD_SIGNAL"_s, u"Again"_s).ok());
        QVERIFY(!codes.add(u"lower case"_s, u"Bad"_s).ok());
        QVERIFY(!codes.add(u"EMPTY_LABEL"_s, u"  "_s).ok());
        QCOMPARE(codes.list().value().last().code, u"FRAUD_SIGNAL"_s);

        QVERIFY(codes.rename(u"FRAUD_SIGNAL"_s, u"Possible fraud"_s).ok());
        QCOMPARE(codes.find(u"FRAUD_SIGNAL"_s).value()->label, u"Possible fraud"_s);
        QVERIFY(!codes.rename(u"NO_SUCH"_s, u"x"_s).ok());

        QVERIFY(codes.reorder({u"FRAUD_SIGNAL"_s, u"OTHER"_s}).ok());
        const auto reordered = codes.list().value();
        QCOMPARE(reordered.at(0).code, u"FRAUD_SIGNAL"_s);
        QCOMPARE(reordered.at(1).code, u"OTHER"_s);
        QCOMPARE(reordered.size(), seeded.value().size() + 1);

        QVERIFY(codes.setRetired(u"OTHER"_s, true).ok());
        QCOMPARE(codes.list().value().size(), seeded.value().size());
        QCOMPARE(codes.list(true).value().size(), seeded.value().size() + 1);
    }

    void notesOnAnIdentity_data() { storetest::addBackendRows(); }
    void notesOnAnIdentity()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        qint64 clock = 1'000;
        store.setClock([&] { return clock; });
        Notes notes(&store);
        QSignalSpy changed(&store, &Store::changed);

        const auto first = notes.add(u"id-1"_s, u"DOCUMENT_REVIEW"_s, u"  Passport checked.  "_s);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first.value().id > 0);
        QCOMPARE(first.value().body, u"Passport checked."_s);
        QCOMPARE(first.value().author, u"Ada"_s);
        QCOMPARE(first.value().osUser, u"ada"_s);
        clock = 2'000;
        QVERIFY(notes.add(u"id-1"_s, u"ESCALATION"_s, u"Sent to the MLRO."_s).ok());
        QVERIFY(notes.add(u"id-2"_s, u"OTHER"_s, u"Unrelated."_s).ok());
        QCOMPARE(changed.size(), 3);

        const auto list = notes.forIdentity(u"id-1"_s);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).reasonCode, u"ESCALATION"_s); // newest first
        QCOMPARE(list.value().at(0).createdAt().toMSecsSinceEpoch(), 2'000);
        QCOMPARE(list.value().at(1).id, first.value().id);
    }

    void badNotesAreRefused_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("body");
        QTest::newRow("no identity") << QString() << u"OTHER"_s << u"text"_s;
        QTest::newRow("empty body") << u"id"_s << u"OTHER"_s << u"   "_s;
        QTest::newRow("unknown code") << u"id"_s << u"NOPE"_s << u"text"_s;
        QTest::newRow("too long") << u"id"_s << u"OTHER"_s
                                  << QString(Notes::kMaxBodyLength + 1, u'x');
    }
    void badNotesAreRefused()
    {
        QFETCH(QString, identity);
        QFETCH(QString, code);
        QFETCH(QString, body);
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        Notes notes(&store);
        const auto r = notes.add(identity, code, body);
        QVERIFY(!r.ok());
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void retiredCodeIsRefused()
    {
        CC_FRESH_STORE(fresh, StoreBackend::Sqlite);
        Store store;
        QVERIFY(store.open(fresh->config()).ok());
        ReasonCodes codes(&store);
        QVERIFY(codes.setRetired(u"KYC_REFRESH"_s, true).ok());
        Notes notes(&store);
        QVERIFY(!notes.add(u"id"_s, u"KYC_REFRESH"_s, u"x"_s).ok());
    }

    void notesOfTheOtherConsole_data() { storetest::addBackendRows(); }
    void notesOfTheOtherConsole()
    {
        CC_OPEN_STORE(store, fresh);
        Store other;
        QVERIFY(other.open(fresh->config()).ok());
        other.setOperator({u"Bo"_s, u"bo"_s});
        QVERIFY(Notes(&other).add(u"id-9"_s, u"OTHER"_s, u"From Bo."_s).ok());
        const auto seen = Notes(&store).forIdentity(u"id-9"_s);
        QVERIFY(seen.ok());
        QCOMPARE(seen.value().size(), 1);
        QCOMPARE(seen.value().first().author, u"Bo"_s);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"

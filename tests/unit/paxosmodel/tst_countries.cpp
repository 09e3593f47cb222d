#include "paxos/model/countries.h"
#include "paxos/model/examples.h"
#include "testsupport/testdata.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void fullList();
    void lookups_data();
    void lookups();
    void unknown();
    void whatPeopleType_data();
    void whatPeopleType();
    void sandboxExamplePerson();
};

void TestCountries::fullList()
{
    const auto &all = countries();
    QCOMPARE(all.size(), 249);
    QSet<QString> a3, a2;
    for (const Country &c : all) {
        QCOMPARE(c.alpha3.size(), 3);
        QCOMPARE(c.alpha2.size(), 2);
        QCOMPARE(c.numeric.size(), 3);
        QVERIFY(!c.name.isEmpty());
        a3.insert(c.alpha3);
        a2.insert(c.alpha2);
    }
    QCOMPARE(a3.size(), 249);
    QCOMPARE(a2.size(), 249);
}

// A reviewer types a code or a name the way they know it; the form must find the country.
void TestCountries::whatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("alpha3");
    QTest::newRow("alpha-2") << u"US"_s << u"USA"_s;
    QTest::newRow("alpha-2 lower case") << u"gb"_s << u"GBR"_s;
    QTest::newRow("alpha-3 lower case") << u"usa"_s << u"USA"_s;
    QTest::newRow("name") << u"united states"_s << u"USA"_s;
    QTest::newRow("picker text") << u"Brazil (BRA)"_s << u"BRA"_s;
    QTest::newRow("search text") << u"Brazil (BRA, BR)"_s << u"BRA"_s;
    QTest::newRow("spaces around") << u"  de "_s << u"DEU"_s;
    QTest::newRow("nothing") << u""_s << QString();
    QTest::newRow("a word") << u"Atlantis"_s << QString();
    QTest::newRow("four letters") << u"USAA"_s << QString();
}

void TestCountries::whatPeopleType()
{
    QFETCH(QString, typed);
    QFETCH(QString, alpha3);
    const Country *c = findCountry(typed);
    QCOMPARE(c ? c->alpha3 : QString(), alpha3);
    if (c) {
        const QString search = countrySearchText(*c);
        QVERIFY2(search.contains(c->alpha2) && search.contains(c->alpha3)
                     && search.contains(c->name),
                 qPrintable(search));
    }
}

void TestCountries::lookups_data()
{
    QTest::addColumn<QString>("alpha3");
    QTest::addColumn<QString>("alpha2");
    QTest::addColumn<QString>("name");
    QTest::newRow("USA") << u"USA"_s << u"US"_s << u"United States"_s;
    QTest::newRow("GBR") << u"GBR"_s << u"GB"_s << u"United Kingdom"_s;
    QTest::newRow("BRA") << u"BRA"_s << u"BR"_s << u"Brazil"_s;
    QTest::newRow("quoted name") << u"VIR"_s << u"VI"_s << u"Virgin Islands, U.S."_s;
    QTest::newRow("non-ASCII name") << u"ALA"_s << u"AX"_s << u"Åland Islands"_s;
}

void TestCountries::lookups()
{
    QFETCH(QString, alpha3);
    const Country *c = countryByAlpha3(alpha3);
    QVERIFY(c);
    QTEST(c->alpha2, "alpha2");
    QTEST(c->name, "name");
    QCOMPARE(countryByAlpha2(c->alpha2), c);
    QCOMPARE(countryDisplayName(alpha3), c->name + u" ("_s + alpha3 + u')');
}

void TestCountries::unknown()
{
    QVERIFY(!countryByAlpha3(u"XYZ"));
    QVERIFY(!countryByAlpha3(u"usa"));
    QVERIFY(!countryByAlpha3(u""));
    QCOMPARE(countryDisplayName(u"XYZ"), u"XYZ"_s);
}

void TestCountries::sandboxExamplePerson()
{
    const QJsonObject person = examples::sandboxExamplePerson(u"user-7"_s);
    QJsonObject guide =
        QJsonDocument::fromJson(
            testsupport::readTestData(u"model/identity/guide_create_request_billy_duncan.json"_s))
            .object();
    QCOMPARE(person.value("ref_id"_L1).toString(), u"user-7"_s);
    guide.insert("ref_id"_L1, u"user-7"_s);
    QCOMPARE(person, guide); // the guide's request exactly, ref_id aside
    const QString a = examples::newRefId();
    QCOMPARE(a.size(), 36);
    QVERIFY(a != examples::newRefId());
}

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"

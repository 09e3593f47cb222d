#include "paxos/model/date.h"
#include "paxos/model/timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using paxos::CalendarDate;
using paxos::Timestamp;

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void ordering();
    void eventsSharingASecondOrderByNanos();
    void fromDateTime();
    void fromSecsAndNanos();
    void now();
    void nanosecondsSinceEpoch();
    void dateOfBirth_data();
    void dateOfBirth();
    void dateOfBirthInvalid_data();
    void dateOfBirthInvalid();
    void dateOfBirthFromDate();
};

void TestTimestamp::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<int>("nanos");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("utcMs");

    // The two strings the reference calls out: microseconds (identities), nanoseconds (events).
    QTest::newRow("identity micro") << u"2022-02-15T05:46:50.957068Z"_s << qint64(1644904010)
                                    << 957068000 << 6 << u"2022-02-15T05:46:50.957Z"_s;
    QTest::newRow("event nano") << u"2023-08-25T14:25:41.648489333Z"_s << qint64(1692973541)
                                << 648489333 << 9 << u"2023-08-25T14:25:41.648Z"_s;
    QTest::newRow("no fraction") << u"2021-06-16T09:28:14Z"_s << qint64(1623835694) << 0 << 0
                                 << u"2021-06-16T09:28:14.000Z"_s;
    QTest::newRow("1 digit") << u"2021-06-16T09:28:14.5Z"_s << qint64(1623835694) << 500000000 << 1
                             << u"2021-06-16T09:28:14.500Z"_s;
    QTest::newRow("3 digits") << u"2021-06-16T09:28:14.123Z"_s << qint64(1623835694) << 123000000
                              << 3 << u"2021-06-16T09:28:14.123Z"_s;
    QTest::newRow("positive offset") << u"2021-06-16T11:28:14+02:00"_s << qint64(1623835694) << 0
                                     << 0 << u"2021-06-16T09:28:14.000Z"_s;
    QTest::newRow("negative offset crossing day")
        << u"2021-06-15T23:28:14.1-10:00"_s << qint64(1623835694) << 100000000 << 1
        << u"2021-06-16T09:28:14.100Z"_s;
    QTest::newRow("lower-case t z") << u"2021-06-16t09:28:14z"_s << qint64(1623835694) << 0 << 0
                                    << u"2021-06-16T09:28:14.000Z"_s;
    QTest::newRow("space separator") << u"2021-06-16 09:28:14Z"_s << qint64(1623835694) << 0 << 0
                                     << u"2021-06-16T09:28:14.000Z"_s;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0) << 0 << 0
                           << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("before epoch") << u"1960-01-01T00:00:00.25Z"_s << qint64(-315619200) << 250000000
                                  << 2 << u"1960-01-01T00:00:00.250Z"_s;
    QTest::newRow("leap day") << u"2024-02-29T12:00:00Z"_s << qint64(1709208000) << 0 << 0
                              << u"2024-02-29T12:00:00.000Z"_s;
}

void TestTimestamp::parseValid()
{
    QFETCH(QString, text);
    const auto t = Timestamp::parse(text);
    QVERIFY(t);
    QVERIFY(t->isValid());
    QTEST(t->secsSinceEpoch(), "secs");
    QTEST(t->nanosecond(), "nanos");
    QTEST(t->fractionDigits(), "digits");
    QCOMPARE(t->toString(), text); // precision and spelling kept
    QTEST(t->toDateTime().toString(Qt::ISODateWithMs), "utcMs");
    QCOMPARE(t->toDateTime().timeSpec(), Qt::UTC);
    // The canonical form parses back to the same instant.
    const auto again = Timestamp::parse(t->toUtcString(9));
    QVERIFY(again);
    QCOMPARE(*again, *t);
}

void TestTimestamp::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << u"2021-06-16"_s;
    QTest::newRow("no zone") << u"2021-06-16T09:28:14"_s;
    QTest::newRow("10 digits") << u"2021-06-16T09:28:14.1234567890Z"_s;
    QTest::newRow("dot without digits") << u"2021-06-16T09:28:14.Z"_s;
    QTest::newRow("month 13") << u"2021-13-16T09:28:14Z"_s;
    QTest::newRow("feb 30") << u"2021-02-30T09:28:14Z"_s;
    QTest::newRow("hour 24") << u"2021-06-16T24:00:00Z"_s;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s;
    QTest::newRow("bad offset") << u"2021-06-16T09:28:14+0200"_s;
    QTest::newRow("trailing text") << u"2021-06-16T09:28:14Zjunk"_s;
    QTest::newRow("wide digits") << u"2021-06-16T09:28:14.\u0661Z"_s;
    QTest::newRow("slashes") << u"2021/06/16T09:28:14Z"_s;
}

void TestTimestamp::parseInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::parse(text));
}

void TestTimestamp::ordering()
{
    const auto a = *Timestamp::parse(u"2021-06-16T09:28:14Z");
    const auto b = *Timestamp::parse(u"2021-06-16T11:28:14.000+02:00");
    const auto c = *Timestamp::parse(u"2021-06-16T09:28:14.000000001Z");
    QCOMPARE(a, b); // same instant, different text
    QVERIFY(a < c);
    QVERIFY(c > b);
    QVERIFY(Timestamp() < a); // invalid first
}

void TestTimestamp::eventsSharingASecondOrderByNanos()
{
    QList<Timestamp> list = {*Timestamp::parse(u"2023-08-25T14:25:41.648489333Z"),
                             *Timestamp::parse(u"2023-08-25T14:25:41.648489332Z"),
                             *Timestamp::parse(u"2023-08-25T14:25:41.6484Z"),
                             *Timestamp::parse(u"2023-08-25T14:25:41Z")};
    std::sort(list.begin(), list.end());
    QCOMPARE(list.at(0).toString(), u"2023-08-25T14:25:41Z"_s);
    QCOMPARE(list.at(1).toString(), u"2023-08-25T14:25:41.6484Z"_s);
    QCOMPARE(list.at(2).toString(), u"2023-08-25T14:25:41.648489332Z"_s);
    QCOMPARE(list.at(3).toString(), u"2023-08-25T14:25:41.648489333Z"_s);
    // Same millisecond for QDateTime, different for us.
    QCOMPARE(list.at(2).toDateTime(), list.at(3).toDateTime());
    QVERIFY(list.at(2) != list.at(3));
}

void TestTimestamp::fromDateTime()
{
    const QDateTime dt(QDate(2022, 2, 15), QTime(5, 46, 50, 957), QTimeZone::utc());
    const Timestamp t = Timestamp::fromDateTime(dt);
    QCOMPARE(t.toString(), u"2022-02-15T05:46:50.957Z"_s);
    QCOMPARE(t.toDateTime(), dt);
    QVERIFY(!Timestamp::fromDateTime(QDateTime()).isValid());

    const QDateTime before(QDate(1969, 12, 31), QTime(23, 59, 59, 900), QTimeZone::utc());
    QCOMPARE(Timestamp::fromDateTime(before).toString(), u"1969-12-31T23:59:59.900Z"_s);
}

void TestTimestamp::fromSecsAndNanos()
{
    QCOMPARE(Timestamp::fromSecsAndNanos(0, 0).toString(), u"1970-01-01T00:00:00Z"_s);
    QCOMPARE(Timestamp::fromSecsAndNanos(0, 957068000).toString(),
             u"1970-01-01T00:00:00.957068Z"_s);
    QCOMPARE(Timestamp::fromSecsAndNanos(0, 1).toString(), u"1970-01-01T00:00:00.000000001Z"_s);
    // Digits the text does not show are not kept either.
    const Timestamp cut = Timestamp::fromSecsAndNanos(0, 123456789, 3);
    QCOMPARE(cut.toString(), u"1970-01-01T00:00:00.123Z"_s);
    QCOMPARE(cut.nanosecond(), 123000000);
    QCOMPARE(*Timestamp::parse(cut.toString()), cut);
}

void TestTimestamp::now()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Timestamp t = Timestamp::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(t.isValid());
    QCOMPARE(t.fractionDigits(), 6);
    QVERIFY(t.toDateTime() >= before.addMSecs(-1));
    QVERIFY(t.toDateTime() <= after);
    QCOMPARE(*Timestamp::parse(t.toString()), t);
}

void TestTimestamp::nanosecondsSinceEpoch()
{
    QCOMPARE(Timestamp::parse(u"2023-08-25T14:25:41.648489333Z")->nanosecondsSinceEpoch(),
             Q_INT64_C(1692973541648489333));
    QCOMPARE(Timestamp::parse(u"1969-12-31T23:59:59.5Z")->nanosecondsSinceEpoch(),
             Q_INT64_C(-500000000));
}

void TestTimestamp::dateOfBirth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("wasDateTime");
    QTest::newRow("plain") << u"1960-01-01"_s << QDate(1960, 1, 1) << false;
    QTest::newRow("date-time") << u"1980-01-01T00:00:00Z"_s << QDate(1980, 1, 1) << true;
    QTest::newRow("date-time with fraction")
        << u"1980-01-01T00:00:00.000000Z"_s << QDate(1980, 1, 1) << true;
    // A birth date is a calendar day: the offset does not move it.
    QTest::newRow("date-time with offset")
        << u"1980-01-01T00:00:00+05:00"_s << QDate(1980, 1, 1) << true;
    QTest::newRow("leap day") << u"2000-02-29"_s << QDate(2000, 2, 29) << false;
}

void TestTimestamp::dateOfBirth()
{
    QFETCH(QString, text);
    const auto d = CalendarDate::parse(text);
    QVERIFY(d);
    QTEST(d->date(), "date");
    QTEST(d->wasDateTime(), "wasDateTime");
    QCOMPARE(d->toString(), text);
    QCOMPARE(d->toIsoDate(), d->date().toString(Qt::ISODate));
}

void TestTimestamp::dateOfBirthInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("us order") << u"01/01/1960"_s;
    QTest::newRow("short") << u"1960-1-1"_s;
    QTest::newRow("feb 30") << u"1960-02-30"_s;
    QTest::newRow("month 00") << u"1960-00-10"_s;
    QTest::newRow("trailing") << u"1960-01-01x"_s;
    QTest::newRow("bad date-time") << u"1960-01-01T25:00:00Z"_s;
}

void TestTimestamp::dateOfBirthInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!CalendarDate::parse(text));
    QVERIFY(!CalendarDate::parseStrict(text));
}

void TestTimestamp::dateOfBirthFromDate()
{
    const CalendarDate d = CalendarDate::fromDate(QDate(1960, 1, 1));
    QCOMPARE(d.toString(), u"1960-01-01"_s);
    QVERIFY(!CalendarDate::parseStrict(u"1980-01-01T00:00:00Z"));
    QVERIFY(!CalendarDate::fromDate(QDate()).isValid());
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"

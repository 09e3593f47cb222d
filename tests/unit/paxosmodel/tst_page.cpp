#include "paxos/model/page.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Item
{
    QString id;
    QJsonObject raw;
    static Item fromJson(const QJsonObject &o) { return {o.value("id"_L1).toString(), o}; }
    QJsonObject toJson() const
    {
        QJsonObject o = raw;
        o.insert("id"_L1, id);
        return o;
    }
};
} // namespace

class TestPage : public QObject
{
    Q_OBJECT

private slots:
    void cursor_data();
    void cursor();
    void roundTrip();
    void eventsKey();
};

void TestPage::cursor_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<int>("count");
    QTest::newRow("more") << R"({"items":[{"id":"a"},{"id":"b"}],"next_page_cursor":"abc"})"_ba
                          << true << 2;
    QTest::newRow("empty cursor") << R"({"items":[{"id":"a"}],"next_page_cursor":""})"_ba << false
                                  << 1;
    QTest::newRow("missing cursor") << R"({"items":[]})"_ba << false << 0;
    QTest::newRow("missing items") << R"({})"_ba << false << 0;
    QTest::newRow("non-object items skipped")
        << R"({"items":[1,{"id":"a"},null]})"_ba << false << 1;
}

void TestPage::cursor()
{
    QFETCH(QByteArray, body);
    const auto page = paxos::ListPage<Item>::fromJson(QJsonDocument::fromJson(body).object());
    QTEST(page.hasMore(), "hasMore");
    QTEST(int(page.items.size()), "count");
    QCOMPARE(page.toJson(), QJsonDocument::fromJson(body).object()); // lossless, even when odd
}

void TestPage::roundTrip()
{
    const QJsonObject in =
        QJsonDocument::fromJson(
            R"({"items":[{"id":"a","x":1},"odd",{"id":"b"}],"next_page_cursor":"","extra":true})"_ba)
            .object();
    const auto page = paxos::ListPage<Item>::fromJson(in);
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(1).id, u"b"_s);
    QCOMPARE(page.toJson(), in);
}

void TestPage::eventsKey()
{
    const auto page = paxos::ListPage<Item>::fromJson(
        QJsonDocument::fromJson(R"({"events":[{"id":"e"}]})"_ba).object(), "events"_L1);
    QCOMPARE(page.items.size(), 1);
    QVERIFY(!page.hasMore());
}

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"

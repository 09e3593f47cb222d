#include "core/models/identityfilterproxy.h"
#include "core/models/roles.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using console::IdentityFilterProxy;

namespace {
void addRow(QStandardItemModel &model, const QString &name, const QString &refId, const QString &id,
            const QString &cipDigits, const QVariant &raw1)
{
    auto *nameItem = new QStandardItem(name);
    nameItem->setData(name, console::RawValueRole);
    nameItem->setData(id, console::IdentityIdRole);
    nameItem->setData(QString(name + u'\n' + refId + u'\n' + id).toLower(),
                      console::SearchTextRole);
    nameItem->setData(cipDigits, console::CipDigitsRole);
    auto *second = new QStandardItem(raw1.toString());
    second->setData(raw1, console::RawValueRole);
    second->setData(id, console::IdentityIdRole);
    model.appendRow({nameItem, second});
}
} // namespace

class TestIdentityFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_source = std::make_unique<QStandardItemModel>();
        addRow(*m_source, u"Billy Duncan"_s, u"cus-1042"_s, u"f190b163-208f"_s, u"073051120"_s,
               qint64(30));
        addRow(*m_source, u"Ada Lovelace"_s, u"cus-7"_s, u"0a7c1d2e-3333"_s, u"123456789"_s,
               qint64(10));
        addRow(*m_source, u"Grace Hopper"_s, u"ops-1906"_s, u"9b9b9b9b-1111"_s, QString(),
               QVariant());
        m_proxy = std::make_unique<IdentityFilterProxy>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setSourceModel(m_source.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString()
                               << QStringList{u"Billy Duncan"_s, u"Ada Lovelace"_s,
                                              u"Grace Hopper"_s};
        QTest::newRow("name, any case") << u"duncan"_s << QStringList{u"Billy Duncan"_s};
        QTest::newRow("two terms") << u"ada  love"_s << QStringList{u"Ada Lovelace"_s};
        QTest::newRow("terms must all match") << u"ada hopper"_s << QStringList{};
        QTest::newRow("ref_id") << u"CUS-"_s << QStringList{u"Billy Duncan"_s, u"Ada Lovelace"_s};
        QTest::newRow("id prefix") << u"9b9b"_s << QStringList{u"Grace Hopper"_s};
        QTest::newRow("last digits of cip_id") << u"1120"_s << QStringList{u"Billy Duncan"_s};
        QTest::newRow("leading digits of cip_id do not match") << u"0730"_s << QStringList{};
        // "9" is in two ids; Ada's cip_id ends in 9 but one digit is too short to match it.
        QTest::newRow("one digit is not a cip search")
            << u"9"_s << QStringList{u"Billy Duncan"_s, u"Grace Hopper"_s};
        QTest::newRow("digits in ref_id") << u"1906"_s << QStringList{u"Grace Hopper"_s};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        m_proxy->setQuickSearch(text);
        QStringList shown;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            shown.append(m_proxy->index(r, 0).data().toString());
        QCOMPARE(shown, names);
    }

    void sortsOnRawValuesWithMissingLast()
    {
        m_proxy->sort(1, Qt::AscendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data().toString(), u"Ada Lovelace"_s);
        QCOMPARE(m_proxy->index(1, 0).data().toString(), u"Billy Duncan"_s);
        QCOMPARE(m_proxy->index(2, 0).data().toString(), u"Grace Hopper"_s);
        m_proxy->sort(0, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data().toString(), u"Grace Hopper"_s);
    }

    void updatesFollowSourceChanges()
    {
        m_proxy->setQuickSearch(u"grace"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        QStandardItem *item = m_source->item(1, 0);
        item->setData(u"ada lovelace grace\ncus-7\n0a7c1d2e-3333"_s, console::SearchTextRole);
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void searchOver100kRowsIsFast()
    {
        QStandardItemModel big;
        big.setColumnCount(1);
        QList<QStandardItem *> items;
        for (int i = 0; i < 100000; ++i) {
            auto *it = new QStandardItem();
            it->setData(u"person %1\ncus-%1\nid-%1"_s.arg(i), console::SearchTextRole);
            it->setData(QString::number(100000000 + i), console::CipDigitsRole);
            big.appendRow(it);
        }
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&big);
        QElapsedTimer timer;
        timer.start();
        proxy.setQuickSearch(u"person 4242"_s);
        const int rows = proxy.rowCount(); // the proxy maps lazily: this runs the filter
        const qint64 ms = timer.elapsed();
        int expected = 0;
        for (int i = 0; i < 100000; ++i)
            expected += QString::number(i).contains(u"4242"_s) ? 1 : 0;
        QCOMPARE(rows, expected);
        qInfo("quick search over 100000 rows: %lld ms", ms);
        QVERIFY2(ms < 1000, "a quick search must not freeze the window");
    }

private:
    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<IdentityFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestIdentityFilterProxy)
#include "tst_identityfilterproxy.moc"

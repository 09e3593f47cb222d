#include "core/models/identityfilterproxy.h"
#include "core/models/roles.h"

#include <QAbstractItemModelTester>
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

    // Keystroke by keystroke, narrowing and widening, with the source changing in between:
    // every step shows exactly the rows a fresh search would.
    void typingNarrowsAndWidens_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::newRow("narrowing letters")
            << QStringList{u"p"_s, u"pe"_s, u"per"_s, u"person 4"_s, u"person 42"_s};
        QTest::newRow("widening back")
            << QStringList{u"person 42"_s, u"person 4"_s, u"person"_s, u"pers"_s, u""_s};
        QTest::newRow("digits grow into a cip suffix")
            << QStringList{u"4"_s, u"42"_s, u"242"_s, u"4242"_s, u"24242"_s, u"4242"_s};
        QTest::newRow("a term added, then replaced")
            << QStringList{u"person"_s, u"person 7"_s, u"person 7 cus-1"_s, u"person 8"_s};
        QTest::newRow("old term inside a longer one")
            << QStringList{u"12"_s, u"x12"_s, u"123"_s, u"0123"_s};
    }

    void typingNarrowsAndWidens()
    {
        QFETCH(QStringList, typed);
        QStandardItemModel big;
        for (int i = 0; i < 3000; ++i)
            addRow(big, u"Person %1"_s.arg(i), u"cus-%1"_s.arg(i * 7), u"id-%1"_s.arg(i),
                   QString::number(100000000 + i * 37), qint64(i));
        m_proxy->setSourceModel(&big);
        for (qsizetype step = 0; step < typed.size(); ++step) {
            m_proxy->setQuickSearch(typed.at(step));
            QCOMPARE(m_proxy->rowCount(), expectedCount(big, typed.at(step)));
            if (step == 1) {
                // The source changes between keystrokes: a row added, a row renamed.
                addRow(big, u"Person 4242 late"_s, u"cus-x"_s, u"id-late"_s, u"999994242"_s,
                       qint64(1));
                big.item(3, 0)->setData(u"person 4242 renamed\ncus-21\nid-3"_s,
                                        console::SearchTextRole);
                QCOMPARE(m_proxy->rowCount(), expectedCount(big, typed.at(step)));
            }
        }
        m_proxy->setSourceModel(m_source.get());
    }

    void searchOver100kRows()
    {
        QStandardItemModel big;
        big.setColumnCount(1);
        for (int i = 0; i < 100000; ++i) {
            auto *it = new QStandardItem();
            it->setData(u"person %1\ncus-%1\nid-%1"_s.arg(i), console::SearchTextRole);
            it->setData(QString::number(100000000 + i), console::CipDigitsRole);
            big.appendRow(it);
        }
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&big);
        proxy.setQuickSearch(u"person 4242"_s);
        int expected = 0;
        for (int i = 0; i < 100000; ++i)
            expected += QString::number(i).contains(u"4242"_s) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
    }

private:
    static int expectedCount(const QStandardItemModel &model, const QString &text)
    {
        const QStringList terms = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
        int count = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            const QString hay = i.data(console::SearchTextRole).toString();
            const QString cip = i.data(console::CipDigitsRole).toString();
            bool all = true;
            for (const QString &t : terms) {
                bool digits = t.size() >= 2;
                for (const QChar c : t)
                    digits = digits && c.isDigit();
                all = all && (hay.contains(t) || (digits && cip.endsWith(t)));
            }
            count += all ? 1 : 0;
        }
        return count;
    }

private:
    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<IdentityFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestIdentityFilterProxy)
#include "tst_identityfilterproxy.moc"

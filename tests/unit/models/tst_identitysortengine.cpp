#include "core/models/identitysortengine.h"
#include "support/poolblocker.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using console::IdentitySortEngine;
using console::SortComparison;
using console::SortKey;
using console::SortSpec;

Q_DECLARE_METATYPE(SortComparison)

namespace {
SortKey textKey(int slot, const QString &id, const QString &text, bool empty = false)
{
    SortKey key;
    key.slot = slot;
    key.id = id;
    key.text = text;
    key.empty = empty;
    return key;
}

SortKey numberKey(int slot, const QString &id, qint64 number, bool empty = false)
{
    SortKey key;
    key.slot = slot;
    key.id = id;
    key.number = number;
    key.empty = empty;
    return key;
}

// Keys with ties, empties and mixed case in every field, slot = position.
std::vector<SortKey> variedKeys(int count)
{
    static const QStringList texts = {u"b"_s, u"A"_s, u"a"_s, u"c"_s, u"B"_s, u"é"_s, u"a"_s};
    std::vector<SortKey> keys;
    for (int i = 0; i < count; ++i) {
        SortKey key;
        key.slot = i;
        key.id = u"id-%1"_s.arg((i * 37) % count, 4, 10, QLatin1Char('0'));
        key.text = texts.at(i % texts.size());
        key.number = (i * 7) % 5 - 2;
        key.empty = i % 11 == 4;
        keys.push_back(key);
    }
    return keys;
}

// The contract, written out independently of the engine: empty keys after all values in
// either order, values ascending or descending by the comparison, ties by id ascending.
bool inContractOrder(const SortKey &a, const SortKey &b, SortSpec spec)
{
    if (a.empty && !b.empty)
        return false;
    if (!a.empty && b.empty)
        return true;
    if (!a.empty) {
        int c = 0;
        if (spec.comparison == SortComparison::Number)
            c = a.number == b.number ? 0 : (a.number < b.number ? -1 : 1);
        else if (spec.comparison == SortComparison::Text)
            c = a.text.compare(b.text, Qt::CaseSensitive);
        else if (spec.comparison == SortComparison::TextCaseInsensitive)
            c = a.text.compare(b.text, Qt::CaseInsensitive);
        else
            c = a.id.compare(b.id);
        if (spec.order == Qt::DescendingOrder)
            c = -c;
        if (c != 0)
            return c < 0;
    }
    return a.id <= b.id;
}

QList<int> slotsOf(const std::vector<SortKey> &keys)
{
    QList<int> slots_;
    for (const SortKey &k : keys)
        slots_.append(k.slot);
    return slots_;
}
} // namespace

// The sort engine on its own: keys in, the slots in order out, off the calling thread.
class TestIdentitySortEngine : public QObject
{
    Q_OBJECT
private slots:
    void ordersByTheContract_data()
    {
        QTest::addColumn<SortComparison>("comparison");
        QTest::addColumn<Qt::SortOrder>("order");
        const QList<std::pair<const char *, SortComparison>> kinds = {
            {"number", SortComparison::Number},
            {"text", SortComparison::Text},
            {"text ci", SortComparison::TextCaseInsensitive},
            {"id", SortComparison::IdOnly}};
        for (const auto &[name, kind] : kinds) {
            QTest::addRow("%s asc", name) << kind << Qt::AscendingOrder;
            QTest::addRow("%s desc", name) << kind << Qt::DescendingOrder;
        }
    }

    void ordersByTheContract()
    {
        QFETCH(SortComparison, comparison);
        QFETCH(Qt::SortOrder, order);
        const SortSpec spec{comparison, order};
        std::vector<SortKey> keys = variedKeys(300);
        const QList<int> sorted = console::sortedSlots(keys, spec);

        // A permutation of the slots...
        QList<int> all = sorted;
        std::sort(all.begin(), all.end());
        QCOMPARE(all, slotsOf(keys));
        // ...in which every neighbour pair keeps the contract.
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            const SortKey &a = keys.at(size_t(sorted.at(i - 1)));
            const SortKey &b = keys.at(size_t(sorted.at(i)));
            if (!inContractOrder(a, b, spec))
                QFAIL(qPrintable(
                    u"slot %1 (%2) before slot %3 (%4)"_s.arg(a.slot).arg(a.id).arg(b.slot).arg(
                        b.id)));
        }
        // The same order whatever order the keys came in.
        std::mt19937 rng(7);
        std::shuffle(keys.begin(), keys.end(), rng);
        QCOMPARE(console::sortedSlots(keys, spec), sorted);
    }

    void emptiesGoLastInEitherOrder()
    {
        const std::vector<SortKey> keys = {numberKey(0, u"a"_s, 0, true), numberKey(1, u"b"_s, 5),
                                           numberKey(2, u"c"_s, 1), numberKey(3, u"d"_s, 9, true)};
        QCOMPARE(console::sortedSlots(keys, {SortComparison::Number, Qt::AscendingOrder}),
                 (QList<int>{2, 1, 0, 3}));
        QCOMPARE(console::sortedSlots(keys, {SortComparison::Number, Qt::DescendingOrder}),
                 (QList<int>{1, 2, 0, 3}));
    }

    void textComparisons()
    {
        const std::vector<SortKey> keys = {textKey(0, u"1"_s, u"b"_s), textKey(1, u"2"_s, u"B"_s),
                                           textKey(2, u"3"_s, u"a"_s)};
        // Case-sensitive: by code point, capitals first.
        QCOMPARE(console::sortedSlots(keys, {SortComparison::Text, Qt::AscendingOrder}),
                 (QList<int>{1, 2, 0}));
        // Case-insensitive: "b" and "B" tie and fall back to the id.
        QCOMPARE(
            console::sortedSlots(keys, {SortComparison::TextCaseInsensitive, Qt::AscendingOrder}),
            (QList<int>{2, 0, 1}));
        // Ties stay by id ascending when the order flips.
        QCOMPARE(
            console::sortedSlots(keys, {SortComparison::TextCaseInsensitive, Qt::DescendingOrder}),
            (QList<int>{0, 1, 2}));
    }

    void mergeSortedPlacesExtras()
    {
        std::vector<SortKey> keys = variedKeys(200);
        const SortSpec spec{SortComparison::Text, Qt::DescendingOrder};
        auto less = [&keys, spec](int a, int b) {
            return console::sortKeyLess(keys.at(size_t(a)), keys.at(size_t(b)), spec);
        };
        const QList<int> full = console::sortedSlots(keys, spec);
        QList<int> base;
        QList<int> extras;
        for (const int slot : full)
            (slot % 9 == 0 ? extras : base).append(slot);
        std::reverse(extras.begin(), extras.end());
        QCOMPARE(console::mergeSorted(base, extras, less), full);
        QCOMPARE(console::mergeSorted(base, {}, less), base);
        QCOMPARE(console::mergeSorted({}, extras, less).size(), extras.size());
    }

    void sortsOnItsOwnWorkerThread()
    {
        IdentitySortEngine engine;
        QSignalSpy finished(&engine, &IdentitySortEngine::finished);
        PoolBlocker blocker(engine.threadPool()); // the worker cannot run until unblocked
        std::vector<SortKey> keys = variedKeys(50);
        const SortSpec spec{SortComparison::Number, Qt::AscendingOrder};
        const QList<int> expected = console::sortedSlots(keys, spec);
        engine.start(keys, spec);
        QVERIFY(engine.isRunning());
        QVERIFY(!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 100));
        blocker.unblock();
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<QList<int>>(), expected);
        QVERIFY(!engine.isRunning());
    }

    void cancelDropsTheResult()
    {
        IdentitySortEngine engine;
        QSignalSpy finished(&engine, &IdentitySortEngine::finished);
        {
            PoolBlocker blocker(engine.threadPool());
            engine.start(variedKeys(50), {SortComparison::Text, Qt::AscendingOrder});
            engine.cancel();
            QVERIFY(!engine.isRunning());
        } // the worker runs now (or skips the dropped job)
        engine.threadPool()->waitForDone();
        QVERIFY(!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 100));
    }

    void aNewStartSupersedesTheOneRunning()
    {
        IdentitySortEngine engine;
        QSignalSpy finished(&engine, &IdentitySortEngine::finished);
        const std::vector<SortKey> keys = variedKeys(80);
        const SortSpec first{SortComparison::Number, Qt::AscendingOrder};
        const SortSpec second{SortComparison::IdOnly, Qt::DescendingOrder};
        {
            PoolBlocker blocker(engine.threadPool());
            engine.start(keys, first);
            engine.start(keys, second);
            QVERIFY(engine.isRunning());
        }
        QVERIFY(finished.wait());
        QVERIFY(!QTest::qWaitFor([&] { return finished.size() > 1; }, 100));
        QCOMPARE(finished.first().first().value<QList<int>>(), console::sortedSlots(keys, second));
    }

    void readsKeysASlicePerEventLoopTurn()
    {
        IdentitySortEngine engine;
        engine.setSnapshotSlice(10);
        QSignalSpy finished(&engine, &IdentitySortEngine::finished);
        const std::vector<SortKey> keys = variedKeys(25);
        QList<int> read;
        engine.start(int(keys.size()), {SortComparison::Number, Qt::AscendingOrder},
                     [&](int slot, SortKey &key) {
                         read.append(slot);
                         if (slot % 4 == 0)
                             return false; // no row here
                         key = keys.at(size_t(slot));
                         return true;
                     });
        QCOMPARE(read.size(), 10); // the first slice only, before returning
        QVERIFY(finished.wait());
        QCOMPARE(read.size(), 25);
        std::vector<SortKey> live;
        for (const SortKey &k : keys) {
            if (k.slot % 4 != 0)
                live.push_back(k);
        }
        QCOMPARE(finished.first().first().value<QList<int>>(),
                 console::sortedSlots(live, {SortComparison::Number, Qt::AscendingOrder}));
    }

    void cancelStopsReadingKeys()
    {
        IdentitySortEngine engine;
        engine.setSnapshotSlice(10);
        QSignalSpy finished(&engine, &IdentitySortEngine::finished);
        int reads = 0;
        engine.start(100, {SortComparison::Number, Qt::AscendingOrder},
                     [&](int slot, SortKey &key) {
                         ++reads;
                         key.slot = slot;
                         return true;
                     });
        QCOMPARE(reads, 10);
        engine.cancel();
        QVERIFY(!QTest::qWaitFor([&] { return reads > 10 || !finished.isEmpty(); }, 100));
    }

    void aListenerMayStartTheNextSort()
    {
        // The model sorts again from finished() when most rows changed meanwhile.
        IdentitySortEngine engine;
        const std::vector<SortKey> keys = variedKeys(40);
        const SortSpec again{SortComparison::Text, Qt::DescendingOrder};
        QList<QList<int>> results;
        connect(&engine, &IdentitySortEngine::finished, this, [&](const QList<int> &order) {
            results.append(order);
            if (results.size() == 1)
                engine.start(keys, again);
        });
        engine.start(keys, {SortComparison::Number, Qt::AscendingOrder});
        QTRY_COMPARE(results.size(), 2);
        QCOMPARE(results.at(1), console::sortedSlots(keys, again));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestIdentitySortEngine)
#include "tst_identitysortengine.moc"

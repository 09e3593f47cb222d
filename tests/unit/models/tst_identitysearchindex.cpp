#include "core/models/identityfilterproxy.h"
#include "core/models/identitysearchindex.h"
#include "core/models/identitytablemodel.h"
#include "core/models/queuerowfilter.h"
#include "core/models/roles.h"
#include "support/fakeidentitysource.h"
#include "support/poolblocker.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::IdentityFilterProxy;
using console::IdentitySearchEngine;
using console::IdentitySearchIndex;
using console::IdentityTableModel;
using console::SearchTerms;

namespace {
constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z

// The quick search as it read before the index, written out again on its own: every term
// found in the search text, or a term of two or more digits ending the cip_id digits.
bool referenceMatches(const QString &typed, const QString &haystack, const QString &cip)
{
    const QStringList terms = typed.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        bool digits = term.size() >= 2;
        for (const QChar c : term)
            digits = digits && c.isDigit();
        if (!haystack.contains(term) && !(digits && !cip.isEmpty() && cip.endsWith(term)))
            return false;
    }
    return true;
}

// Varied texts: accents, mixed case lower-cased as the model does, empty names and cip_ids,
// digits that also appear in ids and ref_ids.
struct Texts
{
    QString search;
    QString cip;
};
Texts variedTexts(QRandomGenerator &rng, int i)
{
    static const QStringList names = {u"Anna Lee"_s, u"Émile Zola"_s, u"zoë ann"_s, {},
                                      u"Bob"_s,      u"ANNE-MARIE"_s, u"Ian 4242"_s};
    // Past Latin-1 now and then: the chunk holding it switches to UTF-16 mid-way, the others
    // stay one byte a character.
    const QString name = i % 2000 == 1500 ? u"李 小龙"_s : names.at(int(rng.bounded(names.size())));
    const QString ref = rng.bounded(4) == 0 ? QString() : u"cus-%1"_s.arg(rng.bounded(5000));
    const QString id = u"id-%1-%2"_s.arg(i).arg(rng.bounded(100000));
    const QString cip = rng.bounded(3) == 0 ? QString() : QString::number(rng.bounded(100000000));
    return {QString(name + u'\n' + ref + u'\n' + id).toLower(), cip};
}

const QStringList kTyped = {u"a"_s,  u"an"_s,  u"ann"_s,  u"anna lee"_s, u"4"_s,
                            u"42"_s, u"242"_s, u"4242"_s, u"cus-1 an"_s, u"é"_s,
                            u"小"_s, u"zz"_s,  u""_s,     u"ID-1"_s,     u"  ann  "_s};

paxos::Identity named(int n, const QString &first, const QString &last, const QString &cip,
                      qint64 createdSecs = kBase)
{
    paxos::Identity identity = FakeIdentitySource::person(n, u"APPROVED"_s, createdSecs);
    QJsonObject raw = identity.raw;
    raw.insert(u"person_details"_s,
               QJsonObject{{u"first_name"_s, first}, {u"last_name"_s, last}, {u"cip_id"_s, cip}});
    return paxos::Identity::fromJson(raw);
}

paxos::Identity variedIdentity(int n)
{
    static const QStringList firsts = {u"Anna"_s, u"Émile"_s, u"Zoë"_s, u"Bob"_s, u"Ian"_s};
    static const QStringList lasts = {u"Lee"_s, u"Annan"_s, u"Zola"_s, u"Smith"_s, u"Number"_s};
    return named(n, firsts.at(n % firsts.size()), lasts.at((n / 5) % lasts.size()),
                 u"111-22-%1"_s.arg((n * 37) % 10000, 4, 10, QLatin1Char('0')),
                 kBase + (n % 50) * 60);
}

// Ages older than a day, against a clock the test moves: a row filter that depends on the age.
class OlderThanADay : public console::QueueRowFilter
{
public:
    explicit OlderThanADay(QDateTime *now)
        : m_now(now)
    {
    }
    bool isActive() const override { return true; }
    bool accepts(const QModelIndex &row) const override
    {
        const qint64 created = -row.siblingAtColumn(IdentityTableModel::AgeColumn)
                                    .data(console::RawValueRole)
                                    .toLongLong();
        return created + 86400000 < m_now->toMSecsSinceEpoch();
    }
    QString label() const override { return u"older than a day"_s; }
    void clear() override { }

private:
    QDateTime *m_now;
};
} // namespace

class TestIdentitySearchIndex : public QObject
{
    Q_OBJECT

    QStringList shownIds(const IdentityFilterProxy &proxy)
    {
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(proxy.index(r, 0).data(console::IdentityIdRole).toString());
        ids.sort();
        return ids;
    }
    // What the old matcher shows over the model as it is now (and `accepts`, the row filters).
    QStringList expectedIds(const IdentityTableModel &model, const QString &typed,
                            const std::function<bool(const QModelIndex &)> &accepts = {})
    {
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            if (accepts && !accepts(i))
                continue;
            if (referenceMatches(typed, i.data(console::SearchTextRole).toString(),
                                 i.data(console::CipDigitsRole).toString()))
                ids.append(i.data(console::IdentityIdRole).toString());
        }
        ids.sort();
        return ids;
    }
    void loadAll(IdentityTableModel &model, int expected)
    {
        QSignalSpy done(&model, &IdentityTableModel::loadAllFinished);
        model.loadAll();
        QVERIFY(done.wait(60000));
        QCOMPARE(model.rowCount(), expected);
    }

private slots:
    // The index gives every slot the verdict the old matcher gives its texts, for typed
    // searches of every kind, with rows changed and removed in between, and narrowing from the
    // previous verdicts gives what a full pass gives.
    void matchAllEqualsTheOldMatcher()
    {
        QRandomGenerator rng(4242);
        IdentitySearchIndex index;
        QList<Texts> texts;
        for (int i = 0; i < 5000; ++i) {
            texts.append(variedTexts(rng, i));
            index.set(i, texts.last().search, texts.last().cip);
        }
        // Rows change (longer, shorter, emptied) in every chunk, and one far ahead leaves a gap.
        for (int k = 0; k < 600; ++k) {
            const int slot = int(rng.bounded(texts.size()));
            texts[slot] = k % 7 == 0 ? Texts{} : variedTexts(rng, slot + 100000);
            index.set(slot, texts[slot].search, texts[slot].cip);
        }
        index.set(5100, u"late ann\n\nid-late"_s, u"994242"_s);
        while (texts.size() < 5100)
            texts.append(Texts{});
        texts.append({u"late ann\n\nid-late"_s, u"994242"_s});
        QCOMPARE(index.slotCount(), 5101);
        SearchTerms previous;
        std::vector<char> previousVerdicts;
        for (const QString &typed : kTyped) {
            const SearchTerms terms = SearchTerms::parse(typed);
            const std::vector<char> all = IdentitySearchIndex::matchAll(index.snapshot(), terms);
            QCOMPARE(all.size(), size_t(texts.size()));
            for (qsizetype slot = 0; slot < texts.size(); ++slot) {
                const bool expected =
                    referenceMatches(typed, texts.at(slot).search, texts.at(slot).cip);
                if (bool(all[size_t(slot)]) != expected)
                    QFAIL(qPrintable(u"\"%1\" at slot %2"_s.arg(typed).arg(slot)));
                QCOMPARE(index.matches(int(slot), terms), expected);
            }
            if (!previous.isEmpty() && !terms.isEmpty() && terms.narrows(previous)) {
                QVERIFY(IdentitySearchIndex::matchAll(index.snapshot(), terms, &previousVerdicts)
                        == all);
            }
            previous = terms;
            previousVerdicts = all;
        }
    }

    void snapshotStaysWhatItWasWhileTheIndexChanges()
    {
        IdentitySearchIndex index;
        for (int i = 0; i < 3000; ++i)
            index.set(i, u"person %1"_s.arg(i), QString::number(1000 + i));
        const IdentitySearchIndex::Snapshot before = index.snapshot();
        index.set(5, u"renamed"_s, {});
        index.set(6, u"李 person 6"_s, {}); // its chunk switches to UTF-16
        index.clearSlot(2000);
        index.set(3000, u"new"_s, {});
        const SearchTerms person5 = SearchTerms::parse(u"person 5"_s);
        const std::vector<char> old = IdentitySearchIndex::matchAll(before, person5);
        QCOMPARE(old.size(), size_t(3000));
        QVERIFY(old[5]);
        QVERIFY(!IdentitySearchIndex::matchAll(index.snapshot(), person5)[5]);
        QVERIFY(IdentitySearchIndex::matchAll(before, SearchTerms::parse(u"person 2000"_s))[2000]);
        QVERIFY(IdentitySearchIndex::matchAll(before, SearchTerms::parse(u"person 6"_s))[6]);
        QVERIFY(!IdentitySearchIndex::matchAll(before, SearchTerms::parse(u"李"_s))[6]);
        const std::vector<char> now =
            IdentitySearchIndex::matchAll(index.snapshot(), SearchTerms::parse(u"李 6"_s));
        QCOMPARE(std::count(now.begin(), now.end(), 1), 1);
        QVERIFY(now[6]);
        QCOMPARE(index.search(7), u"person 7"_s);
        QCOMPARE(index.search(2000), QString());
        QCOMPARE(index.search(2001), u"person 2001"_s);
        QCOMPARE(index.cipDigits(2001), u"3001"_s);
    }

    // A pass superseded by a newer one is never reported, even when it has already run.
    void engineReportsOnlyTheLatestPass()
    {
        IdentitySearchIndex index;
        for (int i = 0; i < 20000; ++i)
            index.set(i, u"person %1"_s.arg(i), {});
        IdentitySearchEngine engine;
        QSignalSpy finished(&engine, &IdentitySearchEngine::finished);
        {
            PoolBlocker blocker(engine.threadPool());
            engine.start(index.snapshot(), SearchTerms::parse(u"1"_s));
            engine.start(index.snapshot(), SearchTerms::parse(u"person 19999"_s));
        }
        QVERIFY(finished.wait());
        engine.start(index.snapshot(), SearchTerms::parse(u"2"_s));
        engine.threadPool()->waitForDone(); // this one has run through, unreported
        engine.cancel();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<SearchTerms>().terms,
                 QStringList({u"person"_s, u"19999"_s}));
        const auto verdicts = finished.first().at(1).value<std::vector<char>>();
        QCOMPARE(std::count(verdicts.begin(), verdicts.end(), 1), 1);
        QVERIFY(!engine.isRunning());
    }

    // Over the identity model, a keystroke's pass on the worker shows what the old matcher
    // shows, keystroke after keystroke, narrowing and widening; a keystroke typed before the
    // pass ends drops it (its result is never shown).
    void backgroundPassesShowWhatTheOldMatcherShows()
    {
        FakeIdentitySource source;
        for (int i = 0; i < 3000; ++i)
            source.identities.append(variedIdentity(i));
        IdentityTableModel model(&source);
        loadAll(model, 3000);
        IdentityFilterProxy proxy;
        proxy.setBackgroundSearchThreshold(0);
        proxy.setSourceModel(&model);
        QSignalSpy searching(&proxy, &IdentityFilterProxy::searchingChanged);
        for (const QString &typed : kTyped) {
            const qint64 uiBefore = proxy.rowsSearchedOnUiThread();
            proxy.setQuickSearch(typed);
            QTRY_VERIFY(!proxy.isSearching());
            QCOMPARE(shownIds(proxy), expectedIds(model, typed));
            QCOMPARE(proxy.rowsSearchedOnUiThread(), uiBefore); // the worker searched
        }
        QVERIFY(searching.size() >= 2);
        QCOMPARE(searching.last().first().toBool(), false);
    }

    void staleTermIsDiscarded()
    {
        FakeIdentitySource source;
        for (int i = 0; i < 3000; ++i)
            source.identities.append(variedIdentity(i));
        IdentityTableModel model(&source);
        loadAll(model, 3000);
        IdentityFilterProxy proxy;
        proxy.setBackgroundSearchThreshold(0);
        proxy.setSourceModel(&model);
        QList<int> shownCounts; // rows shown after each layout change
        connect(&proxy, &QAbstractItemModel::layoutChanged, this,
                [&] { shownCounts.append(proxy.rowCount()); });
        {
            PoolBlocker blocker(proxy.searchThreadPool());
            proxy.setQuickSearch(u"a"_s); // waits behind the blocker
            QVERIFY(proxy.isSearching());
            proxy.setQuickSearch(u"zola 4"_s);
        }
        QTRY_VERIFY(!proxy.isSearching());
        const QStringList expected = expectedIds(model, u"zola 4"_s);
        QVERIFY(!expected.isEmpty() && expected.size() < 3000);
        QCOMPARE(shownIds(proxy), expected);
        // Only the latest keystroke's result was ever applied, once.
        QCOMPARE(shownCounts, QList<int>({int(expected.size())}));
        // A pass that finished meanwhile is dropped when the term changes back.
        proxy.setQuickSearch(u"an"_s);
        proxy.setQuickSearch(u"zola 4"_s); // what is shown: nothing to do
        QVERIFY(!proxy.isSearching());
        proxy.searchThreadPool()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(shownIds(proxy), expected);
    }

    // Rows that land, change and go while a pass runs are matched when it is applied; after
    // it, updates and removals keep the shown rows right without a pass.
    void rowsChangingDuringAndAfterAPass()
    {
        FakeIdentitySource source;
        for (int i = 0; i < 2000; ++i)
            source.identities.append(variedIdentity(i));
        IdentityTableModel model(&source);
        loadAll(model, 2000);
        IdentityFilterProxy proxy;
        proxy.setBackgroundSearchThreshold(0);
        proxy.setSourceModel(&model);
        {
            PoolBlocker blocker(proxy.searchThreadPool());
            proxy.setQuickSearch(u"zola"_s);
            QVERIFY(proxy.isSearching());
            model.upsert(named(900001, u"Late"_s, u"Zola"_s, u"1"_s)); // lands, matches
            model.upsert(named(900002, u"Late"_s, u"Other"_s, u"1"_s)); // lands, does not
            model.upsert(named(7, u"Renamed"_s, u"Zola"_s, u"1"_s)); // now matches
            model.upsert(named(2, u"Renamed"_s, u"Nobody"_s, u"1"_s)); // Zoë Zola no more
            model.pager()->merge(named(12, u"Zoë"_s, u"Zola"_s, u"1"_s)); // unchanged text
        }
        QTRY_VERIFY(!proxy.isSearching());
        QCOMPARE(shownIds(proxy), expectedIds(model, u"zola"_s));
        QVERIFY(shownIds(proxy).contains(named(900001, {}, {}, {}).id));
        QVERIFY(shownIds(proxy).contains(named(7, {}, {}, {}).id));
        QVERIFY(!shownIds(proxy).contains(named(2, {}, {}, {}).id));
        // After the pass: an update, an identity that leaves the query, a new one.
        model.upsert(named(3, u"Third"_s, u"Zola"_s, u"1"_s));
        model.upsert(named(7, u"Renamed"_s, u"Again"_s, u"1"_s));
        model.upsert(named(900003, u"New"_s, u"Zola"_s, u"1"_s));
        QCOMPARE(shownIds(proxy), expectedIds(model, u"zola"_s));
        console::IdentityQuery query;
        query.status = u"PENDING"_s; // every APPROVED row leaves
        const int before = proxy.rowCount();
        QVERIFY(before > 0);
        model.setQuery(query);
        QTRY_COMPARE(proxy.rowCount(), 0);
    }

    // The age tick (every row's age changes, no search text does) keeps every verdict: no row
    // is searched again, even with a search on; a row filter that depends on the age is asked
    // again and follows the clock.
    void ageTickKeepsVerdicts()
    {
        FakeIdentitySource source;
        for (int i = 0; i < 3000; ++i)
            source.identities.append(variedIdentity(i));
        IdentityTableModel model(&source);
        QDateTime now = QDateTime::fromSecsSinceEpoch(kBase + 86400 + 30 * 60, Qt::UTC);
        model.setNow([&now] { return now; });
        loadAll(model, 3000);
        IdentityFilterProxy proxy;
        proxy.setBackgroundSearchThreshold(0);
        proxy.setSourceModel(&model);
        proxy.setQuickSearch(u"ann"_s);
        QTRY_VERIFY(!proxy.isSearching());
        const QStringList searched = shownIds(proxy);
        QCOMPARE(searched, expectedIds(model, u"ann"_s));
        const qint64 uiSearched = proxy.rowsSearchedOnUiThread();
        model.setNow([&now] { return now; }); // the tick
        QCOMPARE(proxy.rowsSearchedOnUiThread(), uiSearched);
        QCOMPARE(shownIds(proxy), searched);

        OlderThanADay older(&now);
        proxy.addRowFilter(&older);
        const auto olderAccepts = [&older](const QModelIndex &i) { return older.accepts(i); };
        const QStringList halfAged = expectedIds(model, u"ann"_s, olderAccepts);
        QVERIFY(!halfAged.isEmpty() && halfAged.size() < searched.size());
        QCOMPARE(shownIds(proxy), halfAged);
        now = now.addSecs(3600); // every row is older than a day now
        model.setNow([&now] { return now; });
        QCOMPARE(shownIds(proxy), searched);
        QCOMPARE(proxy.rowsSearchedOnUiThread(), uiSearched);
        proxy.removeRowFilter(&older);
    }

    // Under the threshold the pass runs at once on the UI thread, with the same result.
    void smallTablesSearchAtOnce()
    {
        FakeIdentitySource source;
        for (int i = 0; i < 500; ++i)
            source.identities.append(variedIdentity(i));
        IdentityTableModel model(&source);
        loadAll(model, 500);
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (const QString &typed : kTyped) {
            proxy.setQuickSearch(typed);
            QVERIFY(!proxy.isSearching());
            QCOMPARE(shownIds(proxy), expectedIds(model, typed));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentitySearchIndex)
#include "tst_identitysearchindex.moc"

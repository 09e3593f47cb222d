#include "core/models/identitypager.h"
#include "support/fakeidentitysource.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using console::IdentityPager;

namespace {
constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z

// Keeps identities by id and records what the pager asked of it, so each test can say
// which path an identity took (appended from a page, inserted live, updated, removed).
class RecordingStore : public console::IdentityRowStore
{
public:
    QList<paxos::Identity> rows;
    QStringList appended;
    QStringList inserted;
    QStringList updated;
    QStringList removed;
    int clears = 0;

    int identityCount() const override { return int(rows.size()); }
    bool containsIdentity(const QString &id) const override { return indexOf(id) >= 0; }
    void appendIdentities(std::span<const paxos::Identity> identities) override
    {
        for (const paxos::Identity &i : identities) {
            appended.append(i.id);
            rows.append(i);
        }
    }
    void insertIdentity(const paxos::Identity &identity) override
    {
        inserted.append(identity.id);
        rows.prepend(identity);
    }
    bool updateIdentity(const paxos::Identity &identity) override
    {
        const qsizetype at = indexOf(identity.id);
        if (rows.at(at).raw == identity.raw)
            return false;
        updated.append(identity.id);
        rows[at] = identity;
        return true;
    }
    void removeIdentity(const QString &id) override
    {
        removed.append(id);
        rows.removeAt(indexOf(id));
    }
    void clearIdentities() override
    {
        ++clears;
        rows.clear();
    }
    QStringList ids() const
    {
        QStringList out;
        for (const paxos::Identity &i : rows)
            out.append(i.id);
        return out;
    }

private:
    qsizetype indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return i;
        }
        return -1;
    }
};

paxos::Identity changed(const paxos::Identity &identity, const QString &status, qint64 updatedSecs)
{
    QJsonObject raw = identity.raw;
    raw[u"status"_s] = status;
    raw[u"summary_status"_s] = status;
    raw[u"updated_at"_s] =
        QDateTime::fromSecsSinceEpoch(updatedSecs, Qt::UTC).toString(Qt::ISODateWithMs);
    return paxos::Identity::fromJson(raw);
}

QString statusOf(const RecordingStore &store, const QString &id)
{
    for (const paxos::Identity &i : store.rows) {
        if (i.id == id)
            return i.raw.value(u"status"_s).toString();
    }
    return {};
}

bool noDuplicates(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size();
}

// The fake server, counting the requests in flight, and letting a test change its
// identities just before each request is answered (a live table under a walk).
class LiveSource : public FakeIdentitySource
{
public:
    std::function<void()> beforeEachAnswer;
    int inFlight = 0;
    int maxInFlight = 0;

    quint64 fetch(const console::IdentityPageRequest &request, Callback callback) override
    {
        maxInFlight = qMax(maxInFlight, ++inFlight);
        if (beforeEachAnswer)
            beforeEachAnswer();
        return FakeIdentitySource::fetch(request,
                                         [this, callback](const console::IdentityPageResult &r) {
                                             --inFlight;
                                             callback(r);
                                         });
    }
};

// 2000 identities one minute apart, all loaded by a sliced Load All of pages of 50.
struct LoadedPager
{
    LiveSource source;
    RecordingStore store;
    IdentityPager pager{&source, &store};

    bool load()
    {
        for (int i = 0; i < 2000; ++i)
            source.identities.append(FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i * 60));
        pager.setPageSize(50);
        pager.setLargePageSize(50);
        pager.setMaxConcurrentPages(4);
        QSignalSpy done(&pager, &IdentityPager::loadAllFinished);
        pager.loadAll();
        return done.wait(20000) && done.first().first().toBool() && store.identityCount() == 2000;
    }
    // Every identity the server has, held as the server has it, once.
    bool holdsWhatTheServerHas() const
    {
        if (store.identityCount() != source.identities.size() || !noDuplicates(store.ids()))
            return false;
        QHash<QString, QJsonObject> held;
        for (const paxos::Identity &i : store.rows)
            held.insert(i.id, i.raw);
        for (const paxos::Identity &i : source.identities) {
            if (held.value(i.id) != i.raw) {
                qWarning() << "not as the server has it:" << i.id;
                return false;
            }
        }
        return true;
    }
};
} // namespace

// The pager on its own over a store that only keeps what it is given.
class TestIdentityPager : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_source = std::make_unique<FakeIdentitySource>();
        for (int i = 0; i < 25; ++i)
            m_source->identities.append(FakeIdentitySource::person(
                i, i % 5 == 0 ? u"PENDING"_s : u"APPROVED"_s, kBase + i * 3600));
        m_store = std::make_unique<RecordingStore>();
        m_pager = std::make_unique<IdentityPager>(m_source.get(), m_store.get());
        m_pager->setPageSize(10);
        // One page after the other unless a test says otherwise (the request counts below
        // are those of a sequential walk); the sliced walk has tests of its own.
        m_pager->setMaxConcurrentPages(1);
    }
    void cleanup()
    {
        m_pager.reset();
        m_store.reset();
        m_source.reset();
    }

    void pagesThroughTheCursorOneRequestAtATime()
    {
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        QVERIFY(!m_pager->canFetchMore());
        m_pager->setQuery({});
        QVERIFY(m_pager->isLoading());
        QVERIFY(!m_pager->canFetchMore());
        QVERIFY(pages.wait());
        QCOMPARE(pages.last().at(0).toInt(), 10);
        QCOMPARE(pages.last().at(1).toBool(), true);
        QCOMPARE(m_store->identityCount(), 10);
        QCOMPARE(m_store->rows.first().id, m_source->identities.at(24).id); // newest first
        QVERIFY(m_pager->canFetchMore());
        m_pager->fetchMore();
        QVERIFY(!m_pager->canFetchMore()); // one request at a time
        m_pager->fetchMore(); // ignored
        QVERIFY(pages.wait());
        m_pager->fetchMore();
        QVERIFY(pages.wait());
        QCOMPARE(pages.last().at(0).toInt(), 5);
        QCOMPARE(pages.last().at(1).toBool(), false);
        QVERIFY(!m_pager->hasMorePages());
        QVERIFY(!m_pager->canFetchMore());
        QCOMPARE(m_source->requests.size(), 3);
        QCOMPARE(m_source->requests.at(1).cursor, u"c:0:10"_s);
        QCOMPARE(m_source->requests.at(2).cursor, u"c:0:20"_s);
        QCOMPARE(m_store->identityCount(), 25);
        QVERIFY(noDuplicates(m_store->ids()));
        QCOMPARE(m_store->clears, 1); // setQuery() started from empty once
    }

    void answersFromBeforeANewQueryAreDropped()
    {
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->setQuery({});
        console::IdentityQuery pending;
        pending.status = u"PENDING"_s;
        m_pager->setQuery(pending); // before the first answer arrived
        QVERIFY(pages.wait());
        QVERIFY(!QTest::qWaitFor([&] { return pages.size() > 1; }, 100));
        QCOMPARE(m_store->identityCount(), 5);
    }

    void refreshMergesWhatChangedSinceTheNewestUpdate()
    {
        console::IdentityQuery pending;
        pending.status = u"PENDING"_s;
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->setQuery(pending);
        QVERIFY(pages.wait());
        QCOMPARE(m_store->identityCount(), 5);
        const QString leaves = m_store->rows.at(0).id;
        const QString changes = m_store->rows.at(1).id;
        const qint64 later = kBase + 40 * 86400;
        for (paxos::Identity &i : m_source->identities) {
            if (i.id == leaves)
                i = changed(i, u"APPROVED"_s, later);
            else if (i.id == changes)
                i = changed(i, u"PENDING"_s, later);
        }
        const paxos::Identity fresh = FakeIdentitySource::person(99, u"PENDING"_s, later);
        m_source->identities.append(fresh);

        QSignalSpy refreshed(m_pager.get(), &IdentityPager::refreshed);
        m_pager->refresh();
        QVERIFY(m_pager->isRefreshing());
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.first().at(0).toInt(), 1); // changed
        QCOMPARE(refreshed.first().at(1).toInt(), 1); // added
        QCOMPARE(refreshed.first().at(2).toInt(), 1); // removed
        QCOMPARE(m_store->updated, QStringList{changes});
        QCOMPARE(m_store->inserted, QStringList{fresh.id});
        QCOMPARE(m_store->removed, QStringList{leaves});
        QCOMPARE(m_store->clears, 1); // merged in place, not reloaded
        QCOMPARE(m_store->identityCount(), 5);
        // Every identity updated since a second before the newest update seen, any status.
        const console::IdentityPageRequest &delta = m_source->requests.last();
        QVERIFY(delta.query.status.isEmpty());
        const qint64 newestSeen = (kBase + 20 * 3600 + 60) * 1000; // person 20's updated_at
        QCOMPARE(delta.query.updatedFrom.toMSecsSinceEpoch(), newestSeen - 1000);
    }

    void refreshWithNothingLoadedLoadsTheFirstPage()
    {
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->refresh();
        QVERIFY(pages.wait());
        QCOMPARE(m_store->identityCount(), 10);
        QVERIFY(m_source->requests.first().query.isEmpty());
    }

    void eventsMergeById()
    {
        console::IdentityQuery pending;
        pending.status = u"PENDING"_s;
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->setQuery(pending);
        QVERIFY(pages.wait());
        const paxos::Identity held = m_store->rows.at(2);
        using Outcome = IdentityPager::MergeOutcome;
        QCOMPARE(m_pager->merge(held), Outcome::Unchanged); // the same again
        QCOMPARE(m_pager->merge(changed(held, u"PENDING"_s, kBase + 99999)), Outcome::Updated);
        QCOMPARE(m_pager->merge(changed(held, u"DENIED"_s, kBase + 99999)), Outcome::Removed);
        QVERIFY(!m_store->containsIdentity(held.id));
        const paxos::Identity approved = FakeIdentitySource::person(70, u"APPROVED"_s, kBase);
        QCOMPARE(m_pager->merge(approved), Outcome::Unchanged); // outside the query
        const paxos::Identity newcomer = FakeIdentitySource::person(71, u"PENDING"_s, kBase);
        QCOMPARE(m_pager->merge(newcomer), Outcome::Added);
        QCOMPARE(m_pager->merge(paxos::Identity()), Outcome::Unchanged); // no id
        QCOMPARE(m_store->inserted, QStringList{newcomer.id});
        QCOMPARE(m_store->identityCount(), 5);
    }

    void anIdentityCreatedDuringAWalkIsNotDoubled()
    {
        // A cursor over the live table: an identity created during the walk (newest, so
        // first) shifts every later page by one, and its event arrives too.
        m_source->snapshotPages = false;
        m_pager->setLargePageSize(10);
        const paxos::Identity created =
            FakeIdentitySource::person(500, u"PENDING"_s, kBase + 30 * 86400);
        QString lastOfFirstPage;
        // When the first page is in, before the second is asked for.
        connect(m_pager.get(), &IdentityPager::loadAllProgress, this, [&](int loaded) {
            if (loaded != 10 || !lastOfFirstPage.isEmpty())
                return;
            lastOfFirstPage = m_store->rows.last().id;
            m_source->identities.append(created);
            QCOMPARE(m_pager->merge(created), IdentityPager::MergeOutcome::Added); // its event
        });
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!lastOfFirstPage.isEmpty());

        QCOMPARE(m_store->identityCount(), 26);
        QVERIFY(noDuplicates(m_store->ids()));
        // The second page started with the first page's last row again: merged, not added.
        QCOMPARE(m_store->appended.count(lastOfFirstPage), 1);
        QVERIFY(!m_store->appended.contains(created.id));
        QVERIFY(noDuplicates(m_store->appended));
    }

    void loadAllWalksWithLargePages()
    {
        m_source->identities.clear();
        for (int i = 0; i < 2500; ++i)
            m_source->identities.append(FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i));
        m_pager->setPageSize(100);
        QSignalSpy progress(m_pager.get(), &IdentityPager::loadAllProgress);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(m_pager->isLoadingAll());
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!m_pager->isLoadingAll());
        QCOMPARE(m_store->identityCount(), 2500);
        QList<int> limits;
        for (const console::IdentityPageRequest &r : std::as_const(m_source->requests))
            limits.append(r.limit);
        QCOMPARE(limits, (QList<int>{1000, 1000, 1000}));
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 2500);
        QCOMPARE(progress.last().at(1).toBool(), false);
        // Nothing left: a second load-all ends at once.
        done.clear();
        m_pager->loadAll();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_source->requests.size(), 3);
    }

    void loadAllFallsBackWhenLargePagesAreRefused()
    {
        m_source->identities.resize(25);
        m_source->maxLimit = 10;
        QSignalSpy errors(m_pager.get(), &IdentityPager::errorOccurred);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_store->identityCount(), 25);
        QVERIFY(m_pager->largePagesRefused());
        QCOMPARE(errors.size(), 0);
        QList<int> limits;
        for (const console::IdentityPageRequest &r : std::as_const(m_source->requests))
            limits.append(r.limit);
        QCOMPARE(limits, (QList<int>{1000, 10, 10, 10}));

        // Remembered: the next walk asks for the ordinary size straight away.
        m_source->requests.clear();
        done.clear();
        m_pager->clear();
        m_pager->loadAll();
        QVERIFY(done.wait());
        QCOMPARE(m_source->requests.first().limit, 10);
        QCOMPARE(m_source->requests.size(), 3);
    }

    void aRefusalWithNothingSmallerIsAnError()
    {
        m_source->failNext = paxos::ApiError::fromHttp(400, QByteArray("{\"title\":\"Bad\"}"));
        m_pager->setPageSize(1000); // nothing smaller to fall back to
        QSignalSpy errors(m_pager.get(), &IdentityPager::errorOccurred);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_pager->loadState(), IdentityPager::LoadState::Error);
        QVERIFY(!m_pager->largePagesRefused());
        QCOMPARE(m_source->requests.size(), 1);
    }

    void loadAllStopsOnAnErrorAndRefreshRetries()
    {
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->setQuery({});
        QVERIFY(pages.wait());
        m_source->failNext = paxos::ApiError::network(u"connection refused"_s);
        QSignalSpy errors(m_pager.get(), &IdentityPager::errorOccurred);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_pager->loadState(), IdentityPager::LoadState::Error);
        QVERIFY(m_pager->lastError().has_value());
        QVERIFY(!m_pager->canFetchMore());
        // Refresh asks for the failed page again (and the delta since).
        m_pager->refresh();
        QVERIFY(pages.wait());
        QCOMPARE(m_store->identityCount(), 20);
        QTRY_VERIFY(!m_pager->isRefreshing());
        QCOMPARE(m_pager->loadState(), IdentityPager::LoadState::Idle);
        QVERIFY(!m_pager->lastError().has_value());
    }

    void cancelLoadAllKeepsWhatIsLoaded()
    {
        m_source->identities.clear();
        for (int i = 0; i < 3000; ++i)
            m_source->identities.append(FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i));
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QTRY_VERIFY(m_store->identityCount() >= 1000);
        m_pager->cancelLoadAll();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!m_pager->isLoading());
        const int loaded = m_store->identityCount();
        QVERIFY(!QTest::qWaitFor([&] { return m_store->identityCount() != loaded; }, 100));
        QVERIFY(m_pager->canFetchMore());
    }

    void clearStopsEverything()
    {
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        QSignalSpy pages(m_pager.get(), &IdentityPager::pageLoaded);
        m_pager->loadAll();
        m_pager->clear(); // before the first answer
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!m_pager->isLoading());
        QVERIFY(!m_pager->canFetchMore());
        QVERIFY(!QTest::qWaitFor([&] { return !pages.isEmpty(); }, 100));
        QCOMPARE(m_store->identityCount(), 0);
    }

    // A refresh delta longer than a page is paged in created_at slices, several at once, like
    // Load All: every identity updated since the newest update seen is merged, none missed.
    void refreshPagesALongDeltaInSlices()
    {
        LoadedPager live;
        QVERIFY(live.load());
        const qint64 later = kBase + 2000 * 60 + 3600;
        for (int i = 0; i < 2000; i += 4)
            live.source.identities[i] =
                changed(live.source.identities.at(i), u"PENDING"_s, later + i);
        live.source.requests.clear();
        live.source.maxInFlight = 0;
        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        live.pager.refresh();
        QVERIFY(live.pager.isRefreshing());
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().at(0).toInt(), 500); // changed
        QCOMPARE(refreshed.first().at(1).toInt(), 0); // added
        QCOMPARE(refreshed.first().at(2).toInt(), 0); // removed
        QVERIFY(live.holdsWhatTheServerHas());
        QVERIFY(!live.pager.isRefreshing());
        // Split: the far end asked for once, slices with created_at bounds, several at once.
        int bounded = 0, farEnd = 0;
        for (const console::IdentityPageRequest &r : std::as_const(live.source.requests)) {
            QVERIFY(r.query.updatedFrom.isValid()); // every request is the delta
            bounded += r.query.createdBefore.isValid() ? 1 : 0;
            farEnd += r.ascending && r.limit == 1 ? 1 : 0;
        }
        QCOMPARE(farEnd, 1);
        QVERIFY(bounded >= 3);
        QVERIFY(live.source.maxInFlight > 1);
    }

    // Identities updated and created while a sliced refresh runs (the server answers each
    // page from the table as it is then): nothing is stored twice, every update made before
    // the refresh is merged, and the next refresh brings the rest.
    void updatesDuringASlicedRefreshAreMergedOnce()
    {
        LoadedPager live;
        QVERIFY(live.load());
        live.source.snapshotPages = false;
        const qint64 later = kBase + 2000 * 60 + 3600;
        QSet<QString> updatedBefore;
        for (int i = 1; i < 2000; i += 5) {
            live.source.identities[i] = changed(live.source.identities.at(i), u"PENDING"_s, later);
            updatedBefore.insert(live.source.identities.at(i).id);
        }
        // During the walk: one more update and one creation (in the middle of the range,
        // inside slices already running) before each answer, all within one second.
        int step = 0;
        live.source.beforeEachAnswer = [&] {
            const int i = (step * 397) % 2000;
            live.source.identities[i] =
                changed(live.source.identities.at(i), u"DENIED"_s, later + 600);
            paxos::Identity created =
                FakeIdentitySource::person(5000 + step, u"APPROVED"_s, kBase + i * 60 + 30);
            live.source.identities.append(changed(created, u"APPROVED"_s, later + 600));
            ++step;
        };
        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        live.source.beforeEachAnswer = nullptr;
        QVERIFY(step > 5);
        QVERIFY(noDuplicates(live.store.ids()));
        QVERIFY(noDuplicates(live.store.inserted));
        QHash<QString, QString> status;
        for (const paxos::Identity &i : std::as_const(live.store.rows))
            status.insert(i.id, i.raw.value(u"status"_s).toString());
        for (int i = 0; i < 2000; ++i)
            QVERIFY(status.contains(FakeIdentitySource::person(i, {}, 0).id));
        for (const QString &id : std::as_const(updatedBefore))
            QVERIFY2(status.value(id) != u"APPROVED"_s, qPrintable(u"missed update: "_s + id));

        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(live.holdsWhatTheServerHas());
    }

    // During a sliced refresh, an identity the walk has already passed is updated, and then
    // one in a slice still to come, a little later: the refresh sees only the later one. The
    // next refresh starts from the server's clock when the walk began (its first Date), not
    // from a second before the newest update seen, so it brings the earlier one.
    void anUpdateBehindASlicedRefreshIsFetchedByTheNext()
    {
        LoadedPager live;
        const qint64 later = kBase + 2000 * 60 + 3600;
        live.source.serverNow = QDateTime::fromSecsSinceEpoch(kBase + 2000 * 60, Qt::UTC);
        QVERIFY(live.load());
        for (int i = 0; i < 2000; i += 4)
            live.source.identities[i] = changed(live.source.identities.at(i), u"PENDING"_s, later);
        live.source.serverNow = QDateTime::fromSecsSinceEpoch(later + 10, Qt::UTC);
        // 1996 is on the delta's first page; 0 is its far end, in the last slice.
        const QString behind = live.source.identities.at(1996).id;
        live.source.requests.clear();
        int step = 0;
        live.source.beforeEachAnswer = [&] {
            if (step++ != 2) // the far end asked; the first slice is being asked for
                return;
            live.source.identities[1996] =
                changed(live.source.identities.at(1996), u"DENIED"_s, later + 11);
            live.source.identities[0] =
                changed(live.source.identities.at(0), u"DENIED"_s, later + 13);
            live.source.serverNow = QDateTime::fromSecsSinceEpoch(later + 13, Qt::UTC);
        };
        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        live.source.beforeEachAnswer = nullptr;
        QVERIFY(step > 3);
        QCOMPARE(std::count_if(live.source.requests.cbegin(), live.source.requests.cend(),
                               [](const auto &r) { return r.ascending && r.limit == 1; }),
                 1); // it was sliced
        // The walk saw identity 0's update but had passed 1996 before it changed.
        QCOMPARE(statusOf(live.store, live.source.identities.at(0).id), u"DENIED"_s);
        QCOMPARE(statusOf(live.store, behind), u"PENDING"_s);

        live.source.requests.clear();
        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(statusOf(live.store, behind), u"DENIED"_s);
        QVERIFY(live.holdsWhatTheServerHas());
        // From the first Date less the margin: before the behind update, after the bulk.
        const QDateTime since = live.source.requests.first().query.updatedFrom;
        QVERIFY(since <= QDateTime::fromSecsSinceEpoch(later + 11, Qt::UTC));
        QVERIFY(since > QDateTime::fromSecsSinceEpoch(later, Qt::UTC));
    }

    // The same during the query's own walk (a sliced Load All): an update at a place already
    // walked, older than one seen later in the walk, is brought by the first refresh.
    void anUpdateBehindASlicedLoadAllIsFetchedByTheFirstRefresh()
    {
        LoadedPager live;
        const qint64 start = kBase + 2000 * 60;
        live.source.serverNow = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        const QString behind = FakeIdentitySource::person(1999, {}, 0).id;
        int step = 0;
        live.source.beforeEachAnswer = [&] {
            if (step++ != 3) // the first page, the far end and a slice are answered
                return;
            live.source.identities[1999] =
                changed(live.source.identities.at(1999), u"DENIED"_s, start + 1);
            live.source.identities[0] =
                changed(live.source.identities.at(0), u"DENIED"_s, start + 3);
            live.source.serverNow = QDateTime::fromSecsSinceEpoch(start + 3, Qt::UTC);
        };
        QVERIFY(live.load());
        live.source.beforeEachAnswer = nullptr;
        QCOMPARE(statusOf(live.store, live.source.identities.at(0).id), u"DENIED"_s);
        QCOMPARE(statusOf(live.store, behind), u"APPROVED"_s);

        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(statusOf(live.store, behind), u"DENIED"_s);
        QVERIFY(live.holdsWhatTheServerHas());
    }

    // A server whose Date is far in the future (a wrong clock, or a lie) does not move the
    // mark past what was seen: updates after the walk are still fetched, refresh after
    // refresh.
    void aDateFarInTheFutureSkipsNoUpdate()
    {
        LoadedPager live;
        live.source.serverNow = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(live.load());
        const qint64 later = kBase + 2000 * 60 + 3600;
        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        for (int round = 0; round < 2; ++round) {
            for (int i = round; i < 2000; i += 200)
                live.source.identities[i] =
                    changed(live.source.identities.at(i), u"PENDING"_s, later + round * 60);
            live.pager.refresh();
            QVERIFY(refreshed.wait(20000));
            QCOMPARE(refreshed.takeFirst().at(0).toInt(), 10); // changed
            QVERIFY(live.holdsWhatTheServerHas());
        }
    }

    // A refresh that fails half-way keeps its start for the next one: what its answered
    // slices merged may be newer than the updates in the slice that failed.
    void aFailedRefreshStartsTheNextWhereItStarted()
    {
        LoadedPager live;
        QVERIFY(live.load());
        const qint64 later = kBase + 2000 * 60 + 3600;
        for (int i = 0; i < 2000; i += 4)
            live.source.identities[i] =
                changed(live.source.identities.at(i), u"PENDING"_s, later + i);
        live.source.requests.clear();
        int step = 0;
        live.source.beforeEachAnswer = [&] {
            if (step++ == 4)
                live.source.failNext = paxos::ApiError::fromHttp(503, {});
        };
        QSignalSpy failed(&live.pager, &IdentityPager::errorOccurred);
        live.pager.refresh();
        QVERIFY(failed.wait(20000));
        live.source.beforeEachAnswer = nullptr;
        QTRY_VERIFY(!live.pager.isRefreshing());
        const QDateTime since = live.source.requests.first().query.updatedFrom;
        live.source.requests.clear();
        QSignalSpy refreshed(&live.pager, &IdentityPager::refreshed);
        live.pager.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(live.source.requests.first().query.updatedFrom, since);
        QVERIFY(live.holdsWhatTheServerHas());
    }

    // Load All in created_at slices paged concurrently: every identity once, stored in the
    // server's order (newest first) although the slices' answers come back interleaved.
    void loadAllPagesSlicesConcurrentlyInServerOrder()
    {
        m_source->identities.clear();
        for (int i = 0; i < 2500; ++i)
            m_source->identities.append(
                FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i * 60));
        m_pager->setPageSize(100);
        m_pager->setLargePageSize(100);
        m_pager->setMaxConcurrentPages(4);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_store->identityCount(), 2500);
        QVERIFY(noDuplicates(m_store->appended));
        // Newest first, exactly as the server lists them.
        for (int k = 0; k < 2500; ++k)
            QCOMPARE(m_store->rows.at(k).id, FakeIdentitySource::person(2499 - k, {}, 0).id);
        // It was split: the far end was asked for, and slices with created_at bounds.
        int bounded = 0, farEnd = 0;
        for (const console::IdentityPageRequest &r : std::as_const(m_source->requests)) {
            bounded += r.query.createdBefore.isValid() ? 1 : 0;
            farEnd += r.ascending && r.limit == 1 ? 1 : 0;
        }
        QCOMPARE(farEnd, 1);
        QVERIFY(bounded >= 3);
        QVERIFY(!m_pager->canFetchMore());
        QVERIFY(!m_pager->isLoading());
    }

    // A cursor over the live table (a creation shifts later pages): identities created in
    // the middle of the time range while the slices run are merged, never stored twice, and
    // nothing that existed before is missed.
    void identitiesCreatedDuringASlicedWalkAreNotDoubled()
    {
        m_source->identities.clear();
        for (int i = 0; i < 1000; ++i)
            m_source->identities.append(
                FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i * 60));
        m_source->snapshotPages = false;
        m_pager->setPageSize(50);
        m_pager->setLargePageSize(50);
        m_pager->setMaxConcurrentPages(4);
        int created = 0;
        connect(m_pager.get(), &IdentityPager::loadAllProgress, this, [&] {
            if (created >= 20)
                return;
            // Between two existing identities, anywhere in the range.
            const int n = 5000 + created;
            m_source->identities.append(FakeIdentitySource::person(
                n, u"APPROVED"_s, kBase + (created * 47 % 1000) * 60 + 30));
            ++created;
        });
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(noDuplicates(m_store->ids()));
        QVERIFY(noDuplicates(m_store->appended));
        const QStringList ids = m_store->ids();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(ids.contains(FakeIdentitySource::person(i, {}, 0).id));
    }

    // Cancelled half-way through the slices: what is stored stays, and paging on loads the
    // rest without storing anything twice.
    void cancelledSlicedWalkGoesOnWhereItStopped()
    {
        m_source->identities.clear();
        for (int i = 0; i < 3000; ++i)
            m_source->identities.append(
                FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i * 60));
        m_pager->setPageSize(100);
        m_pager->setLargePageSize(100);
        m_pager->setMaxConcurrentPages(4);
        QSignalSpy done(m_pager.get(), &IdentityPager::loadAllFinished);
        m_pager->loadAll();
        QTRY_VERIFY(m_store->identityCount() >= 1200);
        m_pager->cancelLoadAll();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!m_pager->isLoading());
        QVERIFY(m_pager->canFetchMore());
        done.clear();
        m_pager->loadAll();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_store->identityCount(), 3000);
        QVERIFY(noDuplicates(m_store->ids()));
        for (int k = 0; k < 3000; ++k)
            QCOMPARE(m_store->rows.at(k).id, FakeIdentitySource::person(2999 - k, {}, 0).id);
    }

private:
    std::unique_ptr<FakeIdentitySource> m_source;
    std::unique_ptr<RecordingStore> m_store;
    std::unique_ptr<IdentityPager> m_pager;
};

QTEST_GUILESS_MAIN(TestIdentityPager)
#include "tst_identitypager.moc"

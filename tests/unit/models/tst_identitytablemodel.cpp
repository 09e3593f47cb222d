#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "support/fakeidentitysource.h"
#include "support/poolblocker.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using console::IdentityTableModel;

namespace {
constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z

QJsonObject requirement(const QString &type, const QString &status, const QString &from)
{
    QJsonObject r{{u"type"_s, type}, {u"status"_s, status}};
    if (!from.isEmpty())
        r.insert(u"awaiting_action_from"_s, from);
    return r;
}

paxos::Identity withName(const paxos::Identity &identity, const QString &first, const QString &last)
{
    QJsonObject raw = identity.raw;
    QJsonObject person = raw.value(u"person_details"_s).toObject();
    person.remove(u"first_name"_s);
    person.remove(u"last_name"_s);
    if (!first.isEmpty())
        person.insert(u"first_name"_s, first);
    if (!last.isEmpty())
        person.insert(u"last_name"_s, last);
    raw.insert(u"person_details"_s, person);
    return paxos::Identity::fromJson(raw);
}

// Rows with ties and gaps in every column: repeated and mixed-case names, rows without a name,
// ref_id, creation time or blocking requirement, the same creation time on many rows.
paxos::Identity variedPerson(int i)
{
    static const QStringList statuses = {u"PENDING"_s, u"APPROVED"_s, u"DENIED"_s, u"PENDING"_s,
                                         u"DISABLED"_s};
    static const QStringList requirements = {u"ID_VERIFICATION"_s, u"SCREENING_CHECK"_s,
                                             u"KYC_REFRESH"_s};
    static const QStringList actors = {u"PAXOS"_s, u"CLIENT"_s};
    static const QStringList firsts = {u"anna"_s,  u"Anna"_s, u"Bob"_s, {},
                                       u"Émile"_s, u"zoë"_s,  u"Bob"_s};
    const QString status = statuses.at(i % statuses.size());
    QJsonObject details;
    if (status == u"PENDING" && i % 3 != 0)
        details = QJsonObject{
            {u"requirements"_s,
             QJsonArray{requirement(requirements.at(i % requirements.size()), u"PENDING"_s,
                                    actors.at((i / 3) % actors.size()))}}};
    paxos::Identity identity =
        FakeIdentitySource::person(i, status, kBase + (i % 9) * 3600, details);
    QJsonObject raw = identity.raw;
    if (i % 5 == 0)
        raw.remove(u"ref_id"_s);
    else
        raw.insert(u"ref_id"_s, u"cus-%1"_s.arg((i * 7) % 13));
    if (i % 4 == 1)
        raw.insert(u"type"_s, u"INSTITUTION"_s);
    if (i % 17 == 3) {
        // No creation time (the fake serves these last, as if oldest).
        raw.insert(u"created_at"_s, u"1970-01-01T00:00:00Z"_s);
    }
    identity = paxos::Identity::fromJson(raw);
    const QString first = firsts.at(i % firsts.size());
    return withName(identity, first, first.isEmpty() ? QString() : u"Lee"_s);
}

// The order the model must show, computed from what it hands out (RawValueRole) rather than
// from its own sort keys: values ascending or descending, missing values last in either
// order, ties by id.
QStringList expectedOrder(const QAbstractItemModel &model, int column, Qt::SortOrder order)
{
    struct Ref
    {
        QVariant raw;
        QString id;
    };
    QList<Ref> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, column);
        rows.append({i.data(console::RawValueRole), i.data(console::IdentityIdRole).toString()});
    }
    std::sort(rows.begin(), rows.end(), [order](const Ref &a, const Ref &b) {
        if (a.raw.isValid() != b.raw.isValid())
            return a.raw.isValid();
        if (a.raw.isValid()) {
            const QPartialOrdering c = QVariant::compare(a.raw, b.raw);
            if (c == QPartialOrdering::Less)
                return order == Qt::AscendingOrder;
            if (c == QPartialOrdering::Greater)
                return order == Qt::DescendingOrder;
        }
        return a.id < b.id;
    });
    QStringList ids;
    for (const Ref &r : std::as_const(rows))
        ids.append(r.id);
    return ids;
}

QStringList shownOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(console::IdentityIdRole).toString());
    return ids;
}
} // namespace

class TestIdentityTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_source = std::make_unique<FakeIdentitySource>();
        for (int i = 0; i < 25; ++i)
            m_source->identities.append(FakeIdentitySource::person(
                i, i % 5 == 0 ? u"PENDING"_s : u"APPROVED"_s, kBase + i * 3600));
        m_model = std::make_unique<IdentityTableModel>(m_source.get());
        m_model->setPageSize(10);
        m_model->setNow([] { return QDateTime::fromSecsSinceEpoch(kBase + 30 * 86400, Qt::UTC); });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_source.reset();
    }

    void pagesLazilyThroughTheCursor()
    {
        // Without the model tester: it calls fetchMore() on its own, and this test counts.
        m_tester.reset();
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->setQuery({});
        QVERIFY(m_model->isLoading());
        QVERIFY(pages.wait());
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(m_model->canFetchMore({}));
        // Newest first, as the API orders.
        QCOMPARE(m_model->idAt(0), m_source->identities.at(24).id);
        m_model->fetchMore({});
        QVERIFY(!m_model->canFetchMore({})); // one request at a time
        QVERIFY(m_model->isLoading());
        loadAll();
        QCOMPARE(m_model->rowCount(), 25);
        QVERIFY(!m_model->hasMorePages());
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_source->requests.size(), 3);
        QCOMPARE(m_source->requests.at(1).cursor, u"c:0:10"_s);
        QCOMPARE(m_source->requests.at(2).cursor, u"c:0:20"_s);
    }

    void columnsAndRoles()
    {
        QJsonObject details{{u"requirements"_s,
                             QJsonArray{requirement(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s),
                                        requirement(u"KYC_REFRESH"_s, u"FAILED"_s, u"CLIENT"_s)}}};
        m_source->identities = {FakeIdentitySource::person(7, u"PENDING"_s, kBase, details)};
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        auto cell = [this](int column, int role = Qt::DisplayRole) {
            return m_model->index(0, column).data(role);
        };
        QCOMPARE(cell(IdentityTableModel::NameColumn).toString(), u"Person Number 7"_s);
        QCOMPARE(cell(IdentityTableModel::StatusColumn).toString(), u"Pending"_s);
        QCOMPARE(cell(IdentityTableModel::StatusColumn, console::WireValueRole).toString(),
                 u"PENDING"_s);
        // The failed requirement blocks before the pending one; KYC refresh is the customer's.
        QCOMPARE(cell(IdentityTableModel::BlockingColumn).toString(), u"KYC refresh"_s);
        QCOMPARE(cell(IdentityTableModel::ActorColumn).toString(), u"Customer"_s);
        QVERIFY(!cell(IdentityTableModel::BlockingColumn, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(IdentityTableModel::AgeColumn).toString(), u"30 d"_s);
        QCOMPARE(cell(IdentityTableModel::RefIdColumn).toString(), u"cus-7"_s);
        QCOMPARE(cell(IdentityTableModel::TypeColumn).toString(), u"Person"_s);
        QCOMPARE(cell(IdentityTableModel::CreatedColumn, console::RawValueRole).toLongLong(),
                 kBase * 1000);
        QCOMPARE(cell(IdentityTableModel::IdColumn).toString(), m_source->identities.at(0).id);
        QCOMPARE(cell(0, console::CipDigitsRole).toString(), u"111220007"_s);
        QVERIFY(cell(0, console::SearchTextRole).toString().contains(u"person number 7"_s));
        QVERIFY(cell(0, console::SearchTextRole).toString().contains(u"cus-7"_s));
    }

    void refreshUpdatesRowsInPlaceById()
    {
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        console::IdentityQuery pendingOnly;
        pendingOnly.status = u"PENDING"_s;
        m_model->setQuery(pendingOnly);
        QVERIFY(pages.wait());
        QCOMPARE(m_model->rowCount(), 5);
        const QString approvedLater = m_model->idAt(0);
        const QString renamed = m_model->idAt(1);
        const QString untouched = m_model->idAt(2);

        // On the server: one is approved (leaves the filter), one changes name, one is new.
        for (paxos::Identity &i : m_source->identities) {
            QJsonObject raw = i.raw;
            const QString later = QDateTime::fromSecsSinceEpoch(kBase + 40 * 86400, Qt::UTC)
                                      .toString(Qt::ISODateWithMs);
            if (i.id == approvedLater) {
                raw[u"status"_s] = u"APPROVED"_s;
                raw[u"summary_status"_s] = u"APPROVED"_s;
                raw[u"updated_at"_s] = later;
                i = paxos::Identity::fromJson(raw);
            } else if (i.id == renamed) {
                QJsonObject p = raw[u"person_details"_s].toObject();
                p[u"first_name"_s] = u"Renamed"_s;
                raw[u"person_details"_s] = p;
                raw[u"updated_at"_s] = later;
                i = paxos::Identity::fromJson(raw);
            }
        }
        m_source->identities.append(
            FakeIdentitySource::person(99, u"PENDING"_s, kBase + 41 * 86400));

        const QPersistentModelIndex keep = m_model->indexOfId(renamed);
        QSignalSpy refreshed(m_model.get(), &IdentityTableModel::refreshed);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.first().at(0).toInt(), 1); // changed
        QCOMPARE(refreshed.first().at(1).toInt(), 1); // added
        QCOMPARE(refreshed.first().at(2).toInt(), 1); // removed
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data().toString(), u"Renamed Number %1"_s.arg(renamed.right(2).toInt()));
        QVERIFY(!m_model->indexOfId(approvedLater).isValid());
        QVERIFY(m_model->indexOfId(untouched).isValid());
        QCOMPARE(m_model->rowCount(), 5);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->indexOfId(m_model->idAt(r)).row(), r);
        // The delta asked for everything updated since the newest update seen, any status.
        const console::IdentityPageRequest &delta = m_source->requests.last();
        QVERIFY(delta.query.status.isEmpty());
        QVERIFY(delta.query.updatedFrom.isValid());
    }

    void upsertByEvent()
    {
        // The oldest identity, on the last page.
        const paxos::Identity late = FakeIdentitySource::person(500, u"PENDING"_s, kBase - 10);
        m_source->identities.append(late);
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        const int loaded = m_model->rowCount();
        QCOMPARE(loaded, 10);
        paxos::Identity first = m_source->identities.at(24);
        QJsonObject raw = first.raw;
        raw[u"status"_s] = u"DENIED"_s;
        m_model->upsert(paxos::Identity::fromJson(raw));
        QCOMPARE(m_model->rowCount(), loaded);
        QCOMPARE(m_model->indexOfId(first.id, IdentityTableModel::StatusColumn).data().toString(),
                 u"Denied"_s);
        // Unknown id that matches: added. Identity without id: ignored.
        m_model->upsert(late);
        QCOMPARE(m_model->rowCount(), loaded + 1);
        m_model->upsert(paxos::Identity());
        QCOMPARE(m_model->rowCount(), loaded + 1);
        // The page that holds the already-merged identity does not duplicate it.
        loadAll();
        QCOMPARE(m_model->rowCount(), 26);
    }

    void errorsAreReportedAndRetried()
    {
        m_source->failNext = paxos::ApiError::network(u"connection refused"_s);
        QSignalSpy errors(m_model.get(), &IdentityTableModel::errorOccurred);
        m_model->setQuery({});
        QVERIFY(errors.wait());
        QCOMPARE(m_model->loadState(), IdentityTableModel::LoadState::Error);
        QVERIFY(m_model->lastError().has_value());
        QVERIFY(!m_model->canFetchMore({}));
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->refresh();
        QVERIFY(pages.wait());
        QVERIFY(m_model->rowCount() >= 10);
        QTRY_COMPARE(m_model->loadState(), IdentityTableModel::LoadState::Idle);
    }

    void staleAnswersAreDropped()
    {
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        console::IdentityQuery q;
        q.status = u"PENDING"_s;
        m_model->setQuery(q); // before the first answer arrived
        QVERIFY(pages.wait());
        QTRY_COMPARE(m_model->rowCount(), 5);
        QCOMPARE(pages.size(), 1);
    }

    void sortsThroughTheProxyOnRawValues()
    {
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        console::IdentityFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(IdentityTableModel::AgeColumn, Qt::DescendingOrder); // oldest first
        QCOMPARE(proxy.index(0, 0).data(console::IdentityIdRole).toString(),
                 m_source->identities.at(15).id);
        proxy.sort(IdentityTableModel::StatusColumn, Qt::AscendingOrder); // Pending first
        QCOMPARE(proxy.index(0, IdentityTableModel::StatusColumn).data().toString(), u"Pending"_s);
        proxy.setQuickSearch(u"0020"_s); // last digits of cip_id
        QCOMPARE(proxy.rowCount(), 1);
    }

    void hundredThousandRows()
    {
        m_source->identities.clear();
        for (int i = 0; i < 100000; ++i)
            m_source->identities.append(FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i));
        m_tester.reset(); // the tester's full checks on every insert would dominate
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(done.wait(180000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_model->rowCount(), 100000);
        // Pages of 1000: about a hundred requests, not a thousand (the created_at slices of
        // a parallel walk add at most one short page each, and the far-end probe).
        QVERIFY2(m_source->requests.size() >= 100 && m_source->requests.size() <= 118,
                 qPrintable(QString::number(m_source->requests.size())));
        console::IdentityFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(IdentityTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(m_model->isSorting()); // computed in the background
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isSorting(), 30000);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Person Number 0"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"Person Number 1"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"Person Number 10"_s);
        proxy.setQuickSearch(u"number 4242"_s);
        QVERIFY(proxy.isSearching()); // 100,000 rows are searched on the proxy's worker
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSearching(), 30000);
        int expected = 0;
        for (int i = 0; i < 100000; ++i)
            expected += QString::number(i).contains(u"4242"_s) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
    }

    void sortsEveryColumnCorrectlyAndStably_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("background");
        for (int c = 0; c < IdentityTableModel::ColumnCount; ++c) {
            const QByteArray key = IdentityTableModel::columnKey(c).toLatin1();
            for (const bool background : {false, true}) {
                const char *how = background ? "background" : "inline";
                QTest::addRow("%s asc %s", key.constData(), how)
                    << c << Qt::AscendingOrder << background;
                QTest::addRow("%s desc %s", key.constData(), how)
                    << c << Qt::DescendingOrder << background;
            }
        }
    }

    void sortsEveryColumnCorrectlyAndStably()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, background);
        m_source->identities.clear();
        for (int i = 0; i < 240; ++i)
            m_source->identities.append(variedPerson(i));
        m_model->setBackgroundSortThreshold(background ? 0 : 1000000);
        loadEverything();
        QCOMPARE(m_model->rowCount(), 240);

        m_model->sort(column, order);
        QCOMPARE(m_model->isSorting(), background);
        QTRY_VERIFY(!m_model->isSorting());
        const QStringList first = shownOrder(*m_model);
        QCOMPARE(first, expectedOrder(*m_model, column, order));

        // The same order whatever order the rows were in before.
        m_model->sort(IdentityTableModel::IdColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!m_model->isSorting());
        m_model->sort(column, order);
        QTRY_VERIFY(!m_model->isSorting());
        QCOMPARE(shownOrder(*m_model), first);
    }

    void rowsThatChangeDuringABackgroundSortLandInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("firstPage");
        const QList<std::pair<const char *, int>> columns = {
            {"name", IdentityTableModel::NameColumn},
            {"status", IdentityTableModel::StatusColumn},
            {"age", IdentityTableModel::AgeColumn},
            {"ref_id", IdentityTableModel::RefIdColumn}};
        for (const auto &[key, column] : columns) {
            // Few rows change meanwhile: merged into the result; most: sorted again.
            QTest::addRow("%s merged", key) << column << 500;
            QTest::addRow("%s sorted again", key) << column << 100;
        }
    }

    void rowsThatChangeDuringABackgroundSortLandInOrder()
    {
        QFETCH(int, column);
        QFETCH(int, firstPage);
        m_source->identities.clear();
        for (int i = 0; i < 600; ++i)
            m_source->identities.append(variedPerson(i));
        m_model->setBackgroundSortThreshold(0);
        m_model->setPageSize(firstPage);
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        QCOMPARE(m_model->rowCount(), firstPage);

        PoolBlocker blocker(m_model->sortThreadPool());
        m_model->sort(column, Qt::AscendingOrder);
        QVERIFY(m_model->isSorting());
        // While the worker sorts: the other pages land, a row is renamed, one changes status
        // and ref_id, one is new.
        const QString renamed = m_model->idAt(5);
        const QString restatused = m_model->idAt(17);
        for (const paxos::Identity &i : std::as_const(m_source->identities)) {
            if (i.id == renamed)
                m_model->upsert(withName(i, u"Aaron"_s, u"Zed"_s));
            if (i.id == restatused) {
                QJsonObject raw = i.raw;
                raw.insert(u"summary_status"_s, u"ERROR"_s);
                raw.insert(u"status"_s, u"ERROR"_s);
                raw.insert(u"ref_id"_s, u"cus-0000"_s);
                m_model->upsert(paxos::Identity::fromJson(raw));
            }
        }
        m_model->upsert(withName(FakeIdentitySource::person(9001, u"PENDING"_s, kBase + 99),
                                 u"Abe"_s, u"New"_s));
        loadAll();
        QCOMPARE(m_model->rowCount(), 601);
        QVERIFY(m_model->isSorting());
        blocker.unblock();
        QTRY_VERIFY(!m_model->isSorting());

        const QStringList shown = shownOrder(*m_model);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), 601); // none lost or doubled
        QCOMPARE(shown, expectedOrder(*m_model, column, Qt::AscendingOrder));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->indexOfId(m_model->idAt(r)).row(), r);

        // After the sort, an update moves its row at once.
        m_model->upsert(withName(m_source->identities.at(42), u"Aaaa"_s, u"First"_s));
        QVERIFY(!m_model->isSorting());
        QCOMPARE(shownOrder(*m_model), expectedOrder(*m_model, column, Qt::AscendingOrder));
    }

    void pagesLandInTheirSortedPlaces()
    {
        m_source->identities.clear();
        for (int i = 0; i < 600; ++i)
            m_source->identities.append(variedPerson(i));
        m_model->setPageSize(100);
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        m_model->sort(IdentityTableModel::RefIdColumn, Qt::DescendingOrder);
        QCOMPARE(shownOrder(*m_model),
                 expectedOrder(*m_model, IdentityTableModel::RefIdColumn, Qt::DescendingOrder));
        // The server's order is not the table's: each page is placed after it lands.
        pages.clear();
        m_model->fetchMore({});
        QVERIFY(pages.wait());
        // An update arriving before the placement ran finds every row in its place.
        m_model->upsert(withName(m_source->identities.at(450), u"Moved"_s, u"Here"_s));
        QVERIFY(!m_model->isSorting());
        QCOMPARE(shownOrder(*m_model),
                 expectedOrder(*m_model, IdentityTableModel::RefIdColumn, Qt::DescendingOrder));
        loadAll();
        QTRY_VERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowCount(), 600);
        QCOMPARE(shownOrder(*m_model),
                 expectedOrder(*m_model, IdentityTableModel::RefIdColumn, Qt::DescendingOrder));
    }

    void changesWhileTheSortSnapshotIsTaken()
    {
        // Large enough that the key snapshot takes several event-loop turns.
        m_source->identities.clear();
        for (int i = 0; i < 20000; ++i)
            m_source->identities.append(variedPerson(i));
        m_model->setBackgroundSortThreshold(1000);
        loadEverything();
        QCOMPARE(m_model->rowCount(), 20000);

        PoolBlocker blocker(m_model->sortThreadPool());
        m_model->sort(IdentityTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(m_model->isSorting());
        // Rows read by the first slice and rows not read yet both change.
        for (const int at : {10, 19990}) {
            const QString id = m_model->idAt(at);
            for (const paxos::Identity &i : std::as_const(m_source->identities)) {
                if (i.id == id)
                    m_model->upsert(withName(i, u"Aardvark"_s, QString::number(at)));
            }
        }
        m_model->upsert(withName(FakeIdentitySource::person(70000, u"PENDING"_s, kBase + 5),
                                 u"Zyx"_s, u"New"_s));
        blocker.unblock();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isSorting(), 30000);
        QCOMPARE(m_model->rowCount(), 20001);
        QCOMPARE(shownOrder(*m_model),
                 expectedOrder(*m_model, IdentityTableModel::NameColumn, Qt::AscendingOrder));
        QVERIFY(m_model->idAt(0) != m_model->idAt(1));
        QCOMPARE(m_model->index(0, 0).data().toString().left(8), u"Aardvark"_s);
        QCOMPARE(m_model->index(1, 0).data().toString().left(8), u"Aardvark"_s);
    }

    void removalDuringABackgroundSort()
    {
        m_source->identities.clear();
        for (int i = 0; i < 120; ++i)
            m_source->identities.append(variedPerson(i));
        console::IdentityQuery pendingOnly;
        pendingOnly.status = u"PENDING"_s;
        m_model->setBackgroundSortThreshold(0);
        m_model->setPageSize(1000);
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery(pendingOnly);
        QVERIFY(pages.wait());
        const int count = m_model->rowCount();
        QVERIFY(count > 10);
        PoolBlocker blocker(m_model->sortThreadPool());
        m_model->sort(IdentityTableModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(m_model->isSorting());
        const QString leaving = m_model->idAt(3);
        for (const paxos::Identity &i : std::as_const(m_source->identities)) {
            if (i.id == leaving) {
                QJsonObject raw = i.raw;
                raw.insert(u"summary_status"_s, u"APPROVED"_s);
                raw.insert(u"status"_s, u"APPROVED"_s);
                raw.insert(u"updated_at"_s, u"2026-06-01T00:00:00Z"_s);
                m_model->upsert(paxos::Identity::fromJson(raw));
            }
        }
        QCOMPARE(m_model->rowCount(), count - 1);
        blocker.unblock();
        QTRY_VERIFY(!m_model->isSorting());
        QCOMPARE(m_model->rowCount(), count - 1);
        QVERIFY(!m_model->indexOfId(leaving).isValid());
        QCOMPARE(shownOrder(*m_model),
                 expectedOrder(*m_model, IdentityTableModel::NameColumn, Qt::DescendingOrder));
    }

    void selectionSurvivesABackgroundSort()
    {
        m_source->identities.clear();
        for (int i = 0; i < 200; ++i)
            m_source->identities.append(variedPerson(i));
        m_model->setBackgroundSortThreshold(0);
        loadEverything();
        console::IdentityFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QItemSelectionModel selection(&proxy);
        const QModelIndex chosen = proxy.index(37, IdentityTableModel::RefIdColumn);
        const QString id = chosen.data(console::IdentityIdRole).toString();
        selection.setCurrentIndex(chosen,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex held(m_model->indexOfId(id, IdentityTableModel::TypeColumn));
        QSignalSpy sorting(m_model.get(), &IdentityTableModel::sortingChanged);

        proxy.sort(IdentityTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE(sorting.size(), 2);
        QCOMPARE(sorting.at(0).first().toBool(), true);
        QCOMPARE(sorting.at(1).first().toBool(), false);
        QCOMPARE(selection.currentIndex().data(console::IdentityIdRole).toString(), id);
        QCOMPARE(selection.currentIndex().column(), int(IdentityTableModel::RefIdColumn));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(console::IdentityIdRole).toString(), id);
        QVERIFY(held.isValid());
        QCOMPARE(held.data(console::IdentityIdRole).toString(), id);
        QCOMPARE(held.column(), int(IdentityTableModel::TypeColumn));
        QCOMPARE(held.row(), m_model->indexOfId(id).row());
    }

    void loadAllUsesLargePages()
    {
        m_source->identities.clear();
        for (int i = 0; i < 2500; ++i)
            m_source->identities.append(FakeIdentitySource::person(i, u"APPROVED"_s, kBase + i));
        m_tester.reset(); // it pulls pages on its own; this test counts them
        m_model->setPageSize(100);
        QSignalSpy progress(m_model.get(), &IdentityTableModel::loadAllProgress);
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(m_model->isLoadingAll());
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!m_model->isLoadingAll());
        QCOMPARE(m_model->rowCount(), 2500);
        // Three pages of 1000, and one identity asked for oldest first (where the walk ends).
        QCOMPARE(m_source->requests.size(), 4);
        int probes = 0;
        for (const console::IdentityPageRequest &r : std::as_const(m_source->requests)) {
            if (r.ascending && r.limit == 1)
                ++probes;
            else
                QCOMPARE(r.limit, 1000);
        }
        QCOMPARE(probes, 1);
        QCOMPARE(progress.last().at(0).toInt(), 2500);
        QCOMPARE(progress.last().at(1).toBool(), false);
        QVERIFY(!m_model->largePagesRefused());
    }

private:
    void loadEverything()
    {
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(done.wait(60000)); // 20,000 rows in a debug build on a busy machine
    }

    // Pulls every page the way a view does when scrolled to the end. (The model tester also
    // calls fetchMore() on its own, so page counts are not predictable; the end state is.)
    void loadAll()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                if (m_model->canFetchMore({}))
                    m_model->fetchMore({});
                return !m_model->hasMorePages() && !m_model->isLoading();
            }(),
            60000);
    }

    std::unique_ptr<FakeIdentitySource> m_source;
    std::unique_ptr<IdentityTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestIdentityTableModel)
#include "tst_identitytablemodel.moc"

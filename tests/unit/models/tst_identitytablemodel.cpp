#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "fakeidentitysource.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

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
        m_tester.reset(); // the tester's full checks on every insert would dominate the timing
        m_model->setPageSize(1000);
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        loadAll();
        QCOMPARE(m_model->rowCount(), 100000);
        console::IdentityFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QElapsedTimer sortTimer;
        sortTimer.start();
        proxy.sort(IdentityTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.rowCount(), 100000);
        const qint64 sortMs = sortTimer.elapsed();
        QElapsedTimer searchTimer;
        searchTimer.start();
        proxy.setQuickSearch(u"number 4242"_s);
        const int hits = proxy.rowCount();
        const qint64 searchMs = searchTimer.elapsed();
        QVERIFY(hits > 0);
        qInfo("100000 rows: sort by name %lld ms, quick search %lld ms", sortMs, searchMs);
        QVERIFY2(searchMs < 1000, "quick search must stay interactive");
    }

private:
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

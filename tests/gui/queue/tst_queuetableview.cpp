#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "support/fakeidentitysource.h"
#include "support/poolblocker.h"
#include "ui/queue/loadallcontrol.h"
#include "ui/queue/queuetableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using console::IdentityTableModel;

namespace {
constexpr qint64 kBase = 1767225600; // 2026-01-01T00:00:00Z
constexpr int kRows = 20000;
} // namespace

// The queue table over a large model, driven the way a reviewer does: clicks on the header.
class TestQueueTableView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (int i = 0; i < kRows; ++i) {
            // Names in an order unrelated to creation time, so a sort by name moves rows.
            const int n = (i * 7919) % kRows;
            m_source.identities.append(FakeIdentitySource::person(n, u"APPROVED"_s, kBase + i));
        }
    }

    void init()
    {
        m_model = std::make_unique<IdentityTableModel>(&m_source);
        m_proxy = std::make_unique<console::IdentityFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_view = std::make_unique<console::ui::QueueTableView>();
        m_view->setModel(m_proxy.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        if (QByteArray(QTest::currentTestFunction()).startsWith("loadAllControl"))
            return; // those tests load on their own
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(done.wait(60000));
        QCOMPARE(m_model->rowCount(), kRows);
    }

    void cleanup()
    {
        m_view.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void headerSortStaysResponsiveAndOrdersRows()
    {
        m_view->selectRow(123);
        const QString selectedId = m_view->currentIndex().data(console::IdentityIdRole).toString();
        QVERIFY(!selectedId.isEmpty());

        int ticks = 0;
        int ticksWhileSorting = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            ++ticks;
            if (m_model->isSorting())
                ++ticksWhileSorting;
        });
        heartbeat.start();

        auto blocker = std::make_unique<PoolBlocker>(
            m_model->sortThreadPool()); // the sort cannot finish before we say
        clickHeader(IdentityTableModel::NameColumn);
        // The indicator at once; the rows when the worker is done.
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(),
                 int(IdentityTableModel::NameColumn));
        QVERIFY(m_model->isSorting());
        // The event loop keeps running meanwhile: timers fire, the cue appears.
        QTRY_VERIFY(ticksWhileSorting >= 20);
        QTRY_VERIFY(m_view->isSortCueVisible());
        blocker->unblock();
        QTRY_VERIFY(!m_model->isSorting());
        QVERIFY(!m_view->isSortCueVisible());
        const int ticksAtEnd = ticks;
        QTRY_VERIFY(ticks > ticksAtEnd + 2); // and after it

        const Qt::SortOrder order = m_view->horizontalHeader()->sortIndicatorOrder();
        checkNameOrder(order);
        // The selection followed its identity.
        QCOMPARE(m_view->currentIndex().data(console::IdentityIdRole).toString(), selectedId);
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);

        // Clicking again reverses.
        blocker.reset();
        clickHeader(IdentityTableModel::NameColumn);
        QTRY_VERIFY(!m_model->isSorting());
        checkNameOrder(m_view->horizontalHeader()->sortIndicatorOrder());
        QVERIFY(m_view->horizontalHeader()->sortIndicatorOrder() != order);
        QCOMPARE(m_view->currentIndex().data(console::IdentityIdRole).toString(), selectedId);
    }

    // A search pass on the proxy's worker keeps the table responsive, shows "Searching…" when
    // it takes a while, and lands in one step.
    void backgroundSearchShowsACueAndLands()
    {
        const int threshold = m_proxy->backgroundSearchThreshold();
        m_proxy->setBackgroundSearchThreshold(0);
        auto blocker = std::make_unique<PoolBlocker>(m_proxy->searchThreadPool());
        m_proxy->setQuickSearch(u"number 12"_s);
        QVERIFY(m_proxy->isSearching());
        QCOMPARE(m_proxy->rowCount(), kRows); // the previous result stays until the pass ends
        QTRY_VERIFY(m_view->isSortCueVisible());
        QCOMPARE(m_view->findChild<QLabel *>(u"sortCue"_s)->text(), u"Searching…"_s);
        blocker->unblock();
        QTRY_VERIFY(!m_proxy->isSearching());
        QVERIFY(!m_view->isSortCueVisible());
        int expected = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            const QString hay = i.data(console::SearchTextRole).toString();
            const QString cip = i.data(console::CipDigitsRole).toString();
            expected +=
                hay.contains(u"number"_s) && (hay.contains(u"12"_s) || cip.endsWith(u"12"_s));
        }
        QVERIFY(expected > 0 && expected < kRows);
        QCOMPARE(m_proxy->rowCount(), expected);
        m_proxy->setQuickSearch({});
        QCOMPARE(m_proxy->rowCount(), kRows);
        m_proxy->setBackgroundSearchThreshold(threshold);
    }

    void quickSearchNarrowsAndWidensOverTheLoadedRows()
    {
        const QStringList typed = {u"n"_s,        u"nu"_s, u"number 1"_s, u"number 12"_s,
                                   u"number 1"_s, u"12"_s, u"0042"_s,     u""_s};
        for (const QString &text : typed) {
            m_proxy->setQuickSearch(text);
            int expected = 0;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const QModelIndex i = m_model->index(r, 0);
                const QString hay = i.data(console::SearchTextRole).toString();
                const QString cip = i.data(console::CipDigitsRole).toString();
                bool all = true;
                for (const QString &term : text.split(u' ', Qt::SkipEmptyParts)) {
                    bool digits = term.size() >= 2;
                    for (const QChar c : term)
                        digits = digits && c.isDigit();
                    all = all && (hay.contains(term) || (digits && cip.endsWith(term)));
                }
                expected += all ? 1 : 0;
            }
            QCOMPARE(m_proxy->rowCount(), expected);
            QCOMPARE(m_view->model()->rowCount(), expected);
        }
        QCOMPARE(m_proxy->rowCount(), kRows);
    }

    void loadAllControlShowsProgressAndFinishes()
    {
        LoadAllControlHarness h(m_model.get());
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setPageSize(100);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        QTRY_VERIFY(h.control.button()->isEnabled());
        QCOMPARE(h.control.button()->text(), u"Load All"_s);

        QSignalSpy progress(m_model.get(), &IdentityTableModel::loadAllProgress);
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        QTest::mouseClick(h.control.button(), Qt::LeftButton);
        QVERIFY(m_model->isLoadingAll());
        QCOMPARE(h.control.button()->text(), u"Stop"_s);
        QVERIFY(progress.wait());
        QVERIFY(h.control.statusText().contains(u"loaded"_s));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(m_model->rowCount(), kRows);
        QVERIFY(!h.control.button()->isEnabled()); // nothing left to load
        QCOMPARE(h.control.button()->text(), u"Load All"_s);
        QVERIFY(h.control.statusText().isEmpty());
    }

    void loadAllControlStops()
    {
        LoadAllControlHarness h(m_model.get());
        QSignalSpy pages(m_model.get(), &IdentityTableModel::pageLoaded);
        m_model->setPageSize(100);
        m_model->setQuery({});
        QVERIFY(pages.wait());
        QSignalSpy done(m_model.get(), &IdentityTableModel::loadAllFinished);
        QTest::mouseClick(h.control.button(), Qt::LeftButton);
        QVERIFY(pages.wait());
        QTest::mouseClick(h.control.button(), Qt::LeftButton); // Stop
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!m_model->isLoadingAll());
        QVERIFY(m_model->rowCount() < kRows);
        QCOMPARE(h.control.button()->text(), u"Load All"_s);
        QVERIFY(h.control.button()->isEnabled()); // the rest can still be loaded
    }

private:
    struct LoadAllControlHarness
    {
        explicit LoadAllControlHarness(IdentityTableModel *model)
        {
            control.setModel(model);
            control.show();
        }
        console::ui::LoadAllControl control;
    };

    void clickHeader(int logical)
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int x = header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    void checkNameOrder(Qt::SortOrder order)
    {
        QCOMPARE(m_proxy->rowCount(), kRows);
        for (int r = 1; r < m_proxy->rowCount(); ++r) {
            const QString a = m_proxy->index(r - 1, 0).data(console::RawValueRole).toString();
            const QString b = m_proxy->index(r, 0).data(console::RawValueRole).toString();
            if (order == Qt::AscendingOrder ? b < a : a < b)
                QFAIL(qPrintable(u"rows %1 and %2 are out of order"_s.arg(r - 1).arg(r)));
        }
    }

    FakeIdentitySource m_source;
    std::unique_ptr<IdentityTableModel> m_model;
    std::unique_ptr<console::IdentityFilterProxy> m_proxy;
    std::unique_ptr<console::ui::QueueTableView> m_view;
};

QTEST_MAIN(TestQueueTableView)
#include "tst_queuetableview.moc"

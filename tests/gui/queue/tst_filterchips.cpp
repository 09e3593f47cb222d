#include "core/models/identityfilterproxy.h"
#include "core/models/identitytablemodel.h"
#include "support/consoleharness.h"
#include "ui/queue/filterbar.h"
#include "ui/shell/mainactions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int kSeeded = 41;
constexpr int kTimeout = 20000;

QToolButton *chipSaying(console::ui::FilterBar *bar, const QString &text)
{
    const QList<QToolButton *> chips = bar->findChildren<QToolButton *>(u"filterChip"_s);
    for (QToolButton *chip : chips) {
        if (chip->property("chipText").toString() == text && chip->isVisible())
            return chip;
    }
    return nullptr;
}
} // namespace

// Every filter that narrows the queue is visible as a removable chip in the filter bar, the
// features' ones (My identities, Follow-up) like the bar's own; Clear filters removes them
// all; the count says how much of the queue is shown ("12 of 41").
class TestFilterChips : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_console.start(kSeeded);
        QVERIFY(!QTest::currentTestFailed());
        QTRY_COMPARE_WITH_TIMEOUT(m_console.app()->identities()->rowCount(), kSeeded, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.app()->identities()->isLoading(), kTimeout);
    }
    void cleanupTestCase() { m_console.stop(); }

    void everyFilterIsAChip()
    {
        console::ui::MainWindow *window = m_console.window();
        console::ui::FilterBar *bar = window->filterBar();
        QCOMPARE(bar->chipTexts(), QStringList());
        QCOMPARE(bar->summary(), u"41 identities"_s);

        // Follow-up, through its own control in the bar.
        auto *followUp = bar->findChild<QComboBox *>(u"followUpFilter"_s);
        QVERIFY(followUp);
        followUp->setCurrentIndex(followUp->findText(u"Any follow-up"_s));
        QTRY_COMPARE(bar->chipTexts(), QStringList{u"Follow-up: Any follow-up"_s});
        const int followed = window->proxy()->rowCount();
        QVERIFY(followed < kSeeded);
        QTRY_COMPARE(bar->summary(), u"%1 of 41"_s.arg(followed));

        // My identities, from the Tools menu: nothing in the bar but its chip.
        QAction *mine = window->findChild<QAction *>(u"actionMyIdentities"_s);
        if (!mine) {
            const QList<QAction *> actions = window->findChildren<QAction *>();
            for (QAction *a : actions)
                mine = a->objectName() == u"actionMyIdentities"_s ? a : mine;
        }
        QVERIFY(mine);
        mine->setChecked(true);
        QTRY_COMPARE(bar->chipTexts(),
                     (QStringList{u"My identities"_s, u"Follow-up: Any follow-up"_s}));
        QTRY_COMPARE(bar->summary(), u"0 of 41"_s);

        // The bar's own filters are chips too, before the features' (in the order they joined).
        auto *status = bar->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"PENDING"_s));
        bar->setQuickSearch(u"seed"_s);
        QTRY_COMPARE(bar->chipTexts(),
                     (QStringList{u"Search: “seed”"_s, u"Status: Pending"_s, u"My identities"_s,
                                  u"Follow-up: Any follow-up"_s}));

        // A chip's button removes that filter only, and its control follows.
        QToolButton *chip = nullptr;
        QTRY_VERIFY((chip = chipSaying(bar, u"My identities"_s)));
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_VERIFY(!mine->isChecked());
        QTRY_COMPARE(bar->chipTexts(),
                     (QStringList{u"Search: “seed”"_s, u"Status: Pending"_s,
                                  u"Follow-up: Any follow-up"_s}));

        // Clear filters removes every one, the features' included.
        auto *clear = bar->findChild<QToolButton *>(u"clearFiltersButton"_s);
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        mine->setChecked(true);
        QTRY_COMPARE(bar->chipTexts().size(), 4);
        window->actions()->clearFilters->trigger();
        QTRY_COMPARE(bar->chipTexts(), QStringList());
        QVERIFY(!mine->isChecked());
        QCOMPARE(followUp->currentIndex(), 0);
        QCOMPARE(status->currentIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(window->proxy()->rowCount(), kSeeded, kTimeout);
        QTRY_COMPARE(bar->summary(), u"41 identities"_s);
        QTRY_VERIFY(!clear->isVisible());
    }

private:
    testsupport::ConsoleHarness m_console;
};

QTEST_MAIN(TestFilterChips)
#include "tst_filterchips.moc"

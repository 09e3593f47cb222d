#include "core/record/audittrail.h"
#include "core/settings/settings.h"
#include "recordtest.h"
#include "ui/record/audittrailtablemodel.h"
#include "ui/record/audittrailview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace console;
using console::ui::AuditTrailTableModel;
using console::ui::AuditTrailView;
using recordtest::find;

class TestAuditTrailView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditTrail> m_trail;

    void append(AuditAction action, const QString &identity, AuditOutcome outcome,
                const QString &requestId)
    {
        AuditRecord r;
        r.action = action;
        r.identityId = identity;
        r.outcome = outcome;
        r.requestId = requestId;
        r.details = QJsonObject{{u"n"_s, requestId}};
        QVERIFY(m_trail->append(r).ok());
    }

    // A view that answers "Save as" with path, never a dialog.
    std::unique_ptr<AuditTrailView> makeView(const QString &savePath = {})
    {
        auto view = std::make_unique<AuditTrailView>(m_store.get(), m_trail.get());
        view->setSavePathChooser([savePath](QWidget *, const ui::SaveRequest &,
                                            ui::SavePathAnswer answer) { answer(savePath); });
        view->resize(1200, 600);
        view->show();
        return view;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = recordtest::openStore(*m_dir);
        QVERIFY(m_store);
        m_trail = std::make_unique<AuditTrail>(m_store.get());
        m_trail->setEnvironment(u"local"_s);
        append(AuditAction::IdentityCreate, u"id-a"_s, AuditOutcome::Succeeded, u"req-1"_s);
        append(AuditAction::IdentityUpdate, u"id-a"_s, AuditOutcome::Failed, u"req-2"_s);
        append(AuditAction::PiiReveal, u"id-b"_s, AuditOutcome::Succeeded, u"req-3"_s);
        append(AuditAction::IdentityUpdate, u"id-b"_s, AuditOutcome::Succeeded, u"req-4"_s);
        append(AuditAction::EnvironmentSwitch, QString(), AuditOutcome::Succeeded, u"req-5"_s);
    }

    void cleanup()
    {
        m_trail.reset();
        m_store.reset();
        m_dir.reset();
    }

    void listsNewestFirstAndFilters_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QStringList>("requestIds");
        QTest::newRow("everything")
            << QString() << QString() << QString()
            << QStringList{u"req-5"_s, u"req-4"_s, u"req-3"_s, u"req-2"_s, u"req-1"_s};
        QTest::newRow("action") << auditActionName(AuditAction::IdentityUpdate) << QString()
                                << QString() << QStringList{u"req-4"_s, u"req-2"_s};
        QTest::newRow("outcome") << QString() << auditOutcomeName(AuditOutcome::Failed) << QString()
                                 << QStringList{u"req-2"_s};
        QTest::newRow("identity") << QString() << QString() << u"id-b"_s
                                  << QStringList{u"req-4"_s, u"req-3"_s};
        QTest::newRow("action and identity") << auditActionName(AuditAction::IdentityUpdate)
                                             << QString() << u"id-a"_s << QStringList{u"req-2"_s};
    }

    void listsNewestFirstAndFilters()
    {
        QFETCH(QString, action);
        QFETCH(QString, outcome);
        QFETCH(QString, identity);
        QFETCH(QStringList, requestIds);
        auto view = makeView();
        auto *actionBox = find<QComboBox>(view.get(), u"auditActionFilter"_s);
        auto *outcomeBox = find<QComboBox>(view.get(), u"auditOutcomeFilter"_s);
        actionBox->setCurrentIndex(actionBox->findData(action));
        outcomeBox->setCurrentIndex(outcomeBox->findData(outcome));
        if (!identity.isEmpty()) {
            auto *edit = find<QLineEdit>(view.get(), u"auditIdentityFilter"_s);
            edit->setFocus();
            QTest::keyClicks(edit, identity);
        }
        AuditTrailTableModel *model = view->model();
        const auto shown = [model] {
            QStringList ids;
            for (int r = 0; r < model->rowCount(); ++r)
                ids.append(model->index(r, AuditTrailTableModel::RequestId).data().toString());
            return ids;
        };
        QTRY_COMPARE(shown(), requestIds);
        QTRY_COMPARE(find<QLabel>(view.get(), u"auditCount"_s)->text(),
                     requestIds.size() == 1 ? u"1 entry"_s
                                            : u"%1 entries"_s.arg(requestIds.size()));
    }

    void newEntriesAppearWithoutRefresh()
    {
        auto view = makeView();
        QCOMPARE(view->model()->rowCount(), 5);
        append(AuditAction::Export, u"id-c"_s, AuditOutcome::Succeeded, u"req-6"_s);
        QTRY_COMPARE(view->model()->rowCount(), 6);
        QCOMPARE(view->model()->index(0, AuditTrailTableModel::RequestId).data().toString(),
                 u"req-6"_s);
    }

    void verifySaysIntact()
    {
        auto view = makeView();
        QSignalSpy done(view.get(), &AuditTrailView::verificationFinished);
        QTest::mouseClick(find<QPushButton>(view.get(), u"auditVerify"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY2(view->resultText().contains(u"intact"_s), qPrintable(view->resultText()));
        QVERIFY(view->resultText().contains(u"5 entries"_s));
    }

    void verifyNamesTheTamperedEntry()
    {
        // Get around the append-only triggers as someone with file access would, then edit
        // entry 3 (req-3, a PII reveal of id-b).
        QVERIFY(m_store->run(u"DROP TRIGGER audit_trail_no_update"_s).ok());
        QVERIFY(
            m_store->run(u"UPDATE audit_trail SET operator_name = 'Mallory' WHERE seq = 3"_s).ok());
        auto view = makeView();
        QSignalSpy done(view.get(), &AuditTrailView::verificationFinished);
        view->verifyChain();
        QVERIFY(view->isBusy());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(done.first().at(1).toLongLong(), 3);
        const QString text = view->resultText();
        QVERIFY2(text.contains(u"broken at entry 3"_s), qPrintable(text));
        QVERIFY2(text.contains(u"id-b"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Mallory"_s), qPrintable(text));
        // The broken row is selected and marked.
        auto *table = find<QTableView>(view.get(), u"auditTable"_s);
        QCOMPARE(table->currentIndex().data(AuditTrailTableModel::SeqRole).toLongLong(), 3);
        QVERIFY(table->currentIndex().data(Qt::BackgroundRole).isValid());
    }

    void exportWritesTheFilteredRowsAndIsAudited()
    {
        const QString path = m_dir->filePath(u"out/audit.csv"_s);
        QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
        auto view = makeView(path);
        view->setIdentityFilter(u"id-b"_s);
        QCOMPARE(view->model()->rowCount(), 2);
        QSignalSpy done(view.get(), &AuditTrailView::exportFinished);
        QTest::mouseClick(find<QPushButton>(view.get(), u"auditExport"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), true);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + the two id-b entries
        QVERIFY(lines.at(1).contains(u"req-3"_s));
        QVERIFY(lines.at(2).contains(u"req-4"_s));
        for (const QString &line : lines.mid(1))
            QVERIFY(line.contains(u"id-b"_s));

        // The export is itself in the trail.
        AuditFilter exports;
        exports.action = auditActionName(AuditAction::Export);
        const auto listed = m_trail->list(exports);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().details().value("filter_identity"_L1).toString(), u"id-b"_s);
        QVERIFY(view->resultText().startsWith(u"Exported"_s));
    }

    void cancelledExportLeavesNoFile()
    {
        for (int i = 0; i < 300; ++i)
            append(AuditAction::IdentityUpdate, u"id-many"_s, AuditOutcome::Succeeded,
                   u"bulk-%1"_s.arg(i));
        const QString path = m_dir->filePath(u"cancelled.csv"_s);
        auto view = makeView(path);
        QSignalSpy done(view.get(), &AuditTrailView::exportFinished);
        view->exportCsv();
        QVERIFY(view->isBusy());
        QTest::mouseClick(find<QPushButton>(view.get(), u"auditCancel"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QVERIFY(view->resultText().contains(u"cancelled"_s));
    }

    // The selected entry's details: who, what, when, fields, request id, outcome, chain link.
    void detailsPaneShowsTheSelectedEntry()
    {
        auto view = makeView();
        auto *table = find<QTableView>(view.get(), u"auditTable"_s);
        // Newest first: row 3 from the top is req-2, the failed update of id-a.
        const int row = view->model()->rowOfSeq(2);
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(view->model()->index(0, 0));
        for (int r = 0; r < row; ++r)
            QTest::keyClick(table, Qt::Key_Down); // keyboard, not the mouse
        const AuditEntry &entry = view->model()->entry(row);
        QCOMPARE(entry.requestId, u"req-2"_s);
        const QString text = view->detailsText();
        for (const QString &expected :
             {auditActionLabel(entry.action), u"req-2"_s, u"id-a"_s, u"Failed"_s, u"local"_s,
              entry.prevHash, entry.hash, u"Previous hash"_s, u"This hash"_s}) {
            QVERIFY2(!expected.isEmpty() && text.contains(expected),
                     qPrintable(expected + u" missing in: "_s + text));
        }
        // The fields sent are listed as fields, not a JSON blob.
        QVERIFY2(text.contains(u"Fields recorded"_s) && !text.contains(u"{\"n\""_s),
                 qPrintable(text));
        QVERIFY(table->model()
                    ->index(row, AuditTrailTableModel::Action)
                    .data(Qt::ToolTipRole)
                    .isNull());
    }

    // The filters a reviewer set are there the next time the trail is opened.
    void filtersAreKeptBetweenOpenings()
    {
        const auto settings = Settings::createForTesting(m_dir->filePath(u"settings"_s));
        {
            auto view = makeView();
            view->setSettings(settings.get());
            auto *outcomeBox = find<QComboBox>(view.get(), u"auditOutcomeFilter"_s);
            outcomeBox->setCurrentIndex(
                outcomeBox->findData(auditOutcomeName(AuditOutcome::Succeeded)));
            view->setIdentityFilter(u"id-b"_s);
            QCOMPARE(view->model()->rowCount(), 2);
        }
        auto again = makeView();
        QCOMPARE(again->model()->rowCount(), 5); // without settings: nothing kept
        again->setSettings(settings.get());
        QCOMPARE(again->filter().identityId, u"id-b"_s);
        QCOMPARE(again->filter().outcome, auditOutcomeName(AuditOutcome::Succeeded));
        QCOMPARE(again->model()->rowCount(), 2);
    }

    // Its own window, big enough to read, within a 1280x720 screen; Escape closes it.
    void opensAsAWindowOfUsefulSize()
    {
        const auto settings = Settings::createForTesting(m_dir->filePath(u"settings"_s));
        QWidget main;
        main.resize(800, 600);
        main.show();
        ui::AuditTrailWindow window(m_store.get(), m_trail.get(), settings.get(), &main);
        window.present();
        QVERIFY(window.isWindow());
        QTRY_VERIFY(window.isVisible());
        // Large (about 1180x680) but never beyond the screen: the offscreen screen is 800x600.
        const QSize avail = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() >= qMin(900, int(avail.width() * 0.9))
                     && window.height() >= qMin(500, int(avail.height() * 0.9)),
                 qPrintable(u"%1x%2 on %3x%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(avail.width())
                                .arg(avail.height())));
        QVERIFY(window.width() <= avail.width() && window.height() <= avail.height());
        QCOMPARE(window.view()->model()->rowCount(), 5);
        // Every control a keyboard reaches has a name a screen reader says.
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&window)
                || qobject_cast<QLineEdit *>(w->parentWidget()) // a line edit's clear button
                || w->objectName().startsWith(u"qt_"_s))
                continue;
            const bool named = !w->accessibleName().isEmpty()
                || (qobject_cast<QAbstractButton *>(w)
                    && !qobject_cast<QAbstractButton *>(w)->text().isEmpty());
            QVERIFY2(named,
                     qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                         w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }
        const QSize opened = window.size();
        window.resize(opened.width(), opened.height() - 60);
        const QSize chosen = window.size();
        QVERIFY(chosen != opened);
        window.close();
        ui::AuditTrailWindow reopened(m_store.get(), m_trail.get(), settings.get(), &main);
        QCOMPARE(reopened.size(), chosen);
    }

    void declinedSaveDialogDoesNothing()
    {
        auto view = makeView(QString());
        view->exportCsv();
        QVERIFY(!view->isBusy());
        AuditFilter exports;
        exports.action = auditActionName(AuditAction::Export);
        QCOMPARE(m_trail->count(exports).value(), 0);
    }
};

QTEST_MAIN(TestAuditTrailView)
#include "tst_audittrailview.moc"

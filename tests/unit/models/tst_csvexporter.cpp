#include "core/models/csvexporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using console::CsvExporter;

class TestCsvExporter : public QObject
{
    Q_OBJECT
private slots:
    void escape_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"Billy"_s << u"Billy"_s;
        QTest::newRow("comma") << u"Duncan, Billy"_s << u"\"Duncan, Billy\""_s;
        QTest::newRow("quote") << u"5\" disk"_s << u"\"5\"\" disk\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(1)"_s << u"'=HYPERLINK(1)"_s;
        QTest::newRow("formula with comma") << u"=SUM(1,2)"_s << u"\"'=SUM(1,2)\""_s;
        QTest::newRow("plus") << u"+1 555"_s << u"'+1 555"_s;
        QTest::newRow("at") << u"@x"_s << u"'@x"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void escape()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CsvExporter::escapeCell(in), out);
    }

    void writesColumnsInGivenOrderInChunks()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({u"Name"_s, u"Status"_s, u"ID"_s});
        for (int i = 0; i < 25; ++i)
            model.appendRow({new QStandardItem(u"P %1"_s.arg(i)), new QStandardItem(u"Approved"_s),
                             new QStandardItem(u"id-%1"_s.arg(i))});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        CsvExporter exporter;
        exporter.setRowsPerChunk(10);
        QSignalSpy progress(&exporter, &CsvExporter::progress);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        QVERIFY(exporter.start(&model, {2, 0}, path));
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), true);
        // 0 at start, then after 10, 20, 25 rows.
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 25);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFID,Name\r\nid-0,P 0\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(u"\r\n"_s), 26);
    }

    void cancelLeavesNoFile()
    {
        QStandardItemModel model(0, 1);
        for (int i = 0; i < 100; ++i)
            model.appendRow(new QStandardItem(u"row"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        CsvExporter exporter;
        exporter.setRowsPerChunk(10);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        connect(&exporter, &CsvExporter::progress, &exporter, [&](int done, int) {
            if (done >= 20)
                exporter.cancel();
        });
        QVERIFY(exporter.start(&model, {0}, path));
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathIsAnError()
    {
        QStandardItemModel model(1, 1);
        CsvExporter exporter;
        QVERIFY(!exporter.start(&model, {0}, u"/nonexistent-dir/x/out.csv"_s));
        QVERIFY(exporter.errorString().contains(u"/nonexistent-dir/x/out.csv"_s));
        QVERIFY(!exporter.isRunning());
    }

    void rowsRemovedDuringExportAreSkipped()
    {
        QStandardItemModel model(0, 1);
        for (int i = 0; i < 30; ++i)
            model.appendRow(new QStandardItem(u"r%1"_s.arg(i)));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        CsvExporter exporter;
        exporter.setRowsPerChunk(10);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        bool removed = false;
        connect(&exporter, &CsvExporter::progress, &exporter, [&](int done, int) {
            if (done == 10 && !removed) {
                removed = true;
                model.removeRows(20, 5);
            }
        });
        QVERIFY(exporter.start(&model, {0}, path));
        QVERIFY(finished.wait());
        QVERIFY(finished.first().first().toBool());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(u"\r\n"_s), 1 + 25);
        QVERIFY(!text.contains(u"r22"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"

#include "core/import/csvreader.h"
#include "core/import/fields.h"
#include "core/import/importplan.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console::bulkimport;

namespace {

// A row the person form accepts, by the API's own column names.
const QByteArray kHeader =
    "first_name,last_name,date_of_birth,address1,city,province,zip_code,country,nationality,"
    "cip_id,cip_id_type,cip_id_country,verifier_type,estimated_yearly_income,"
    "expected_transfer_value,source_of_wealth,employment_status,employment_industry_sector\r\n";

QByteArray personRow(const QByteArray &first, const QByteArray &ssn)
{
    return first + ",Duncan,1960-01-01,123 Main St,New York,NY,10001,USA,USA," + ssn
        + ",SSN,USA,MANUAL,INCOME_50K_TO_100K,TRANSFER_VALUE_25K_TO_50K,EMPLOYMENT_INCOME,"
          "FULL_TIME,ARTS_ENTERTAINMENT_RECREATION\r\n";
}

} // namespace

class TestImportEngine : public QObject
{
    Q_OBJECT
private slots:
    void csvEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        using R = QList<QStringList>;
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{u"a"_s, u"b"_s}
                              << R{{u"1"_s, u"2"_s}};
        QTest::newRow("lf, no final newline")
            << QByteArray("a,b\n1,2") << QStringList{u"a"_s, u"b"_s} << R{{u"1"_s, u"2"_s}};
        QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << QStringList{u"a"_s, u"b"_s}
                                 << R{{u"1"_s, u"2"_s}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << QStringList{u"a"_s, u"b"_s} << R{{u"1"_s, u"2"_s}};
        QTest::newRow("quoted comma, quote, newline")
            << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n")
            << QStringList{u"a"_s, u"b"_s} << R{{u"x, y"_s, u"say \"hi\"\nthere"_s}};
        QTest::newRow("empty quoted and empty cells")
            << QByteArray("a,b,c\n\"\",,\n") << QStringList{u"a"_s, u"b"_s, u"c"_s}
            << R{{u""_s, u""_s, u""_s}};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n1\n\r\n2\n") << QStringList{u"a"_s} << R{{u"1"_s}, {u"2"_s}};
        QTest::newRow("semicolons") << QByteArray("a;b\n1;\"2;3\"\n") << QStringList{u"a"_s, u"b"_s}
                                    << R{{u"1"_s, u"2;3"_s}};
        QTest::newRow("utf-8") << QString(u"name\nZoë Åström\n"_s).toUtf8()
                               << QStringList{u"name"_s} << R{{u"Zoë Åström"_s}};
        QTest::newRow("header trimmed")
            << QByteArray(" a , b\n1,2\n") << QStringList{u"a"_s, u"b"_s} << R{{u"1"_s, u"2"_s}};
    }
    void csvEdgeCases()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        const ReadResult r = readCsv(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.header, header);
        QCOMPARE(r.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(r.rows.at(i).cells, rows.at(i));
            QVERIFY2(r.rows.at(i).problem.isEmpty(), qPrintable(r.rows.at(i).problem));
        }
    }

    void csvLinesAreCounted()
    {
        const ReadResult r = readCsv("a,b\n\"multi\nline\",x\n3,4\n");
        QVERIFY(r.ok());
        QCOMPARE(r.rows.at(0).line, 2);
        QCOMPARE(r.rows.at(1).line, 4);
    }

    void csvBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n");
        QTest::newRow("column twice") << QByteArray("a,A\n1,2\n");
        QTest::newRow("cell too long") << (QByteArray("a\n") + QByteArray(100, 'x'));
        QTest::newRow("row too long")
            << (QByteArray("a,b\n") + QByteArray(60, 'x') + ',' + QByteArray(60, 'x'));
        QTest::newRow("too many cells") << QByteArray("a\n1,2,3,4,5,6,7,8,9\n");
        QTest::newRow("too many rows") << QByteArray("a\n1\n2\n3\n4\n5\n6\n");
    }
    void csvBrokenFiles()
    {
        QFETCH(QByteArray, data);
        ReadLimits limits;
        limits.maxFieldBytes = 80;
        limits.maxRecordBytes = 100;
        limits.maxFields = 8;
        limits.maxRows = 5;
        const ReadResult r = readCsv(data, limits);
        QVERIFY(!r.ok());
        QVERIFY(r.rows.isEmpty() || !r.error.isEmpty());
    }

    void csvRowShapeProblems()
    {
        const ReadResult r = readCsv("a,b,c\n1,2\n1,2,3,4\n\"q\"x,2,3\n");
        QVERIFY(r.ok());
        QCOMPARE(r.rows.size(), 3);
        for (const auto &row : r.rows) {
            QVERIFY(!row.problem.isEmpty());
            QCOMPARE(row.cells.size(), 3); // padded or cut to the header
        }
    }

    void fileTooLargeIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kHeader);
        for (int i = 0; i < 50; ++i)
            f.write(personRow("Billy", "073-05-1120"));
        f.close();
        ReadLimits limits;
        limits.maxFileBytes = 1000;
        ImportPlan plan;
        QVERIFY(!plan.loadFile(path, limits));
        QVERIFY(plan.error().contains(u"larger"_s));
        QCOMPARE(plan.rowCount(), 0);
        QVERIFY(!plan.loadFile(dir.filePath(u"missing.csv"_s)));
        QVERIFY(!plan.error().isEmpty());
    }

    void jsonLinesNestedAndFlat()
    {
        const QByteArray data =
            R"({"person_details":{"first_name":"Ann","address":{"city":"Oslo"},"passthrough_verification_fields":["FULL_LEGAL_NAME","DATE_OF_BIRTH"]},"tax_details":[{"tax_payer_id":"X1"}]})"
            "\n\n"
            R"({"first_name":"Bo","is_merchant":false})"
            "\n"
            "not json\n";
        const ReadResult r = readJsonLines(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(
            r.header,
            (QStringList{u"person_details.address.city"_s, u"person_details.first_name"_s,
                         u"person_details.passthrough_verification_fields"_s,
                         u"tax_details[0].tax_payer_id"_s, u"first_name"_s, u"is_merchant"_s}));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).cells.at(2), u"FULL_LEGAL_NAME; DATE_OF_BIRTH"_s);
        QCOMPARE(r.rows.at(1).cells.at(4), u"Bo"_s);
        QCOMPARE(r.rows.at(1).cells.at(5), u"false"_s);
        QCOMPARE(r.rows.at(1).line, 3);
        QVERIFY(!r.rows.at(2).problem.isEmpty());
    }

    void apiNamesMapWithoutAsking()
    {
        QCOMPARE(apiFieldForHeader(u"first_name"_s), u"person_details.first_name"_s);
        QCOMPARE(apiFieldForHeader(u"City"_s), u"person_details.address.city"_s);
        QCOMPARE(apiFieldForHeader(u"person_details.address.city"_s),
                 u"person_details.address.city"_s);
        QCOMPARE(apiFieldForHeader(u"address1"_s), u"person_details.address.address1"_s);
        QCOMPARE(apiFieldForHeader(u"country"_s), u"person_details.address.country"_s);
        QCOMPARE(apiFieldForHeader(u"estimated_yearly_income"_s),
                 u"customer_due_diligence.estimated_yearly_income"_s);
        QCOMPARE(apiFieldForHeader(u"cdd.source_of_wealth"_s),
                 u"customer_due_diligence.source_of_wealth"_s);
        QCOMPARE(apiFieldForHeader(u"tax_payer_id"_s), u"tax_details[0].tax_payer_id"_s);
        QCOMPARE(apiFieldForHeader(u"tax_details.tax_payer_country"_s),
                 u"tax_details[0].tax_payer_country"_s);
        QCOMPARE(apiFieldForHeader(u"ref_id"_s), u"ref_id"_s);
        QCOMPARE(apiFieldForHeader(u"metadata.crm_id"_s), u"metadata.crm_id"_s);
        QCOMPARE(apiFieldForHeader(u"Vorname"_s), QString());
        QCOMPARE(apiFieldForHeader(u"status"_s), QString());
        // A field goes to the first column that names it.
        const ColumnMapping m =
            autoMapping({u"first_name"_s, u"person_details.first_name"_s, u"Surname"_s});
        QCOMPARE(m.targets, (QStringList{u"person_details.first_name"_s, QString(), QString()}));
    }

    void mappingIsRememberedPerLayout()
    {
        QTemporaryDir dir;
        MappingMemory memory(dir.filePath(u"mappings.json"_s));
        const QStringList header{u"Vorname"_s, u"Nachname"_s, u"city"_s};
        QVERIFY(!memory.recall(header));
        ColumnMapping m = autoMapping(header);
        m.targets[0] = u"person_details.first_name"_s;
        m.targets[1] = u"person_details.last_name"_s;
        QVERIFY(memory.remember(header, m));
        MappingMemory again(dir.filePath(u"mappings.json"_s));
        const auto recalled = again.recall({u" vorname"_s, u"NACHNAME"_s, u"City"_s});
        QVERIFY(recalled); // same layout: case and spaces do not make another one
        QCOMPARE(recalled->targets, m.targets);
        QVERIFY(!again.recall({u"Vorname"_s, u"city"_s, u"Nachname"_s}));
        QVERIFY(headerSignature(header) != headerSignature({u"Vorname"_s, u"Nachname"_s}));
    }

    void mappingFile()
    {
        const QStringList header{u"Vorname"_s, u"first_name"_s, u"x"_s};
        ColumnMapping m = autoMapping(header);
        QString error;
        QVERIFY(applyMappingFile(QJsonObject{{u"Vorname"_s, u"person_details.first_name"_s}},
                                 header, m, &error));
        QCOMPARE(m.targets, (QStringList{u"person_details.first_name"_s, QString(), QString()}));
        QVERIFY(!applyMappingFile(QJsonObject{{u"nope"_s, u"ref_id"_s}}, header, m, &error));
        QVERIFY(!applyMappingFile(QJsonObject{{u"x"_s, u"person_details.shoe_size"_s}}, header, m,
                                  &error));
        QVERIFY(error.contains(u"shoe_size"_s));
    }

    void rowsAreCheckedWithThePersonFormRules()
    {
        ImportPlan plan;
        plan.load(QByteArray(kHeader + personRow("Billy", "073-05-1120")
                             + personRow("Bi11y$", "073-05-1121") + personRow("Anna", "12345")),
                  u"p.csv"_s);
        QVERIFY2(plan.error().isEmpty(), qPrintable(plan.error()));
        QCOMPARE(plan.rowCount(), 3);
        QCOMPARE(plan.row(0).status, RowStatus::Ready);
        QVERIFY2(
            !plan.row(0).hasErrors(),
            qPrintable(plan.row(0).issues.value(0).path + plan.row(0).issues.value(0).message));
        // The name breaks the documented pattern: the problem is on the first_name cell.
        QCOMPARE(plan.row(1).status, RowStatus::Invalid);
        const auto nameIssue = std::find_if(plan.row(1).issues.begin(), plan.row(1).issues.end(),
                                            [](const CellIssue &i) { return i.error; });
        QCOMPARE(nameIssue->column, 0);
        QCOMPARE(nameIssue->path, u"person_details.first_name"_s);
        // An SSN in the wrong shape, on the cip_id cell.
        QCOMPARE(plan.row(2).status, RowStatus::Invalid);
        QVERIFY(std::any_of(plan.row(2).issues.begin(), plan.row(2).issues.end(),
                            [](const CellIssue &i) { return i.column == 9 && i.error; }));
        // Fixed in place: checked again, ready.
        plan.setCell(1, 0, u"Billie"_s);
        QCOMPARE(plan.row(1).status, RowStatus::Ready);
        // Skipped rows are not sent.
        plan.setSkipped(2, true);
        QCOMPARE(plan.row(2).status, RowStatus::Skipped);
        QCOMPARE(plan.sendableRows(), (QList<int>{0, 1}));

        const QJsonObject body = plan.request(0);
        QCOMPARE(body[u"person_details"_s][u"address"_s][u"city"_s].toString(), u"New York"_s);
        QCOMPARE(body[u"customer_due_diligence"_s][u"employment_status"_s].toString(),
                 u"FULL_TIME"_s);
        QCOMPARE(body[u"ref_id"_s].toString(), plan.row(0).refId);
    }

    void aRequiredFieldWithoutAColumnIsARowProblem()
    {
        ImportPlan plan;
        plan.load("first_name,last_name\nBilly,Duncan\n", u"p.csv"_s);
        QCOMPARE(plan.row(0).status, RowStatus::Invalid);
        QVERIFY(std::any_of(
            plan.row(0).issues.begin(), plan.row(0).issues.end(), [](const CellIssue &i) {
                return i.column == -1 && i.path == u"person_details.date_of_birth"_s;
            }));
        // Mapped by hand, an unknown header fills the field.
        ImportPlan byHand;
        byHand.load(QByteArray(QByteArray(kHeader).replace("first_name", "Vorname")
                               + personRow("Billy", "073-05-1120")),
                    u"p.csv"_s);
        QCOMPARE(byHand.row(0).status, RowStatus::Invalid);
        QCOMPARE(byHand.unmappedColumns(), QList<int>{0});
        ColumnMapping m = byHand.mapping();
        m.targets[0] = u"person_details.first_name"_s;
        byHand.setMapping(m);
        QCOMPARE(byHand.row(0).status, RowStatus::Ready);
    }

    void listsBoolsAndTaxDetails()
    {
        ImportPlan plan;
        plan.load("passthrough_verification_fields,tax_details_not_required,tax_payer_id,"
                  "metadata.crm\n\"FULL_LEGAL_NAME; DATE_OF_BIRTH|ADDRESS\",yes,X-1,c42\n"
                  ",maybe,,\n",
                  u"p.csv"_s);
        const QJsonObject body = plan.request(0);
        QCOMPARE(body[u"person_details"_s][u"passthrough_verification_fields"_s].toArray().size(),
                 3);
        QCOMPARE(body[u"tax_details_not_required"_s].toBool(), true);
        QCOMPARE(body[u"tax_details"_s][0][u"tax_payer_id"_s].toString(), u"X-1"_s);
        QCOMPARE(body[u"metadata"_s][u"crm"_s].toString(), u"c42"_s);
        QVERIFY(std::any_of(plan.row(1).issues.begin(), plan.row(1).issues.end(),
                            [](const CellIssue &i) { return i.column == 1 && i.error; }));
    }

    void refIdIsStable()
    {
        const QByteArray file = QByteArray(kHeader) + personRow("Billy", "073-05-1120")
            + personRow("Anna", "073-05-1121") + personRow("Billy", "073-05-1120");
        ImportPlan a, b;
        a.load(file, u"p.csv"_s);
        b.load(file, u"copy-of-p.csv"_s);
        QCOMPARE(a.rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(a.row(r).refId, b.row(r).refId);
            QVERIFY(a.row(r).refId.startsWith(u"imp-"_s));
        }
        // Identical rows still get their own.
        QVERIFY(a.row(0).refId != a.row(2).refId);
        // Another row inserted above or edited elsewhere leaves a row's ref_id as it was.
        ImportPlan c;
        c.load(QByteArray(kHeader + personRow("Zed", "073-05-1129")
                          + personRow("Yan", "073-05-1128") + personRow("Anna", "073-05-1121")),
               u"p.csv"_s);
        QCOMPARE(c.row(2).refId, a.row(1).refId);
        // A fix in the preview keeps it too: the row is still the one read from the file.
        const QString before = a.row(1).refId;
        a.setCell(1, 1, u"Smith"_s);
        QCOMPARE(a.row(1).refId, before);
        // The row's own ref_id column wins.
        ImportPlan own;
        own.load("ref_id,first_name\ncus-1042,Billy\n,Anna\n", u"p.csv"_s);
        QCOMPARE(own.row(0).refId, u"cus-1042"_s);
        QVERIFY(own.row(1).refId.startsWith(u"imp-"_s));
    }

    void resumeSendsOnlyWhatIsLeft()
    {
        ImportPlan plan;
        plan.load(QByteArray(kHeader + personRow("A", "073-05-1120") + personRow("B", "073-05-1121")
                             + personRow("C", "073-05-1122") + personRow("D", "073-05-1123")),
                  u"p.csv"_s);
        QCOMPARE(plan.sendableRows().size(), 4);
        plan.setOutcome(0, RowStatus::Created, u"id-a"_s);
        plan.setOutcome(1, RowStatus::Duplicate, u"id-x"_s, u"dup"_s);
        plan.setOutcome(2, RowStatus::NotSent, QString(), u"cancelled"_s);
        // Created and duplicate rows are done; a row not sent goes again, with its ref_id.
        QCOMPARE(plan.sendableRows(), (QList<int>{2, 3}));
        // Editing a created row does not make it sendable again.
        plan.setCell(0, 0, u"Changed"_s);
        QCOMPARE(plan.row(0).status, RowStatus::Created);
    }

    void reportGuardsAgainstFormulas()
    {
        ImportPlan plan;
        plan.load(QByteArray(kHeader + personRow("Billy", "073-05-1120")
                             + personRow("=HYPERLINK(1)", "x")),
                  u"p.csv"_s);
        plan.setOutcome(0, RowStatus::Created, u"1d2c"_s);
        plan.setOutcome(1, RowStatus::Failed, QString(), u"=cmd|' /C calc'!A0"_s);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(plan.writeReport(out));
        const QStringList lines = QString::fromUtf8(out.data()).split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"line,ref_id,identity_id,status,problem,decision,decision_detail"_s);
        QVERIFY(lines.at(1).startsWith(u"2,"_s + plan.row(0).refId + u",1d2c,created,"_s));
        QVERIFY2(lines.at(2).endsWith(u",failed,'=cmd|' /C calc'!A0,,"_s), qPrintable(lines.at(2)));
        // Read back by the same reader, the report has a row per line of the file.
        const ReadResult back = readCsv(out.data());
        QVERIFY(back.ok());
        QCOMPARE(back.rows.size(), 2);
    }

    // A duplicate cip_id row decided in the duplicate workflow: the decision is in the row and
    // in the report; undecided ones say so; no other row takes a decision.
    void duplicateDecisionGoesIntoTheReport()
    {
        ImportPlan plan;
        plan.load(QByteArray(kHeader + personRow("Ann", "073-05-1120")
                             + personRow("Bob", "073-05-1121") + personRow("Cy", "073-05-1122")
                             + personRow("Di", "073-05-1123")),
                  u"p.csv"_s);
        plan.setOutcome(0, RowStatus::Duplicate, u"holder-a"_s);
        plan.setOutcome(1, RowStatus::Duplicate, u"holder-b"_s);
        plan.setOutcome(2, RowStatus::Duplicate, u"holder-c"_s);
        plan.setOutcome(3, RowStatus::Created, u"new-d"_s);
        QVERIFY(plan.setDecision(0, DuplicateDecision::AccountOpened, u"acct-1"_s));
        QVERIFY(plan.setDecision(1, DuplicateDecision::Declined, u"DUPLICATE"_s));
        QVERIFY(!plan.setDecision(3, DuplicateDecision::Declined));
        QCOMPARE(plan.row(3).decision, DuplicateDecision::Undecided);

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(plan.writeReport(out));
        const ReadResult back = readCsv(out.data());
        QVERIFY(back.ok());
        QCOMPARE(back.header.value(5), u"decision"_s);
        QCOMPARE(back.header.value(6), u"decision_detail"_s);
        QCOMPARE(back.rows.size(), 4);
        QCOMPARE(back.rows.at(0).cells.mid(2),
                 (QStringList{u"holder-a"_s, u"duplicate"_s, QString(), u"account_opened"_s,
                              u"acct-1"_s}));
        QCOMPARE(back.rows.at(1).cells.value(5), u"declined"_s);
        QCOMPARE(back.rows.at(1).cells.value(6), u"DUPLICATE"_s);
        QCOMPARE(back.rows.at(2).cells.value(5), u"undecided"_s);
        QCOMPARE(back.rows.at(3).cells.value(5), QString());
    }

    void samplesImportCleanly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << u"persons-import.csv"_s;
        QTest::newRow("jsonl") << u"persons-import.jsonl"_s;
    }
    void samplesImportCleanly()
    {
        QFETCH(QString, file);
        ImportPlan plan;
        QVERIFY2(plan.loadFile(QStringLiteral(CC_SAMPLES_DIR) + u'/' + file),
                 qPrintable(plan.error()));
        QVERIFY(plan.rowCount() >= 5);
        QVERIFY(plan.unmappedColumns().isEmpty());
        for (const auto &row : plan.rows())
            QVERIFY2(!row.hasErrors() && row.issues.isEmpty(),
                     qPrintable(u"line %1: %2 %3"_s.arg(row.line).arg(
                         row.issues.value(0).path, row.issues.value(0).message)));
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"

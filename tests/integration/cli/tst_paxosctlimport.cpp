// paxosctl identities import end to end: the real binary against the shared paxos-sandbox.
#include "core/import/csvreader.h"
#include "paxosctlprocess.h"
#include "support/sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using clitest::Run;
using clitest::uniqueSsn;

namespace {

const QByteArray kHeader =
    "first_name,last_name,date_of_birth,address1,city,province,zip_code,country,nationality,"
    "cip_id,cip_id_type,cip_id_country,verifier_type,estimated_yearly_income,"
    "expected_transfer_value,source_of_wealth,employment_status,employment_industry_sector\n";

QByteArray personRow(const QString &first, const QString &ssn)
{
    return first.toUtf8() + ",Import,1980-02-03,\"1 Main St, Apt 2\",Austin,TX,78701,USA,USA,"
        + ssn.toUtf8()
        + ",SSN,USA,MANUAL,INCOME_50K_TO_100K,TRANSFER_VALUE_25K_TO_50K,EMPLOYMENT_INCOME,"
          "FULL_TIME,ARTS_ENTERTAINMENT_RECREATION\n";
}

// The report read back with the engine's own reader: status and identity id per row.
struct ReportRow
{
    QString status, identityId, problem;
};

QList<ReportRow> readReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto read = console::bulkimport::readCsv(f.readAll());
    QList<ReportRow> out;
    for (const auto &row : read.rows)
        out.append({row.cells.value(3), row.cells.value(2), row.cells.value(4)});
    return out;
}

} // namespace

class TestPaxosctlImport : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;
    int m_files = 0;

    Run paxosctl(const QStringList &args)
    {
        return clitest::runPaxosctl(QStringList{u"--env"_s, m_url.toString()} + args, {},
                                    clitest::cleanEnvironment());
    }
    QString writeFile(const QByteArray &data, const QString &suffix = u".csv"_s)
    {
        const QString path = m_dir.filePath(u"in%1%2"_s.arg(++m_files).arg(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }
    QString reportPath() { return m_dir.filePath(u"report%1.csv"_s.arg(++m_files)); }

private slots:
    void initTestCase()
    {
        m_url = testsupport::sharedSandboxUrl();
        QVERIFY(m_url.isValid());
        QVERIFY(m_dir.isValid());
    }

    void importThenRerunCreatesNothing()
    {
        const QString file =
            writeFile(kHeader + personRow(u"Ann"_s, uniqueSsn()) + personRow(u"Bea"_s, uniqueSsn())
                      + personRow(u"Cid"_s, uniqueSsn()));
        const QString first = reportPath();
        const Run r = paxosctl({u"identities"_s, u"import"_s, file, u"--report"_s, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto created = readReport(first);
        QCOMPARE(created.size(), 3);
        for (const auto &row : created) {
            QCOMPARE(row.status, u"created"_s);
            QVERIFY(!row.identityId.isEmpty());
        }
        // Each identity is there, with the row's ref_id.
        const Run get = paxosctl(
            {u"identities"_s, u"get"_s, created.at(1).identityId, u"--format"_s, u"json"_s});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.json().value(u"ref_id"_s).toString().startsWith(u"imp-"_s));

        // The same file again (or after a crash): nothing new, the same identities.
        const QString second = reportPath();
        const Run again = paxosctl({u"identities"_s, u"import"_s, file, u"--report"_s, second});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const auto existing = readReport(second);
        QCOMPARE(existing.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(existing.at(i).status, u"existing"_s);
            QCOMPARE(existing.at(i).identityId, created.at(i).identityId);
        }
    }

    void duplicateCipIdNamesTheHolderAndExitsOne()
    {
        const QString ssn = uniqueSsn();
        const QString report1 = reportPath();
        QCOMPARE(paxosctl({u"identities"_s, u"import"_s,
                           writeFile(kHeader + personRow(u"Dee"_s, ssn)), u"--report"_s, report1})
                     .exitCode,
                 0);
        const QString holder = readReport(report1).value(0).identityId;
        QVERIFY(!holder.isEmpty());
        // Another person (another row, so another ref_id) with the same government id.
        const QString report2 = reportPath();
        const Run r = paxosctl(
            {u"identities"_s, u"import"_s,
             writeFile(kHeader + personRow(u"Eve"_s, ssn) + personRow(u"Fay"_s, uniqueSsn())),
             u"--report"_s, report2});
        QCOMPARE(r.exitCode, 1);
        const auto rows = readReport(report2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).status, u"duplicate"_s);
        QCOMPARE(rows.at(0).identityId, holder);
        QCOMPARE(rows.at(1).status, u"created"_s);
    }

    void anInvalidRowStopsEverything()
    {
        const QString validSsn = uniqueSsn();
        const QString file =
            writeFile(kHeader + personRow(u"Gus"_s, validSsn) + personRow(u"Hal$"_s, u"12345"_s));
        const QString report = reportPath();
        const Run r = paxosctl({u"identities"_s, u"import"_s, file, u"--report"_s, report});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"line 3, first_name"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"line 3, cip_id"_s));
        const auto rows = readReport(report);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).status, u"ready"_s);
        QCOMPARE(rows.at(1).status, u"invalid"_s);
        QVERIFY(!rows.at(1).problem.isEmpty());
        // Nothing was sent: with --skip-invalid the valid row is created now, not found.
        const QString report2 = reportPath();
        const Run skip = paxosctl(
            {u"identities"_s, u"import"_s, file, u"--skip-invalid"_s, u"--report"_s, report2});
        QCOMPARE(skip.exitCode, 1); // a row is still invalid
        const auto after = readReport(report2);
        QCOMPARE(after.at(0).status, u"created"_s);
        QCOMPARE(after.at(1).status, u"invalid"_s);
    }

    // Production: one --yes covers the file; without it paxosctl refuses before any call, any
    // credential or the file's rows are looked at, so nothing is sent and no report written.
    // Production is the real api.paxos.com, so no credentials are given: were the refusal
    // gone, the run would stop at "no PAXOS_CLIENT_ID" (exit 3) without any call either.
    void productionImportRefusesWithoutYes()
    {
        const QString file = writeFile(kHeader + personRow(u"Prodless"_s, uniqueSsn()));
        const QString report = reportPath();
        const QProcessEnvironment env = clitest::cleanEnvironment();
        const Run r = clitest::runPaxosctl({u"--env"_s, u"production"_s, u"identities"_s,
                                            u"import"_s, file, u"--report"_s, report},
                                           {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"production"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(report));
        QVERIFY(r.out.isEmpty());
    }

    void unreadableFilesExitTwo()
    {
        QCOMPARE(
            paxosctl({u"identities"_s, u"import"_s, m_dir.filePath(u"missing.csv"_s)}).exitCode, 2);
        QCOMPARE(
            paxosctl({u"identities"_s, u"import"_s, writeFile(kHeader + "Ann,\"never closed\n")})
                .exitCode,
            2);
        QCOMPARE(paxosctl({u"identities"_s, u"import"_s, writeFile(QByteArray())}).exitCode, 2);
    }

    void mappingFileMapsOtherHeaders()
    {
        QByteArray header = kHeader;
        header.replace("first_name", "Vorname").replace("last_name", "Nachname");
        const QString file = writeFile(header + personRow(u"Ivo"_s, uniqueSsn()));
        const Run unmapped = paxosctl({u"identities"_s, u"import"_s, file});
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY(unmapped.err.contains(u"Vorname"_s));
        const QString mapping = writeFile(
            R"({"Vorname": "person_details.first_name", "Nachname": "person_details.last_name"})",
            u".json"_s);
        const Run mapped = paxosctl({u"identities"_s, u"import"_s, file, u"--mapping"_s, mapping});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        const QString bad = writeFile(R"({"Vorname": "person_details.nickname"})", u".json"_s);
        QCOMPARE(paxosctl({u"identities"_s, u"import"_s, file, u"--mapping"_s, bad}).exitCode, 2);
    }

    void samplesImport_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("csv") << u"persons-import.csv"_s;
        QTest::newRow("jsonl") << u"persons-import.jsonl"_s;
    }
    void samplesImport()
    {
        QFETCH(QString, sample);
        const QString report = reportPath();
        const Run r =
            paxosctl({u"identities"_s, u"import"_s, QStringLiteral(CC_SAMPLES_DIR) + u'/' + sample,
                      u"--report"_s, report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto rows = readReport(report);
        QVERIFY(rows.size() >= 5);
        for (const auto &row : rows)
            QVERIFY(row.status == u"created"_s || row.status == u"existing"_s);
    }
};

QTEST_GUILESS_MAIN(TestPaxosctlImport)
#include "tst_paxosctlimport.moc"

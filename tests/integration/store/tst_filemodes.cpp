#include "core/evidence/evidencepack.h"
#include "core/models/csvexporter.h"
#include "core/record/auditcsvexport.h"
#include "core/record/audittrail.h"
#include "core/record/store.h"
#include "sandbox/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The permission bits of a file as the kernel has them (not Qt's view of them).
int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

#define CC_VERIFY_OWNER_ONLY(path)                                                                 \
    QVERIFY2(mode(path) == 0600,                                                                   \
             qPrintable(u"%1 is %2, expected 600"_s.arg(path).arg(mode(path), 0, 8)))

} // namespace

// Every file that holds personal data is 0600 from its creation: the embedded sandbox's
// database (full cip_ids, dates of birth), the console's record store (identity snapshots and
// the encrypted drafts), and the exports (identity list CSV, audit CSV, evidence pack). The
// umask is the common 022, under which a file made without care is 0644.
class TestFileModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ::umask(022); }

    void sandboxDatabase()
    {
        QTemporaryDir dir;
        sandbox::Store store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        CC_VERIFY_OWNER_ONLY(path);
        // WAL mode: the -wal and -shm files hold the same rows.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix))
                CC_VERIFY_OWNER_ONLY(path + suffix);
        }
        store.close();
    }

    void sandboxDatabaseFromBeforeIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        {
            sandbox::Store store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(mode(path), 0644);
        sandbox::Store store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        CC_VERIFY_OWNER_ONLY(path);
    }

    void consoleStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"record/console.sqlite"_s);
        {
            console::Store store;
            console::StoreConfig config;
            config.sqlitePath = path;
            QVERIFY(store.open(config).ok());
            CC_VERIFY_OWNER_ONLY(path);
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
                if (QFile::exists(path + suffix))
                    CC_VERIFY_OWNER_ONLY(path + suffix);
            }
        }
        // A store an older console left 0644 is tightened when it is opened.
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        console::Store store;
        console::StoreConfig config;
        config.sqlitePath = path;
        QVERIFY(store.open(config).ok());
        CC_VERIFY_OWNER_ONLY(path);
    }

    void identityListExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"identities.csv"_s);
        QStandardItemModel model(2, 2);
        model.setItem(0, 0, new QStandardItem(u"Billy Duncan"_s));
        model.setItem(0, 1, new QStandardItem(u"***-**-1120"_s));
        console::CsvExporter exporter;
        QSignalSpy finished(&exporter, &console::CsvExporter::finished);
        QVERIFY(exporter.start(&model, {0, 1}, path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        CC_VERIFY_OWNER_ONLY(path);
    }

    void auditExport()
    {
        QTemporaryDir dir;
        console::Store store;
        console::StoreConfig config;
        config.sqlitePath = dir.filePath(u"console.sqlite"_s);
        QVERIFY(store.open(config).ok());
        console::AuditTrail trail(&store);
        console::AuditRecord record;
        record.action = console::AuditAction::IdentityCreate;
        record.identityId = u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s;
        QVERIFY(trail.append(record).ok());
        const QString path = dir.filePath(u"audit.csv"_s);
        console::AuditCsvExport exporter(&trail, {}, path);
        QSignalSpy finished(&exporter, &console::AuditCsvExport::finished);
        exporter.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        CC_VERIFY_OWNER_ONLY(path);
    }

    void evidencePack()
    {
        QTemporaryDir dir;
        console::EvidenceInput in;
        in.identity = QJsonObject{{u"id"_s, u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s},
                                  {u"type"_s, u"PERSON"_s},
                                  {u"status"_s, u"APPROVED"_s},
                                  {u"person_details"_s,
                                   QJsonObject{{u"first_name"_s, u"Billy"_s},
                                               {u"last_name"_s, u"Duncan"_s},
                                               {u"cip_id"_s, u"073-05-1120"_s}}}};
        console::EvidenceOptions options;
        options.pdfPath = dir.filePath(u"evidence.pdf"_s);
        options.jsonPath = dir.filePath(u"evidence.json"_s);
        console::EvidencePack pack(in, options);
        QSignalSpy finished(&pack, &console::EvidencePack::finished);
        pack.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().value(1).toString()));
        CC_VERIFY_OWNER_ONLY(options.pdfPath);
        CC_VERIFY_OWNER_ONLY(options.jsonPath);
    }
};

QTEST_MAIN(TestFileModes)
#include "tst_filemodes.moc"

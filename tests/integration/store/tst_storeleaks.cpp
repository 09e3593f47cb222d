#include "core/settings/settings.h"
#include "core/record/audittrail.h"
#include "core/record/draftcipher.h"
#include "core/record/drafts.h"
#include "core/record/notes.h"
#include "core/record/processedevents.h"
#include "core/record/requestledger.h"
#include "core/record/statushistory.h"
#include "core/record/teamsettings.h"
#include "support/storebackends.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

// After a working session that handles secrets and personal data, nothing in the store (but
// the identity snapshots), the settings files or the log output holds a client secret, a
// bearer token, the database password or an unmasked government id / date of birth.
namespace {

const QString kClientSecret = u"cs-9f8e7d6c5b4a3f2e1d"_s;
const QString kBearer = u"eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig"_s;
const QString kCipId = u"073-05-1120"_s;
const QString kDob = u"1980-01-01"_s;

QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
}

QJsonObject identityWithPii()
{
    return QJsonObject{{u"id"_s, u"id-1"_s},
                       {u"status"_s, u"PENDING"_s},
                       {u"person_details"_s,
                        QJsonObject{{u"cip_id"_s, kCipId},
                                    {u"date_of_birth"_s, kDob},
                                    {u"first_name"_s, u"Jane"_s}}}};
}

// Every value of every row of table, as text.
QString dumpTable(Store &store, const QString &table)
{
    auto q = store.run(u"SELECT * FROM "_s + table);
    if (!q)
        return u"<error "_s + q.errorMessage() + u'>';
    QString out;
    while (q.value().next()) {
        const QSqlRecord rec = q.value().record();
        for (int i = 0; i < rec.count(); ++i) {
            const QVariant v = q.value().value(i);
            out +=
                (v.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray())
                                                            : v.toString())
                + u'\t';
        }
        out += u'\n';
    }
    return out;
}

} // namespace

class TestStoreLeaks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"console.*=true"_s);
        qInstallMessageHandler(captureMessages);
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void nothingSecretIsKept_data() { storetest::addBackendRows(); }
    void nothingSecretIsKept()
    {
        g_log.clear();
        QTemporaryDir settingsDir;
        CC_OPEN_STORE(store, fresh);
        const QString dbPassword = fresh->config().password;
        store.setOperator({u"Ada"_s, u"ada"_s});

        auto settings = Settings::createForTesting(settingsDir.path());
        QVERIFY(settings->setValue(SettingKey::SandboxClientId, u"client-123"_s));
        QVERIFY(settings->setValue(SettingKey::StorePgHost, u"db.internal"_s));
        QVERIFY(settings->setValue(SettingKey::StorePgUser, u"cc"_s));

        AuditTrail audit(&store);
        QVERIFY(audit
                    .append({AuditAction::IdentityCreate,
                             AuditOutcome::Succeeded,
                             u"id-1"_s,
                             u"req-1"_s,
                             QJsonObject{{u"client_secret"_s, kClientSecret},
                                         {u"headers"_s,
                                          QJsonObject{{u"Authorization"_s,
                                                       QString(u"Bearer "_s + kBearer)}}},
                                         {u"request"_s, identityWithPii()}},
                             {}})
                    .ok());
        RequestLedger ledger(&store);
        LedgerEntry call;
        call.method = u"POST"_s;
        call.url = u"https://oauth.sandbox.paxos.com/oauth2/token?client_secret=%1&access_token=%2"
                   "&cip_id=%3"_s.arg(kClientSecret, kBearer, kCipId);
        QVERIFY(ledger.append(call).ok());
        ProcessedEvents events(&store);
        QVERIFY(events
                    .claim(QJsonObject{{u"id"_s, u"evt-1"_s},
                                       {u"type"_s, u"identity.approved"_s},
                                       {u"object"_s, identityWithPii()}},
                           EventSource::Webhook)
                    .ok());
        QVERIFY(StatusHistory(&store).record(identityWithPii(), SnapshotCause::Refresh).ok());
        QVERIFY(Notes(&store).add(u"id-1"_s, u"OTHER"_s, u"Called the customer."_s).ok());
        QVERIFY(TeamSettings(&store).setValue(u"notes/defaultReasonCode"_s, u"OTHER"_s).ok());
        QVERIFY(!TeamSettings(&store).setValue(u"client_secret"_s, kClientSecret).ok());
        Drafts drafts(&store);
        drafts.setKey(DraftCipher::generateKey());
        QVERIFY(drafts.save({}, u"identity.create.person"_s, identityWithPii(), u"Jane"_s).ok());
        // A failing statement is logged without its bound values.
        QVERIFY(!store.run(u"SELECT * FROM no_such_table WHERE x = ?"_s, {kClientSecret}).ok());

        const QStringList forbidden = {kClientSecret, kBearer, kCipId, kDob};
        const QStringList tables = {
            u"audit_trail"_s,      u"audit_chain_head"_s, u"notes"_s,
            u"reason_codes"_s,     u"request_ledger"_s,   u"drafts"_s,
            u"processed_events"_s, u"team_settings"_s,    u"assignments"_s,
            u"soft_locks"_s,       u"document_records"_s, u"schema_migrations"_s};
        for (const QString &table : tables) {
            const QString dump = dumpTable(store, table);
            QVERIFY2(!dump.startsWith(u"<error"_s), qPrintable(dump));
            for (const QString &f : forbidden)
                QVERIFY2(!dump.contains(f), qPrintable(table + u": "_s + f));
            if (!dbPassword.isEmpty())
                QVERIFY2(!dump.contains(dbPassword), qPrintable(table));
        }
        // The scan does find what is there: the snapshot is the identity record.
        QVERIFY(dumpTable(store, u"identity_snapshots"_s).contains(kCipId));
        QVERIFY(dumpTable(store, u"audit_trail"_s).contains(u"***-**-1120"_s));

        // SQLite: the file itself (and its WAL) never holds a credential.
        if (store.backend() == StoreBackend::Sqlite) {
            const QString path = fresh->config().sqlitePath;
            for (const QString &file : QStringList{path, path + u"-wal"_s}) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                QVERIFY(!bytes.contains(kClientSecret.toUtf8()));
                QVERIFY(!bytes.contains(kBearer.toUtf8()));
            }
        }

        QDirIterator it(settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        int settingsFiles = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++settingsFiles;
            for (const QString &s : forbidden)
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(f.fileName()));
            if (!dbPassword.isEmpty())
                QVERIFY(!bytes.contains(dbPassword.toUtf8()));
        }
        QVERIFY(settingsFiles >= 1);

        QVERIFY(!g_log.isEmpty()); // the failed query, the store opening
        const QString log = g_log.join(u'\n');
        for (const QString &s : forbidden)
            QVERIFY2(!log.contains(s), qPrintable(s));
        if (!dbPassword.isEmpty())
            QVERIFY(!log.contains(dbPassword));
    }
};

QTEST_GUILESS_MAIN(TestStoreLeaks)
#include "tst_storeleaks.moc"

#include "app/application.h"
#include "core/credentials/credentialstore.h"
#include "core/current/currentidentity.h"
#include "core/models/identitytablemodel.h"
#include "core/models/roles.h"
#include "core/settings/settings.h"
#include "core/record/audittrail.h"
#include "core/record/notes.h"
#include "core/record/store.h"
#include "support/storebackends.h"
#include "support/keptdir.h"
#include "ui/detail/identitydetailpane.h"
#include "ui/queue/queuetableview.h"
#include "ui/record/notespanel.h"
#include "ui/record/reviewrecordcontroller.h"
#include "ui/record/teampanel.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using console::StoreBackend;
using console::app::Application;

namespace {
constexpr int kTimeout = 30000;

// One console as a reviewer starts it: its own data folder and settings file, the record
// store the settings name, and the password in its (memory) keychain.
struct Console
{
    explicit Console(const QString &name)
        : dir(name)
    {
    }
    // Kept after the run for the leak sweep.
    testsupport::KeptDir dir;
    console::MemoryCredentialStore credentials;
    std::unique_ptr<Application> app;

    bool configure(const console::StoreConfig &store)
    {
        auto settings =
            console::Settings::createForTesting(QDir(dir.path()).filePath(u"settings"_s));
        using K = console::SettingKey;
        const bool ok = settings->setValue(K::StoreBackend, u"postgresql"_s)
            && settings->setValue(K::StorePgHost, store.host)
            && settings->setValue(K::StorePgPort, store.port)
            && settings->setValue(K::StorePgDatabase, store.database)
            && settings->setValue(K::StorePgUser, store.user);
        if (!store.password.isEmpty())
            credentials.write(console::credentialkeys::storePassword(store.host, store.port,
                                                                     store.database, store.user),
                              store.password.toUtf8());
        return ok;
    }

    // Starts and waits until the window is up.
    bool start(QString *error)
    {
        Application::Options options;
        options.dataDir = dir.path();
        options.inMemorySandbox = true;
        options.seedIdentities = 4;
        options.ephemeralUi = true;
        options.credentials = &credentials;
        app = std::make_unique<Application>(options);
        QSignalSpy ready(app.get(), &Application::ready);
        if (!app->start(error))
            return false;
        if (!app->isReady() && !ready.wait(kTimeout)) {
            *error = u"the window never came"_s;
            return false;
        }
        return true;
    }

    console::ui::ReviewRecordController *record() const { return app->reviewRecord(); }
    QString indicator() const { return record()->storeIndicator()->text(); }
};

// A port with nothing listening on it.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const int port = server.serverPort();
    server.close();
    return port;
}
} // namespace

// The console's start-up with the review record on a team's PostgreSQL server: two consoles
// on one database see each other's work; a server that cannot be reached, or that the user
// stops waiting for, leaves the console on its local file and says so.
class TestTeamStoreStart : public QObject
{
    Q_OBJECT

private slots:
    void twoConsolesShareTheTeamStore()
    {
        CC_FRESH_STORE(fresh, StoreBackend::PostgreSql)
        Console alex(u"alex"_s);
        Console sam(u"sam"_s);
        QVERIFY(alex.configure(fresh->config()));
        QVERIFY(sam.configure(fresh->config()));
        QString error;
        QVERIFY2(alex.start(&error), qPrintable(error));
        QVERIFY2(sam.start(&error), qPrintable(error));
        for (Console *c : {&alex, &sam}) {
            QCOMPARE(c->app->store()->backend(), StoreBackend::PostgreSql);
            QVERIFY2(c->app->storeFallbackReason().isEmpty(),
                     qPrintable(c->app->storeFallbackReason()));
            QCOMPARE(c->indicator(), u"Record: team database"_s);
            // Nothing went to a local file.
            QVERIFY(!QFileInfo::exists(QDir(c->dir.path()).filePath(u"console.sqlite"_s)));
        }
        alex.app->store()->setOperator({u"Alex"_s, u"alex"_s});
        sam.app->store()->setOperator({u"Sam"_s, u"sam"_s});

        // Alex opens an identity from the queue, writes a note and takes it.
        QTRY_VERIFY_WITH_TIMEOUT(alex.app->identities()->rowCount() > 0, kTimeout);
        auto *window = alex.app->window();
        window->queueView()->selectRow(0);
        const QString id =
            window->queueView()->model()->index(0, 0).data(console::IdentityIdRole).toString();
        QVERIFY(!id.isEmpty());
        alex.app->currentIdentity()->open(id);
        QTRY_COMPARE_WITH_TIMEOUT(alex.record()->notes()->identityId(), id, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(alex.record()->team()->identityId(), id, kTimeout);
        alex.record()
            ->notes()
            ->findChild<QPlainTextEdit *>(u"noteBody"_s)
            ->setPlainText(u"Address proof requested from the customer."_s);
        QVERIFY(alex.record()->notes()->addNote());
        QVERIFY(alex.record()->team()->take());

        // Sam's console, on the same database, sees the note, the assignment, the soft lock
        // and Alex's audit entries, and the chain both consoles wrote is intact.
        QSignalSpy samChanged(sam.app->store(), &console::Store::changed);
        sam.record()->notes()->setIdentityId(id);
        sam.record()->team()->setIdentityId(id);
        QTRY_COMPARE_WITH_TIMEOUT(sam.record()->notes()->noteCount(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(sam.record()->team()->assigneeText().contains(u"Alex"_s),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(sam.record()->team()->isLockBannerVisible(), kTimeout);
        QVERIFY(sam.record()->team()->lockBannerText().contains(u"Alex"_s));

        // A note Sam adds reaches Alex's open panel by the server's notification, without a
        // reload by hand.
        sam.record()
            ->notes()
            ->findChild<QPlainTextEdit *>(u"noteBody"_s)
            ->setPlainText(u"Second look: proof received."_s);
        QVERIFY(sam.record()->notes()->addNote());
        QTRY_COMPARE_WITH_TIMEOUT(alex.record()->notes()->noteCount(), 2, kTimeout);

        console::AuditTrail samTrail(sam.app->store());
        const auto entries = samTrail.list({});
        QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
        QStringList operators;
        for (const console::AuditEntry &e : entries.value())
            operators << e.operatorName;
        QVERIFY2(operators.contains(u"Alex"_s), qPrintable(operators.join(u", "_s)));
        QVERIFY2(operators.contains(u"Sam"_s), qPrintable(operators.join(u", "_s)));
        const auto verified = samTrail.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
        QVERIFY(verified.value().intact);
    }

    void unreachableTeamStoreFallsBackToTheLocalFile()
    {
        Console c(u"unreachable"_s);
        console::StoreConfig store = console::StoreConfig::postgreSql(
            u"127.0.0.1"_s, closedPort(), u"team_record"_s, u"reviewer"_s, u"s3cret-team-pass"_s);
        QVERIFY(c.configure(store));
        QString error;
        QVERIFY2(c.start(&error), qPrintable(error));
        QCOMPARE(c.app->store()->backend(), StoreBackend::Sqlite);
        const QString reason = c.app->storeFallbackReason();
        QVERIFY2(reason.contains(u"could not be opened"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"team_record"_s), qPrintable(reason));
        QVERIFY(c.indicator().contains(u"team store unavailable"_s));
        QCOMPARE(c.record()->storeIndicator()->toolTip(), reason);
        // The work of this session is kept: the local file exists and records.
        QVERIFY(QFileInfo::exists(QDir(c.dir.path()).filePath(u"console.sqlite"_s)));
        console::AuditRecord record;
        record.action = console::AuditAction::Export;
        QVERIFY(c.app->auditTrail()->append(record).ok());
        // The password never reaches the reason shown to the user.
        QVERIFY(!reason.contains(u"s3cret"_s));
    }

    void waitingForASilentServerCanBeStopped()
    {
        // A server that accepts the connection and never answers: libpq would wait for the
        // whole connect timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        Console c(u"silent"_s);
        QVERIFY(c.configure(console::StoreConfig::postgreSql(
            u"127.0.0.1"_s, silent.serverPort(), u"team_record"_s, u"reviewer"_s, u"pw"_s)));
        c.app = nullptr;
        Application::Options options;
        options.dataDir = c.dir.path();
        options.inMemorySandbox = true;
        options.ephemeralUi = true;
        options.credentials = &c.credentials;
        c.app = std::make_unique<Application>(options);
        QSignalSpy ready(c.app.get(), &Application::ready);
        QString error;
        QVERIFY2(c.app->start(&error), qPrintable(error));
        QVERIFY(!c.app->isReady());

        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = qobject_cast<QProgressDialog *>([] {
                                      for (QWidget *w : QApplication::topLevelWidgets())
                                          if (w->objectName() == "teamStoreProgress"_L1
                                              && w->isVisible())
                                              return w;
                                      return static_cast<QWidget *>(nullptr);
                                  }()))
                                     != nullptr,
                                 kTimeout);
        QVERIFY(progress->labelText().contains(u"team_record"_s));
        QTest::keyClick(progress, Qt::Key_Escape);
        QVERIFY(ready.count() == 1 || ready.wait(kTimeout));
        QCOMPARE(c.app->store()->backend(), StoreBackend::Sqlite);
        QVERIFY2(c.app->storeFallbackReason().contains(u"cancelled"_s),
                 qPrintable(c.app->storeFallbackReason()));
        qDeleteAll(held);
    }
};

QTEST_MAIN(TestTeamStoreStart)
#include "tst_teamstorestart.moc"

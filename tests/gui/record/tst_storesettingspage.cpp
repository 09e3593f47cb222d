#include "core/credentials/credentialstore.h"
#include "core/settings/settings.h"
#include "recordtest.h"
#include "ui/record/storesettingspage.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace console;
using console::ui::StoreSettingsPage;
using recordtest::find;

class TestStoreSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_credentials;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"roaming.ini"_s),
                                                m_dir->filePath(u"local.ini"_s));
        m_credentials = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_credentials.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void postgresPasswordGoesToTheKeychainOnly()
    {
        StoreSettingsPage page(m_settings.get(), m_credentials.get());
        page.show();
        QVERIFY(find<QRadioButton>(&page, u"sqliteRadio"_s)->isChecked());
        find<QRadioButton>(&page, u"postgresRadio"_s)->setChecked(true);
        QVERIFY(!page.validationMessage().isEmpty());
        QVERIFY(!page.apply());
        find<QLineEdit>(&page, u"hostEdit"_s)->setText(u"db.team.test"_s);
        find<QSpinBox>(&page, u"portSpin"_s)->setValue(6543);
        find<QLineEdit>(&page, u"databaseEdit"_s)->setText(u"review"_s);
        find<QLineEdit>(&page, u"userEdit"_s)->setText(u"console"_s);
        auto *password = find<QLineEdit>(&page, u"passwordEdit"_s);
        password->setFocus();
        QTest::keyClicks(password, u"s3cret-pw"_s);
        QVERIFY(page.validationMessage().isEmpty());

        QSignalSpy stored(&page, &StoreSettingsPage::passwordStored);
        QVERIFY(page.apply());
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.first().at(0).toBool(), true);
        const QString key =
            credentialkeys::storePassword(u"db.team.test"_s, 6543, u"review"_s, u"console"_s);
        QVERIFY(m_credentials->contains(key));

        // The settings say where, never the password.
        QCOMPARE(m_settings->get<QString>(SettingKey::StoreBackend), u"postgresql"_s);
        QCOMPARE(m_settings->get<int>(SettingKey::StorePgPort), 6543);
        for (const QString &file : {m_settings->roamingFile(), m_settings->localFile()}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("s3cret-pw"));
        }

        // A new page shows what was saved, the password read back from the keychain.
        StoreSettingsPage again(m_settings.get(), m_credentials.get());
        QVERIFY(find<QRadioButton>(&again, u"postgresRadio"_s)->isChecked());
        QCOMPARE(again.config().host, u"db.team.test"_s);
        QTRY_COMPARE(again.config().password, u"s3cret-pw"_s);
    }

    void testConnectionReportsAFailureWithoutFreezing()
    {
        // A port nothing listens on: reserve one, then free it.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        StoreSettingsPage page(m_settings.get(), m_credentials.get());
        find<QRadioButton>(&page, u"postgresRadio"_s)->setChecked(true);
        find<QLineEdit>(&page, u"hostEdit"_s)->setText(u"127.0.0.1"_s);
        find<QSpinBox>(&page, u"portSpin"_s)->setValue(port);
        find<QLineEdit>(&page, u"databaseEdit"_s)->setText(u"review"_s);
        find<QLineEdit>(&page, u"userEdit"_s)->setText(u"console"_s);
        QSignalSpy finished(&page, &StoreSettingsPage::testFinished);
        QTest::mouseClick(find<QPushButton>(&page, u"testButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(page.testResult().startsWith(u"Could not connect"_s),
                 qPrintable(page.testResult()));
    }

    void testConnectionOpensAnExistingSqliteStore()
    {
        const QString path = m_dir->filePath(u"team.sqlite"_s);
        {
            auto store = recordtest::openStore(*m_dir, u"Ada"_s, u"team.sqlite"_s);
            QVERIFY(store);
        }
        StoreSettingsPage page(m_settings.get(), m_credentials.get());
        find<QLineEdit>(&page, u"sqlitePathEdit"_s)->setText(path);
        QSignalSpy finished(&page, &StoreSettingsPage::testFinished);
        page.testConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(page.testResult().startsWith(u"Connected"_s));
        QVERIFY(page.apply());
        QCOMPARE(m_settings->get<QString>(SettingKey::StoreSqlitePath), path);
    }

    void testingANewSqlitePathCreatesNothing()
    {
        const QString path = m_dir->filePath(u"not-yet.sqlite"_s);
        StoreSettingsPage page(m_settings.get(), m_credentials.get());
        find<QLineEdit>(&page, u"sqlitePathEdit"_s)->setText(path);
        QSignalSpy finished(&page, &StoreSettingsPage::testFinished);
        page.testConnection();
        QCOMPARE(finished.size(), 1);
        QVERIFY(page.testResult().contains(u"will be created"_s));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestStoreSettingsPage)
#include "tst_storesettingspage.moc"

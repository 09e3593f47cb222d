#include "core/settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void registryIsCompleteAndHoldsNoSecrets()
    {
        const auto keys = Settings::allKeys();
        QCOMPARE(keys.size(), int(SettingKey::QueueCurrentView) + 1);
        QSet<QString> paths;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const SettingInfo &info = Settings::info(keys.at(i));
            QCOMPARE(int(info.key), int(i));
            QVERIFY2(!paths.contains(info.path), qPrintable(info.path));
            paths.insert(info.path);
            QVERIFY(info.defaultValue.isValid());
            const QString lower = info.path.toLower();
            for (const auto &word : {"secret"_L1, "password"_L1, "token"_L1, "bearer"_L1}) {
                // "customTokenUrl" is the OAuth endpoint's address, not a token.
                if (word == "token"_L1 && lower == "connection/customtokenurl"_L1)
                    continue;
                QVERIFY2(!lower.contains(word), qPrintable(info.path));
            }
        }
    }

    void defaultsAndTypedValues()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        QCOMPARE(settings->get<QString>(SettingKey::Environment), u"local-sandbox"_s);
        QCOMPARE(settings->get<int>(SettingKey::StorePgPort), 5432);
        QCOMPARE(settings->get<bool>(SettingKey::EventsFollowerEnabled), true);
        QVERIFY(!settings->isSet(SettingKey::StorePgPort));

        QSignalSpy changed(settings.get(), &Settings::changed);
        QVERIFY(settings->setValue(SettingKey::StorePgPort, 6543));
        QVERIFY(settings->setValue(SettingKey::EventsFollowerEnabled, false));
        QVERIFY(settings->setValue(SettingKey::RecentIdentityIds, QStringList{u"a"_s, u"b"_s}));
        QVERIFY(settings->setValue(SettingKey::MainWindowGeometry, QByteArray("\x01\x02\x00", 3)));
        QVERIFY(settings->setValue(SettingKey::StorePgPort, 6543)); // unchanged: no signal
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.first().at(0).value<SettingKey>(), SettingKey::StorePgPort);

        // A second instance reads the files back with the right types.
        auto again = Settings::createForTesting(dir.path());
        QCOMPARE(again->value(SettingKey::StorePgPort).metaType().id(), QMetaType::Int);
        QCOMPARE(again->get<int>(SettingKey::StorePgPort), 6543);
        QCOMPARE(again->get<bool>(SettingKey::EventsFollowerEnabled), false);
        QCOMPARE(again->get<QStringList>(SettingKey::RecentIdentityIds),
                 (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(again->get<QByteArray>(SettingKey::MainWindowGeometry),
                 QByteArray("\x01\x02\x00", 3));

        QVERIFY(again->reset(SettingKey::StorePgPort));
        QCOMPARE(again->get<int>(SettingKey::StorePgPort), 5432);
        QVERIFY(!again->isSet(SettingKey::StorePgPort));
    }

    void scopesGoToTheirFiles()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        QVERIFY(settings->setValue(SettingKey::StorePgHost, u"db.example.invalid"_s));
        QVERIFY(settings->setValue(SettingKey::StoreSqlitePath, u"/data/console.sqlite"_s));
        QFile roaming(settings->roamingFile());
        QFile local(settings->localFile());
        QVERIFY(roaming.open(QIODevice::ReadOnly));
        QVERIFY(local.open(QIODevice::ReadOnly));
        const QByteArray r = roaming.readAll();
        const QByteArray l = local.readAll();
        QVERIFY(r.contains("db.example.invalid"));
        QVERIFY(!r.contains("console.sqlite"));
        QVERIFY(l.contains("console.sqlite"));
        QVERIFY(!l.contains("db.example.invalid"));
    }

    void wrongTypesAreRefused()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        QVERIFY(
            !settings->setValue(SettingKey::StorePgPort, QVariant::fromValue(QStringList{u"x"_s})));
        QVERIFY(!settings->errorString().isEmpty());
        QVERIFY(!settings->isSet(SettingKey::StorePgPort));
    }

    void handEditedGarbageFallsBackToDefault()
    {
        QTemporaryDir dir;
        {
            QFile f(dir.filePath(u"settings.ini"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[store]\npgPort=not-a-number\n");
        }
        auto settings = Settings::createForTesting(dir.path());
        QCOMPARE(settings->get<int>(SettingKey::StorePgPort), 5432);
    }

    void unwritableFileIsAnError()
    {
        QTemporaryDir dir;
        // The roaming "file" is a directory: saving must fail and say so.
        QVERIFY(QDir().mkpath(dir.filePath(u"blocked/settings.ini"_s)));
        Settings settings(dir.filePath(u"blocked/settings.ini"_s), dir.filePath(u"local.ini"_s));
        QVERIFY(!settings.setValue(SettingKey::OperatorName, u"Ada"_s));
        QVERIFY(!settings.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

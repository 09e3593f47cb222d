#include "core/settings/savedviews.h"
#include "core/settings/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console;

namespace {
SavedView sampleView(const QString &name)
{
    SavedView v;
    v.name = name;
    v.bar = {{u"status"_s, u"PENDING"_s}, {u"search"_s, u"smith"_s}};
    v.filters = {{u"my_identities"_s, true, u"My identities"_s},
                 {QString(), {}, u"Dashboard: Status: Pending"_s}};
    v.sortColumn = u"CreatedColumn"_s;
    v.sortDescending = true;
    v.columns = {{u"NameColumn"_s, 200, false}, {u"IdColumn"_s, 120, true}};
    return v;
}
} // namespace

// Saved views of the queue in the settings: kept across a restart, named uniquely, renamed,
// overwritten and deleted; the view in use follows; a foreign settings file is bounded.
class TestSavedViews : public QObject
{
    Q_OBJECT
private slots:
    void viewsSurviveARestart()
    {
        QTemporaryDir dir;
        {
            auto settings = Settings::createForTesting(dir.path());
            SavedViews views(settings.get());
            QSignalSpy changed(&views, &SavedViews::changed);
            QVERIFY(views.save(sampleView(u"Pending of Smith"_s)));
            QVERIFY(views.setCurrent(u"pending of smith"_s));
            QCOMPARE(changed.size(), 2);
        }
        // A new Settings over the same files: what a restart reads.
        auto settings = Settings::createForTesting(dir.path());
        SavedViews views(settings.get());
        QCOMPARE(views.names(), QStringList{u"Pending of Smith"_s});
        QCOMPARE(views.current(), u"Pending of Smith"_s);
        const auto back = views.find(u"PENDING OF SMITH"_s);
        QVERIFY(back);
        QCOMPARE(*back, sampleView(u"Pending of Smith"_s));
        QVERIFY(back->filters.at(0).restorable());
        QVERIFY(!back->filters.at(1).restorable());
        // Roaming: the views follow the user, not the machine.
        QCOMPARE(Settings::info(SettingKey::QueueSavedViews).scope, SettingScope::Roaming);
    }

    void namesAreUniqueAndRenameDeleteOverwriteWork()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        SavedViews views(settings.get());
        QVERIFY(views.save(sampleView(u"Morning"_s)));
        QVERIFY(!views.save(sampleView(u"  morning "_s)));
        QVERIFY(views.errorString().contains(u"Morning"_s));
        QVERIFY(!views.save(sampleView(u"   "_s)));
        QVERIFY(!views.save(sampleView(QString(SavedViews::kMaxNameLength + 1, u'x'))));

        // Overwrite keeps the name as first spelled, replaces the content.
        SavedView changed = sampleView(u"MORNING"_s);
        changed.sortColumn = u"NameColumn"_s;
        QVERIFY(views.save(changed, true));
        QCOMPARE(views.names(), QStringList{u"Morning"_s});
        QCOMPARE(views.find(u"Morning"_s)->sortColumn, u"NameColumn"_s);

        QVERIFY(views.save(sampleView(u"Evening"_s)));
        QVERIFY(views.setCurrent(u"Morning"_s));
        QVERIFY(!views.rename(u"Morning"_s, u"evening"_s));
        QVERIFY(views.rename(u"Morning"_s, u"Dawn"_s));
        QCOMPARE(views.names(), (QStringList{u"Dawn"_s, u"Evening"_s}));
        QCOMPARE(views.current(), u"Dawn"_s);
        QVERIFY(!views.rename(u"Nope"_s, u"Other"_s));

        QVERIFY(views.remove(u"dawn"_s));
        QCOMPARE(views.names(), QStringList{u"Evening"_s});
        QCOMPARE(views.current(), QString());
        QVERIFY(!views.remove(u"dawn"_s));
        QVERIFY(!views.setCurrent(u"dawn"_s));
    }

    void foreignSettingsAreBounded()
    {
        QTemporaryDir dir;
        auto settings = Settings::createForTesting(dir.path());
        SavedViews views(settings.get());
        // Not JSON, not views, duplicates, too many: what is not a view is dropped.
        QVERIFY(settings->setValue(SettingKey::QueueSavedViews, u"{not json"_s));
        QVERIFY(views.views().isEmpty());
        QJsonArray array{1, u"x"_s, QJsonObject{{u"name"_s, 5}},
                         QJsonObject{{u"name"_s, u"A"_s}, {u"columns"_s, u"wrong"_s}},
                         QJsonObject{{u"name"_s, u"a"_s}}};
        for (int i = 0; i < 100; ++i)
            array.append(QJsonObject{{u"name"_s, u"v%1"_s.arg(i)}});
        QVERIFY(settings->setValue(SettingKey::QueueSavedViews,
                                   QString::fromUtf8(QJsonDocument(array).toJson())));
        const auto all = views.views();
        QCOMPARE(all.size(), SavedViews::kMaxViews);
        QCOMPARE(all.first().name, u"A"_s);
        QVERIFY(all.first().columns.isEmpty());
        QVERIFY(!views.save(sampleView(u"One more"_s)));
        // Larger than the bound: not parsed at all, even when it is a valid list of views.
        QVERIFY(settings->setValue(
            SettingKey::QueueSavedViews,
            QString(u"[{\"name\": \"Big\"}]"_s + QString(SavedViews::kMaxStoredBytes, u' '))));
        QVERIFY(views.views().isEmpty());
        // A current view whose view is gone is no view.
        QVERIFY(settings->setValue(SettingKey::QueueCurrentView, u"Gone"_s));
        QCOMPARE(views.current(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"

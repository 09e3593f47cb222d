// The connection dialog never claims a stored secret the console would not use: the keychain
// keeps a secret under its environment's URLs and client id, so editing either means typing
// the secret again.
#include "ui/session/connectiondialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = paxos::Environment::Kind;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private:
    static console::ui::ConnectionDefaults storedCustom()
    {
        console::ui::ConnectionDefaults defaults;
        defaults.current = Kind::Custom;
        defaults.customTokenUrl = QUrl(u"https://auth.example.test/oauth2/token"_s);
        defaults.customApiBase = QUrl(u"https://api.example.test/v2"_s);
        defaults.clientIds.insert(int(Kind::Custom), u"custom-client"_s);
        defaults.secretStored.insert(int(Kind::Custom), true);
        defaults.clientIds.insert(int(Kind::Production), u"prod-client"_s);
        defaults.secretStored.insert(int(Kind::Production), true);
        return defaults;
    }
    template<class T> static T *find(QWidget *parent, const QString &name)
    {
        auto *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }
    static bool saysStored(console::ui::ConnectionDialog &dialog)
    {
        return find<QLineEdit>(&dialog, u"clientSecretEdit"_s)
            ->placeholderText()
            .contains(u"Stored in the keychain"_s);
    }

private slots:
    void storedSecretIsOfferedForTheSameUrlsAndClient()
    {
        console::ui::ConnectionDialog dialog(storedCustom());
        QCOMPARE(dialog.kind(), Kind::Custom);
        QVERIFY(dialog.isSecretStored());
        QVERIFY(saysStored(dialog));
        QVERIFY(dialog.validationMessage().isEmpty());
        QVERIFY(find<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());
    }

    void editingTheUrlForgetsTheStoredSecret_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("api base") << u"apiBaseEdit"_s << u"https://api.elsewhere.test/v2"_s;
        QTest::newRow("token url")
            << u"tokenUrlEdit"_s << u"https://auth.elsewhere.test/oauth2/token"_s;
        QTest::newRow("client id") << u"clientIdEdit"_s << u"another-client"_s;
    }

    void editingTheUrlForgetsTheStoredSecret()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        console::ui::ConnectionDialog dialog(storedCustom());
        auto *edit = find<QLineEdit>(&dialog, field);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
        QVERIFY(!dialog.isSecretStored());
        QVERIFY(!saysStored(dialog));
        // Connecting now needs the secret: an empty one would mean "the stored one", which
        // belongs to the old URL.
        QCOMPARE(dialog.validationMessage(), u"Enter the client secret."_s);
        QVERIFY(!find<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());
        QTest::keyClicks(find<QLineEdit>(&dialog, u"clientSecretEdit"_s), u"new-secret"_s);
        QVERIFY(find<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());
        QCOMPARE(dialog.choice().clientSecret, u"new-secret"_s);

        // Typed back as it was, the stored secret is the right one again.
        find<QLineEdit>(&dialog, u"clientSecretEdit"_s)->clear();
        edit->setText(storedCustom().clientIds.value(int(Kind::Custom)));
        if (field == u"apiBaseEdit")
            edit->setText(u"https://api.example.test/v2"_s);
        else if (field == u"tokenUrlEdit")
            edit->setText(u"https://auth.example.test/oauth2/token"_s);
        QVERIFY(dialog.isSecretStored());
        QVERIFY(saysStored(dialog));
    }

    void otherKindsKeepTheirOwnStoredSecret()
    {
        console::ui::ConnectionDialog dialog(storedCustom());
        find<QLineEdit>(&dialog, u"apiBaseEdit"_s)->setText(u"https://api.elsewhere.test/v2"_s);
        find<QRadioButton>(&dialog, u"env_production"_s)->click();
        QVERIFY(dialog.isSecretStored());
        QVERIFY(saysStored(dialog));
        find<QRadioButton>(&dialog, u"env_sandbox"_s)->click();
        QVERIFY(!dialog.isSecretStored()); // none was stored for it
        QVERIFY(!saysStored(dialog));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"

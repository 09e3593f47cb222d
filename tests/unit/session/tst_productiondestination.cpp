#include "core/session/session.h"
#include "core/session/writeconfirmation.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records what it was asked and refuses: the reviewer did not type the phrase.
class RecordingConfirmer : public console::WriteConfirmer
{
public:
    void confirm(const console::WriteConfirmationRequest &request,
                 std::function<void(bool confirmed)> done) override
    {
        asked.append(request);
        done(false);
    }
    QList<console::WriteConfirmationRequest> asked;
};

} // namespace

// Production is a host, not a label: a Custom environment whose calls go to Paxos's
// production host asks the typed confirmation like the Production kind does.
class TestProductionDestination : public QObject
{
    Q_OBJECT
private slots:
    void customOnProductionHostAsksTheTypedConfirmation_data()
    {
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<bool>("production");
        QTest::newRow("custom on production hosts")
            << u"https://oauth.paxos.com/oauth2/token"_s << u"https://api.paxos.com/v2"_s << true;
        QTest::newRow("custom, production API only") << u"https://auth.example.test/oauth2/token"_s
                                                     << u"https://API.paxos.com./v2"_s << true;
        QTest::newRow("custom elsewhere") << u"https://auth.example.test/oauth2/token"_s
                                          << u"https://api.example.test/v2"_s << false;
        QTest::newRow("custom on the Paxos sandbox")
            << u"https://oauth.sandbox.paxos.com/oauth2/token"_s
            << u"https://api.sandbox.paxos.com/v2"_s << false;
    }

    void customOnProductionHostAsksTheTypedConfirmation()
    {
        QFETCH(QString, tokenUrl);
        QFETCH(QString, apiBase);
        QFETCH(bool, production);
        QNetworkAccessManager network;
        console::Session session(&network);
        RecordingConfirmer confirmer;
        session.writeGuard()->setConfirmer(&confirmer);
        console::Session::Target target;
        target.environment = paxos::Environment::custom(QUrl(tokenUrl), QUrl(apiBase));
        target.clientId = u"client"_s;
        target.clientSecret = u"secret"_s;
        target.name = u"Custom: %1"_s.arg(QUrl(apiBase).host());
        session.connectTo(target);

        QCOMPARE(session.isProduction(), production);
        QCOMPARE(session.writeGuard()->isProduction(), production);
        bool proceeded = false;
        session.writeGuard()->requestWrite(u"Update identity"_s, u"Person One"_s, this,
                                           [&] { proceeded = true; });
        QCOMPARE(proceeded, !production);
        QCOMPARE(confirmer.asked.size(), production ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestProductionDestination)
#include "tst_productiondestination.moc"

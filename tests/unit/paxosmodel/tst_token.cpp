#include "paxos/model/token.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using paxos::TokenResponse;

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void parseGuideExample();
    void parseRejects_data();
    void parseRejects();
    void missingScopes();
    void roundTrip_data();
    void roundTrip();
    void scopeChangeIsWritten();
};

void TestToken::parseGuideExample()
{
    QString error;
    const auto t = TokenResponse::parse(
        R"({"access_token":"{access_token}","expires_in":3599,"scope":"identity:read_identity identity:write_identity","token_type":"bearer"})"_ba,
        &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->accessToken, u"{access_token}"_s);
    QCOMPARE(t->expiresIn, 3599);
    QCOMPARE(t->grantedScopes(),
             QStringList({u"identity:read_identity"_s, u"identity:write_identity"_s}));
    QVERIFY(t->isBearer());
}

void TestToken::parseRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << "<html></html>"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("no token") << R"({"expires_in":3599,"token_type":"bearer"})"_ba;
    QTest::newRow("token not a string") << R"({"access_token":12})"_ba;
}

void TestToken::parseRejects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!TokenResponse::parse(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestToken::missingScopes()
{
    TokenResponse t;
    t.scope = {u"identity:read_identity"_s};
    QCOMPARE(t.missingScopes({u"identity:read_identity"_s, u"events:read_event"_s}),
             QStringList{u"events:read_event"_s});
    QVERIFY(t.missingScopes({u"identity:read_identity"_s}).isEmpty());
}

void TestToken::roundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("guide")
        << R"({"access_token":"a","expires_in":3599,"scope":"x y","token_type":"bearer"})"_ba;
    QTest::newRow("extra fields")
        << R"({"access_token":"a","expires_in":3599,"scope":"x  y","token_type":"Bearer","id_token":"z","jti":7})"_ba;
    QTest::newRow("quoted expiry") << R"({"access_token":"a","expires_in":"3599","scope":"x"})"_ba;
    QTest::newRow("scope as array") << R"({"access_token":"a","scope":["x","y"]})"_ba;
}

void TestToken::roundTrip()
{
    QFETCH(QByteArray, body);
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    QCOMPARE(TokenResponse::fromJson(in).toJson(), in);
}

void TestToken::scopeChangeIsWritten()
{
    auto t = TokenResponse::fromJson(
        QJsonDocument::fromJson(R"({"access_token":"a","scope":"x"})"_ba).object());
    t.scope.append(u"y"_s);
    QCOMPARE(t.toJson().value("scope"_L1).toString(), u"x y"_s);
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"

#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

// OAuth client credentials at /oauth2/token and bearer checks on /v2.
class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urlencodedTokenRequest();
    void basicAuthTokenRequest();
    void grantsOnlyRequestedScopes();
    void tokenErrors_data();
    void tokenErrors();
    void tokenEndpointOnlyAcceptsPost();
    void missingAuthorizationHeader();
    void unknownToken();
    void missingScopeIsForbiddenAndNamed();
    void customClientWithLimitedScopes();
    void expiredToken();

private:
    std::unique_ptr<ApiClient> m_client;
};

void TestOAuth::initTestCase()
{
    const QUrl url = testsupport::sharedSandboxUrl();
    QVERIFY(url.isValid());
    m_client = std::make_unique<ApiClient>(url);
}

void TestOAuth::urlencodedTokenRequest()
{
    const QString token =
        m_client->authenticate(u"identity:read_identity identity:write_identity"_s);
    QVERIFY(!token.isEmpty());
    const Reply reply =
        m_client->send("POST", u"/oauth2/token"_s,
                       "grant_type=client_credentials&client_id=demo&client_secret=demo-secret"
                       "&scope=identity%3Aread_identity+identity%3Awrite_identity",
                       {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"token_type").toString(), u"bearer"_s);
    QCOMPARE(reply.json.value(u"expires_in").toInt(), 3599);
    QCOMPARE(reply.json.value(u"scope").toString(),
             u"identity:read_identity identity:write_identity"_s);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestOAuth::basicAuthTokenRequest()
{
    const Reply reply =
        m_client->send("POST", u"/oauth2/token"_s, "grant_type=client_credentials",
                       {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Authorization", "Basic " + QByteArray("demo:demo-secret").toBase64()}},
                       false);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.value(u"access_token").toString().isEmpty());
    // No scope asked for: every scope of the client.
    QVERIFY(reply.json.value(u"scope").toString().contains(u"events:read_event"));
}

void TestOAuth::grantsOnlyRequestedScopes()
{
    ApiClient client(m_client->base());
    QVERIFY(!client.authenticate(u"identity:read_identity"_s).isEmpty());
    QCOMPARE(client.get(u"/v2/identity/identities?limit=1"_s).status, 200);
    const Reply denied =
        client.post(u"/v2/identity/identities"_s, examplePerson(uniqueRefId(), uniqueSsn()));
    QCOMPARE(denied.status, 403);
    QVERIFY(denied.isProblem());
    QCOMPARE(denied.detail(),
             u"insufficient scopes: found 'identity:read_identity', required one "
             "of '[identity:write_identity]'"_s);
}

void TestOAuth::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong secret") << QByteArray(
        "grant_type=client_credentials&client_id=demo&client_secret=nope")
                                  << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client")
        << QByteArray("grant_type=client_credentials&client_id=x&client_secret=y") << 401
        << u"invalid_client"_s;
    QTest::newRow("no credentials")
        << QByteArray("grant_type=client_credentials") << 401 << u"invalid_client"_s;
    QTest::newRow("no grant type")
        << QByteArray("client_id=demo&client_secret=demo-secret") << 400 << u"invalid_request"_s;
    QTest::newRow("password grant")
        << QByteArray("grant_type=password&client_id=demo&client_secret=demo-secret") << 400
        << u"unsupported_grant_type"_s;
    QTest::newRow("unknown scope")
        << QByteArray("grant_type=client_credentials&client_id=demo&client_secret=demo-secret&"
                      "scope=transfer:write_sandbox_fiat_deposit")
        << 400 << u"invalid_scope"_s;
}

void TestOAuth::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Reply reply =
        m_client->send("POST", u"/oauth2/token"_s, body,
                       {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(u"error").toString(), error);
    QVERIFY(!reply.json.value(u"error_description").toString().isEmpty());
}

void TestOAuth::tokenEndpointOnlyAcceptsPost()
{
    const Reply reply = m_client->send("GET", u"/oauth2/token"_s, {}, {}, false);
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.header("Allow"), QByteArray("POST"));
}

void TestOAuth::missingAuthorizationHeader()
{
    const Reply reply = m_client->send("GET", u"/v2/identity/identities"_s, {}, {}, false);
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.json.value(u"type").toString(), u"about:blank"_s);
    QCOMPARE(reply.json.value(u"title").toString(), u"Unauthorized"_s);
    QCOMPARE(reply.detail(), u"no authorization header set"_s);
}

void TestOAuth::unknownToken()
{
    const Reply reply = m_client->send("GET", u"/v2/events"_s, {},
                                       {{"Authorization", "Bearer not-a-token"}}, false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.detail(), u"invalid access token"_s);
}

void TestOAuth::missingScopeIsForbiddenAndNamed()
{
    ApiClient client(m_client->base());
    QVERIFY(!client.authenticate(u"identity:read_identity"_s).isEmpty());
    const Reply reply = client.get(u"/v2/events"_s);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json.value(u"title").toString(), u"Forbidden"_s);
    QVERIFY(reply.detail().contains(u"[events:read_event]"));
}

void TestOAuth::customClientWithLimitedScopes()
{
    testsupport::SandboxProcess server({u"--client"_s, u"reader:s3cret:identity:read_identity"_s});
    QVERIFY(server.start());
    QVERIFY(!server.output().contains(u"demo-secret"));
    ApiClient client(server.url());
    QVERIFY(client.authenticate({}, u"demo"_s, u"demo-secret"_s).isEmpty());
    QVERIFY(!client.authenticate({}, u"reader"_s, u"s3cret"_s).isEmpty());
    QCOMPARE(client.get(u"/v2/identity/identities"_s).status, 200);
    const Reply refused =
        m_client->send("POST", u"/oauth2/token"_s,
                       "grant_type=client_credentials&client_id=reader&client_secret=s3cret&scope="
                       "events:read_event",
                       {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    QCOMPARE(refused.status, 401); // the shared sandbox has no such client
    ApiClient direct(server.url());
    const Reply invalidScope =
        direct.send("POST", u"/oauth2/token"_s,
                    "grant_type=client_credentials&client_id=reader&client_secret=s3cret&scope="
                    "events:read_event",
                    {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    QCOMPARE(invalidScope.status, 400);
    QCOMPARE(invalidScope.json.value(u"error").toString(), u"invalid_scope"_s);
}

void TestOAuth::expiredToken()
{
    testsupport::SandboxProcess server({u"--token-ttl"_s, u"1"_s});
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    QCOMPARE(client.get(u"/v2/events"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/v2/events"_s).status, 401, 5000);
    QCOMPARE(client.get(u"/v2/events"_s).detail(), u"access token expired"_s);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"

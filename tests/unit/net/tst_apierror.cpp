#include "paxos/net/apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using paxos::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("existingId");
        QTest::addColumn<QString>("messagePart");
        const QByteArray dupCip =
            "{\"type\":\"https://developer.paxos.com/docs/v2/problems/"
            "already-exists\",\"title\":\"Already Exists\",\"status\":409,\"detail\":\"duplicate "
            "(cip_id, cip_id_type, cip_id_country) "
            "provided\",\"meta\":{\"existing\":{\"id\":\"36ae\"}}}";
        const QByteArray dupRef =
            "{\"type\":\"https://developer.paxos.com/docs/v2/problems/"
            "already-exists\",\"title\":\"Already Exists\",\"status\":409,\"detail\":\"duplicate "
            "ref_id provided\",\"meta\":{\"existing\":{\"id\":\"c956\"}}}";
        QTest::newRow("duplicate cip_id") << 409 << dupCip << int(ApiError::Kind::DuplicateCipId)
                                          << u"36ae"_s << u"government ID"_s;
        QTest::newRow("duplicate ref_id")
            << 409 << dupRef << int(ApiError::Kind::DuplicateRefId) << u"c956"_s << u"ref_id"_s;
        QTest::newRow("404 problem")
            << 404
            << QByteArray("{\"type\":\"about:blank\",\"title\":\"Not "
                          "Found\",\"status\":404,\"detail\":\"identity not found\"}")
            << int(ApiError::Kind::Problem) << QString() << u"identity not found"_s;
        QTest::newRow("403 scope")
            << 403
            << QByteArray("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                          "\"detail\":\"insufficient scopes\"}")
            << int(ApiError::Kind::Problem) << QString() << u"insufficient scopes"_s;
        QTest::newRow("502 html from a proxy")
            << 502 << QByteArray("<html><body>Bad gateway</body></html>")
            << int(ApiError::Kind::Problem) << QString() << u"HTTP 502"_s;
        QTest::newRow("429 no body")
            << 429 << QByteArray() << int(ApiError::Kind::Problem) << QString() << u"rate"_s;
        QTest::newRow("other 409")
            << 409
            << QByteArray(
                   "{\"title\":\"Already Exists\",\"status\":409,\"detail\":\"file named "
                   "\\\"a.png\\\" already exists\",\"meta\":{\"existing\":{\"name\":\"a.png\"}}}")
            << int(ApiError::Kind::Problem) << QString() << u"a.png"_s;
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, existingId);
        QFETCH(QString, messagePart);
        const ApiError e = ApiError::fromHttp(status, body);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.existingId(), existingId);
        QVERIFY(e.problem().has_value());
        QCOMPARE(e.problem()->status, status);
        QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
        QVERIFY(!ApiError::kindKey(e.kind()).isEmpty());
    }

    void transportKinds()
    {
        QCOMPARE(ApiError::timeout(3000).kind(), ApiError::Kind::Timeout);
        QCOMPARE(ApiError::cancelled().kind(), ApiError::Kind::Cancelled);
        const ApiError net = ApiError::network(u"Connection refused"_s);
        QVERIFY(net.message().contains(u"Connection refused"_s));
        QVERIFY(!net.problem());
        const ApiError scope = ApiError::missingScope({u"events:read_event"_s});
        QCOMPARE(ApiError::kindKey(scope.kind()), u"missing_scope"_s);
        QVERIFY(scope.message().contains(u"events:read_event"_s));
        const ApiError auth =
            ApiError::authentication(401,
                                     "{\"error\":\"invalid_client\",\"error_description\":\"client "
                                     "authentication failed\"}");
        QCOMPARE(auth.kind(), ApiError::Kind::Authentication);
        QVERIFY2(auth.message().contains(u"client authentication failed"_s),
                 qPrintable(auth.message()));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

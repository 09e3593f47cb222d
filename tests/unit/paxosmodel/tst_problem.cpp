#include "paxos/model/problem.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using paxos::Problem;

class TestProblem : public QObject
{
    Q_OBJECT

private slots:
    void fromBody_data();
    void fromBody();
    void successIsNotAProblem();
    void duplicates_data();
    void duplicates();
    void roundTripKeepsUnknownFields();
    void longTextBodyIsShortened();
};

void TestProblem::fromBody_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");

    QTest::newRow("problem+json 400")
        << 400
        << R"({"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid request format or missing required fields"})"_ba
        << u"about:blank"_s << u"Bad Request"_s << 400
        << u"Invalid request format or missing required fields"_s;
    QTest::newRow("401 no header")
        << 401
        << R"({"type":"about:blank","title":"Unauthorized","status":401,"detail":"no authorization header set"})"_ba
        << u"about:blank"_s << u"Unauthorized"_s << 401 << u"no authorization header set"_s;
    QTest::newRow("404 without detail")
        << 404 << R"({"type":"about:blank","title":"Not Found","status":404})"_ba
        << u"about:blank"_s << u"Not Found"_s << 404 << QString();
    QTest::newRow("absent body") << 503 << QByteArray() << u"about:blank"_s
                                 << u"Service Unavailable"_s << 503 << QString();
    QTest::newRow("html body") << 502 << "<html><body>Bad gateway</body></html>\n"_ba
                               << u"about:blank"_s << u"Bad Gateway"_s << 502
                               << u"<html><body>Bad gateway</body></html>"_s;
    QTest::newRow("plain text 429") << 429 << "too many requests"_ba << u"about:blank"_s
                                    << u"Too Many Requests"_s << 429 << u"too many requests"_s;
    QTest::newRow("json array body")
        << 500 << "[1,2]"_ba << u"about:blank"_s << u"Internal Server Error"_s << 500 << u"[1,2]"_s;
    QTest::newRow("oauth error")
        << 400 << R"({"error":"invalid_scope","error_description":"scope not allowed"})"_ba
        << u"about:blank"_s << u"invalid_scope"_s << 400 << u"scope not allowed"_s;
    QTest::newRow("status in body disagrees")
        << 403 << R"({"title":"Forbidden","status":500,"detail":"user account is disabled"})"_ba
        << u"about:blank"_s << u"Forbidden"_s << 403 << u"user account is disabled"_s;
}

void TestProblem::fromBody()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    const auto p = Problem::fromBody(httpStatus, body);
    QVERIFY(p.has_value());
    QTEST(p->type, "type");
    QTEST(p->title, "title");
    QTEST(p->status, "status");
    QTEST(p->detail, "detail");
    QCOMPARE(p->body, body);
}

void TestProblem::successIsNotAProblem()
{
    QVERIFY(!Problem::fromBody(200, "{}"_ba));
    QVERIFY(!Problem::fromBody(204, {}));
    QVERIFY(Problem::fromBody(400, {}));
}

void TestProblem::duplicates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("cip");
    QTest::addColumn<bool>("ref");
    QTest::addColumn<QString>("existingId");

    QTest::newRow("cip")
        << R"({"type":"https://developer.paxos.com/docs/v2/problems/already-exists","title":"Already Exists","status":409,"detail":"duplicate (cip_id, cip_id_type, cip_id_country) provided","meta":{"existing":{"id":"36ae1728-c54a-4046-86df-8a403e0ab9b3"}}})"_ba
        << true << false << u"36ae1728-c54a-4046-86df-8a403e0ab9b3"_s;
    QTest::newRow("ref")
        << R"({"type":"https://developer.paxos.com/docs/v2/problems/already-exists","title":"Already Exists","status":409,"detail":"duplicate ref_id provided","meta":{"existing":{"id":"c9560de1-835c-48fa-bd1a-e91da2ef770c"}}})"_ba
        << false << true << u"c9560de1-835c-48fa-bd1a-e91da2ef770c"_s;
    QTest::newRow("file name")
        << R"({"type":"https://developer.paxos.com/docs/v2/problems/already-exists","title":"Already Exists","status":409,"detail":"file named \"a.jpg\" already exists","meta":{"existing":{"name":"a.jpg"}}})"_ba
        << false << false << QString();
}

void TestProblem::duplicates()
{
    QFETCH(QByteArray, body);
    const auto p = Problem::fromBody(409, body);
    QVERIFY(p);
    QVERIFY(p->isAlreadyExists());
    QTEST(p->isDuplicateCipId(), "cip");
    QTEST(p->isDuplicateRefId(), "ref");
    QTEST(p->existingId(), "existingId");
}

void TestProblem::roundTripKeepsUnknownFields()
{
    const QJsonObject in =
        QJsonDocument::fromJson(
            R"({"type":"about:blank","title":"Bad Request","status":400,"detail":"x","trace_id":"abc","meta":{"field":"ref_id"}})"_ba)
            .object();
    const Problem p = Problem::fromJson(in);
    QCOMPARE(p.meta.value("field"_L1).toString(), u"ref_id"_s);
    QCOMPARE(p.toJson(), in);
}

void TestProblem::longTextBodyIsShortened()
{
    const QByteArray body(5000, 'x');
    const auto p = Problem::fromBody(500, body);
    QVERIFY(p);
    QVERIFY(p->detail.size() < 600);
    QCOMPARE(p->body.size(), 5000);
}

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"

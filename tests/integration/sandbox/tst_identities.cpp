#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString kIdentities = u"/v2/identity/identities"_s;

// Sets a dotted path ("person_details.address.city") in a JSON object; a null value removes it.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isNull())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

} // namespace

// Create, get, list, update and sandbox-status of person identities.
class TestIdentities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAnswersPendingThenApproves();
    void getHonoursIncludeDetails();
    void getUnknownIdentity();
    void duplicateRefId();
    void duplicateCipTriple();
    void sameCipWithOtherTypeIsAllowed();
    void createValidation_data();
    void createValidation();
    void malformedBodies_data();
    void malformedBodies();
    void institutionsAreRefused();
    void passthroughDeniedIsDenied();
    void concurrentCreatesWithOneRefIdMakeOneIdentity();
    void listFiltersAndPages();
    void listRejectsBadParameters_data();
    void listRejectsBadParameters();
    void updateIsPartial();
    void updateRescreensOnNameChange();
    void updateConflicts();
    void setUserDisabled();
    void sandboxStatus();

private:
    QString createApproved(QJsonObject *sent = nullptr);
    std::unique_ptr<ApiClient> m_client;
};

void TestIdentities::initTestCase()
{
    const QUrl url = testsupport::sharedSandboxUrl();
    QVERIFY(url.isValid());
    m_client = std::make_unique<ApiClient>(url);
    QVERIFY(!m_client->authenticate().isEmpty());
}

QString TestIdentities::createApproved(QJsonObject *sent)
{
    const Reply reply = m_client->createPerson({}, sent);
    if (reply.status != 200)
        return {};
    return reply.json.value(u"id").toString();
}

void TestIdentities::createAnswersPendingThenApproves()
{
    QJsonObject sent;
    const Reply created = m_client->createPerson({}, &sent);
    QCOMPARE(created.status, 200);
    const QJsonObject identity = created.json;
    QCOMPARE(identity.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(identity.value(u"summary_status").toString(), u"PENDING"_s);
    QCOMPARE(identity.value(u"type").toString(), u"PERSON"_s);
    QCOMPARE(identity.value(u"ref_id"), sent.value(u"ref_id"));
    const QJsonObject person = identity.value(u"person_details").toObject();
    QCOMPARE(person.value(u"id_verification_status").toString(), u"APPROVED"_s);
    QCOMPARE(person.value(u"sanctions_verification_status").toString(), u"PENDING"_s);
    QCOMPARE(person.value(u"govt_id"), person.value(u"cip_id"));
    const QJsonArray tax = identity.value(u"tax_details").toArray();
    QCOMPARE(tax.size(), 1);
    QCOMPARE(tax.first().toObject().value(u"tax_payer_id"), person.value(u"cip_id"));
    // RFC 3339 UTC with microseconds.
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s)
                .match(identity.value(u"created_at").toString())
                .hasMatch());

    const Reply fetched = m_client->get(kIdentities + u'/' + identity.value(u"id").toString());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(fetched.json.value(u"summary_status").toString(), u"APPROVED"_s);
    const QJsonObject details = fetched.json.value(u"status_details").toObject();
    QCOMPARE(details.value(u"requirements").toArray().size(), 0);
    QCOMPARE(details.value(u"active_controls").toArray().size(), 0);

    const QJsonArray approved =
        eventsFor(*m_client, identity.value(u"id").toString(), u"identity.approved"_s);
    QCOMPARE(approved.size(), 1);
    const QJsonObject object = approved.first().toObject().value(u"object").toObject();
    QCOMPARE(object.value(u"old_summary_status").toString(), u"PENDING"_s);
    QCOMPARE(object.value(u"new_summary_status").toString(), u"APPROVED"_s);
}

void TestIdentities::getHonoursIncludeDetails()
{
    const QString id = createApproved();
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_client->get(kIdentities + u'/' + id).json.contains(u"person_details"));
    const Reply detailed = m_client->get(kIdentities + u'/' + id + u"?include_details=true"_s);
    QCOMPARE(detailed.json.value(u"person_details").toObject().value(u"last_name").toString(),
             u"Duncan"_s);
    QCOMPARE(m_client->get(kIdentities + u'/' + id + u"?include_details=maybe"_s).status, 400);
}

void TestIdentities::getUnknownIdentity()
{
    const Reply reply = m_client->get(kIdentities + u"/6f1c3a43-0000-4000-8000-000000000000"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.detail(), u"identity not found"_s);
}

void TestIdentities::duplicateRefId()
{
    QJsonObject sent;
    const QString id = createApproved(&sent);
    QVERIFY(!id.isEmpty());
    QJsonObject again = examplePerson(sent.value(u"ref_id").toString(), uniqueSsn());
    const Reply reply = m_client->post(kIdentities, again);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json.value(u"type").toString(),
             u"https://developer.paxos.com/docs/v2/problems/already-exists"_s);
    QCOMPARE(reply.json.value(u"title").toString(), u"Already Exists"_s);
    QCOMPARE(reply.detail(), u"duplicate ref_id provided"_s);
    QCOMPARE(
        reply.json.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
        id);
}

void TestIdentities::duplicateCipTriple()
{
    QJsonObject sent;
    const QString id = createApproved(&sent);
    const QString ssn = sent.value(u"person_details").toObject().value(u"cip_id").toString();
    const Reply reply = m_client->post(kIdentities, examplePerson(uniqueRefId(), ssn));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.detail(), u"duplicate (cip_id, cip_id_type, cip_id_country) provided"_s);
    QCOMPARE(
        reply.json.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
        id);
}

void TestIdentities::sameCipWithOtherTypeIsAllowed()
{
    QJsonObject sent;
    QVERIFY(!createApproved(&sent).isEmpty());
    QJsonObject other = examplePerson(
        uniqueRefId(), sent.value(u"person_details").toObject().value(u"cip_id").toString());
    setPath(other, {u"person_details"_s, u"cip_id_type"_s}, u"ITIN"_s);
    QCOMPARE(m_client->post(kIdentities, other).status, 200);
}

void TestIdentities::createValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("detailPart");
    const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                        const QString &detail) { QTest::newRow(name) << path << value << detail; };
    row("missing first_name", u"person_details.first_name"_s, QJsonValue(),
        u"person_details.first_name is required"_s);
    row("accented name", u"person_details.first_name"_s, u"José"_s,
        u"person_details.first_name must match"_s);
    row("name too long", u"person_details.last_name"_s, QString(201, u'a'), u"at most 200"_s);
    row("bad date format", u"person_details.date_of_birth"_s, u"01/01/1960"_s,
        u"date_of_birth must match"_s);
    row("impossible date", u"person_details.date_of_birth"_s, u"1960-02-30"_s,
        u"not a valid calendar date"_s);
    row("future date", u"person_details.date_of_birth"_s, u"2999-01-01"_s, u"future"_s);
    row("missing address", u"person_details.address"_s, QJsonValue(),
        u"person_details.address is required"_s);
    row("missing city", u"person_details.address.city"_s, QJsonValue(),
        u"person_details.address.city is required"_s);
    row("address1 too long", u"person_details.address.address1"_s, QString(36, u'a'),
        u"at most 35"_s);
    row("bad nationality", u"person_details.nationality"_s, u"US"_s, u"nationality must match"_s);
    row("bad cip type", u"person_details.cip_id_type"_s, u"SOCIAL"_s,
        u"cip_id_type must be one of"_s);
    row("US resident with passport", u"person_details.cip_id_type"_s, u"PASSPORT"_s,
        u"SSN or ITIN"_s);
    row("missing verifier type", u"person_details.verifier_type"_s, QJsonValue(),
        u"verifier_type is required"_s);
    row("passthrough without id", u"person_details.passthrough_verification_id"_s, QJsonValue(),
        u"passthrough_verification_id is required"_s);
    row("passthrough pending", u"person_details.passthrough_verification_status"_s, u"PENDING"_s,
        u"passthrough_verification_status must be one of"_s);
    row("bad verified_at", u"person_details.passthrough_verified_at"_s, u"yesterday"_s,
        u"RFC 3339"_s);
    row("bad verification field", u"person_details.passthrough_verification_fields"_s,
        QJsonArray{u"FACE"_s}, u"passthrough_verification_fields contains an invalid value"_s);
    row("number as name", u"person_details.first_name"_s, 42, u"must be a string"_s);
    row("bad email", u"person_details.email"_s, u"not-an-email"_s, u"email must match"_s);
    row("missing income", u"customer_due_diligence.estimated_yearly_income"_s, QJsonValue(),
        u"estimated_yearly_income is required"_s);
    row("bad income", u"customer_due_diligence.estimated_yearly_income"_s, u"LOTS"_s,
        u"estimated_yearly_income must be one of"_s);
    row("missing cdd", u"customer_due_diligence"_s, QJsonValue(),
        u"customer_due_diligence is required"_s);
    row("ref_id number", u"ref_id"_s, 7, u"ref_id must be a string"_s);
    row("metadata number value", u"metadata"_s, QJsonObject{{u"a"_s, 1}},
        u"metadata.a must be a string"_s);
    row("tax details not array", u"tax_details"_s, u"x"_s, u"tax_details must be an array"_s);
    row("tax payer country", u"tax_details"_s,
        QJsonArray{QJsonObject{{u"tax_payer_id"_s, u"1"_s}, {u"tax_payer_country"_s, u"Brazil"_s}}},
        u"tax_details[0].tax_payer_country must match"_s);
    row("is_merchant string", u"is_merchant"_s, u"yes"_s, u"is_merchant must be a boolean"_s);
    row("unknown scenario", u"metadata"_s, QJsonObject{{u"sandbox.scenario"_s, u"explode"_s}},
        u"unknown scenario"_s);
}

void TestIdentities::createValidation()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, detailPart);
    QJsonObject body = examplePerson(uniqueRefId(), uniqueSsn());
    setPath(body, path.split(u'.'), value);
    const Reply reply = m_client->post(kIdentities, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.isProblem());
    QCOMPARE(reply.json.value(u"title").toString(), u"Bad Request"_s);
    QVERIFY2(reply.detail().contains(detailPart), qPrintable(reply.detail()));
    // Nothing was created under that ref_id.
    const Reply retry =
        m_client->post(kIdentities, examplePerson(body.value(u"ref_id").toString(), uniqueSsn()));
    if (path != u"ref_id")
        QCOMPARE(retry.status, 200);
}

void TestIdentities::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("truncated") << QByteArray("{\"ref_id\": ") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"must be a JSON object"_s;
    QTest::newRow("empty") << QByteArray() << u"request body is required"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"not valid JSON"_s;
    QTest::newRow("person not object")
        << QByteArray("{\"person_details\": 5}") << u"person_details must be an object"_s;
}

void TestIdentities::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detailPart);
    const Reply reply =
        m_client->send("POST", kIdentities, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.isProblem());
    QVERIFY2(reply.detail().contains(detailPart), qPrintable(reply.detail()));
}

void TestIdentities::institutionsAreRefused()
{
    const Reply reply =
        m_client->post(kIdentities,
                       {{u"ref_id"_s, uniqueRefId()},
                        {u"institution_details"_s, QJsonObject{{u"name"_s, u"Acme"_s}}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.detail().contains(u"institution"));
}

void TestIdentities::passthroughDeniedIsDenied()
{
    QJsonObject body = examplePerson(uniqueRefId(), uniqueSsn());
    setPath(body, {u"person_details"_s, u"passthrough_verification_status"_s}, u"DENIED"_s);
    const Reply created = m_client->post(kIdentities, body);
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(u"id").toString();
    const Reply fetched = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(fetched.json.value(u"status").toString(), u"DENIED"_s);
    const QJsonArray requirements =
        fetched.json.value(u"status_details").toObject().value(u"requirements").toArray();
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().toObject().value(u"type").toString(), u"ID_VERIFICATION"_s);
    QCOMPARE(requirements.first().toObject().value(u"status").toString(), u"FAILED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.denied"_s).size(), 1);
}

void TestIdentities::concurrentCreatesWithOneRefIdMakeOneIdentity()
{
    const QString refId = uniqueRefId(u"race"_s);
    constexpr int kRequests = 24;
    QList<QNetworkReply *> replies;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    for (int i = 0; i < kRequests; ++i) {
        QUrl url = m_client->base();
        url.setPath(kIdentities);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + m_client->token().toLatin1());
        // Different cip_ids, so only the ref_id can collide.
        replies << network.post(request, QJsonDocument(examplePerson(refId, uniqueSsn())).toJson());
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             30000);
    int created = 0;
    QSet<QString> ids;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            ++created;
            ids << json.value(u"id").toString();
        } else {
            QCOMPARE(status, 409);
            ids << json.value(u"meta")
                       .toObject()
                       .value(u"existing")
                       .toObject()
                       .value(u"id")
                       .toString();
        }
        reply->deleteLater();
    }
    QCOMPARE(created, 1);
    QCOMPARE(ids.size(), 1);
}

void TestIdentities::listFiltersAndPages()
{
    // A private server, so the listing holds exactly what this test made.
    testsupport::SandboxProcess server;
    QVERIFY(server.start());
    ApiClient client(server.url());
    QVERIFY(!client.authenticate().isEmpty());
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << client.createPerson().json.value(u"id").toString();
    QJsonObject denied = examplePerson(uniqueRefId(), uniqueSsn());
    setPath(denied, {u"person_details"_s, u"passthrough_verification_status"_s}, u"DENIED"_s);
    const QString deniedId = client.post(kIdentities, denied).json.value(u"id").toString();

    // Newest first by default, three per page, opaque cursor, no cursor on the last page.
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const Reply page =
            client.get(kIdentities + u"?limit=3"_s
                       + (cursor.isEmpty() ? QString() : u"&page_cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json.value(u"items").toArray()) {
            QVERIFY(!item.toObject().contains(u"person_details"));
            QVERIFY(item.toObject().contains(u"status_details"));
            seen << item.toObject().value(u"id").toString();
        }
        cursor = page.json.value(u"next_page_cursor").toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QStringList expected = ids;
    expected << deniedId;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(seen, expected);

    const Reply asc = client.get(kIdentities + u"?order=ASC&limit=2"_s);
    QCOMPARE(asc.json.value(u"items").toArray().first().toObject().value(u"id").toString(),
             ids.first());

    const Reply deniedOnly = client.get(kIdentities + u"?summary_status=DENIED"_s);
    QCOMPARE(deniedOnly.json.value(u"items").toArray().size(), 1);
    QCOMPARE(deniedOnly.json.value(u"items").toArray().first().toObject().value(u"id").toString(),
             deniedId);
    QVERIFY(!deniedOnly.json.contains(u"next_page_cursor"));

    QCOMPARE(client.get(kIdentities + u"?identity_type=INSTITUTION"_s)
                 .json.value(u"items")
                 .toArray()
                 .size(),
             0);
    QCOMPARE(client.get(kIdentities + u"?identity_type=PERSON&limit=100"_s)
                 .json.value(u"items")
                 .toArray()
                 .size(),
             8);

    // created_at windows, with the timestamps the API printed.
    const QString third =
        client.get(kIdentities + u'/' + ids.at(2)).json.value(u"created_at").toString();
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(third));
    QCOMPARE(
        client.get(kIdentities + u"?created_at.eq="_s + enc).json.value(u"items").toArray().size(),
        1);
    QCOMPARE(
        client.get(kIdentities + u"?created_at.lte="_s + enc).json.value(u"items").toArray().size(),
        3);
    QCOMPARE(
        client.get(kIdentities + u"?created_at.gt="_s + enc).json.value(u"items").toArray().size(),
        5);
    QCOMPARE(client.get(kIdentities + u"?updated_at.gte=2000-01-01T00:00:00Z"_s)
                 .json.value(u"items")
                 .toArray()
                 .size(),
             8);
    QCOMPARE(client.get(kIdentities + u"?updated_at.lt=2000-01-01T00:00:00%2B02:00"_s)
                 .json.value(u"items")
                 .toArray()
                 .size(),
             0);

    // control_type (the Dormancy guide's filter).
    QJsonObject control{{u"identity_id"_s, ids.at(4)},
                        {u"type"_s, u"DORMANT"_s},
                        {u"reason_code"_s, u"INACTIVITY"_s}};
    QCOMPARE(client.post(u"/v2/identity/controls"_s, control).status, 200);
    const Reply dormant = client.get(kIdentities + u"?control_type=DORMANT"_s);
    QCOMPARE(dormant.json.value(u"items").toArray().size(), 1);
    QCOMPARE(dormant.json.value(u"items").toArray().first().toObject().value(u"status").toString(),
             u"DISABLED"_s);
    QCOMPARE(client.get(kIdentities + u"?include_details=true&limit=1"_s)
                 .json.value(u"items")
                 .toArray()
                 .first()
                 .toObject()
                 .contains(u"person_details"),
             true);
}

void TestIdentities::listRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("status") << u"summary_status=MAYBE"_s << u"summary_status must be one of"_s;
    QTest::newRow("type") << u"identity_type=ROBOT"_s << u"identity_type"_s;
    QTest::newRow("limit zero") << u"limit=0"_s << u"limit must be between"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"limit must be between"_s;
    QTest::newRow("order") << u"order=UP"_s << u"order must be ASC or DESC"_s;
    QTest::newRow("order_by") << u"order_by=NAME"_s << u"order_by must be CREATED_AT"_s;
    QTest::newRow("date") << u"created_at.gt=yesterday"_s << u"created_at.gt must be an RFC 3339"_s;
    QTest::newRow("cursor") << u"page_cursor=%%%"_s << u"page_cursor token cannot be parsed"_s;
    QTest::newRow("cursor garbage")
        << u"page_cursor=aGVsbG8"_s << u"page_cursor token cannot be parsed"_s;
    QTest::newRow("control type") << u"control_type=ASLEEP"_s << u"control_type must be one of"_s;
}

void TestIdentities::listRejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, detailPart);
    const Reply reply = m_client->get(kIdentities + u'?' + query);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.detail().contains(detailPart), qPrintable(reply.detail()));
}

void TestIdentities::updateIsPartial()
{
    QJsonObject sent;
    QJsonObject body = examplePerson(uniqueRefId(), uniqueSsn());
    setPath(body, {u"person_details"_s, u"address"_s, u"address2"_s}, u"Apt 4"_s);
    body.insert(u"metadata"_s, QJsonObject{{u"crm"_s, u"42"_s}, {u"team"_s, u"blue"_s}});
    const QString id = m_client->post(kIdentities, body).json.value(u"id").toString();
    QVERIFY(!id.isEmpty());

    const Reply updated = m_client->put(
        kIdentities + u'/' + id,
        {{u"person_details"_s,
          QJsonObject{{u"email"_s, u"billy@example.org"_s},
                      {u"address"_s, QJsonObject{{u"address2"_s, u""_s}}}}},
         {u"customer_due_diligence"_s, QJsonObject{{u"employment_status"_s, u"RETIRED"_s}}},
         {u"tax_details"_s,
          QJsonArray{QJsonObject{{u"tax_payer_id"_s, u"123.456.789-09"_s},
                                 {u"tax_payer_country"_s, u"BRA"_s}}}},
         {u"metadata"_s, QJsonObject{{u"team"_s, u""_s}, {u"region"_s, u"east"_s}}}});
    QCOMPARE(updated.status, 200);
    const QJsonObject person = updated.json.value(u"person_details").toObject();
    QCOMPARE(person.value(u"email").toString(), u"billy@example.org"_s);
    QCOMPARE(person.value(u"first_name").toString(), u"Billy"_s); // untouched
    const QJsonObject address = person.value(u"address").toObject();
    QVERIFY(!address.contains(u"address2")); // "" clears it
    QCOMPARE(address.value(u"city").toString(), u"New York"_s); // merged, not replaced
    const QJsonObject cdd = updated.json.value(u"customer_due_diligence").toObject();
    QCOMPARE(cdd.value(u"employment_status").toString(), u"RETIRED"_s);
    QCOMPARE(cdd.value(u"source_of_wealth").toString(), u"EMPLOYMENT_INCOME"_s);
    const QJsonArray tax = updated.json.value(u"tax_details").toArray(); // replaced whole
    QCOMPARE(tax.size(), 1);
    QCOMPARE(tax.first().toObject().value(u"tax_payer_country").toString(), u"BRA"_s);
    QCOMPARE(updated.json.value(u"metadata").toObject(),
             (QJsonObject{{u"crm"_s, u"42"_s}, {u"region"_s, u"east"_s}}));
    // The address changed, so the identity is screened again: PENDING in the answer,
    // decided right after.
    QCOMPARE(updated.json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(),
             u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 2);
    // An e-mail change is no screening matter: no new decision.
    const Reply email =
        m_client->put(kIdentities + u'/' + id,
                      {{u"person_details"_s, QJsonObject{{u"email"_s, u"b@example.org"_s}}}});
    QCOMPARE(email.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 2);

    const Reply invalid = m_client->put(
        kIdentities + u'/' + id, {{u"person_details"_s, QJsonObject{{u"first_name"_s, u"Zoë"_s}}}});
    QCOMPARE(invalid.status, 400);
    QVERIFY(invalid.detail().contains(u"person_details.first_name"));
    QCOMPARE(m_client->put(kIdentities + u"/6f1c3a43-0000-4000-8000-000000000000"_s, {}).status,
             404);
}

void TestIdentities::updateRescreensOnNameChange()
{
    const QString id = createApproved();
    const Reply updated =
        m_client->put(kIdentities + u'/' + id,
                      {{u"person_details"_s, QJsonObject{{u"last_name"_s, u"Duncan-Smith"_s}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(updated.json.value(u"person_details")
                 .toObject()
                 .value(u"sanctions_verification_status")
                 .toString(),
             u"PENDING"_s);
    const Reply fetched = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(fetched.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 2);
}

void TestIdentities::updateConflicts()
{
    QJsonObject first;
    const QString a = createApproved(&first);
    const QString b = createApproved();
    const Reply ref =
        m_client->put(kIdentities + u'/' + b, {{u"ref_id"_s, first.value(u"ref_id")}});
    QCOMPARE(ref.status, 409);
    QCOMPARE(
        ref.json.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
        a);
    const Reply cip = m_client->put(
        kIdentities + u'/' + b,
        {{u"person_details"_s,
          QJsonObject{{u"cip_id"_s, first.value(u"person_details").toObject().value(u"cip_id")}}}});
    QCOMPARE(cip.status, 409);
    QCOMPARE(
        cip.json.value(u"meta").toObject().value(u"existing").toObject().value(u"id").toString(),
        a);
    QCOMPARE(
        m_client->put(kIdentities + u'/' + b, {{u"institution_details"_s, QJsonObject{}}}).status,
        400);
}

void TestIdentities::setUserDisabled()
{
    const QString id = createApproved();
    Reply reply = m_client->put(kIdentities + u'/' + id, {{u"set_user_disabled"_s, true}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status").toString(), u"DISABLED"_s);
    QCOMPARE(reply.json.value(u"user_disabled").toBool(), true);
    const QJsonArray controls =
        reply.json.value(u"status_details").toObject().value(u"active_controls").toArray();
    QCOMPARE(controls.size(), 1);
    QCOMPARE(controls.first().toObject().value(u"type").toString(), u"SELL_ONLY"_s);
    QCOMPARE(controls.first().toObject().value(u"set_by").toString(), u"SET_BY_CLIENT"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.disabled"_s).size(), 1);
    reply = m_client->put(kIdentities + u'/' + id, {{u"set_user_disabled"_s, false}});
    QCOMPARE(reply.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(reply.json.value(u"user_disabled").toBool(), false);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 2);
}

void TestIdentities::sandboxStatus()
{
    const QString id = m_client->createPerson({{u"sandbox.scenario"_s, u"manual_review"_s}})
                           .json.value(u"id")
                           .toString();
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(), u"PENDING"_s);
    Reply reply = m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                                {{u"id_verification_status"_s, u"APPROVED"_s},
                                 {u"sanctions_verification_status"_s, u"APPROVED"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, QJsonObject());
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(),
             u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 1);

    reply = m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                          {{u"admin_disabled"_s, QJsonObject{{u"disabled"_s, true}}}});
    QCOMPARE(reply.status, 200);
    const Reply disabled = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(disabled.json.value(u"status").toString(), u"DISABLED"_s);
    QCOMPARE(disabled.json.value(u"admin_disabled").toBool(), true);
    m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                  {{u"admin_disabled"_s, QJsonObject{{u"disabled"_s, false}}}});
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(),
             u"APPROVED"_s);

    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                       {{u"sanctions_verification_status"_s, u"GREEN"_s}})
                 .status,
             400);
    QCOMPARE(
        m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s, {{u"user_disabled"_s, true}})
            .status,
        400);
    reply = m_client->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                          {{u"sanctions_verification_status"_s, u"DENIED"_s}});
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"status").toString(), u"DENIED"_s);
    QCOMPARE(
        m_client->put(kIdentities + u"/6f1c3a43-0000-4000-8000-000000000000/sandbox-status"_s, {})
            .status,
        404);
}

QTEST_GUILESS_MAIN(TestIdentities)
#include "tst_identities.moc"

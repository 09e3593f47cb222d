#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString kIdentities = u"/v2/identity/identities"_s;

QString createdAtOf(const Reply &identity)
{
    return identity.json.value(u"created_at"_s).toString();
}

// The one identity a list query narrowed to its created_at finds, as the list serves it.
QJsonObject listedAlone(ApiClient &client, const QString &createdAt, const QString &extra = {})
{
    const Reply page =
        client.get(kIdentities + u"?created_at.eq="_s
                   + QString::fromLatin1(QUrl::toPercentEncoding(createdAt)) + extra);
    if (page.status != 200 || page.json.value(u"items"_s).toArray().size() != 1)
        return {};
    return page.json.value(u"items"_s).toArray().first().toObject();
}

QJsonArray activeControls(const QJsonObject &identity)
{
    return identity.value(u"status_details"_s).toObject().value(u"active_controls"_s).toArray();
}

} // namespace

// GET identity and list pages answer from identities rendered earlier (sandbox/
// renderedidentities.h) and authentication from tokens looked up earlier: every change to the
// state must show in the next answer, whichever path made it, and a cached answer must be
// byte for byte what a fresh rendering gives. Each case reads first (so the old answer is
// held), then changes, then reads again.
class TestReadCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void updateShowsInGetAndList();
    void controlShowsAndGoes();
    void statusChangeShows();
    void memberStatusShowsInInstitution();
    void listPageIsTheIdentitiesAsGetServesThem();
    void revokedTokenIsRefusedAfterUse();
    void resetForgetsIdentities();

private:
    std::unique_ptr<testsupport::SandboxProcess> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestReadCache::initTestCase()
{
    // A sandbox of its own: the token revocation and the reset would disturb other suites.
    m_server = std::make_unique<testsupport::SandboxProcess>(
        QStringList{u"--seed-identities"_s, u"300"_s});
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>(m_server->url());
    QVERIFY(!m_client->authenticate().isEmpty());
}

void TestReadCache::updateShowsInGetAndList()
{
    const Reply created = m_client->createPerson();
    QCOMPARE(created.status, 200);
    const QString id = created.json.value(u"id"_s).toString();
    const QString path = kIdentities + u'/' + id + u"?include_details=true"_s;
    const Reply before = m_client->get(path);
    QCOMPARE(before.status, 200);
    QCOMPARE(m_client->get(path).body, before.body); // served twice: held now
    const QJsonObject listedBefore =
        listedAlone(*m_client, createdAtOf(before), u"&include_details=true"_s);
    QCOMPARE(listedBefore.value(u"id"_s).toString(), id);

    const QString refId = uniqueRefId(u"cache"_s);
    const Reply updated = m_client->put(
        kIdentities + u'/' + id,
        {{u"ref_id"_s, refId}, {u"person_details"_s, QJsonObject{{u"first_name"_s, u"Wilma"_s}}}});
    QCOMPARE(updated.status, 200);

    const Reply after = m_client->get(path);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json.value(u"ref_id"_s).toString(), refId);
    QCOMPARE(after.json.value(u"person_details"_s).toObject().value(u"first_name"_s).toString(),
             u"Wilma"_s);
    QVERIFY(after.json.value(u"updated_at"_s).toString()
            != before.json.value(u"updated_at"_s).toString());
    const QJsonObject listedAfter =
        listedAlone(*m_client, createdAtOf(before), u"&include_details=true"_s);
    QCOMPARE(listedAfter.value(u"ref_id"_s).toString(), refId);
    QCOMPARE(listedAfter.value(u"person_details"_s).toObject().value(u"first_name"_s).toString(),
             u"Wilma"_s);
    // Without details: its own rendering, changed too.
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"ref_id"_s).toString(), refId);
}

void TestReadCache::controlShowsAndGoes()
{
    const QString id = m_client->createPerson().json.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const Reply before = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(activeControls(before.json).size(), 0);
    QCOMPARE(activeControls(listedAlone(*m_client, createdAtOf(before))).size(), 0);

    const Reply control = m_client->post(
        u"/v2/identity/controls"_s,
        {{u"identity_id"_s, id}, {u"type"_s, u"DORMANT"_s}, {u"reason_code"_s, u"INACTIVITY"_s}});
    QCOMPARE(control.status, 200);
    QJsonArray controls = activeControls(m_client->get(kIdentities + u'/' + id).json);
    QCOMPARE(controls.size(), 1);
    QCOMPARE(controls.first().toObject().value(u"type"_s).toString(), u"DORMANT"_s);
    QCOMPARE(activeControls(listedAlone(*m_client, createdAtOf(before))).size(), 1);

    const QString controlId = control.json.value(u"id"_s).toString();
    QCOMPARE(m_client->del(u"/v2/identity/controls?control_id="_s + controlId).status, 200);
    QCOMPARE(activeControls(m_client->get(kIdentities + u'/' + id).json).size(), 0);
    QCOMPARE(activeControls(listedAlone(*m_client, createdAtOf(before))).size(), 0);
}

void TestReadCache::statusChangeShows()
{
    const QString id = m_client->createPerson().json.value(u"id"_s).toString();
    const Reply before = m_client->get(kIdentities + u'/' + id);
    QCOMPARE(before.status, 200);
    QVERIFY(before.json.value(u"summary_status"_s).toString() != u"DENIED"_s);
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + id + u"/sandbox-status"_s,
                       {{u"id_verification_status"_s, u"DENIED"_s}})
                 .status,
             200);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).json.value(u"summary_status"_s).toString(),
             u"DENIED"_s);
    QCOMPARE(listedAlone(*m_client, createdAtOf(before)).value(u"summary_status"_s).toString(),
             u"DENIED"_s);
}

void TestReadCache::memberStatusShowsInInstitution()
{
    // An institution's member entries carry the member's live status: a change to another
    // identity changes this one's answer.
    const QString owner = m_client->createPerson().json.value(u"id"_s).toString();
    const QJsonObject address{{u"address1"_s, u"1 Market St"_s},
                              {u"city"_s, u"San Francisco"_s},
                              {u"province"_s, u"CA"_s},
                              {u"country"_s, u"USA"_s},
                              {u"zip_code"_s, u"94105"_s}};
    const QString ein =
        u"9%1-%2"_s.arg(QRandomGenerator::global()->bounded(10))
            .arg(QRandomGenerator::global()->bounded(10000000u), 7, 10, QLatin1Char('0'));
    const QJsonObject institution{
        {u"ref_id"_s, uniqueRefId(u"inst"_s)},
        {u"institution_details"_s,
         QJsonObject{{u"name"_s, u"Acme Widgets LLC"_s},
                     {u"business_address"_s, address},
                     {u"incorporation_address"_s, address},
                     {u"institution_type"_s, u"LLC"_s},
                     {u"institution_sub_type"_s, u"E_COMMERCE"_s},
                     {u"cip_id"_s, ein},
                     {u"cip_id_type"_s, u"EIN"_s},
                     {u"cip_id_country"_s, u"USA"_s},
                     {u"govt_registration_date"_s, u"2015-03-01T00:00:00Z"_s},
                     {u"regulation_status"_s, u"NON_REGULATED"_s},
                     {u"trading_type"_s, u"PRIVATE"_s},
                     {u"business_description"_s, u"Online retail"_s}}},
        {u"institution_members"_s,
         QJsonArray{QJsonObject{
             {u"identity_id"_s, owner},
             {u"roles"_s, QJsonArray{u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}},
             {u"ownership"_s, u"60"_s}}}},
        {u"customer_due_diligence"_s,
         QJsonObject{{u"source_of_wealth"_s, u"BUSINESS_OWNERSHIP_DIVIDENDS"_s},
                     {u"source_of_funds"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s},
                     {u"industry_sector"_s, u"E_COMMERCE"_s},
                     {u"has_underlying_trust_structure"_s, false},
                     {u"has_nominee_shareholders"_s, false}}}};
    const Reply created = m_client->post(kIdentities, institution);
    QCOMPARE(created.status, 200);
    const QString path = kIdentities + u'/' + created.json.value(u"id"_s).toString()
        + u"?include_institution_members=true"_s;
    const auto memberStatus = [&] {
        return m_client->get(path)
            .json.value(u"institution_members"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"summary_status"_s)
            .toString();
    };
    QVERIFY(memberStatus() != u"DENIED"_s);
    QCOMPARE(m_client
                 ->put(kIdentities + u'/' + owner + u"/sandbox-status"_s,
                       {{u"id_verification_status"_s, u"DENIED"_s}})
                 .status,
             200);
    QCOMPARE(memberStatus(), u"DENIED"_s);
}

void TestReadCache::listPageIsTheIdentitiesAsGetServesThem()
{
    for (const QString &query : {u"?limit=100"_s, u"?limit=7&order=ASC&include_details=true"_s}) {
        const Reply page = m_client->get(kIdentities + query);
        QCOMPARE(page.status, 200);
        // The envelope as jsonResponse() writes it: compact, keys in order.
        QCOMPARE(page.body, QJsonDocument(page.json).toJson(QJsonDocument::Compact));
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        QVERIFY(page.json.contains(u"next_page_cursor"_s));
        const QString flags =
            query.contains(u"include_details"_s) ? u"?include_details=true"_s : QString();
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(u"id"_s).toString();
            const Reply one = m_client->get(kIdentities + u'/' + id + flags);
            QCOMPARE(one.status, 200);
            QCOMPARE(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact), one.body);
        }
    }
}

void TestReadCache::revokedTokenIsRefusedAfterUse()
{
    const QString id = m_client->createPerson().json.value(u"id"_s).toString();
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 200);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 200);
    QCOMPARE(m_client->admin("POST", u"/sandbox-admin/tokens/revoke"_s).status, 200);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 401);
    QCOMPARE(m_client->get(kIdentities + u"?limit=1"_s).status, 401);
    QVERIFY(!m_client->authenticate().isEmpty());
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 200);
}

void TestReadCache::resetForgetsIdentities()
{
    const QString id = m_client->createPerson().json.value(u"id"_s).toString();
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 200);
    QVERIFY(!m_client->get(kIdentities + u"?limit=1"_s).json.value(u"items"_s).toArray().isEmpty());
    QCOMPARE(m_client->admin("POST", u"/sandbox-admin/reset"_s).status, 200);
    QCOMPARE(m_client->get(kIdentities + u'/' + id).status, 404);
    QCOMPARE(m_client->get(kIdentities + u"?limit=1"_s).json.value(u"items"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestReadCache)
#include "tst_readcache.moc"

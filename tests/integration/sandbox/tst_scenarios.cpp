#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {
QJsonObject firstActiveControl(const QJsonObject &identity)
{
    return identity.value(u"status_details")
        .toObject()
        .value(u"active_controls")
        .toArray()
        .first()
        .toObject();
}
} // namespace

// Every scenario trigger of README.md, at create time (metadata "sandbox.scenario") and on an
// existing identity (POST /sandbox-admin/identities/{id}/scenario), with the documented events.
class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void atCreate_data();
    void atCreate();
    void kycRefreshCompletes();
    void kycRefreshExpiresThenCompletes();
    void kycRefreshExpiresWhenItsWindowEnds();
    void adminTriggers();
    void adminErrors();

private:
    QStringList eventTypes(const QString &id);
    std::unique_ptr<ApiClient> m_client;
};

void TestScenarios::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

QStringList TestScenarios::eventTypes(const QString &id)
{
    QStringList types;
    for (const QJsonValue &event : eventsFor(*m_client, id))
        types << event.toObject().value(u"type").toString();
    return types;
}

void TestScenarios::atCreate_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("requirements");
    QTest::addColumn<QStringList>("controls");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("none") << QString() << u"APPROVED"_s << QStringList() << QStringList()
                          << QStringList{u"identity.approved"_s};
    QTest::newRow("deny") << u"deny"_s << u"DENIED"_s << QStringList{u"SCREENING_CHECK:FAILED"_s}
                          << QStringList() << QStringList{u"identity.denied"_s};
    QTest::newRow("manual_review")
        << u"manual_review"_s << u"PENDING"_s << QStringList{u"SCREENING_CHECK:PENDING"_s}
        << QStringList() << QStringList();
    QTest::newRow("pending") << u"pending"_s << u"PENDING"_s
                             << QStringList{u"ID_VERIFICATION:PENDING"_s} << QStringList()
                             << QStringList();
    QTest::newRow("edd") << u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s << u"PENDING"_s
                         << QStringList{u"ENHANCED_DUE_DILIGENCE:PENDING"_s} << QStringList()
                         << QStringList{u"identity.documents_required"_s};
    QTest::newRow("kyc_refresh_due")
        << u"kyc_refresh_due"_s << u"APPROVED"_s << QStringList{u"KYC_REFRESH:PENDING"_s}
        << QStringList() << QStringList{u"identity.approved"_s, u"identity.kyc_refresh.started"_s};
    QTest::newRow("kyc_refresh_expired")
        << u"kyc_refresh_expired"_s << u"DISABLED"_s << QStringList{u"KYC_REFRESH:FAILED"_s}
        << QStringList{u"SELL_ONLY:SET_BY_PAXOS"_s}
        << QStringList{u"identity.approved"_s, u"identity.kyc_refresh.started"_s,
                       u"identity.kyc_refresh.expired"_s, u"identity.control.created"_s,
                       u"identity.disabled"_s};
    QTest::newRow("paxos FROZEN") << u"paxos_control:FROZEN"_s << u"ERROR"_s << QStringList()
                                  << QStringList{u"FROZEN:SET_BY_PAXOS"_s}
                                  << QStringList{u"identity.control.created"_s};
    QTest::newRow("paxos SELL_ONLY")
        << u"paxos_control:SELL_ONLY:COMPLIANCE_EDD"_s << u"DISABLED"_s << QStringList()
        << QStringList{u"SELL_ONLY:SET_BY_PAXOS"_s}
        << QStringList{u"identity.control.created"_s, u"identity.disabled"_s};
    QTest::newRow("two steps") << u"manual_review;paxos_control:DORMANT"_s << u"PENDING"_s
                               << QStringList{u"SCREENING_CHECK:PENDING"_s}
                               << QStringList{u"DORMANT:SET_BY_PAXOS"_s}
                               << QStringList{u"identity.control.created"_s};
}

void TestScenarios::atCreate()
{
    QFETCH(QString, scenario);
    QFETCH(QString, status);
    QFETCH(QStringList, requirements);
    QFETCH(QStringList, controls);
    QFETCH(QStringList, events);
    QJsonObject metadata{{u"crm"_s, u"1"_s}};
    if (!scenario.isEmpty())
        metadata.insert(u"sandbox.scenario"_s, scenario);
    const Reply created = m_client->createPerson(metadata);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(u"status").toString(), u"PENDING"_s); // as documented
    const QString id = created.json.value(u"id").toString();
    const Reply identity = m_client->get(u"/v2/identity/identities/"_s + id);
    QCOMPARE(identity.json.value(u"status").toString(), status);
    QCOMPARE(identity.json.value(u"summary_status").toString(), status);
    // The reserved key is stored and echoed like any metadata.
    QCOMPARE(identity.json.value(u"metadata").toObject(), metadata);
    const QJsonObject details = identity.json.value(u"status_details").toObject();
    QStringList gotRequirements;
    for (const QJsonValue &r : details.value(u"requirements").toArray())
        gotRequirements << r.toObject().value(u"type").toString() + u':'
                + r.toObject().value(u"status").toString();
    QCOMPARE(gotRequirements, requirements);
    QStringList gotControls;
    for (const QJsonValue &c : details.value(u"active_controls").toArray())
        gotControls << c.toObject().value(u"type").toString() + u':'
                + c.toObject().value(u"set_by").toString();
    QCOMPARE(gotControls, controls);
    QCOMPARE(eventTypes(id), events);
}

void TestScenarios::kycRefreshCompletes()
{
    const QString id = m_client->createPerson({{u"sandbox.scenario"_s, u"kyc_refresh_due"_s}})
                           .json.value(u"id")
                           .toString();
    const QJsonObject started =
        eventsFor(*m_client, id, u"identity.kyc_refresh.started"_s).first().toObject();
    QCOMPARE(started.value(u"object_type").toString(), u"identity_kyc_refresh"_s);
    QVERIFY(started.value(u"object").toObject().contains(u"next_kyc_refresh_date"));
    // "Only last_kyc_refresh_date" = the customer confirmed nothing changed.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const Reply updated =
        m_client->put(u"/v2/identity/identities/"_s + id, {{u"last_kyc_refresh_date"_s, now}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(u"last_kyc_refresh_date").toString(), now);
    QCOMPARE(
        updated.json.value(u"status_details").toObject().value(u"requirements").toArray().size(),
        0);
    const QJsonArray completed = eventsFor(*m_client, id, u"identity.kyc_refresh.completed"_s);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first()
                 .toObject()
                 .value(u"object")
                 .toObject()
                 .value(u"last_kyc_refresh_date")
                 .toString(),
             now);
    QCOMPARE(
        m_client->put(u"/v2/identity/identities/"_s + id, {{u"last_kyc_refresh_date"_s, u"soon"_s}})
            .status,
        400);
}

void TestScenarios::kycRefreshExpiresThenCompletes()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const Reply expired =
        m_client->admin("POST", u"/sandbox-admin/identities/%1/scenario"_s.arg(id),
                        {{u"scenario"_s, u"kyc_refresh_expired"_s}});
    QCOMPARE(expired.status, 200);
    QCOMPARE(expired.json.value(u"status").toString(), u"DISABLED"_s);
    QCOMPARE(expired.json.value(u"admin_disabled").toBool(), true);
    const QJsonObject control = firstActiveControl(expired.json);
    QCOMPARE(control.value(u"reason_code").toString(), u"COMPLIANCE_KYC"_s);
    QCOMPARE(control.value(u"reason").toString(), u"KYC refresh expired"_s);
    const Reply refreshed = m_client->put(
        u"/v2/identity/identities/"_s + id,
        {{u"last_kyc_refresh_date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    QCOMPARE(refreshed.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(eventTypes(id),
             (QStringList{u"identity.approved"_s, u"identity.kyc_refresh.started"_s,
                          u"identity.kyc_refresh.expired"_s, u"identity.control.created"_s,
                          u"identity.disabled"_s, u"identity.kyc_refresh.completed"_s,
                          u"identity.control.deleted"_s, u"identity.approved"_s}));
    // A date older than the refresh period starts a new refresh at once.
    m_client->put(u"/v2/identity/identities/"_s + id,
                  {{u"last_kyc_refresh_date"_s, u"2020-01-01T00:00:00Z"_s}});
    QCOMPARE(eventsFor(*m_client, id, u"identity.kyc_refresh.started"_s).size(), 2);
}

// An open refresh that nobody confirms expires by itself when its window ends, as with Paxos
// (where the window is 30 days; --kyc-refresh-window makes it seconds for a demo). One that
// is confirmed in time does not.
void TestScenarios::kycRefreshExpiresWhenItsWindowEnds()
{
    // Long enough that a loaded machine confirms the second one in time.
    testsupport::SandboxProcess sandbox({u"--kyc-refresh-window"_s, u"5"_s});
    QVERIFY(sandbox.start());
    ApiClient client(sandbox.url());
    QVERIFY(!client.authenticate().isEmpty());
    const auto open = [&client] {
        return client.createPerson({{u"sandbox.scenario"_s, u"kyc_refresh_due"_s}})
            .json.value(u"id")
            .toString();
    };
    const QString lapsing = open();
    const QString confirmed = open();
    QVERIFY(!lapsing.isEmpty() && !confirmed.isEmpty());
    QCOMPARE(client.get(u"/v2/identity/identities/"_s + lapsing).json.value(u"status").toString(),
             u"APPROVED"_s);
    QCOMPARE(client
                 .put(u"/v2/identity/identities/"_s + confirmed,
                      {{u"last_kyc_refresh_date"_s,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                 .status,
             200);

    QTRY_COMPARE_WITH_TIMEOUT(
        client.get(u"/v2/identity/identities/"_s + lapsing).json.value(u"status").toString(),
        u"DISABLED"_s, 30000);
    const Reply expired = client.get(u"/v2/identity/identities/"_s + lapsing);
    const QJsonObject control = firstActiveControl(expired.json);
    QCOMPARE(control.value(u"type").toString(), u"SELL_ONLY"_s);
    QCOMPARE(control.value(u"reason_code").toString(), u"COMPLIANCE_KYC"_s);
    QCOMPARE(eventsFor(client, lapsing, u"identity.kyc_refresh.expired"_s).size(), 1);
    // The started event named when the window ends.
    QVERIFY(!eventsFor(client, lapsing, u"identity.kyc_refresh.started"_s)
                 .first()
                 .toObject()
                 .value(u"object")
                 .toObject()
                 .value(u"next_kyc_refresh_date")
                 .toString()
                 .isEmpty());
    // The one confirmed in time stays approved, with no expiry.
    QCOMPARE(client.get(u"/v2/identity/identities/"_s + confirmed).json.value(u"status").toString(),
             u"APPROVED"_s);
    QVERIFY(eventsFor(client, confirmed, u"identity.kyc_refresh.expired"_s).isEmpty());
}

void TestScenarios::adminTriggers()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QString path = u"/sandbox-admin/identities/%1/scenario"_s.arg(id);
    Reply reply = m_client->admin("POST", path, {{u"scenario"_s, u"edd:TAX_IDENTIFICATION"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.documents_required"_s)
                 .first()
                 .toObject()
                 .value(u"object")
                 .toObject()
                 .value(u"required_documents")
                 .toArray(),
             QJsonArray{u"TAX_IDENTIFICATION"_s});
    reply = m_client->admin("POST", path, {{u"scenario"_s, u"manual_review"_s}});
    QCOMPARE(reply.json.value(u"person_details")
                 .toObject()
                 .value(u"sanctions_verification_status")
                 .toString(),
             u"ERROR"_s);
    reply = m_client->admin("POST", path, {{u"scenario"_s, u"deny"_s}});
    QCOMPARE(reply.json.value(u"status").toString(), u"DENIED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.denied"_s).size(), 1);
    // approve: the verifications pass again, but the open EDD keeps it PENDING.
    reply = m_client->admin("POST", path, {{u"scenario"_s, u"approve"_s}});
    QCOMPARE(reply.json.value(u"status").toString(), u"PENDING"_s);
}

void TestScenarios::adminErrors()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QString path = u"/sandbox-admin/identities/%1/scenario"_s.arg(id);
    QCOMPARE(m_client->admin("POST", path, {{u"scenario"_s, u"edd:"_s}}).status, 400);
    QCOMPARE(m_client->admin("POST", path, {{u"scenario"_s, u"edd:PASSPORT"_s}}).status, 400);
    QCOMPARE(m_client->admin("POST", path, {{u"scenario"_s, u"paxos_control:PAUSED"_s}}).status,
             400);
    QCOMPARE(
        m_client->admin("POST", path, {{u"scenario"_s, u"paxos_control:FROZEN:BORED"_s}}).status,
        400);
    QCOMPARE(m_client->admin("POST", path, {{u"scenario"_s, u"deny;explode"_s}}).status, 400);
    // A rejected scenario changed nothing.
    QCOMPARE(m_client->get(u"/v2/identity/identities/"_s + id).json.value(u"status").toString(),
             u"APPROVED"_s);
    QCOMPARE(m_client->admin("POST", path, {}).status, 400);
    QCOMPARE(m_client->admin("GET", path).status, 405);
    QCOMPARE(
        m_client
            ->admin("POST",
                    u"/sandbox-admin/identities/6f1c3a43-0000-4000-8000-000000000000/scenario"_s,
                    {{u"scenario"_s, u"deny"_s}})
            .status,
        404);
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"

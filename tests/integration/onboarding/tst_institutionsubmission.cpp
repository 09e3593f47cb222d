// The institution use cases (core/onboarding: InstitutionSubmission, InstitutionMembers)
// against a real paxos-sandbox over loopback: through the write gate (intent and outcome in
// the audit trail), refused with client-side errors, members added and removed afterwards.
#include "core/onboarding/institutionmembers.h"
#include "core/onboarding/institutionsubmission.h"
#include "core/record/audittrail.h"
#include "core/record/store.h"
#include "core/writes/writeguard.h"
#include "paxos/api/identityjobs.h"
#include "support/clienttest.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using console::onboarding::InstitutionMembers;
using console::onboarding::InstitutionSubmission;

namespace {

QString uniqueEin()
{
    return u"8%1-%2"_s.arg(QRandomGenerator::global()->bounded(10))
        .arg(QRandomGenerator::global()->bounded(10000000u), 7, 10, QLatin1Char('0'));
}

QJsonObject address()
{
    return {{u"address1"_s, u"1 Example St"_s},
            {u"city"_s, u"New York"_s},
            {u"province"_s, u"NY"_s},
            {u"country"_s, u"USA"_s},
            {u"zip_code"_s, u"10001"_s}};
}

// The guide's corporation with what the required-details grid adds.
QJsonObject corporation(const QJsonArray &members)
{
    return {{u"ref_id"_s, QString(u"inst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))},
            {u"institution_members"_s, members},
            {u"institution_details"_s,
             QJsonObject{{u"name"_s, u"Foogle"_s},
                         {u"business_address"_s, address()},
                         {u"incorporation_address"_s, address()},
                         {u"institution_type"_s, u"CORPORATION"_s},
                         {u"institution_sub_type"_s, u"HEDGE_FUND"_s},
                         {u"cip_id"_s, uniqueEin()},
                         {u"cip_id_type"_s, u"EIN"_s},
                         {u"cip_id_country"_s, u"USA"_s},
                         {u"govt_registration_date"_s, u"2021-04-14T00:00:00Z"_s},
                         {u"regulation_status"_s, u"NON_REGULATED"_s},
                         {u"trading_type"_s, u"PRIVATE"_s},
                         {u"business_description"_s, u"Foo"_s}}},
            {u"customer_due_diligence"_s,
             QJsonObject{{u"source_of_wealth"_s, u"BUSINESS_OWNERSHIP_DIVIDENDS"_s},
                         {u"source_of_funds"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s},
                         {u"industry_sector"_s, u"HEDGE_FUND"_s},
                         {u"has_underlying_trust_structure"_s, false},
                         {u"has_nominee_shareholders"_s, false}}}};
}

} // namespace

class TestInstitutionSubmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createGoesThroughTheGate();
    void errorsAreNotSent();
    void addAndRemoveMembers();

private:
    QString person()
    {
        paxos::CreateIdentityJob job(m_connection.get(), clienttest::newPerson());
        // Test set-up, not the console: an unattached connection sends it.
        if (!clienttest::run(&job) || !job.isSucceeded())
            return {};
        return job.result().id;
    }
    QList<console::AuditEntry> entries() const
    {
        return m_trail->list({.order = console::AuditFilter::Order::OldestFirst}).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<paxos::Connection> m_connection;
    std::unique_ptr<console::Store> m_store;
    std::unique_ptr<console::AuditTrail> m_trail;
    std::unique_ptr<console::WriteGuard> m_gate;
    int m_run = 0;
};

void TestInstitutionSubmission::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection = clienttest::connect(testsupport::sharedSandboxUrl());
    QVERIFY(m_connection);
}

void TestInstitutionSubmission::init()
{
    m_store = std::make_unique<console::Store>();
    QVERIFY(
        m_store->open(console::StoreConfig::sqlite(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_run))))
            .ok());
    m_trail = std::make_unique<console::AuditTrail>(m_store.get());
    m_gate = std::make_unique<console::WriteGuard>();
    m_gate->setAuditTrail(m_trail.get());
}

void TestInstitutionSubmission::cleanup()
{
    m_gate.reset();
    m_trail.reset();
    m_store.reset();
}

void TestInstitutionSubmission::createGoesThroughTheGate()
{
    const QString owner = person();
    QVERIFY(!owner.isEmpty());
    QJsonObject m{{u"identity_id"_s, owner},
                  {u"roles"_s, QJsonArray{u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}},
                  {u"ownership"_s, u"60"_s}};
    const QJsonObject request = corporation({m});

    InstitutionSubmission submission(m_connection.get(), m_gate.get());
    QSignalSpy succeeded(&submission, &InstitutionSubmission::succeeded);
    QSignalSpy decided(&submission, &InstitutionSubmission::decided);
    QSignalSpy failed(&submission, &InstitutionSubmission::failed);
    QVERIFY(!paxos::hasErrors(submission.create(request, u"Foogle"_s)));
    QVERIFY(submission.isRunning());
    QVERIFY(decided.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(succeeded.count(), 1);
    const auto identity = decided.first().first().value<paxos::Identity>();
    QVERIFY(identity.isInstitution());
    // Paxos: by default PENDING for document verification.
    QCOMPARE(identity.effectiveStatus(), u"PENDING"_s);
    QCOMPARE(identity.institutionMembers.size(), 1);
    QCOMPARE(identity.institutionMembers.first().identityId, owner);

    // Intent before, outcome after, with the created identity.
    const auto list = entries();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).action, u"identity.create"_s);
    QCOMPARE(list.at(0).outcome, u"intent"_s);
    QCOMPARE(list.at(1).outcome, u"succeeded"_s);
    QCOMPARE(list.at(1).identityId, identity.id);
    QVERIFY(!list.at(1).requestId.isEmpty());
    QCOMPARE(list.at(0).details().value(u"ref_id"_s), request.value(u"ref_id"_s));
}

void TestInstitutionSubmission::errorsAreNotSent()
{
    // A trust without a grantor, trustee or beneficiary breaks the guide's rule.
    QJsonObject request = corporation(
        {QJsonObject{{u"identity_id"_s, u"x"_s}, {u"roles"_s, QJsonArray{u"ACCOUNT_OPENER"_s}}}});
    QJsonObject details = request.value(u"institution_details"_s).toObject();
    details.insert(u"institution_type"_s, u"TRUST"_s);
    details.insert(u"institution_sub_type"_s, u"INVESTMENT"_s);
    request.insert(u"institution_details"_s, details);
    InstitutionSubmission submission(m_connection.get(), m_gate.get());
    QSignalSpy started(&submission, &InstitutionSubmission::started);
    const auto issues = submission.create(request, u"Trust"_s);
    QVERIFY(paxos::hasErrors(issues));
    QVERIFY(!submission.isRunning());
    QCOMPARE(started.count(), 0);
    QCOMPARE(entries().size(), 0);
}

void TestInstitutionSubmission::addAndRemoveMembers()
{
    const QString owner = person();
    const QString control = person();
    InstitutionSubmission submission(m_connection.get(), m_gate.get());
    QSignalSpy succeeded(&submission, &InstitutionSubmission::succeeded);
    QJsonObject m{{u"identity_id"_s, owner},
                  {u"roles"_s, QJsonArray{u"BENEFICIAL_OWNER"_s}},
                  {u"ownership"_s, u"60"_s}};
    submission.create(corporation({m}), u"Foogle"_s);
    QVERIFY(succeeded.wait(20000));
    const QString institutionId = succeeded.first().first().value<paxos::Identity>().id;

    InstitutionMembers members(m_connection.get(), m_gate.get());
    QSignalSpy added(&members, &InstitutionMembers::added);
    QSignalSpy removed(&members, &InstitutionMembers::removed);
    QSignalSpy failed(&members, &InstitutionMembers::failed);

    // A role a corporation cannot have is only a warning; a missing identity is an error.
    paxos::InstitutionMember bad;
    bad.roles = {u"MANAGEMENT_CONTROL_PERSON"_s};
    QVERIFY(paxos::hasErrors(members.add(institutionId, u"CORPORATION"_s, {bad}, u"Foogle"_s)));
    QVERIFY(!members.isRunning());

    paxos::InstitutionMember joining;
    joining.identityId = control;
    joining.roles = {u"MANAGEMENT_CONTROL_PERSON"_s};
    joining.position = u"CEO"_s;
    QVERIFY(
        !paxos::hasErrors(members.add(institutionId, u"CORPORATION"_s, {joining}, u"Foogle"_s)));
    QVERIFY(added.wait(20000));
    const auto created = added.first().at(1).value<QList<paxos::InstitutionMember>>();
    QCOMPARE(created.size(), 1);
    QVERIFY(!created.first().id.isEmpty());

    paxos::GetIdentityJob get(m_connection.get(), institutionId, true, true);
    QVERIFY(clienttest::run(&get));
    QCOMPARE(get.result().institutionMembers.size(), 2);

    members.remove(institutionId, created.first(), u"Foogle"_s);
    QVERIFY(removed.wait(20000));
    QCOMPARE(removed.first().at(1).toString(), created.first().id);
    QCOMPARE(failed.count(), 0);
    paxos::GetIdentityJob again(m_connection.get(), institutionId, true, true);
    QVERIFY(clienttest::run(&again));
    QCOMPARE(again.result().institutionMembers.size(), 1);

    // Both changes are in the trail, intent and outcome each.
    QStringList actions;
    for (const console::AuditEntry &e : entries())
        actions << e.action + u'/' + e.outcome;
    QVERIFY2(actions.contains(u"institution.member_add/succeeded"_s),
             qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"institution.member_remove/succeeded"_s),
             qPrintable(actions.join(u' ')));
}

QTEST_GUILESS_MAIN(TestInstitutionSubmission)
#include "tst_institutionsubmission.moc"

#include "core/models/statusexplainer.h"
#include "paxos/model/enums.h"
#include "paxos/model/identity.h"
#include "paxos/model/statusdetails.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using console::Actor;

Q_DECLARE_METATYPE(console::Actor)
Q_DECLARE_METATYPE(paxos::Identity)

namespace {
paxos::Requirement req(const QString &type, const QString &status, const QString &from)
{
    QJsonObject o{{u"type"_s, type}, {u"status"_s, status}};
    if (!from.isEmpty())
        o.insert(u"awaiting_action_from"_s, from);
    return paxos::Requirement::fromJson(o);
}

QJsonObject reqJson(const QString &type, const QString &status, const QString &from)
{
    return req(type, status, from).toJson();
}

QJsonObject controlJson(const QString &type, bool byPaxos)
{
    return {{u"id"_s, QString(u"c-"_s + type)},
            {u"type"_s, type},
            {u"set_by"_s, byPaxos ? u"SET_BY_PAXOS"_s : u"SET_BY_CLIENT"_s},
            {u"is_overridable"_s, !byPaxos}};
}

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QDateTime kUpdated(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 3, 22), QTime(12, 0), Qt::UTC);

paxos::Identity identity(const QString &status, const QJsonArray &requirements,
                         const QJsonArray &controls = {})
{
    return paxos::Identity::fromJson(
        {{u"id"_s, u"i-1"_s},
         {u"type"_s, u"PERSON"_s},
         {u"summary_status"_s, status},
         {u"created_at"_s, kCreated.toString(Qt::ISODateWithMs)},
         {u"updated_at"_s, kUpdated.toString(Qt::ISODateWithMs)},
         {u"status_details"_s,
          QJsonObject{{u"requirements"_s, requirements}, {u"active_controls"_s, controls}}}});
}
} // namespace

class TestStatusExplainer : public QObject
{
    Q_OBJECT
private slots:
    void whoMustAct_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("from");
        QTest::addColumn<Actor>("actor");
        QTest::newRow("screening waits on Paxos")
            << u"SCREENING_CHECK"_s << u"PAXOS"_s << Actor::Paxos;
        QTest::newRow("KYC refresh: the customer")
            << u"KYC_REFRESH"_s << u"CLIENT"_s << Actor::Customer;
        QTest::newRow("EDD documents: the customer")
            << u"ENHANCED_DUE_DILIGENCE"_s << u"CLIENT"_s << Actor::Customer;
        QTest::newRow("ID failed: the customer")
            << u"ID_VERIFICATION"_s << u"CLIENT"_s << Actor::Customer;
        QTest::newRow("documents: us") << u"DOCUMENT_VERIFICATION"_s << u"CLIENT"_s << Actor::Us;
        QTest::newRow("TIN: us") << u"TAX_DETAILS_VERIFICATION"_s << u"CLIENT"_s << Actor::Us;
        QTest::newRow("members carry no actor") << u"MEMBERS"_s << QString() << Actor::Nobody;
    }
    void whoMustAct()
    {
        QFETCH(QString, type);
        QFETCH(QString, from);
        QFETCH(Actor, actor);
        const paxos::Requirement r = req(type, u"PENDING"_s, from);
        QCOMPARE(console::whoMustAct(r), actor);
        QVERIFY(!console::describeRequirement(r).isEmpty());
    }

    void blockingPrefersFailedThenOurs()
    {
        paxos::StatusDetails d;
        QCOMPARE(console::blockingRequirement(d), nullptr);
        d.requirements = {req(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s),
                          req(u"DOCUMENT_VERIFICATION"_s, u"PENDING"_s, u"CLIENT"_s)};
        QCOMPARE(console::blockingRequirement(d)->type, u"DOCUMENT_VERIFICATION"_s);
        d.requirements.append(req(u"COMPLIANCE_CHECK"_s, u"FAILED"_s, u"PAXOS"_s));
        QCOMPARE(console::blockingRequirement(d)->type, u"COMPLIANCE_CHECK"_s);
    }

    void controls()
    {
        const auto paxosControl =
            paxos::IdentityControl::fromJson({{u"id"_s, u"c1"_s},
                                              {u"type"_s, u"SELL_ONLY"_s},
                                              {u"set_by"_s, u"SET_BY_PAXOS"_s},
                                              {u"is_overridable"_s, false}});
        QCOMPARE(console::whoMustAct(paxosControl), Actor::Paxos);
        QVERIFY(console::describeControl(paxosControl).contains(u"Paxos Support"_s));
        const auto ours = paxos::IdentityControl::fromJson({{u"id"_s, u"c2"_s},
                                                            {u"type"_s, u"DORMANT"_s},
                                                            {u"set_by"_s, u"SET_BY_CLIENT"_s},
                                                            {u"is_overridable"_s, true}});
        QCOMPARE(console::whoMustAct(ours), Actor::Us);
        QVERIFY(console::describeControl(ours).contains(u"can be lifted by us"_s));
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *s :
             {"PENDING", "APPROVED", "DENIED", "DISABLED", "ERROR", "SOMETHING_NEW"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void statuses()
    {
        QFETCH(QString, status);
        const QString text = console::describeStatus(status);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(u"Unknown"_s) || status == u"SOMETHING_NEW"_s);
    }

    // The header's words for every status and the sub-cases that change them: what it says,
    // whether something is waited for (and on whom, since when), what can still be done.
    void explainStatus_data()
    {
        QTest::addColumn<paxos::Identity>("identity");
        QTest::addColumn<QString>("headline"); // contained in the headline
        QTest::addColumn<Actor>("waitingOn");
        QTest::addColumn<QString>("waiting"); // the exact waiting text; empty: none
        QTest::addColumn<QString>("canStillDo"); // contained; empty: must be empty
        QTest::addColumn<bool>("final");

        const QString sinceCreated = u"21 d 3 h"_s;
        const QString sinceUpdated = u"2 d 3 h"_s;
        QTest::newRow("pending, nothing reported: the decision, since created")
            << identity(u"PENDING"_s, {}) << u"Under review"_s << Actor::Paxos
            << u"waiting on Paxos "_s + sinceCreated << u"business day"_s << false;
        QTest::newRow("pending on Paxos's screening")
            << identity(u"PENDING"_s, {reqJson(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s)})
            << u"Under review"_s << Actor::Paxos << u"waiting on Paxos "_s + sinceCreated
            << u"business day"_s << false;
        QTest::newRow("pending, ID failed: the customer")
            << identity(u"PENDING"_s,
                        {reqJson(u"ID_VERIFICATION"_s, u"FAILED"_s, u"CLIENT"_s),
                         reqJson(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s)})
            << u"Under review"_s << Actor::Customer << u"waiting on the customer "_s + sinceCreated
            << u"new ID document"_s << false;
        QTest::newRow("pending, documents missing: us")
            << identity(u"PENDING"_s,
                        {reqJson(u"DOCUMENT_VERIFICATION"_s, u"PENDING"_s, u"CLIENT"_s)})
            << u"Under review"_s << Actor::Us << u"waiting on us "_s + sinceCreated << u"Upload"_s
            << false;
        QTest::newRow("pending institution, members: their requirements, else Paxos")
            << identity(u"PENDING"_s, {reqJson(u"MEMBERS"_s, u"PENDING"_s, QString())})
            << u"Under review"_s << Actor::Paxos << u"waiting on Paxos "_s + sinceCreated
            << u"members"_s << false;
        QTest::newRow("pending, a check failed at Paxos: decision follows")
            << identity(u"PENDING"_s, {reqJson(u"COMPLIANCE_CHECK"_s, u"FAILED"_s, u"PAXOS"_s)})
            << u"Under review"_s << Actor::Paxos << u"waiting on Paxos "_s + sinceCreated
            << u"decision follows"_s << false;
        QTest::newRow("approved: nothing waited for")
            << identity(u"APPROVED"_s, {}) << u"Approved"_s << Actor::Nobody << QString()
            << QString() << false;
        QTest::newRow("approved, KYC refresh due: the customer, since the update")
            << identity(u"APPROVED"_s, {reqJson(u"KYC_REFRESH"_s, u"PENDING"_s, u"CLIENT"_s)})
            << u"Approved"_s << Actor::Customer << u"waiting on the customer "_s + sinceUpdated
            << u"confirm or update"_s << false;
        QTest::newRow("approved, EDD documents asked")
            << identity(u"APPROVED"_s,
                        {reqJson(u"ENHANCED_DUE_DILIGENCE"_s, u"PENDING"_s, u"CLIENT"_s)})
            << u"Approved"_s << Actor::Customer << u"waiting on the customer "_s + sinceUpdated
            << u"EDD"_s << false;
        QTest::newRow("denied: final, what can still be done")
            << identity(u"DENIED"_s, {}) << u"final"_s << Actor::Nobody << QString()
            << u"evidence pack"_s << true;
        QTest::newRow("denied with the failed screening still listed: nothing waited for")
            << identity(u"DENIED"_s, {reqJson(u"SCREENING_CHECK"_s, u"FAILED"_s, u"PAXOS"_s)})
            << u"final"_s << Actor::Nobody << QString() << u"Paxos Support"_s << true;
        QTest::newRow("denied with a pending requirement left over")
            << identity(u"DENIED"_s, {reqJson(u"ID_VERIFICATION"_s, u"PENDING"_s, u"CLIENT"_s)})
            << u"final"_s << Actor::Nobody << QString() << u"Nothing reopens it"_s << true;
        QTest::newRow("disabled by our dormant control: we can lift it")
            << identity(u"DISABLED"_s, {}, {controlJson(u"DORMANT"_s, false)}) << u"Disabled"_s
            << Actor::Nobody << QString() << u"Controls tab"_s << false;
        QTest::newRow("disabled by Paxos's sell-only control")
            << identity(u"DISABLED"_s, {}, {controlJson(u"SELL_ONLY"_s, true)}) << u"Disabled"_s
            << Actor::Nobody << QString() << u"Paxos Support"_s << false;
        QTest::newRow("disabled, KYC refresh overdue: the customer")
            << identity(u"DISABLED"_s, {reqJson(u"KYC_REFRESH"_s, u"FAILED"_s, u"CLIENT"_s)})
            << u"Disabled"_s << Actor::Customer << u"waiting on the customer "_s + sinceUpdated
            << u"confirm or update"_s << false;
        QTest::newRow("disabled, no reason given")
            << identity(u"DISABLED"_s, {}) << u"Disabled"_s << Actor::Nobody << QString()
            << QString() << false;
        QTest::newRow("frozen: Paxos Compliance, since the freeze")
            << identity(u"ERROR"_s, {}) << u"Frozen"_s << Actor::Paxos
            << u"waiting on Paxos "_s + sinceUpdated << u"clear the freeze"_s << false;
        QTest::newRow("frozen with a screening hit under review")
            << identity(u"ERROR"_s, {reqJson(u"SCREENING_CHECK"_s, u"PENDING"_s, u"PAXOS"_s)})
            << u"Frozen"_s << Actor::Paxos << u"waiting on Paxos "_s + sinceUpdated
            << u"clear the freeze"_s << false;
        QTest::newRow("a status this console does not know")
            << identity(u"SOMETHING_NEW"_s, {}) << u"Unknown status SOMETHING_NEW"_s
            << Actor::Nobody << QString() << QString() << false;
    }
    void explainStatus()
    {
        QFETCH(paxos::Identity, identity);
        QFETCH(QString, headline);
        QFETCH(Actor, waitingOn);
        QFETCH(QString, waiting);
        QFETCH(QString, canStillDo);
        QFETCH(bool, final);
        const console::StatusExplanation e = console::explainStatus(identity);
        QVERIFY2(e.headline.contains(headline), qPrintable(e.headline));
        QCOMPARE(e.waitingOn, waitingOn);
        QCOMPARE(console::waitingText(e, kNow), waiting);
        if (canStillDo.isEmpty())
            QVERIFY2(e.canStillDo.isEmpty(), qPrintable(e.canStillDo));
        else
            QVERIFY2(e.canStillDo.contains(canStillDo), qPrintable(e.canStillDo));
        QCOMPARE(e.final, final);
        // Nothing decided says "waiting"; a final decision never asks to wait.
        const QString all = e.headline + u' ' + e.canStillDo;
        if (waitingOn == Actor::Nobody)
            QVERIFY2(!all.contains(u"aiting"_s), qPrintable(all));
        if (final)
            QVERIFY2(!all.contains(u"unless it takes longer"_s), qPrintable(all));
    }

    // Every requirement type (legacy spellings included), in both states, has its own words,
    // and on a denied identity none of them asks to wait.
    void everyRequirementTypeHasWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        for (const QString &type : paxos::enums::requirementType().allWires()) {
            for (const QString &status : paxos::enums::requirementStatus().allWires())
                QTest::newRow(qPrintable(type + u' ' + status)) << type << status;
        }
    }
    void everyRequirementTypeHasWords()
    {
        QFETCH(QString, type);
        QFETCH(QString, status);
        for (const QString &from : {u"PAXOS"_s, u"CLIENT"_s}) {
            const paxos::Requirement r = req(type, status, type == u"MEMBERS" ? QString() : from);
            const QString label = paxos::enums::requirementType().label(type);
            const QString words = console::describeRequirement(r);
            QVERIFY2(words != label + u" failed."_s && words != label + u" is pending."_s,
                     qPrintable(words));
            for (const QString &identityStatus : paxos::enums::identityStatus().allWires()) {
                const QString step = console::nextStep(r, identityStatus);
                QVERIFY2(!step.isEmpty(), qPrintable(identityStatus));
                if (identityStatus == u"DENIED")
                    QVERIFY2(!step.contains(u"aiting"_s), qPrintable(step));
            }
        }
    }

    // Every legacy sub-status field in every IdentityStatus value has words of its own (not
    // the bare status label).
    void everySubStatusHasWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("status");
        for (const QString &field :
             {u"id_verification_status"_s, u"sanctions_verification_status"_s,
              u"additional_screening_status"_s, u"document_verification_status"_s}) {
            for (const QString &status : paxos::enums::identityStatus().allWires())
                QTest::newRow(qPrintable(field + u' ' + status)) << field << status;
        }
    }
    void everySubStatusHasWords()
    {
        QFETCH(QString, field);
        QFETCH(QString, status);
        const QString words = console::describeSubStatus(field, status);
        QVERIFY(!words.isEmpty());
        QVERIFY2(words != paxos::enums::identityStatus().label(status), qPrintable(words));
    }
};

QTEST_GUILESS_MAIN(TestStatusExplainer)
#include "tst_statusexplainer.moc"

#include "core/models/statusexplainer.h"
#include "paxos/model/statusdetails.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using console::Actor;

Q_DECLARE_METATYPE(console::Actor)

namespace {
paxos::Requirement req(const QString &type, const QString &status, const QString &from)
{
    QJsonObject o{{u"type"_s, type}, {u"status"_s, status}};
    if (!from.isEmpty())
        o.insert(u"awaiting_action_from"_s, from);
    return paxos::Requirement::fromJson(o);
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
};

QTEST_GUILESS_MAIN(TestStatusExplainer)
#include "tst_statusexplainer.moc"

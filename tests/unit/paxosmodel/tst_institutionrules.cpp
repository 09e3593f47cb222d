// The institution rules (paxos/model/institutionrules.h) against the guides' own tables and
// examples: "Required Details" (institution grid and notes), "Institution Types and Members"
// (regulation × trading table, role compatibility, member requirements) and the institution
// crypto-brokerage guide's Foogle request.
#include "modelfixture.h"
#include "paxos/model/institutionexample.h"
#include "paxos/model/institutionrules.h"
#include "paxos/model/validation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

namespace {

const QString kD = u"institution_details."_s;
const QString kCdd = u"customer_due_diligence."_s;

QStringList detailPaths(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out.append(kD + QLatin1StringView(f));
    return out;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(i.path + u" ["_s + i.rule + (i.isError() ? u"] "_s : u" warning] "_s)
                     + i.message);
    return lines.join(u'\n');
}

const ValidationIssue *find(const QList<ValidationIssue> &issues, const QString &path)
{
    for (const ValidationIssue &i : issues) {
        if (i.path == path)
            return &i;
    }
    return nullptr;
}

QJsonObject draft(const QString &type, const QString &subType)
{
    return QJsonObject{
        {u"institution_details"_s,
         QJsonObject{{u"institution_type"_s, type}, {u"institution_sub_type"_s, subType}}}};
}

QJsonObject member(const QStringList &roles, const QString &ownership = {})
{
    QJsonObject m{{u"identity_id"_s, u"p-1"_s}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
    if (!ownership.isEmpty())
        m.insert(u"ownership"_s, ownership);
    return m;
}

// The grid's ✅ cells common to the three columns.
const QStringList kCommon =
    detailPaths({"name", "business_address", "institution_type", "institution_sub_type", "cip_id",
                 "cip_id_type", "cip_id_country", "govt_registration_date"});

} // namespace

class TestInstitutionRules : public QObject
{
    Q_OBJECT

private slots:
    void requiredByColumn_data();
    void requiredByColumn();
    void regulationTable_data();
    void regulationTable();
    void roleCompatibility_data();
    void roleCompatibility();
    void guideFoogleExample();
    void trustNotes();
    void memberRules_data();
    void memberRules();
    void addedMembers();
    void updateIsADelta();
    void sandboxExampleIsComplete();
};

// "Required Fields for Institution Types": the ✅ cells of each column.
void TestInstitutionRules::requiredByColumn_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("subType");
    QTest::addColumn<QString>("cipType");
    QTest::addColumn<QStringList>("required");

    const QStringList company = kCommon
        + detailPaths({"incorporation_address", "regulation_status", "trading_type",
                       "business_description"})
        + QStringList{kCdd + u"source_of_wealth"_s, kCdd + u"source_of_funds"_s,
                      kCdd + u"industry_sector"_s, kCdd + u"has_underlying_trust_structure"_s,
                      kCdd + u"has_nominee_shareholders"_s};
    const QStringList ria =
        kCommon + detailPaths({"incorporation_address", "regulation_status", "trading_type"});
    QTest::newRow("no type yet") << QString() << QString() << QString() << kCommon;
    QTest::newRow("trust, EIN") << u"TRUST"_s << u"INVESTMENT"_s << u"EIN"_s
                                << kCommon + detailPaths({"incorporation_address"});
    QTest::newRow("trust, SSN") << u"TRUST"_s << u"INVESTMENT"_s << u"SSN"_s << kCommon;
    QTest::newRow("trust, ITIN") << u"TRUST"_s << u"INVESTMENT"_s << u"ITIN"_s << kCommon;
    for (const char *type : {"CORPORATION", "LLC", "PARTNERSHIP"}) {
        QTest::addRow("%s", type) << QString::fromLatin1(type) << u"CRYPTO"_s << u"EIN"_s
                                  << company;
        QTest::addRow("%s RIA", type)
            << QString::fromLatin1(type) << u"REGISTERED_INVESTMENT_ADVISOR"_s << u"EIN"_s << ria;
    }
}

void TestInstitutionRules::requiredByColumn()
{
    QFETCH(QString, type);
    QFETCH(QString, subType);
    QFETCH(QString, cipType);
    QFETCH(QStringList, required);
    QJsonObject request = draft(type, subType);
    QJsonObject details = request.value(u"institution_details"_s).toObject();
    details.insert(u"cip_id_type"_s, cipType);
    request.insert(u"institution_details"_s, details);

    QStringList got = institution::requiredPaths(request);
    got.sort();
    required.sort();
    QCOMPARE(got, required);
    // Each of them missing is reported where the form shows it.
    const auto issues = institution::check(request, institution::Mode::Create);
    for (const QString &path : required) {
        if (path == kD + u"institution_type"_s || path == kD + u"institution_sub_type"_s
            || path == kD + u"cip_id_type"_s)
            continue; // sent in this row
        const ValidationIssue *issue = find(issues, path);
        QVERIFY2(issue && issue->rule == u"required" && issue->isError(),
                 qPrintable(path + u" in:\n"_s + describe(issues)));
    }
}

// "Creating Financially Regulated Institutions": each row, as a corporation.
void TestInstitutionRules::regulationTable_data()
{
    QTest::addColumn<QString>("regulation");
    QTest::addColumn<QString>("trading");
    QTest::addColumn<QStringList>("added"); // empty + conflict: refused combination
    QTest::addColumn<bool>("conflict");

    const QStringList regulator =
        detailPaths({"regulator_name", "regulator_jurisdiction", "regulator_register_number"});
    const QStringList listing = detailPaths({"listed_exchange", "ticker_symbol"});
    const QStringList parent = detailPaths({"parent_institution_name"});
    for (const char *reg : {"US_REGULATED", "INTL_REGULATED"}) {
        const QString r = QString::fromLatin1(reg);
        QTest::addRow("%s PRIVATE", reg) << r << u"PRIVATE"_s << regulator << false;
        QTest::addRow("%s PUBLIC", reg) << r << u"PUBLIC"_s << listing + regulator << false;
        QTest::addRow("%s PUBLICLY_TRADED_SUBSIDIARY", reg)
            << r << u"PUBLICLY_TRADED_SUBSIDIARY"_s << listing + regulator + parent << false;
    }
    QTest::newRow("NON_REGULATED PRIVATE")
        << u"NON_REGULATED"_s << u"PRIVATE"_s << QStringList() << false;
    QTest::newRow("NON_REGULATED PUBLIC") << u"NON_REGULATED"_s << u"PUBLIC"_s << listing << false;
    QTest::newRow("NON_REGULATED PUBLICLY_TRADED_SUBSIDIARY")
        << u"NON_REGULATED"_s << u"PUBLICLY_TRADED_SUBSIDIARY"_s << listing + regulator + parent
        << true;
}

void TestInstitutionRules::regulationTable()
{
    QFETCH(QString, regulation);
    QFETCH(QString, trading);
    QFETCH(QStringList, added);
    QFETCH(bool, conflict);
    QJsonObject request = draft(u"CORPORATION"_s, u"CRYPTO"_s);
    QJsonObject details = request.value(u"institution_details"_s).toObject();
    details.insert(u"regulation_status"_s, regulation);
    details.insert(u"trading_type"_s, trading);
    request.insert(u"institution_details"_s, details);

    const QStringList base = institution::requiredPaths(draft(u"CORPORATION"_s, u"CRYPTO"_s));
    QStringList got = institution::requiredPaths(request);
    for (const QString &p : base)
        got.removeAll(p);
    got.sort();
    added.sort();
    QCOMPARE(got, added);

    const auto issues = institution::check(request, institution::Mode::Create);
    const ValidationIssue *issue = find(issues, kD + u"trading_type"_s);
    QCOMPARE(issue != nullptr && issue->rule == u"conflict", conflict);
}

// "Role Compatibility by Institution Type" (+ ACCOUNT_OPENER, absent from the grid).
void TestInstitutionRules::roleCompatibility_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("trust");
    QTest::addColumn<bool>("company");
    QTest::newRow("BENEFICIAL_OWNER") << u"BENEFICIAL_OWNER"_s << false << true;
    QTest::newRow("AUTHORIZED_USER") << u"AUTHORIZED_USER"_s << false << true;
    QTest::newRow("MANAGEMENT_CONTROL_PERSON") << u"MANAGEMENT_CONTROL_PERSON"_s << false << true;
    QTest::newRow("TRUSTEE") << u"TRUSTEE"_s << true << false;
    QTest::newRow("GRANTOR") << u"GRANTOR"_s << true << false;
    QTest::newRow("BENEFICIARY") << u"BENEFICIARY"_s << true << false;
    QTest::newRow("ACCOUNT_OPENER") << u"ACCOUNT_OPENER"_s << true << true;
}

void TestInstitutionRules::roleCompatibility()
{
    QFETCH(QString, role);
    QFETCH(bool, trust);
    QFETCH(bool, company);
    QCOMPARE(institution::roleApplies(u"TRUST", role), trust);
    QCOMPARE(institution::rolesFor(u"TRUST").contains(role), trust);
    for (const auto *type : {u"CORPORATION", u"LLC", u"PARTNERSHIP"}) {
        QCOMPARE(institution::roleApplies(QStringView(type), role), company);
        QCOMPARE(institution::rolesFor(QStringView(type)).contains(role), company);
    }
    // A role that does not apply is a warning at that role.
    QJsonObject request = draft(trust ? u"CORPORATION"_s : u"TRUST"_s, u"INVESTMENT"_s);
    request.insert(u"institution_members"_s, QJsonArray{member({role}, u"30"_s)});
    const auto issues = institution::check(request, institution::Mode::Create);
    const ValidationIssue *issue = find(issues, u"institution_members[0].roles[0]"_s);
    if (trust && company) {
        QVERIFY2(!issue, qPrintable(describe(issues)));
    } else {
        QVERIFY2(issue && issue->rule == u"role" && !issue->isError(),
                 qPrintable(describe(issues)));
    }
}

// The crypto-brokerage guide's request, as Paxos prints it ("a simplified version"): the
// rules name exactly what a production request adds, and nothing the guide got right.
void TestInstitutionRules::guideFoogleExample()
{
    const QJsonObject guide = fixture(u"identity/guide_institution_foogle.json"_s);
    QVERIFY(!guide.isEmpty());

    QStringList required = institution::requiredPaths(guide);
    for (const QString &p : detailPaths({"listed_exchange", "ticker_symbol", "regulator_name",
                                         "regulator_jurisdiction", "regulator_register_number"}))
        QVERIFY2(required.contains(p), qPrintable(p)); // US_REGULATED + PUBLIC
    QVERIFY(!required.contains(kD + u"parent_institution_name"_s));

    const auto issues = institution::check(guide, institution::Mode::Create);
    QStringList errors;
    for (const ValidationIssue &i : issues) {
        if (i.isError())
            errors.append(i.path);
    }
    errors.sort();
    QStringList expected{kCdd + u"source_of_wealth"_s, kCdd + u"source_of_funds"_s,
                         kCdd + u"industry_sector"_s, kCdd + u"has_underlying_trust_structure"_s,
                         kCdd + u"has_nominee_shareholders"_s};
    expected.sort();
    QCOMPARE(errors, expected);
    // Its one member is owner, user and control person: no composition warning; ownership
    // is what the guide leaves out.
    QVERIFY(!find(issues, u"institution_members"_s));
    const ValidationIssue *ownership = find(issues, u"institution_members[0].ownership"_s);
    QVERIFY(ownership && !ownership->isError());

    // The whole client validation adds the countries the guide spells out ("United States").
    const auto all = validateCreateIdentity(guide);
    const ValidationIssue *country = find(all, kD + u"business_address.country"_s);
    QVERIFY2(country && country->isError(), qPrintable(describe(all)));

    // Completed as the grid asks, it passes.
    QJsonObject fixed = guide;
    QJsonObject d = fixed.value(u"institution_details"_s).toObject();
    for (const char *a : {"business_address", "incorporation_address"}) {
        QJsonObject address = d.value(QLatin1StringView(a)).toObject();
        address.insert(u"country"_s, u"USA"_s);
        d.insert(QLatin1StringView(a), address);
    }
    fixed.insert(u"institution_details"_s, d);
    fixed.insert(u"customer_due_diligence"_s,
                 QJsonObject{{u"source_of_wealth"_s, u"BUSINESS_OWNERSHIP_DIVIDENDS"_s},
                             {u"source_of_funds"_s, u"BUSINESS_DIVIDENDS_PROFITS"_s},
                             {u"industry_sector"_s, u"HEDGE_FUND"_s},
                             {u"has_underlying_trust_structure"_s, false},
                             {u"has_nominee_shareholders"_s, false}});
    QVERIFY2(!hasErrors(validateCreateIdentity(fixed)),
             qPrintable(describe(validateCreateIdentity(fixed))));
}

// The grid's notes for trusts, and the reference's own trust example.
void TestInstitutionRules::trustNotes()
{
    const QJsonObject example =
        fixture(u"identity/create_request_create_institutional_identity.json"_s);
    QVERIFY(!hasErrors(institution::check(example, institution::Mode::Create)));
    QCOMPARE(institution::allowedSubTypes(u"TRUST"), QStringList{u"INVESTMENT"_s});
    QVERIFY(institution::allowedSubTypes(u"LLC").contains(u"CRYPTO"_s));

    QJsonObject wrong = example;
    QJsonObject d = wrong.value(u"institution_details"_s).toObject();
    d.insert(u"institution_sub_type"_s, u"CRYPTO"_s);
    wrong.insert(u"institution_details"_s, d);
    const auto issues = institution::check(wrong, institution::Mode::Create);
    const ValidationIssue *issue = find(issues, kD + u"institution_sub_type"_s);
    QVERIFY2(issue && issue->rule == u"conflict" && issue->isError(), qPrintable(describe(issues)));

    QJsonObject ria = draft(u"LLC"_s, u"REGISTERED_INVESTMENT_ADVISOR"_s);
    // find() points into the list, so the list must outlive the pointer (a temporary here
    // was freed before the pointer was read: heap-use-after-free under ASan).
    const auto riaIssues = institution::check(ria, institution::Mode::Create);
    const ValidationIssue *approval = find(riaIssues, kD + u"institution_sub_type"_s);
    QVERIFY(approval && approval->rule == u"needs_approval" && !approval->isError());
}

// "Institution Members": what the members must include, and ownership.
void TestInstitutionRules::memberRules_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonArray>("members");
    QTest::addColumn<QString>("path"); // empty: no issue about members
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("error");

    QTest::newRow("trust with a trustee")
        << u"TRUST"_s << QJsonArray{member({u"TRUSTEE"_s})} << QString() << QString() << false;
    QTest::newRow("trust with a beneficiary")
        << u"TRUST"_s << QJsonArray{member({u"BENEFICIARY"_s})} << QString() << QString() << false;
    QTest::newRow("trust without a trust role")
        << u"TRUST"_s << QJsonArray{member({u"ACCOUNT_OPENER"_s})} << u"institution_members"_s
        << u"members"_s << true;
    QTest::newRow("trust without members")
        << u"TRUST"_s << QJsonArray{} << u"institution_members"_s << u"members"_s << true;
    QTest::newRow("corporation with owner and control person")
        << u"CORPORATION"_s
        << QJsonArray{member({u"BENEFICIAL_OWNER"_s}, u"60"_s),
                      member({u"MANAGEMENT_CONTROL_PERSON"_s})}
        << QString() << QString() << false;
    QTest::newRow("LLC without a control person")
        << u"LLC"_s << QJsonArray{member({u"BENEFICIAL_OWNER"_s}, u"60"_s)}
        << u"institution_members"_s << u"members"_s << false;
    QTest::newRow("partnership without an owner")
        << u"PARTNERSHIP"_s << QJsonArray{member({u"MANAGEMENT_CONTROL_PERSON"_s})}
        << u"institution_members"_s << u"members"_s << false;
    QTest::newRow("owner under 25%")
        << u"CORPORATION"_s
        << QJsonArray{member({u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}, u"10"_s)}
        << u"institution_members[0].ownership"_s << u"ownership"_s << false;
    QTest::newRow("owner without ownership")
        << u"CORPORATION"_s
        << QJsonArray{member({u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s})}
        << u"institution_members[0].ownership"_s << u"ownership"_s << false;
    QTest::newRow("ownership over 100% in total")
        << u"CORPORATION"_s
        << QJsonArray{member({u"BENEFICIAL_OWNER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}, u"60"_s),
                      member({u"BENEFICIAL_OWNER"_s}, u"50"_s)}
        << u"institution_members"_s << u"ownership"_s << true;
}

void TestInstitutionRules::memberRules()
{
    QFETCH(QString, type);
    QFETCH(QJsonArray, members);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(bool, error);
    QJsonObject request = draft(type, u"INVESTMENT"_s);
    request.insert(u"institution_members"_s, members);
    const auto issues = institution::check(request, institution::Mode::Create);
    if (path.isEmpty()) {
        for (const ValidationIssue &i : issues)
            QVERIFY2(!i.path.startsWith(u"institution_members"_s), qPrintable(describe(issues)));
        return;
    }
    const ValidationIssue *issue = find(issues, path);
    QVERIFY2(issue, qPrintable(describe(issues)));
    QCOMPARE(issue->rule, rule);
    QCOMPARE(issue->isError(), error);
}

void TestInstitutionRules::addedMembers()
{
    QVERIFY(
        !hasErrors(institution::checkAddedMembers(u"TRUST", QJsonArray{member({u"GRANTOR"_s})})));
    const auto none = institution::checkAddedMembers(u"TRUST", QJsonArray{});
    QVERIFY(find(none, u"members"_s) && hasErrors(none));
    const auto bad =
        institution::checkAddedMembers(u"LLC",
                                       QJsonArray{QJsonObject{{u"roles"_s, QJsonArray{u"OWNER"_s}}},
                                                  member({u"GRANTOR"_s}, u"150"_s)});
    QVERIFY2(find(bad, u"members[0].identity_id"_s), qPrintable(describe(bad)));
    QCOMPARE(find(bad, u"members[0].roles[0]"_s)->rule, u"enum"_s);
    QCOMPARE(find(bad, u"members[1].ownership"_s)->rule, u"ownership"_s);
    QCOMPARE(find(bad, u"members[1].roles[0]"_s)->rule, u"role"_s);
}

void TestInstitutionRules::updateIsADelta()
{
    // Nothing is "missing" from an update; sent fields are still tied together.
    QVERIFY(institution::check(
                QJsonObject{{u"institution_details"_s, QJsonObject{{u"name"_s, u"Foo"_s}}}},
                institution::Mode::Update)
                .isEmpty());
    const auto issues =
        institution::check(QJsonObject{{u"institution_details"_s,
                                        QJsonObject{{u"regulation_status"_s, u"US_REGULATED"_s}}}},
                           institution::Mode::Update);
    QVERIFY(find(issues, kD + u"regulator_name"_s));
}

// The console's "Sandbox example" and `paxosctl institutions create --example`: the guide's
// request completed as the grid asks, with no error and a fresh EIN each time.
void TestInstitutionRules::sandboxExampleIsComplete()
{
    const QJsonArray members{member(
        {u"BENEFICIAL_OWNER"_s, u"AUTHORIZED_USER"_s, u"MANAGEMENT_CONTROL_PERSON"_s}, u"100"_s)};
    const QJsonObject example = examples::sandboxExampleInstitution(u"ref-1"_s, members);
    const auto issues = validateCreateIdentity(example);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(example.value(u"institution_members"_s).toArray(), members);
    const auto cip = [](const QJsonObject &o) {
        return o.value(u"institution_details"_s).toObject().value(u"cip_id"_s).toString();
    };
    QVERIFY(cip(example) != cip(examples::sandboxExampleInstitution(u"ref-2"_s, members)));
    QCOMPARE(cip(examples::sandboxExampleInstitution(u"r"_s, members, u"12-3456789"_s)),
             u"12-3456789"_s);
}

QTEST_GUILESS_MAIN(TestInstitutionRules)
#include "tst_institutionrules.moc"

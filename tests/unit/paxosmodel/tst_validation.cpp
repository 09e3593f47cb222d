#include "modelfixture.h"
#include "paxos/model/enums.h"
#include "paxos/model/examples.h"
#include "paxos/model/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paxos;

namespace {

// Sets (or, for an undefined value, removes) the value at a path like "a.b[1].c".
void setPath(QJsonValue &root, QStringView path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        root = value;
        return;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    if (end == 0 && path[0] == u'[') { // array index
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QJsonArray array = root.toArray();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        while (array.size() <= index)
            array.append(QJsonValue());
        QJsonValue child = array.at(index);
        setPath(child, rest, value);
        array.replace(index, child);
        root = array;
        return;
    }
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject obj = root.toObject();
    if (rest.isEmpty() && value.isUndefined()) {
        obj.remove(key);
    } else {
        QJsonValue child = obj.value(key);
        setPath(child, rest, value);
        obj.insert(key, child);
    }
    root = obj;
}

// "a.b=<json>;c=REMOVE"
QJsonObject mutate(const QJsonObject &base, const QString &mutations)
{
    QJsonValue root = base;
    for (const QString &m : mutations.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = m.indexOf(u'=');
        const QString path = m.left(eq).trimmed();
        const QString json = m.mid(eq + 1).trimmed();
        QJsonValue value;
        if (json == "REMOVE"_L1) {
            value = QJsonValue(QJsonValue::Undefined);
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
            value = doc.array().at(0);
        }
        setPath(root, path, value);
    }
    return root.toObject();
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out.append(u"%1 [%2%3] %4"_s.arg(i.path, i.rule, i.isError() ? QString() : u" warning"_s,
                                         i.message));
    return out.join(u'\n');
}

// A row expecting no error.
void okRow(const char *name, const QString &mutations)
{
    QTest::newRow(name) << mutations << QString() << QString() << false;
}

// A row expecting the issue `rule` at `path` (an error unless `error` is false).
void badRow(const char *name, const QString &mutations, const QString &path, const char *rule,
            bool error = true)
{
    QTest::newRow(name) << mutations << path << QString::fromLatin1(rule) << error;
}

const QString kLong201 = QString(201, u'a');
const QString kUsAddress =
    uR"({"address1":"1 Example St","city":"New York","province":"NY","country":"USA","zip_code":"10001"})"_s;

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void createPerson_data();
    void createPerson();
    void createInstitution_data();
    void createInstitution();
    void update_data();
    void update();
    void controlRequest_data();
    void controlRequest();
    void documentUpload_data();
    void documentUpload();
    void uploadFile_data();
    void uploadFile();
    void fieldHelpers_data();
    void fieldHelpers();
    void ageOnTheBirthday();
    void patternMessage();
    void oneIssuePerField();
    void requiredDetailsGrid_data();
    void requiredDetailsGrid();
    void labelsAndLengths();

private:
    void addRows();
    void runRow(const QJsonObject &base, bool update);
};

void TestValidation::addRows()
{
    QTest::addColumn<QString>("mutations");
    QTest::addColumn<QString>("path"); // empty: no error expected
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("error");
}

void TestValidation::runRow(const QJsonObject &base, bool update)
{
    QFETCH(QString, mutations);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(bool, error);
    const QJsonObject request = mutate(base, mutations);
    const auto issues = update ? validateUpdateIdentity(request) : validateCreateIdentity(request);
    if (rule.isEmpty()) {
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
        return;
    }
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [&](const ValidationIssue &i) {
        return i.path == path && i.rule == rule;
    });
    QVERIFY2(it != issues.cend(),
             qPrintable(u"no %1 at %2 in:\n"_s.arg(rule, path) + describe(issues)));
    QCOMPARE(it->isError(), error);
    QVERIFY(it->message.size() > 10);
    QVERIFY2(it->message.endsWith(u'.'), qPrintable(it->message));
    QVERIFY(!it->message.contains("%1"_L1));
    QCOMPARE(hasErrors(issues),
             error || std::any_of(issues.cbegin(), issues.cend(), [](const auto &i) {
                 return i.isError();
             }));
}

void TestValidation::createPerson_data()
{
    addRows();
    const QString p = u"person_details."_s;
    const QString cdd = u"customer_due_diligence."_s;

    okRow("guide example", QString());
    // required (grid §2.7)
    for (const char *f : {"first_name", "last_name", "date_of_birth", "address", "nationality",
                          "cip_id", "cip_id_type", "cip_id_country", "verifier_type"}) {
        const QString path = p + QLatin1StringView(f);
        QTest::addRow("required %s", f) << path + u"=REMOVE"_s << path << u"required"_s << true;
    }
    for (const char *f : {"estimated_yearly_income", "expected_transfer_value", "source_of_wealth",
                          "employment_status", "employment_industry_sector"}) {
        const QString path = cdd + QLatin1StringView(f);
        QTest::addRow("required cdd %s", f) << path + u"=REMOVE"_s << path << u"required"_s << true;
    }
    for (const char *f : {"address1", "city", "province", "country"}) {
        const QString path = p + u"address."_s + QLatin1StringView(f);
        QTest::addRow("required address %s", f)
            << path + u"=REMOVE"_s << path << u"required"_s << true;
    }
    badRow("required person_details", u"person_details=REMOVE"_s, u"person_details"_s, "required");
    badRow("blank first name is missing", p + u"first_name=\"  \""_s, p + u"first_name"_s,
           "required");
    okRow("best effort fields may be left out",
          p + u"middle_name=REMOVE;"_s + p + u"phone_number=REMOVE;"_s + p + u"email=REMOVE"_s);
    okRow("not applicable fields may be sent",
          p + u"profession=\"Engineer\";"_s + p + u"country_of_birth=\"IRL\";"_s + cdd
              + u"estimated_net_worth=\"NET_WORTH_100K_TO_500K\";"_s + cdd
              + u"aliases=[\"Bill\"]"_s);
    badRow("empty optional", p + u"middle_name=\"\""_s, p + u"middle_name"_s, "empty");
    // pattern
    okRow("apostrophe and hyphen", p + u"last_name=\"O'Brien-Smith\""_s);
    okRow("all allowed punctuation", p + u"address.address1=\"1/2 (A) c:d, e.f & g'h+i-j?\""_s);
    badRow("accented name", p + u"first_name=\"José\""_s, p + u"first_name"_s, "pattern");
    badRow("hash in address", p + u"address.address1=\"#12 Main St\""_s, p + u"address.address1"_s,
           "pattern");
    badRow("umlaut city", p + u"address.city=\"Zoë\""_s, p + u"address.city"_s, "pattern");
    badRow("at sign in cip id", p + u"cip_id=\"073-05-1120 @\""_s, p + u"cip_id"_s, "pattern");
    badRow("underscore in tax id",
           u"tax_details=[{\"tax_payer_id\":\"A_1\",\"tax_payer_country\":\"USA\"}]"_s,
           u"tax_details[0].tax_payer_id"_s, "pattern");
    // max length
    okRow("200 characters", p + u"last_name=\""_s + QString(200, u'a') + u'"');
    badRow("201 characters", p + u"last_name=\""_s + kLong201 + u'"', p + u"last_name"_s,
           "max_length");
    badRow("middle name 201", p + u"middle_name=\""_s + kLong201 + u'"', p + u"middle_name"_s,
           "max_length");
    okRow("35 character address", p + u"address.address1=\""_s + QString(35, u'x') + u'"');
    badRow("36 character address", p + u"address.address1=\""_s + QString(36, u'x') + u'"',
           p + u"address.address1"_s, "max_length");
    badRow("36 character zip", p + u"address.zip_code=\""_s + QString(36, u'1') + u'"',
           p + u"address.zip_code"_s, "max_length");
    // dates
    okRow("leap day", p + u"date_of_birth=\"2000-02-29\""_s);
    badRow("US date order", p + u"date_of_birth=\"01/01/1960\""_s, p + u"date_of_birth"_s, "date");
    badRow("no such day", p + u"date_of_birth=\"1960-02-30\""_s, p + u"date_of_birth"_s, "date");
    badRow("date-time sent as birth date", p + u"date_of_birth=\"1980-01-01T00:00:00Z\""_s,
           p + u"date_of_birth"_s, "date");
    badRow("born in the future", p + u"date_of_birth=\"2999-01-01\""_s, p + u"date_of_birth"_s,
           "date_range");
    okRow("nanosecond verified_at",
          p + u"passthrough_verified_at=\"2021-06-16T09:28:14.123456789Z\""_s);
    badRow("verified_at without time", p + u"passthrough_verified_at=\"2021-06-16\""_s,
           p + u"passthrough_verified_at"_s, "date_time");
    // countries
    okRow("another country", p + u"nationality=\"GBR\""_s);
    badRow("alpha-2", p + u"nationality=\"US\""_s, p + u"nationality"_s, "country");
    badRow("lower case", p + u"nationality=\"usa\""_s, p + u"nationality"_s, "country");
    badRow("unassigned code", p + u"cip_id_country=\"XYZ\""_s, p + u"cip_id_country"_s, "country");
    badRow("country name in address", p + u"address.country=\"United States\""_s,
           p + u"address.country"_s, "country");
    badRow("country of birth", p + u"country_of_birth=\"Ireland\""_s, p + u"country_of_birth"_s,
           "country");
    // enums
    okRow("newest IDV vendor", p + u"passthrough_verifier_type=\"AIPRISE\""_s);
    okRow("ITIN", p + u"cip_id_type=\"ITIN\""_s);
    badRow("cip id type", p + u"cip_id_type=\"SIN\""_s, p + u"cip_id_type"_s, "enum");
    badRow("institution-only cip type", p + u"cip_id_type=\"EIN\""_s, p + u"cip_id_type"_s, "enum");
    badRow("income", cdd + u"estimated_yearly_income=\"LOTS\""_s,
           cdd + u"estimated_yearly_income"_s, "enum");
    badRow("removed sector", cdd + u"employment_industry_sector=\"RANSOMWARE\""_s,
           cdd + u"employment_industry_sector"_s, "enum");
    badRow("verification field", p + u"passthrough_verification_fields=[\"CIP_ID\",\"FACE\"]"_s,
           p + u"passthrough_verification_fields[1]"_s, "enum");
    badRow("region", cdd + u"customer_regions=[\"ANTARCTICA\"]"_s, cdd + u"customer_regions[0]"_s,
           "enum");
    badRow("prohibited sector warns", cdd + u"employment_industry_sector=\"WEAPONS\""_s,
           cdd + u"employment_industry_sector"_s, "prohibited", false);
    // passthrough
    for (const char *f :
         {"passthrough_verifier_type", "passthrough_verified_at", "passthrough_verification_id",
          "passthrough_verification_status", "passthrough_verification_fields"}) {
        const QString path = p + QLatin1StringView(f);
        QTest::addRow("passthrough needs %s", f)
            << path + u"=REMOVE"_s << path << u"passthrough"_s << true;
    }
    badRow("passthrough needs fields listed", p + u"passthrough_verification_fields=[]"_s,
           p + u"passthrough_verification_fields"_s, "passthrough");
    badRow("passthrough result pending", p + u"passthrough_verification_status=\"PENDING\""_s,
           p + u"passthrough_verification_status"_s, "passthrough");
    okRow("passthrough result denied", p + u"passthrough_verification_status=\"DENIED\""_s);
    okRow("manual verification needs no passthrough fields",
          p + u"verifier_type=\"MANUAL\";"_s + p + u"passthrough_verification_id=REMOVE;"_s + p
              + u"passthrough_verification_fields=REMOVE"_s);
    // US residents
    badRow("US resident with passport",
           p + u"cip_id_type=\"PASSPORT\";"_s + p + u"cip_id=\"X1234567\""_s, p + u"cip_id_type"_s,
           "us_cip_type");
    okRow("non-US resident with passport",
          p + u"cip_id_type=\"PASSPORT\";"_s + p + u"cip_id=\"X1234567\";"_s + p
              + u"cip_id_country=\"GBR\";"_s + p + u"address.country=\"GBR\";"_s
              + u"tax_details=[{\"tax_payer_id\":\"AB123456C\",\"tax_payer_country\":\"GBR\"}]"_s);
    okRow("SSN without dashes", p + u"cip_id=\"073051120\""_s);
    badRow("SSN too short", p + u"cip_id=\"073-05-112\""_s, p + u"cip_id"_s, "cip_id_format");
    // tax details
    const QString foreign = p + u"cip_id_type=\"PASSPORT\";"_s + p + u"cip_id=\"X1234567\";"_s + p
        + u"cip_id_country=\"GBR\";"_s + p + u"address.country=\"GBR\";"_s;
    badRow("foreigner needs tax details", foreign, u"tax_details"_s, "tax_details");
    okRow("tax details not required", foreign + u"tax_details_not_required=true"_s);
    badRow("tax detail needs country", u"tax_details=[{\"tax_payer_id\":\"111-11-1234\"}]"_s,
           u"tax_details[0].tax_payer_country"_s, "required");
    // types
    badRow("number as name", p + u"first_name=5"_s, p + u"first_name"_s, "type");
    badRow("metadata values are text", u"metadata={\"a\":1}"_s, u"metadata.a"_s, "type");
    okRow("metadata", u"metadata={\"crm\":\"42\"}"_s);
    badRow("string as bool", u"is_merchant=\"yes\""_s, u"is_merchant"_s, "type");
    badRow("address as text", p + u"address=\"1 Main St\""_s, p + u"address"_s, "type");
    badRow("fields as text", p + u"passthrough_verification_fields=\"CIP_ID\""_s,
           p + u"passthrough_verification_fields"_s, "type");
    // request-level
    badRow("person and institution", u"institution_details={\"name\":\"A\"}"_s, QString(),
           "exclusive");
    badRow("read-only status warns", p + u"id_verification_status=\"APPROVED\""_s,
           p + u"id_verification_status"_s, "read_only", false);
    badRow("deprecated govt_id warns", p + u"govt_id=\"073-05-1120\""_s, p + u"govt_id"_s,
           "deprecated", false);
    badRow("missing ref_id warns", u"ref_id=REMOVE"_s, u"ref_id"_s, "recommended", false);
    okRow("unknown fields are not judged", u"future_field={\"x\":1};"_s + p + u"new_thing=\"é\""_s);
}

void TestValidation::createPerson()
{
    runRow(examples::sandboxExamplePerson(u"user-42"_s), false);
}

void TestValidation::createInstitution_data()
{
    addRows();
    const QString i = u"institution_details."_s;
    okRow("reference trust example", QString());
    for (const char *f :
         {"name", "business_address", "institution_type", "institution_sub_type", "cip_id",
          "cip_id_type", "cip_id_country", "govt_registration_date", "incorporation_address"}) {
        const QString path = i + QLatin1StringView(f);
        QTest::addRow("required %s", f) << path + u"=REMOVE"_s << path << u"required"_s << true;
    }
    okRow("trust with SSN needs no incorporation address",
          i + u"cip_id_type=\"SSN\";"_s + i + u"cip_id=\"111-11-1234\";"_s + i
              + u"incorporation_address=REMOVE"_s);
    badRow("business address city", i + u"business_address.city=REMOVE"_s,
           i + u"business_address.city"_s, "required");
    badRow("trust without trust roles",
           u"institution_members=[{\"identity_id\":\"a\",\"roles\":[\"BENEFICIAL_OWNER\"]}]"_s,
           u"institution_members"_s, "members");
    badRow("unknown role", u"institution_members[0].roles=[\"OWNER\"]"_s,
           u"institution_members[0].roles[0]"_s, "enum");
    badRow("member without identity", u"institution_members[0].identity_id=REMOVE"_s,
           u"institution_members[0].identity_id"_s, "required");
    badRow("member without roles", u"institution_members[0].roles=[]"_s,
           u"institution_members[0].roles"_s, "required");
    okRow("ownership", u"institution_members[0].ownership=\"12.5\""_s);
    badRow("ownership over 100", u"institution_members[0].ownership=\"150\""_s,
           u"institution_members[0].ownership"_s, "ownership");
    badRow("ownership as number", u"institution_members[0].ownership=25"_s,
           u"institution_members[0].ownership"_s, "ownership");
    badRow("corporation needs a description", i + u"institution_type=\"CORPORATION\""_s,
           i + u"business_description"_s, "required");
    badRow("corporation needs source of funds", i + u"institution_type=\"CORPORATION\""_s,
           u"customer_due_diligence.source_of_funds"_s, "required");
    okRow(
        "complete corporation",
        i + u"institution_type=\"CORPORATION\";"_s + i + u"institution_sub_type=\"CRYPTO\";"_s + i
            + u"business_description=\"Software\";"_s
            + u"customer_due_diligence={\"source_of_wealth\":\"INVESTMENT_GAINS\",\"source_of_funds\":\"INVESTMENT_RETURNS\",\"industry_sector\":\"CRYPTO\",\"has_underlying_trust_structure\":false,\"has_nominee_shareholders\":false}"_s);
    badRow("regulated needs regulator", i + u"regulation_status=\"US_REGULATED\""_s,
           i + u"regulator_name"_s, "required");
    badRow("public needs exchange", i + u"trading_type=\"PUBLIC\""_s, i + u"listed_exchange"_s,
           "required");
    badRow("subsidiary needs parent", i + u"trading_type=\"PUBLICLY_TRADED_SUBSIDIARY\""_s,
           i + u"parent_institution_name"_s, "required");
    badRow("non-regulated subsidiary",
           i + u"trading_type=\"PUBLICLY_TRADED_SUBSIDIARY\";"_s + i
               + u"listed_exchange=\"NYSE\";"_s + i + u"ticker_symbol=\"X\";"_s + i
               + u"parent_institution_name=\"P\""_s,
           i + u"trading_type"_s, "conflict");
    okRow("regulated subsidiary",
          i + u"regulation_status=\"US_REGULATED\";"_s + i + u"regulator_name=\"SEC\";"_s + i
              + u"regulator_jurisdiction=\"USA\";"_s + i + u"regulator_register_number=\"801-1\";"_s
              + i + u"trading_type=\"PUBLICLY_TRADED_SUBSIDIARY\";"_s + i
              + u"listed_exchange=\"NYSE\";"_s + i + u"ticker_symbol=\"X\";"_s + i
              + u"parent_institution_name=\"P\""_s);
    badRow("registration date format", i + u"govt_registration_date=\"2021-04-14\""_s,
           i + u"govt_registration_date"_s, "date_time");
    badRow("institution name pattern", i + u"name=\"Acme™\""_s, i + u"name"_s, "pattern");
    badRow("foreign registration needs tax details",
           i + u"cip_id_type=\"REGISTRATION_NUMBER\";"_s + i + u"cip_id_country=\"DEU\""_s,
           u"tax_details"_s, "tax_details");
}

void TestValidation::createInstitution()
{
    runRow(fixture(u"identity/create_request_create_institutional_identity.json"_s), false);
}

void TestValidation::update_data()
{
    addRows();
    badRow("nothing to update", QString(), QString(), "empty", false);
    okRow("KYC refresh only", u"last_kyc_refresh_date=\"2024-07-15T10:30:00Z\""_s);
    badRow("KYC refresh date only", u"last_kyc_refresh_date=\"2024-07-15\""_s,
           u"last_kyc_refresh_date"_s, "date_time");
    okRow("rename", u"person_details.last_name=\"Duncan-Smith\""_s);
    badRow("rename with accent", u"person_details.first_name=\"José\""_s,
           u"person_details.first_name"_s, "pattern");
    okRow("clear address2",
          u"person_details.address="_s + kUsAddress + u";person_details.address.address2=\"\""_s);
    badRow("partial address", u"person_details.address.address2=\"Apt 4\""_s,
           u"person_details.address.address1"_s, "required");
    badRow("switch to passthrough needs its fields",
           u"person_details.verifier_type=\"PASSTHROUGH\""_s,
           u"person_details.passthrough_verification_id"_s, "passthrough");
    badRow("US address with passport",
           u"person_details.address="_s + kUsAddress
               + u";person_details.cip_id_type=\"PASSPORT\""_s,
           u"person_details.cip_id_type"_s, "us_cip_type");
    okRow("passport without address", u"person_details.cip_id_type=\"PASSPORT\""_s);
    badRow("disable flag as text", u"set_user_disabled=\"true\""_s, u"set_user_disabled"_s, "type");
    okRow("disable", u"set_user_disabled=true"_s);
    badRow("tax detail needs country", u"tax_details=[{\"tax_payer_id\":\"1\"}]"_s,
           u"tax_details[0].tax_payer_country"_s, "required");
    okRow("replace tax details",
          u"tax_details=[{\"tax_payer_id\":\"1\",\"tax_payer_country\":\"BRA\"}]"_s);
    badRow("person and institution", u"person_details={};institution_details={}"_s, QString(),
           "exclusive");
    badRow("bad enum in CDD", u"customer_due_diligence.source_of_wealth=\"LOTTERY\""_s,
           u"customer_due_diligence.source_of_wealth"_s, "enum");
    okRow("no ref_id needed", u"is_merchant=false"_s);
}

void TestValidation::update()
{
    runRow(QJsonObject(), true);
}

void TestValidation::controlRequest_data()
{
    addRows();
    okRow("reference example", QString());
    okRow("without reason", u"reason=REMOVE"_s);
    okRow("sell only", u"type=\"SELL_ONLY\";reason_code=\"END_USER_REQUEST\""_s);
    badRow("no identity", u"identity_id=REMOVE"_s, u"identity_id"_s, "required");
    badRow("no type", u"type=REMOVE"_s, u"type"_s, "required");
    badRow("no reason code", u"reason_code=REMOVE"_s, u"reason_code"_s, "required");
    badRow("unknown type", u"type=\"PAUSED\""_s, u"type"_s, "enum");
    badRow("frozen is Paxos-only", u"type=\"FROZEN\""_s, u"type"_s, "paxos_only");
    badRow("stale reason spelling", u"reason_code=\"END_USER_REQUESTED\""_s, u"reason_code"_s,
           "enum");
    badRow("reason as number", u"reason=7"_s, u"reason"_s, "type");
    badRow("identity as number", u"identity_id=7"_s, u"identity_id"_s, "type");
}

void TestValidation::controlRequest()
{
    QFETCH(QString, mutations);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    const auto issues = validateCreateIdentityControl(
        mutate(fixture(u"control_request/create_dormant.json"_s), mutations));
    if (rule.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [&](const auto &i) { return i.path == path && i.rule == rule; }),
             qPrintable(describe(issues)));
}

void TestValidation::documentUpload_data()
{
    addRows();
    okRow("reference example", QString());
    okRow("several types", u"document_types=[\"PROOF_OF_FUNDS\",\"TAX_IDENTIFICATION\"]"_s);
    okRow("upper-case extension", u"name=\"SCAN.PDF\""_s);
    badRow("no name", u"name=REMOVE"_s, u"name"_s, "required");
    badRow("long name", u"name=\""_s + QString(257, u'a') + u".pdf\""_s, u"name"_s, "max_length");
    badRow("word file", u"name=\"letter.docx\""_s, u"name"_s, "file_type");
    badRow("no types", u"document_types=[]"_s, u"document_types"_s, "required");
    badRow("webhook vocabulary", u"document_types=[\"PROOF_OF_FUNDS\",\"UTILITY_BILL\"]"_s,
           u"document_types[1]"_s, "enum");
}

void TestValidation::documentUpload()
{
    QFETCH(QString, mutations);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    const auto issues = validateDocumentUpload(
        mutate(fixture(u"document_upload_request/create_document_upload.json"_s), mutations));
    if (rule.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QVERIFY2(std::any_of(issues.cbegin(), issues.cend(),
                         [&](const auto &i) { return i.path == path && i.rule == rule; }),
             qPrintable(describe(issues)));
}

void TestValidation::uploadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("ok") << u"a.png"_s << qint64(1000) << QStringList();
    QTest::newRow("just under 100 MB")
        << u"a.jpeg"_s << qint64(100 * 1024 * 1024 - 1) << QStringList();
    QTest::newRow("100 MB") << u"a.pdf"_s << qint64(100 * 1024 * 1024)
                            << QStringList{u"file_size"_s};
    QTest::newRow("empty") << u"a.pdf"_s << qint64(0) << QStringList{u"file_size"_s};
    QTest::newRow("gif and huge") << u"a.gif"_s << qint64(200 * 1024 * 1024)
                                  << QStringList{u"file_type"_s, u"file_size"_s};
}

void TestValidation::uploadFile()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QStringList rules;
    for (const auto &i : validateUploadFile(name, size))
        rules.append(i.rule);
    QTEST(rules, "rules");
}

void TestValidation::fieldHelpers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule"); // empty: valid
    QTest::newRow("name ok") << u"person_details.first_name"_s << u"Billy"_s << QString();
    QTest::newRow("name bad") << u"person_details.first_name"_s << u"Bílly"_s << u"pattern"_s;
    QTest::newRow("name empty") << u"person_details.first_name"_s << QString() << u"empty"_s;
    QTest::newRow("address2 empty clears")
        << u"person_details.address.address2"_s << QString() << QString();
    QTest::newRow("institution address")
        << u"institution_details.business_address.city"_s << QString(36, u'x') << u"max_length"_s;
    QTest::newRow("date ok") << u"person_details.date_of_birth"_s << u"1960-01-01"_s << QString();
    QTest::newRow("date bad") << u"person_details.date_of_birth"_s << u"1960-13-01"_s << u"date"_s;
    QTest::newRow("country ok") << u"person_details.nationality"_s << u"DEU"_s << QString();
    QTest::newRow("country bad") << u"person_details.nationality"_s << u"DDR"_s << u"country"_s;
    QTest::newRow("enum ok") << u"customer_due_diligence.employment_status"_s << u"RETIRED"_s
                             << QString();
    QTest::newRow("enum bad") << u"customer_due_diligence.employment_status"_s << u"retired"_s
                              << u"enum"_s;
    QTest::newRow("indexed enum") << u"person_details.passthrough_verification_fields[3]"_s
                                  << u"ADDRESS"_s << QString();
    QTest::newRow("indexed tax id") << u"tax_details[2].tax_payer_id"_s << u"12#"_s << u"pattern"_s;
    QTest::newRow("unknown path") << u"person_details.shoe_size"_s << u"é"_s << QString();
    // email: Paxos gives no format; the console asks for the shape of an address
    const QString email = u"person_details.email"_s;
    QTest::newRow("email ok") << email << u"example@somemail.org"_s << QString();
    QTest::newRow("email without @") << email << u"example.somemail.org"_s << u"email"_s;
    QTest::newRow("email two @") << email << u"a@b@example.org"_s << u"email"_s;
    QTest::newRow("email no domain dot") << email << u"someone@localhost"_s << u"email"_s;
    QTest::newRow("email space") << email << u"some one@example.org"_s << u"email"_s;
    QTest::newRow("email nothing before @") << email << u"@example.org"_s << u"email"_s;
    QTest::newRow("institution email")
        << u"institution_details.email"_s << u"ops.example.com"_s << u"email"_s;
    // phone: the E.164 shape as people write it
    const QString phone = u"person_details.phone_number"_s;
    QTest::newRow("phone as Paxos writes it") << phone << u"+1 555 678 1234"_s << QString();
    QTest::newRow("phone E.164") << phone << u"+442071838750"_s << QString();
    QTest::newRow("phone grouped") << phone << u"(555) 678-1234"_s << QString();
    QTest::newRow("phone letters") << phone << u"+1 555 CALL NOW"_s << u"phone"_s;
    QTest::newRow("phone plus inside") << phone << u"1+5556781234"_s << u"phone"_s;
    QTest::newRow("phone too short") << phone << u"+1 555"_s << u"phone"_s;
    QTest::newRow("phone too long") << phone << u"+1 555 678 1234 5678 9"_s << u"phone"_s;
    QTest::newRow("phone CRLF") << phone << u"+1 555 678 1234\r\n"_s << u"phone"_s;
    QTest::newRow("phone NUL") << phone << QString(u"+15556781234"_s + QChar(0)) << u"phone"_s;
    // date of birth: a minor or an impossible age is a warning
    QTest::newRow("date of birth of a child")
        << u"person_details.date_of_birth"_s
        << QDate::currentDate().addYears(-11).toString(Qt::ISODate) << u"age"_s;
    QTest::newRow("date of birth over 120")
        << u"person_details.date_of_birth"_s << u"1890-01-01"_s << u"age"_s;
}

// The age is counted in whole years on the day of the check: 18 on the birthday itself.
void TestValidation::ageOnTheBirthday()
{
    const QString path = u"person_details.date_of_birth"_s;
    const QDate today(2026, 12, 7);
    const auto eighteenTomorrow = validation::checkBirthDate(path, u"2008-12-08", today);
    QVERIFY(eighteenTomorrow);
    QCOMPARE(eighteenTomorrow->rule, u"age"_s);
    QVERIFY(!eighteenTomorrow->isError()); // a warning: Paxos documents no age limit
    QVERIFY(eighteenTomorrow->message.contains(u"17"_s));
    QVERIFY(!validation::checkBirthDate(path, u"2008-12-07", today));
    QVERIFY(validation::checkBirthDate(path, u"2027-01-01", today)); // future: checkDate's error
}

void TestValidation::fieldHelpers()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    const auto issues = validateField(path, value);
    if (rule.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rule, rule);
        QCOMPARE(issues.first().path, path);
    }
}

void TestValidation::patternMessage()
{
    QVERIFY(validation::matchesNamePattern(u"O'Brien-Smith"));
    QVERIFY(!validation::matchesNamePattern(u""));
    QVERIFY(!validation::matchesNamePattern(u"c/o @"));
    const auto issue =
        validation::checkNameOrAddress(u"person_details.first_name"_s, u"Zoë #1", 200);
    QVERIFY(issue);
    QVERIFY(issue->message.startsWith(
        u"Paxos accepts only ASCII letters, digits, spaces and / ? : ( ) . , & ' + - in names and addresses."_s));
    QVERIFY(issue->message.contains(u"\"ë\", \"#\""_s));
    QVERIFY(!validation::checkNameOrAddress(u"x"_s, u"Zoe 1", 200));
    QCOMPARE(validation::checkDate(u"d"_s, u"1960-01-01"), std::nullopt);
    QCOMPARE(validation::checkDateTime(u"t"_s, u"2023-08-25T14:25:41.648489333Z"), std::nullopt);
    QCOMPARE(validation::checkCountry(u"c"_s, u"USA"), std::nullopt);
    QCOMPARE(validation::checkEnum(u"e"_s, u"SSN", enums::personCipIdType()), std::nullopt);
    QCOMPARE(validation::checkEnum(u"e"_s, u"EIN", enums::personCipIdType())->rule, u"enum"_s);
}

void TestValidation::oneIssuePerField()
{
    // Too long and with bad characters: one issue, the pattern one (checked first).
    const auto issues = validateField(u"person_details.last_name"_s, QString(201, u'é'));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().rule, u"pattern"_s);
    // A missing required field is reported once, not also as empty.
    auto request = examples::sandboxExamplePerson(u"r"_s);
    auto person = request.value("person_details"_L1).toObject();
    person.insert("first_name"_L1, u""_s);
    request.insert("person_details"_L1, person);
    const auto all = validateCreateIdentity(request);
    QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                           [](const auto &i) { return i.path == "person_details.first_name"_L1; }),
             1);
}

void TestValidation::requiredDetailsGrid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FieldRequirement>("requirement");
    using R = FieldRequirement;
    for (const char *f : {"first_name", "last_name", "date_of_birth", "address", "nationality",
                          "cip_id", "cip_id_type", "cip_id_country"})
        QTest::addRow("%s", f) << u"person_details."_s + QLatin1StringView(f) << R::Required;
    for (const char *f : {"estimated_yearly_income", "expected_transfer_value", "source_of_wealth",
                          "employment_status", "employment_industry_sector"})
        QTest::addRow("cdd %s", f)
            << u"customer_due_diligence."_s + QLatin1StringView(f) << R::Required;
    for (const char *f : {"middle_name", "phone_number", "email"})
        QTest::addRow("%s", f) << u"person_details."_s + QLatin1StringView(f) << R::BestEffort;
    QTest::newRow("ref_id") << u"ref_id"_s << R::BestEffort;
    QTest::newRow("metadata") << u"metadata"_s << R::BestEffort;
    for (const char *f : {"profession", "country_of_birth"})
        QTest::addRow("%s", f) << u"person_details."_s + QLatin1StringView(f) << R::NotApplicable;
    for (const char *f : {"aliases", "estimated_net_worth", "customer_regions", "source_of_funds",
                          "purpose_of_account"})
        QTest::addRow("cdd %s", f)
            << u"customer_due_diligence."_s + QLatin1StringView(f) << R::NotApplicable;
    QTest::newRow("verifier_type") << u"person_details.verifier_type"_s << R::Required;
    QTest::newRow("passthrough id")
        << u"person_details.passthrough_verification_id"_s << R::RequiredForPassthrough;
    QTest::newRow("address city") << u"person_details.address.city"_s << R::Required;
    QTest::newRow("unknown") << u"person_details.shoe_size"_s << R::Optional;
}

void TestValidation::requiredDetailsGrid()
{
    QFETCH(QString, path);
    QTEST(fieldRequirement(path), "requirement");
}

void TestValidation::labelsAndLengths()
{
    QCOMPARE(fieldLabel(u"person_details.first_name"), u"First name"_s);
    QCOMPARE(fieldLabel(u"tax_details[3].tax_payer_country"), u"Tax country"_s);
    QCOMPARE(fieldLabel(u"person_details.shoe_size"), u"shoe_size"_s);
    QCOMPARE(fieldMaxLength(u"person_details.last_name"), 200);
    QCOMPARE(fieldMaxLength(u"person_details.address.zip_code"), 35);
    QCOMPARE(fieldMaxLength(u"person_details.email"), 0);
    const auto tooLong = validateField(u"person_details.last_name"_s, QString(201, u'a'));
    QCOMPARE(tooLong.size(), 1);
    QCOMPARE(tooLong.first().message, u"Last name can be at most 200 characters."_s);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

#include "sandbox/seeder.h"

#include "sandbox/clock.h"
#include "sandbox/lifecycle.h"
#include "sandbox/rules.h"
#include "sandbox/store.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <random>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct Place
{
    const char *city;
    const char *province;
    const char *zip;
};

const char *const kFirstNames[] = {
    "James",   "Mary",      "Robert",  "Patricia", "John",        "Jennifer", "Michael", "Linda",
    "David",   "Elizabeth", "William", "Barbara",  "Richard",     "Susan",    "Joseph",  "Jessica",
    "Thomas",  "Sarah",     "Charles", "Karen",    "Christopher", "Lisa",     "Daniel",  "Nancy",
    "Matthew", "Betty",     "Anthony", "Margaret", "Mark",        "Sandra",   "Donald",  "Ashley",
    "Steven",  "Kimberly",  "Paul",    "Emily",    "Andrew",      "Donna",    "Joshua",  "Michelle",
    "Kenneth", "Carol",     "Kevin",   "Amanda",   "Brian",       "Dorothy",  "George",  "Melissa",
    "Timothy", "Deborah"};
const char *const kLastNames[] = {
    "Smith",          "Johnson",   "Williams", "Brown",     "Jones",    "Garcia",   "Miller",
    "Davis",          "Rodriguez", "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",
    "Anderson",       "Thomas",    "Taylor",   "Moore",     "Jackson",  "Martin",   "Lee",
    "Perez",          "Thompson",  "White",    "Harris",    "Sanchez",  "Clark",    "Ramirez",
    "Lewis",          "Robinson",  "Walker",   "Young",     "Allen",    "King",     "Wright",
    "Scott",          "Torres",    "Nguyen",   "Hill",      "Flores",   "Green",    "Adams",
    "Nelson",         "Baker",     "Hall",     "Rivera",    "Campbell", "Mitchell", "Carter",
    "O'Brien-Roberts"};
const char *const kStreets[] = {"Main St",  "Oak Ave",      "Pine Rd",         "Maple Dr",
                                "Cedar Ln", "Elm St",       "Washington Blvd", "Lake View Rd",
                                "Park Ave", "Hillcrest Dr", "Sunset Blvd",     "River Rd"};
const Place kPlaces[] = {
    {"New York", "NY", "10001"},      {"Brooklyn", "NY", "11201"}, {"Los Angeles", "CA", "90012"},
    {"San Francisco", "CA", "94103"}, {"Chicago", "IL", "60601"},  {"Houston", "TX", "77002"},
    {"Austin", "TX", "78701"},        {"Phoenix", "AZ", "85004"},  {"Philadelphia", "PA", "19107"},
    {"Seattle", "WA", "98101"},       {"Denver", "CO", "80202"},   {"Boston", "MA", "02108"},
    {"Miami", "FL", "33131"},         {"Atlanta", "GA", "30303"},  {"Portland", "OR", "97204"},
    {"Nashville", "TN", "37203"}};
const char *const kVendors[] = {"JUMIO", "PERSONA", "ONFIDO", "ALLOY", "SUMSUB", "PLAID"};
const char *const kEddTypes[] = {"PROOF_OF_FUNDS", "PROOF_OF_RESIDENCY", "TAX_IDENTIFICATION"};

template<typename T, std::size_t N> const T &pick(std::mt19937 &rng, const T (&array)[N])
{
    return array[rng() % N];
}

QString pickEnum(std::mt19937 &rng, const QStringList &values, qsizetype firstN = -1)
{
    const qsizetype n = firstN > 0 ? qMin(firstN, values.size()) : values.size();
    return values.at(qsizetype(rng() % quint32(n)));
}

QString uuidFrom(std::mt19937 &rng)
{
    quint32 w[4] = {quint32(rng()), quint32(rng()), quint32(rng()), quint32(rng())};
    w[1] = (w[1] & 0xFFFF0FFFu) | 0x00004000u; // version 4
    w[2] = (w[2] & 0x3FFFFFFFu) | 0x80000000u; // RFC 4122 variant
    const QString hex = u"%1%2%3%4"_s.arg(w[0], 8, 16, QLatin1Char('0'))
                            .arg(w[1], 8, 16, QLatin1Char('0'))
                            .arg(w[2], 8, 16, QLatin1Char('0'))
                            .arg(w[3], 8, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20, 12);
}

// Appends JSON text for trusted ASCII values (no escaping beyond quotes and backslashes).
class JsonText
{
public:
    JsonText() { m_text.reserve(2048); }
    void open()
    {
        m_text += u'{';
        m_first = true;
    }
    void close()
    {
        m_text += u'}';
        m_first = false;
    }
    void object(const char *key)
    {
        name(key);
        open();
    }
    void string(const char *key, QStringView value)
    {
        name(key);
        m_text += u'"';
        for (const QChar c : value) {
            if (c == u'"' || c == u'\\')
                m_text += u'\\';
            m_text += c;
        }
        m_text += u'"';
    }
    void string(const char *key, QLatin1StringView value) { string(key, QString(value)); }
    void raw(const char *key, QStringView json)
    {
        name(key);
        m_text += json;
    }
    void raw(const char *key, const char *json) { raw(key, QString::fromLatin1(json)); }
    const QString &text() const { return m_text; }

private:
    void name(const char *key)
    {
        if (!m_first)
            m_text += u',';
        m_first = false;
        m_text += u'"' + QLatin1StringView(key) + u"\":"_s;
    }

    QString m_text;
    bool m_first = true;
};

} // namespace

bool seedIdentities(Store &store, int count, quint32 seed, QString *error,
                    const std::atomic<bool> *abort)
{
    if (count <= 0)
        return true;
    std::mt19937 rng(seed);
    QSqlDatabase db = store.database();
    if (!store.begin()) {
        *error = store.lastError();
        return false;
    }
    QSqlQuery identity(db);
    identity.prepare(u"INSERT INTO identities (id, ref_id, cip_key, type, status, control_types, "
                     "created_us, updated_us, body, state) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    QSqlQuery control(db);
    control.prepare(u"INSERT INTO controls (id, identity_id, type, set_by, is_overridable, "
                    "reason_code, reason, created_us) VALUES (?,?,?,?,?,?,?,?)"_s);
    QSqlQuery event(db);
    event.prepare(u"INSERT INTO events (id, type, object_type, object, created_us, is_test, "
                  "undelivered) VALUES (?,?,?,?,?,0,0)"_s);
    // A store with identities already (a second batch through the admin API): skip the
    // SSNs someone used, since cip_id is unique.
    const bool fresh = store.identityCount() == 0;
    QSqlQuery cipInUse(db);
    cipInUse.prepare(u"SELECT 1 FROM identities WHERE cip_key = ?"_s);
    // The events have their own generator, so a seed gives the same identities as before
    // the seeder wrote events.
    std::mt19937 eventRng(seed ^ 0x9e3779b9u);
    const auto addEvent = [&](const QString &type, const QString &objectType, QJsonObject object,
                              qint64 at) {
        object.insert(u"id"_s, uuidFrom(eventRng));
        event.addBindValue(uuidFrom(eventRng));
        event.addBindValue(type);
        event.addBindValue(objectType);
        event.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        event.addBindValue(at);
        if (event.exec())
            return true;
        *error = event.lastError().text();
        store.rollback();
        return false;
    };
    // The summary status event Paxos sends for a transition into APPROVED, DENIED or DISABLED.
    const auto addStatusEvent = [&](const QString &id, const QString &from, const QString &to,
                                    const RuleInput &in, const QJsonArray &activeControls,
                                    qint64 at) {
        return addEvent(u"identity."_s + to.toLower(), u"identity_summary_status_change"_s,
                        {{u"identity_id"_s, id},
                         {u"old_summary_status"_s, from},
                         {u"new_summary_status"_s, to},
                         {u"status_details"_s,
                          QJsonObject{{u"active_controls"_s, activeControls},
                                      {u"requirements"_s, requirementsFor(in)}}}},
                        at);
    };

    // Spread creation over the two years before now, one identity per step, oldest first.
    const qint64 end = nowUs() - 24LL * 3600 * 1000000;
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000000;
    const qint64 step = qMax<qint64>(1, span / count);
    const qint64 start = end - step * count;
    for (int i = 0; i < count; ++i) {
        if (abort && abort->load(std::memory_order_relaxed)) {
            store.rollback();
            *error = u"seeding was stopped"_s;
            return false;
        }
        const QString id = uuidFrom(rng);
        const qint64 created = start + qint64(i) * step
            + qint64(rng() % quint32(qMax<qint64>(1, qMin<qint64>(step, 1000000))));
        const qint64 updated = created + qint64(rng() % 3600) * 1000000;
        // An open KYC refresh is due within the coming month, so a seeded sandbox does not
        // expire them all at its first start.
        const qint64 kycDue = end + Lifecycle::kDayUs * (2 + i % 30);
        const QString first = QString::fromLatin1(pick(rng, kFirstNames));
        const QString last = QString::fromLatin1(pick(rng, kLastNames));
        const Place &place = pick(rng, kPlaces);
        int serial = 100000000 + i;
        const auto ssnOf = [](int n) {
            return u"%1-%2-%3"_s.arg(n / 1000000 % 1000, 3, 10, QLatin1Char('0'))
                .arg(n / 10000 % 100, 2, 10, QLatin1Char('0'))
                .arg(n % 10000, 4, 10, QLatin1Char('0'));
        };
        QString ssn = ssnOf(serial);
        while (!fresh) {
            cipInUse.addBindValue(QString(ssn + u"|SSN|USA"_s));
            if (!cipInUse.exec()) {
                *error = cipInUse.lastError().text();
                store.rollback();
                return false;
            }
            const bool used = cipInUse.next();
            cipInUse.finish();
            if (!used)
                break;
            serial += count; // past this batch's own serials
            ssn = ssnOf(serial);
        }
        const QString dob = u"%1-%2-%3"_s.arg(1940 + int(rng() % 63))
                                .arg(1 + int(rng() % 12), 2, 10, QLatin1Char('0'))
                                .arg(1 + int(rng() % 28), 2, 10, QLatin1Char('0'));

        // Outcome mix: mostly approved, with every other branch represented.
        const quint32 roll = rng() % 100;
        QString idv = u"APPROVED"_s, sanctions = u"APPROVED"_s, additional = u"APPROVED"_s;
        QString status = u"APPROVED"_s;
        QJsonObject state{{u"seeded"_s, true}};
        QString controlType;
        QString setBy = u"SET_BY_CLIENT"_s;
        QString reasonCode;
        if (roll < 6) {
            sanctions = u"DENIED"_s;
            status = u"DENIED"_s;
        } else if (roll < 10) {
            sanctions = u"ERROR"_s;
            status = u"PENDING"_s;
        } else if (roll < 14) {
            idv = u"PENDING"_s;
            status = u"PENDING"_s;
        } else if (roll < 17) {
            status = u"PENDING"_s;
            state.insert(u"edd_required"_s, QJsonArray{QString::fromLatin1(pick(rng, kEddTypes))});
            state.insert(u"edd_opened_us"_s, updated);
        } else if (roll < 22) {
            controlType = u"DORMANT"_s;
            reasonCode = u"INACTIVITY"_s;
            status = u"DISABLED"_s;
        } else if (roll < 24) {
            controlType = u"SELL_ONLY"_s;
            reasonCode = u"END_USER_REQUEST"_s;
            status = u"DISABLED"_s;
        } else if (roll < 26) {
            controlType = u"FROZEN"_s;
            setBy = u"SET_BY_PAXOS"_s;
            reasonCode = u"COMPLIANCE_INVESTIGATION"_s;
            status = u"ERROR"_s;
        } else if (roll < 29) {
            state.insert(u"kyc_phase"_s, u"started"_s);
            state.insert(u"kyc_due_us"_s, kycDue);
        }
        if (status != u"PENDING" && status != u"DENIED")
            state.insert(u"ever_approved"_s, true);

        // The JSON text is written directly: building QJsonObjects for 100,000 rows costs
        // more than the inserts. Every value here is plain ASCII from the tables above.
        JsonText body;
        body.open();
        body.object("person_details");
        if (idv == u"PENDING") {
            body.string("verifier_type", u"PAXOS");
        } else {
            body.string("verifier_type", u"PASSTHROUGH");
            body.string("passthrough_verifier_type", QLatin1StringView(pick(rng, kVendors)));
            body.string("passthrough_verified_at", formatTimestamp(created - 3600LL * 1000000, 0));
            body.string("passthrough_verification_id", uuidFrom(rng));
            body.string("passthrough_verification_status", idv);
            body.raw("passthrough_verification_fields",
                     "[\"FULL_LEGAL_NAME\",\"DATE_OF_BIRTH\",\"ADDRESS\"]");
        }
        body.string("first_name", first);
        body.string("last_name", last);
        body.string("date_of_birth", dob);
        body.object("address");
        body.string("address1",
                    u"%1 %2"_s.arg(1 + rng() % 9800).arg(QLatin1StringView(pick(rng, kStreets))));
        if (rng() % 5 == 0)
            body.string("address2", u"Apt %1"_s.arg(1 + rng() % 40));
        body.string("city", QLatin1StringView(place.city));
        body.string("province", QLatin1StringView(place.province));
        body.string("zip_code", QLatin1StringView(place.zip));
        body.string("country", u"USA");
        body.close();
        body.string("nationality", u"USA");
        body.string("cip_id", ssn);
        body.string("cip_id_type", u"SSN");
        body.string("cip_id_country", u"USA");
        body.string("phone_number",
                    u"+1 555 %1 %2"_s.arg(100 + rng() % 900).arg(1000 + rng() % 9000));
        body.string(
            "email",
            u"%1.%2%3@example.com"_s.arg(first.toLower(), QString(last).remove(u'\'').toLower())
                .arg(i));
        body.string("id_verification_status", idv);
        body.string("sanctions_verification_status", sanctions);
        body.string("additional_screening_status", additional);
        body.close();
        body.object("customer_due_diligence");
        body.string("estimated_yearly_income", pickEnum(rng, enums::yearlyIncomes()));
        body.string("expected_transfer_value", pickEnum(rng, enums::transferValues(), 5));
        body.string("source_of_wealth", pickEnum(rng, enums::sourcesOfWealth()));
        body.string("employment_status", pickEnum(rng, enums::employmentStatuses()));
        body.string("employment_industry_sector", pickEnum(rng, enums::industrySectors(), 27));
        body.string("created_at", formatTimestamp(created));
        body.close();
        body.raw("tax_details",
                 u"[{\"tax_payer_id\":\"%1\",\"tax_payer_country\":\"USA\","
                 "\"tin_verification_status\":\"TIN_VERIFICATION_VALID\"}]"_s.arg(ssn));
        body.raw("is_merchant", u"false");
        body.raw("metadata", u"{\"source\":\"seed\"}");
        body.close();

        identity.addBindValue(id);
        identity.addBindValue(u"seed-%1-%2"_s.arg(seed).arg(i, 6, 10, QLatin1Char('0')));
        identity.addBindValue(QString(ssn + u"|SSN|USA"_s));
        identity.addBindValue(u"PERSON"_s);
        identity.addBindValue(status);
        identity.addBindValue(controlType.isEmpty() ? QString()
                                                    : QString(u","_s + controlType + u","_s));
        identity.addBindValue(created);
        identity.addBindValue(updated);
        identity.addBindValue(body.text());
        identity.addBindValue(
            QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
        if (!identity.exec()) {
            *error = identity.lastError().text();
            store.rollback();
            return false;
        }
        ControlRow controlRow;
        if (!controlType.isEmpty()) {
            controlRow = {0,          uuidFrom(rng),
                          id,         controlType,
                          setBy,      setBy == u"SET_BY_CLIENT",
                          reasonCode, {},
                          updated,    std::nullopt};
            control.addBindValue(controlRow.id);
            control.addBindValue(id);
            control.addBindValue(controlType);
            control.addBindValue(setBy);
            control.addBindValue(setBy == u"SET_BY_CLIENT" ? 1 : 0);
            control.addBindValue(reasonCode);
            control.addBindValue(QString());
            control.addBindValue(updated);
            if (!control.exec()) {
                *error = control.lastError().text();
                store.rollback();
                return false;
            }
        }

        // The events Paxos would have sent on the way to this state, when they happened.
        RuleInput in;
        in.idVerification = idv;
        in.sanctions = sanctions;
        in.additionalScreening = additional;
        const qint64 midway = created + (updated - created) / 2;
        if (status == u"DENIED") {
            if (!addStatusEvent(id, u"PENDING"_s, status, in, {}, updated))
                return false;
        } else if (state.contains(u"edd_required"_s)) {
            if (!addEvent(u"identity.documents_required"_s, u"identity_documents_required"_s,
                          {{u"identity_id"_s, id},
                           {u"required_documents"_s, state.value(u"edd_required"_s)}},
                          updated))
                return false;
        } else if (state.value(u"ever_approved"_s).toBool()) {
            const bool more = !controlType.isEmpty() || state.contains(u"kyc_phase"_s);
            if (!addStatusEvent(id, u"PENDING"_s, u"APPROVED"_s, in, {}, more ? midway : updated))
                return false;
            if (!controlType.isEmpty()
                && !addEvent(u"identity.control.created"_s, u"identity_control"_s,
                             {{u"identity_id"_s, id},
                              {u"control_id"_s, controlRow.id},
                              {u"control_type"_s, controlType},
                              {u"set_by"_s, setBy},
                              {u"is_overridable"_s, controlRow.overridable},
                              {u"reason_code"_s, reasonCode}},
                             updated))
                return false;
            if (status == u"DISABLED") {
                in.activeControlTypes = QStringList{controlType};
                if (!addStatusEvent(id, u"APPROVED"_s, status, in,
                                    {Lifecycle::renderControl(controlRow)}, updated))
                    return false;
            }
            if (state.contains(u"kyc_phase"_s)
                && !addEvent(u"identity.kyc_refresh.started"_s, u"identity_kyc_refresh"_s,
                             {{u"identity_id"_s, id},
                              {u"next_kyc_refresh_date"_s, formatTimestamp(kycDue, 0)}},
                             updated))
                return false;
        }
    }
    if (!store.commit()) {
        *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace sandbox

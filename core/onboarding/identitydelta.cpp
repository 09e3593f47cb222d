#include "core/onboarding/identitydelta.h"

#include "paxos/model/countries.h"
#include "paxos/model/enums.h"
#include "paxos/model/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace console::onboarding {

namespace {

const QStringList &readOnlyPersonKeys()
{
    static const QStringList keys{u"id_verification_status"_s,
                                  u"sanctions_verification_status"_s,
                                  u"additional_screening_status"_s,
                                  u"id_verification_url"_s,
                                  u"govt_id"_s,
                                  u"govt_id_type"_s};
    return keys;
}

} // namespace

const QStringList &personFormKeys()
{
    static const QStringList keys{u"first_name"_s,
                                  u"middle_name"_s,
                                  u"last_name"_s,
                                  u"date_of_birth"_s,
                                  u"nationality"_s,
                                  u"country_of_birth"_s,
                                  u"profession"_s,
                                  u"phone_number"_s,
                                  u"email"_s,
                                  u"address"_s,
                                  u"cip_id_type"_s,
                                  u"cip_id"_s,
                                  u"cip_id_country"_s,
                                  u"verifier_type"_s,
                                  u"passthrough_verifier_type"_s,
                                  u"passthrough_verified_at"_s,
                                  u"passthrough_verification_id"_s,
                                  u"passthrough_verification_status"_s,
                                  u"passthrough_verification_fields"_s,
                                  u"verifier_id"_s};
    return keys;
}

const QStringList &addressFormKeys()
{
    static const QStringList keys{u"address1"_s, u"address2"_s, u"city"_s,
                                  u"province"_s, u"zip_code"_s, u"country"_s};
    return keys;
}

const QStringList &cddFormKeys()
{
    static const QStringList keys{
        u"estimated_yearly_income"_s, u"expected_transfer_value"_s,    u"source_of_wealth"_s,
        u"employment_status"_s,       u"employment_industry_sector"_s, u"estimated_net_worth"_s,
        u"source_of_funds"_s,         u"purpose_of_account"_s};
    return keys;
}

namespace {

// Keys in `order` first, then any others the objects hold, sorted.
QStringList orderedKeys(const QJsonObject &a, const QJsonObject &b, const QStringList &order)
{
    QStringList keys;
    for (const QString &k : order)
        if (a.contains(k) || b.contains(k))
            keys << k;
    QStringList rest;
    for (const QJsonObject *o : {&a, &b})
        for (auto it = o->begin(); it != o->end(); ++it)
            if (!keys.contains(it.key()) && !rest.contains(it.key()))
                rest << it.key();
    rest.sort();
    return keys + rest;
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (isBlank(a) && isBlank(b))
        return true;
    return a == b;
}

const paxos::EnumTable *tableFor(const QString &key)
{
    using namespace paxos::enums;
    static const QHash<QString, const paxos::EnumTable *> tables{
        {u"verifier_type"_s, &verifierType()},
        {u"passthrough_verifier_type"_s, &passthroughVerifierType()},
        {u"passthrough_verification_status"_s, &identityStatus()},
        {u"passthrough_verification_fields"_s, &passthroughVerificationField()},
        {u"cip_id_type"_s, &cipIdType()},
        {u"estimated_yearly_income"_s, &estimatedYearlyIncome()},
        {u"expected_transfer_value"_s, &expectedTransferValue()},
        {u"source_of_wealth"_s, &sourceOfWealth()},
        {u"employment_status"_s, &employmentStatus()},
        {u"employment_industry_sector"_s, &industrySector()},
        {u"estimated_net_worth"_s, &estimatedNetWorth()},
        {u"source_of_funds"_s, &sourceOfFunds()},
        {u"purpose_of_account"_s, &purposeOfAccount()},
        {u"customer_regions"_s, &customerRegion()},
    };
    return tables.value(key);
}

bool isCountryKey(const QString &key)
{
    return key == "nationality"_L1 || key == "country_of_birth"_L1 || key == "cip_id_country"_L1
        || key == "country"_L1 || key == "tax_payer_country"_L1;
}

QString display(const QString &key, const QJsonValue &value)
{
    if (isBlank(value))
        return {};
    const paxos::EnumTable *table = tableFor(key);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (table ? table->label(v.toString()) : v.toString());
        return parts.join(u", "_s);
    }
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("console::onboarding", "Yes")
                              : QCoreApplication::translate("console::onboarding", "No");
    const QString text = value.toString();
    if (table)
        return table->label(text);
    if (isCountryKey(key))
        return paxos::countryDisplayName(text);
    return text;
}

QString taxDisplay(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        parts << u"%1 (%2)"_s.arg(o.value("tax_payer_id"_L1).toString(),
                                  o.value("tax_payer_country"_L1).toString());
    }
    return parts.join(u"; "_s);
}

QJsonValue prune(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = pruneEmpty(v.toObject());
        return o.isEmpty() ? QJsonValue() : QJsonValue(o);
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue p = prune(item);
            if (!p.isUndefined())
                out.append(p);
        }
        return out.isEmpty() ? QJsonValue() : QJsonValue(out);
    }
    if (v.isString() && v.toString().isEmpty())
        return {};
    if (v.isNull())
        return {};
    return v;
}

} // namespace

QJsonObject pruneEmpty(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue p = prune(it.value());
        if (!p.isUndefined())
            out.insert(it.key(), p);
    }
    return out;
}

QJsonObject editableShape(const QJsonObject &identity)
{
    QJsonObject out;
    QJsonObject person = identity.value("person_details"_L1).toObject();
    for (const QString &k : readOnlyPersonKeys())
        person.remove(k);
    // Responses may echo date_of_birth as a date-time; the form and the API take YYYY-MM-DD.
    const QString dob = person.value("date_of_birth"_L1).toString();
    if (dob.size() > 10 && dob.at(10) == u'T')
        person.insert("date_of_birth"_L1, dob.left(10));
    if (!person.isEmpty())
        out.insert("person_details"_L1, person);

    QJsonObject cdd = identity.value("customer_due_diligence"_L1).toObject();
    cdd.remove("created_at"_L1);
    if (!cdd.isEmpty())
        out.insert("customer_due_diligence"_L1, cdd);

    QJsonArray tax;
    for (const QJsonValue &v : identity.value("tax_details"_L1).toArray()) {
        QJsonObject t = v.toObject();
        t.remove("tin_verification_status"_L1);
        tax.append(t);
    }
    if (!tax.isEmpty())
        out.insert("tax_details"_L1, tax);
    for (const char *key : {"tax_details_not_required", "ref_id", "metadata"}) {
        const QJsonValue v = identity.value(QLatin1StringView(key));
        if (!isBlank(v))
            out.insert(QLatin1StringView(key), v);
    }
    return out;
}

UpdateDelta updateDelta(const QJsonObject &original, const QJsonObject &edited)
{
    UpdateDelta delta;

    const QJsonObject op = original.value("person_details"_L1).toObject();
    const QJsonObject ep = edited.value("person_details"_L1).toObject();
    QJsonObject person;
    for (const QString &key : orderedKeys(op, ep, personFormKeys())) {
        const QJsonValue before = op.value(key);
        const QJsonValue after = ep.value(key);
        if (same(before, after))
            continue;
        if (key == "address"_L1) {
            QJsonObject address = pruneEmpty(after.toObject());
            if (!isBlank(before.toObject().value("address2"_L1))
                && !address.contains("address2"_L1))
                address.insert("address2"_L1, u""_s);
            if (!address.isEmpty())
                person.insert(key, address);
            else
                delta.uncleared << u"person_details.address"_s;
            continue;
        }
        if (isBlank(after)) {
            delta.uncleared << u"person_details."_s + key;
            continue;
        }
        person.insert(key, after);
    }
    if (!person.isEmpty())
        delta.body.insert("person_details"_L1, person);

    const QJsonObject oc = original.value("customer_due_diligence"_L1).toObject();
    const QJsonObject ec = edited.value("customer_due_diligence"_L1).toObject();
    QJsonObject cdd;
    for (const QString &key : orderedKeys(oc, ec, cddFormKeys())) {
        const QJsonValue after = ec.value(key);
        if (same(oc.value(key), after))
            continue;
        if (isBlank(after))
            delta.uncleared << u"customer_due_diligence."_s + key;
        else
            cdd.insert(key, after);
    }
    if (!cdd.isEmpty())
        delta.body.insert("customer_due_diligence"_L1, cdd);

    const QJsonValue taxAfter = pruneEmpty(edited).value("tax_details"_L1);
    if (!same(pruneEmpty(original).value("tax_details"_L1), taxAfter))
        delta.body.insert("tax_details"_L1, taxAfter.isArray() ? taxAfter : QJsonArray());

    const bool notRequiredBefore = original.value("tax_details_not_required"_L1).toBool();
    const bool notRequiredAfter = edited.value("tax_details_not_required"_L1).toBool();
    if (notRequiredBefore != notRequiredAfter)
        delta.body.insert("set_tax_details_not_required"_L1, notRequiredAfter);

    const QJsonValue refAfter = edited.value("ref_id"_L1);
    if (!same(original.value("ref_id"_L1), refAfter)) {
        if (isBlank(refAfter))
            delta.uncleared << u"ref_id"_s;
        else
            delta.body.insert("ref_id"_L1, refAfter);
    }

    const QJsonValue metaAfter = edited.value("metadata"_L1);
    if (!same(original.value("metadata"_L1), metaAfter))
        delta.body.insert("metadata"_L1, metaAfter.isObject() ? metaAfter : QJsonObject());

    return delta;
}

QJsonObject kycRefreshBody(const QDateTime &now)
{
    return QJsonObject{
        {u"last_kyc_refresh_date"_s, now.toUTC().toString(Qt::ISODate)},
    };
}

bool triggersRescreening(const QJsonObject &updateBody)
{
    const QJsonObject person = updateBody.value("person_details"_L1).toObject();
    for (const char *key : {"first_name", "middle_name", "last_name", "date_of_birth", "address",
                            "cip_id", "cip_id_type", "cip_id_country"})
        if (person.contains(QLatin1StringView(key)))
            return true;
    return false;
}

QList<DiffRow> diffRows(const QJsonObject &original, const QJsonObject &edited)
{
    QList<DiffRow> rows;
    auto add = [&rows](const QString &path, const QString &key, const QJsonValue &before,
                       const QJsonValue &after) {
        if (same(before, after))
            return;
        rows.append({path, paxos::fieldLabel(path), display(key, before), display(key, after)});
    };

    const QJsonObject op = original.value("person_details"_L1).toObject();
    const QJsonObject ep = edited.value("person_details"_L1).toObject();
    for (const QString &key : orderedKeys(op, ep, personFormKeys())) {
        if (key == "address"_L1) {
            const QJsonObject oa = op.value(key).toObject();
            const QJsonObject ea = ep.value(key).toObject();
            for (const QString &ak : orderedKeys(oa, ea, addressFormKeys()))
                add(u"person_details.address."_s + ak, ak, oa.value(ak), ea.value(ak));
            continue;
        }
        add(u"person_details."_s + key, key, op.value(key), ep.value(key));
    }
    const QJsonObject oc = original.value("customer_due_diligence"_L1).toObject();
    const QJsonObject ec = edited.value("customer_due_diligence"_L1).toObject();
    for (const QString &key : orderedKeys(oc, ec, cddFormKeys()))
        add(u"customer_due_diligence."_s + key, key, oc.value(key), ec.value(key));

    const QJsonValue taxBefore = pruneEmpty(original).value("tax_details"_L1);
    const QJsonValue taxAfter = pruneEmpty(edited).value("tax_details"_L1);
    if (!same(taxBefore, taxAfter))
        rows.append({u"tax_details"_s, paxos::fieldLabel(u"tax_details"), taxDisplay(taxBefore),
                     taxDisplay(taxAfter)});
    add(u"tax_details_not_required"_s, u"tax_details_not_required"_s,
        QJsonValue(original.value("tax_details_not_required"_L1).toBool()),
        QJsonValue(edited.value("tax_details_not_required"_L1).toBool()));
    add(u"ref_id"_s, u"ref_id"_s, original.value("ref_id"_L1), edited.value("ref_id"_L1));

    const QJsonObject om = original.value("metadata"_L1).toObject();
    const QJsonObject em = edited.value("metadata"_L1).toObject();
    for (const QString &key : orderedKeys(om, em, {})) {
        const QString path = u"metadata."_s + key;
        if (!same(om.value(key), em.value(key)))
            rows.append(
                {path, QCoreApplication::translate("console::onboarding", "Metadata “%1”").arg(key),
                 om.value(key).toString(), em.value(key).toString()});
    }
    return rows;
}

} // namespace console::onboarding

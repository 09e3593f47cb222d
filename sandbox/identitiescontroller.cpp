#include "sandbox/identitiescontroller.h"

#include "sandbox/clock.h"
#include "sandbox/lifecycle.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QStringList &personKeys()
{
    static const QStringList keys{u"verifier_type"_s,
                                  u"passthrough_verifier_type"_s,
                                  u"passthrough_verified_at"_s,
                                  u"passthrough_verification_id"_s,
                                  u"passthrough_verification_status"_s,
                                  u"passthrough_verification_fields"_s,
                                  u"first_name"_s,
                                  u"middle_name"_s,
                                  u"last_name"_s,
                                  u"date_of_birth"_s,
                                  u"address"_s,
                                  u"nationality"_s,
                                  u"cip_id"_s,
                                  u"cip_id_type"_s,
                                  u"cip_id_country"_s,
                                  u"phone_number"_s,
                                  u"email"_s,
                                  u"profession"_s,
                                  u"country_of_birth"_s,
                                  u"verifier_id"_s};
    return keys;
}

const QStringList &addressKeys()
{
    static const QStringList keys{u"address1"_s, u"address2"_s, u"city"_s,
                                  u"province"_s, u"zip_code"_s, u"country"_s};
    return keys;
}

const QStringList &cddKeys()
{
    static const QStringList keys{u"estimated_yearly_income"_s,
                                  u"expected_transfer_value"_s,
                                  u"source_of_wealth"_s,
                                  u"employment_status"_s,
                                  u"employment_industry_sector"_s,
                                  u"estimated_net_worth"_s,
                                  u"source_of_funds"_s,
                                  u"purpose_of_account"_s,
                                  u"aliases"_s,
                                  u"industry_sector"_s,
                                  u"has_underlying_trust_structure"_s,
                                  u"has_nominee_shareholders"_s,
                                  u"is_publicly_traded"_s,
                                  u"merchant_funding_source"_s,
                                  u"customer_regions"_s};
    return keys;
}

const ApiError kStoreError{ErrorKind::Internal, u"state store error"_s, {}};

HttpResponse notFound()
{
    return problemResponse(ErrorKind::NotFound, u"identity not found"_s);
}

// Type checks shared by create and update for the top-level fields.
std::optional<ApiError> checkTopLevel(const QJsonObject &body)
{
    if (auto e = expectType(body, u"ref_id"_s, {}, QJsonValue::String))
        return e;
    if (body.contains(u"ref_id"_s) && body.value(u"ref_id"_s).toString().size() > 255)
        return badRequest(u"ref_id must be at most 255 characters"_s);
    for (const QString &key :
         {u"person_details"_s, u"institution_details"_s, u"customer_due_diligence"_s})
        if (auto e = expectType(body, key, {}, QJsonValue::Object))
            return e;
    for (const QString &key : {u"is_merchant"_s, u"tax_details_not_required"_s,
                               u"set_tax_details_not_required"_s, u"set_user_disabled"_s})
        if (auto e = expectType(body, key, {}, QJsonValue::Bool))
            return e;
    if (auto e = validateTaxDetails(body.value(u"tax_details"_s)))
        return e;
    if (auto e = validateMetadata(body.value(u"metadata"_s)))
        return e;
    const QJsonObject person = body.value(u"person_details"_s).toObject();
    if (auto e = expectType(person, u"address"_s, u"person_details."_s, QJsonValue::Object))
        return e;
    return std::nullopt;
}

// US identities with an SSN/ITIN (or an institution's EIN) get their tax details from the
// cip id, as Paxos' example response shows.
QJsonArray derivedTaxDetails(const QJsonObject &person)
{
    const QString type = person.value(u"cip_id_type"_s).toString();
    if (person.value(u"cip_id_country"_s).toString() != u"USA"
        || (type != u"SSN" && type != u"ITIN" && type != u"EIN"))
        return {};
    return {QJsonObject{{u"tax_payer_id"_s, person.value(u"cip_id"_s)},
                        {u"tax_payer_country"_s, u"USA"_s},
                        {u"tin_verification_status"_s, u"TIN_VERIFICATION_VALID"_s}}};
}

bool hasTrustRole(const QJsonArray &members)
{
    for (const QJsonValue &member : members) {
        for (const QJsonValue &role : member.toObject().value(u"roles"_s).toArray()) {
            const QString r = role.toString();
            if (r == u"GRANTOR" || r == u"TRUSTEE" || r == u"BENEFICIARY")
                return true;
        }
    }
    return false;
}

QJsonArray withTinStatus(const QJsonArray &taxDetails)
{
    QJsonArray out;
    for (const QJsonValue &value : taxDetails) {
        QJsonObject item{{u"tax_payer_id"_s, value.toObject().value(u"tax_payer_id"_s)},
                         {u"tax_payer_country"_s, value.toObject().value(u"tax_payer_country"_s)}};
        if (item.value(u"tax_payer_country"_s).toString() == u"USA")
            item.insert(u"tin_verification_status"_s, u"TIN_VERIFICATION_VALID"_s);
        out.append(item);
    }
    return out;
}

void mirrorPassthrough(QJsonObject &person)
{
    if (person.value(u"verifier_type"_s).toString() == u"PASSTHROUGH")
        person.insert(u"id_verification_status"_s,
                      person.value(u"passthrough_verification_status"_s).toString());
    else if (!person.contains(u"id_verification_status"_s))
        person.insert(u"id_verification_status"_s, u"PENDING"_s);
}

} // namespace

QJsonObject personFieldsFrom(const QJsonObject &request)
{
    QJsonObject out;
    for (const QString &key : personKeys()) {
        if (!request.contains(key) || request.value(key).isNull())
            continue;
        if (key == u"address") {
            QJsonObject address;
            const QJsonObject in = request.value(key).toObject();
            for (const QString &field : addressKeys()) {
                if (in.contains(field))
                    address.insert(field, in.value(field));
            }
            out.insert(key, address);
            continue;
        }
        out.insert(key, request.value(key));
    }
    // Deprecated names, accepted when the current ones are absent.
    if (!out.contains(u"cip_id"_s) && request.contains(u"govt_id"_s))
        out.insert(u"cip_id"_s, request.value(u"govt_id"_s));
    if (!out.contains(u"cip_id_type"_s) && request.contains(u"govt_id_type"_s))
        out.insert(u"cip_id_type"_s, request.value(u"govt_id_type"_s));
    return out;
}

QJsonObject institutionFieldsFrom(const QJsonObject &request)
{
    static const QStringList keys{u"name"_s,
                                  u"business_address"_s,
                                  u"incorporation_address"_s,
                                  u"phone_number"_s,
                                  u"email"_s,
                                  u"institution_type"_s,
                                  u"institution_sub_type"_s,
                                  u"cip_id"_s,
                                  u"cip_id_type"_s,
                                  u"cip_id_country"_s,
                                  u"govt_registration_date"_s,
                                  u"regulation_status"_s,
                                  u"trading_type"_s,
                                  u"listed_exchange"_s,
                                  u"ticker_symbol"_s,
                                  u"parent_institution_name"_s,
                                  u"regulator_name"_s,
                                  u"regulator_jurisdiction"_s,
                                  u"regulator_register_number"_s,
                                  u"doing_business_as"_s,
                                  u"business_description"_s};
    QJsonObject out;
    for (const QString &key : keys) {
        const QJsonValue value = request.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (key.endsWith(u"_address") && value.isObject()) {
            QJsonObject address;
            const QJsonObject in = value.toObject();
            for (const QString &field : addressKeys()) {
                if (in.contains(field))
                    address.insert(field, in.value(field));
            }
            out.insert(key, address);
            continue;
        }
        out.insert(key, value);
    }
    return out;
}

std::optional<ApiError> readInstitutionMembers(const QJsonValue &value, const QString &prefix,
                                               QJsonArray *members, Store &store)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return badRequest(prefix + u"institution_members must be an array"_s);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = prefix + u"institution_members[%1]."_s.arg(i);
        if (!array.at(i).isObject())
            return badRequest(path.chopped(1) + u" must be an object"_s);
        const QJsonObject in = array.at(i).toObject();
        if (in.contains(u"id"_s))
            return badRequest(path + u"id is generated by the server and must not be sent"_s);
        const QString identityId = in.value(u"identity_id"_s).toString();
        if (identityId.isEmpty())
            return badRequest(path + u"identity_id is required"_s);
        const auto person = store.identityById(identityId);
        if (!person || person->type != u"PERSON")
            return badRequest(path + u"identity_id must be an existing person identity"_s);
        const QJsonArray roles = in.value(u"roles"_s).toArray();
        if (roles.isEmpty())
            return badRequest(path + u"roles must be a non-empty array"_s);
        for (const QJsonValue &role : roles) {
            if (!enums::institutionRoles().contains(role.toString()))
                return badRequest(path + u"roles must be one of: "_s
                                  + enums::institutionRoles().join(u", "_s));
        }
        QJsonObject member{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"identity_id"_s, identityId},
                           {u"roles"_s, roles}};
        if (auto e = expectType(in, u"position"_s, path, QJsonValue::String))
            return e;
        if (in.contains(u"position"_s))
            member.insert(u"position"_s, in.value(u"position"_s));
        if (in.contains(u"ownership"_s)) {
            // A decimal string: "5" is 5 %.
            bool ok = false;
            const double ownership = in.value(u"ownership"_s).toString().toDouble(&ok);
            if (!in.value(u"ownership"_s).isString() || !ok || ownership < 0 || ownership > 100)
                return badRequest(path + u"ownership must be a decimal string from 0 to 100"_s);
            member.insert(u"ownership"_s, in.value(u"ownership"_s));
        }
        members->append(member);
    }
    return std::nullopt;
}

QJsonObject cddFieldsFrom(const QJsonObject &request)
{
    QJsonObject out;
    for (const QString &key : cddKeys()) {
        if (request.contains(key) && !request.value(key).isNull())
            out.insert(key, request.value(key));
    }
    return out;
}

QString cipKeyOf(const QJsonObject &person)
{
    const QString cip = person.value(u"cip_id"_s).toString();
    if (cip.isEmpty())
        return {};
    return cip + u'|' + person.value(u"cip_id_type"_s).toString() + u'|'
        + person.value(u"cip_id_country"_s).toString();
}

HttpResponse IdentitiesController::create(const Call &call)
{
    QJsonObject body;
    if (auto rejected = authorizedJsonBody(call, u"identity:write_identity"_s, &body))
        return *rejected;
    const bool institution = body.contains(u"institution_details"_s);
    if (institution && body.contains(u"person_details"_s))
        return problemResponse(ErrorKind::BadRequest,
                               u"send either person_details or institution_details, not both"_s);
    if (!institution && !body.contains(u"person_details"_s))
        return problemResponse(ErrorKind::BadRequest,
                               u"person_details or institution_details is required"_s);
    if (!institution && body.contains(u"institution_members"_s))
        return problemResponse(ErrorKind::BadRequest,
                               u"institution_members is only allowed with institution_details"_s);
    if (auto e = checkTopLevel(body))
        return problemResponse(*e);
    const QString detailsKey = institution ? u"institution_details"_s : u"person_details"_s;
    QJsonObject person = institution ? institutionFieldsFrom(body.value(detailsKey).toObject())
                                     : personFieldsFrom(body.value(detailsKey).toObject());
    if (auto e = institution ? validateInstitutionDetails(person) : validatePersonDetails(person))
        return problemResponse(*e);
    if (!institution && !body.contains(u"customer_due_diligence"_s))
        return problemResponse(ErrorKind::BadRequest, u"customer_due_diligence is required"_s);
    QJsonObject cdd = cddFieldsFrom(body.value(u"customer_due_diligence"_s).toObject());
    const QString institutionType = person.value(u"institution_type"_s).toString();
    if (auto e = institution ? validateInstitutionCdd(cdd, institutionType)
                             : validateCustomerDueDiligence(cdd))
        return problemResponse(*e);
    QJsonArray members;
    if (institution) {
        if (auto e = readInstitutionMembers(body.value(u"institution_members"_s), {}, &members,
                                            m_services.store))
            return problemResponse(*e);
        if (institutionType == u"TRUST" && !hasTrustRole(members))
            return problemResponse(
                ErrorKind::BadRequest,
                u"institution_members: a TRUST needs a member with role GRANTOR, "
                "TRUSTEE or BENEFICIARY"_s);
    }

    Store &store = m_services.store;
    const QString refId = body.value(u"ref_id"_s).toString();
    const QString cipKey = cipKeyOf(person);
    // ref_id first: a retried create must always lead back to its own identity.
    if (!refId.isEmpty()) {
        if (const auto existing = store.identityByRefId(refId))
            return alreadyExists(u"duplicate ref_id provided"_s, u"id"_s, existing->id);
    }
    if (const auto existing = store.identityByCipKey(cipKey))
        return alreadyExists(u"duplicate (cip_id, cip_id_type, cip_id_country) provided"_s, u"id"_s,
                             existing->id);

    const qint64 now = nowUs();
    if (institution)
        person.insert(u"document_verification_status"_s, u"PENDING"_s);
    else
        mirrorPassthrough(person);
    person.insert(u"sanctions_verification_status"_s, u"PENDING"_s);
    person.insert(u"additional_screening_status"_s, u"PENDING"_s);
    cdd.insert(u"created_at"_s, formatTimestamp(now));

    IdentityRow row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.refId = refId;
    row.cipKey = cipKey;
    row.type = institution ? u"INSTITUTION"_s : u"PERSON"_s;
    row.status = u"PENDING"_s;
    row.createdUs = now;
    row.updatedUs = now;
    row.body.insert(detailsKey, person);
    if (institution)
        row.body.insert(u"institution_members"_s, members);
    row.body.insert(u"customer_due_diligence"_s, cdd);
    const bool taxNotRequired = body.value(u"tax_details_not_required"_s).toBool();
    QJsonArray tax = withTinStatus(body.value(u"tax_details"_s).toArray());
    if (tax.isEmpty() && !taxNotRequired)
        tax = derivedTaxDetails(person);
    row.body.insert(u"tax_details"_s, tax);
    if (body.contains(u"tax_details_not_required"_s))
        row.body.insert(u"tax_details_not_required"_s, taxNotRequired);
    const QJsonObject metadata = body.value(u"metadata"_s).toObject();
    if (!metadata.isEmpty())
        row.body.insert(u"metadata"_s, metadata);
    row.body.insert(u"is_merchant"_s, body.value(u"is_merchant"_s).toBool());

    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(kStoreError);
    if (!store.insertIdentity(row)) {
        lifecycle.rollback();
        // A UNIQUE constraint caught a duplicate the checks above did not see.
        if (const auto existing = store.identityByRefId(refId); existing && !refId.isEmpty())
            return alreadyExists(u"duplicate ref_id provided"_s, u"id"_s, existing->id);
        return problemResponse(kStoreError);
    }
    // Create answers PENDING, as Paxos documents; the decision follows right after.
    const QJsonObject response = lifecycle.renderIdentity(row, true);
    // Screening completes at once; a scenario (metadata "sandbox.scenario") then overrides
    // the outcome before the first decision is taken, so no event contradicts it.
    lifecycle.completeScreening(row);
    const QString scenario = metadata.value(kScenarioMetadataKey).toString();
    if (auto e = lifecycle.applyScenario(row, scenario)) {
        lifecycle.rollback();
        return problemResponse(*e);
    }
    if (!lifecycle.recompute(row)) {
        lifecycle.rollback();
        return problemResponse(kStoreError);
    }
    if (!lifecycle.commit())
        return problemResponse(kStoreError);
    return jsonResponse(response);
}

HttpResponse IdentitiesController::get(const Call &call, const QString &id)
{
    if (auto denied = requireScope(call, u"identity:read_identity"_s))
        return *denied;
    bool includeDetails = false;
    if (auto e = boolQuery(call.request, u"include_details"_s, &includeDetails))
        return problemResponse(*e);
    bool includeMembers = false;
    if (auto e = boolQuery(call.request, u"include_institution_members"_s, &includeMembers))
        return problemResponse(*e);
    std::optional<QByteArray> json = m_rendered.json(id, includeDetails, includeMembers);
    if (!json)
        return notFound();
    return jsonBytesResponse(std::move(*json));
}

HttpResponse IdentitiesController::list(const Call &call)
{
    if (auto denied = requireScope(call, u"identity:read_identity"_s))
        return *denied;
    const HttpRequest &request = call.request;
    IdentityQuery query;
    QString status = request.queryValue(u"summary_status"_s);
    if (status.isEmpty())
        status = request.queryValue(u"status"_s);
    if (!status.isEmpty() && !enums::identityStatuses().contains(status))
        return problemResponse(ErrorKind::BadRequest,
                               u"summary_status must be one of: "_s
                                   + enums::identityStatuses().join(u", "_s));
    query.status = status;
    query.type = request.queryValue(u"identity_type"_s);
    if (!query.type.isEmpty() && query.type != u"PERSON" && query.type != u"INSTITUTION")
        return problemResponse(ErrorKind::BadRequest,
                               u"identity_type must be one of: PERSON, INSTITUTION"_s);
    query.controlType = request.queryValue(u"control_type"_s);
    if (!query.controlType.isEmpty() && !enums::controlTypes().contains(query.controlType))
        return problemResponse(ErrorKind::BadRequest,
                               u"control_type must be one of: "_s
                                   + enums::controlTypes().join(u", "_s));
    if (auto e = timeFilterQuery(request, u"created_at"_s, &query.created))
        return problemResponse(*e);
    if (auto e = timeFilterQuery(request, u"updated_at"_s, &query.updated))
        return problemResponse(*e);
    if (auto e = keysetPageQuery(request, &query.limit, &query.ascending, &query.after))
        return problemResponse(*e);
    const QString orderBy = request.queryValue(u"order_by"_s);
    if (!orderBy.isEmpty() && orderBy.toUpper() != u"CREATED_AT")
        return problemResponse(ErrorKind::BadRequest, u"order_by must be CREATED_AT"_s);
    bool includeDetails = false;
    if (auto e = boolQuery(request, u"include_details"_s, &includeDetails))
        return problemResponse(*e);
    bool includeMembers = false;
    if (auto e = boolQuery(request, u"include_institution_members"_s, &includeMembers))
        return problemResponse(*e);
    const int pageSize = query.limit;
    query.limit = pageSize + 1;
    // The page is put together from the identities' JSON as GET serves it, byte for byte what
    // pageEnvelope() and jsonResponse() would write (keys in order: items, next_page_cursor).
    const QList<IdentityKey> keys = m_services.store.listIdentityKeys(query);
    const qsizetype shown = qMin<qsizetype>(keys.size(), pageSize);
    QByteArray body;
    body.reserve(16 + shown * 1024);
    body += "{\"items\":[";
    for (qsizetype i = 0; i < shown; ++i) {
        const std::optional<QByteArray> json =
            m_rendered.json(keys.at(i).id, includeDetails, includeMembers);
        if (!json)
            return problemResponse(kStoreError);
        if (i > 0)
            body += ',';
        body += *json;
    }
    body += ']';
    if (keys.size() > pageSize) {
        const IdentityKey &last = keys.at(pageSize - 1);
        body +=
            ",\"next_page_cursor\":\"" + encodeCursor({last.createdUs, last.seq}).toLatin1() + '"';
    }
    body += '}';
    return jsonBytesResponse(std::move(body));
}

HttpResponse IdentitiesController::update(const Call &call, const QString &id)
{
    QJsonObject body;
    if (auto rejected = authorizedJsonBody(call, u"identity:write_identity"_s, &body, true))
        return *rejected;
    Store &store = m_services.store;
    auto found = store.identityById(id);
    if (!found)
        return notFound();
    IdentityRow row = *found;
    const bool institution = row.type == u"INSTITUTION";
    const QString detailsKey = institution ? u"institution_details"_s : u"person_details"_s;
    if (body.contains(institution ? u"person_details"_s : u"institution_details"_s))
        return problemResponse(ErrorKind::BadRequest,
                               institution
                                   ? u"an institution identity cannot be changed into a person"_s
                                   : u"a person identity cannot be changed into an institution"_s);
    if (auto e = checkTopLevel(body))
        return problemResponse(*e);

    // The details are a delta; addresses merge field by field and "" clears an optional field.
    const QJsonObject before = row.body.value(detailsKey).toObject();
    QJsonObject person = before;
    const QJsonObject delta = institution ? institutionFieldsFrom(body.value(detailsKey).toObject())
                                          : personFieldsFrom(body.value(detailsKey).toObject());
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        if (it.key().endsWith(u"address")) {
            QJsonObject address = person.value(it.key()).toObject();
            const QJsonObject change = it.value().toObject();
            for (auto a = change.begin(); a != change.end(); ++a) {
                if (a.value().isString() && a.value().toString().isEmpty())
                    address.remove(a.key());
                else
                    address.insert(a.key(), a.value());
            }
            person.insert(it.key(), address);
        } else if (it.value().isString() && it.value().toString().isEmpty()) {
            person.remove(it.key());
        } else {
            person.insert(it.key(), it.value());
        }
    }
    if (auto e = institution ? validateInstitutionDetails(person) : validatePersonDetails(person))
        return problemResponse(*e);
    QJsonObject cdd = row.body.value(u"customer_due_diligence"_s).toObject();
    const QJsonObject cddDelta = cddFieldsFrom(body.value(u"customer_due_diligence"_s).toObject());
    for (auto it = cddDelta.begin(); it != cddDelta.end(); ++it)
        cdd.insert(it.key(), it.value());
    if (auto e = institution
            ? validateInstitutionCdd(cdd, person.value(u"institution_type"_s).toString())
            : validateCustomerDueDiligence(cdd))
        return problemResponse(*e);
    std::optional<qint64> kycDate;
    if (body.contains(u"last_kyc_refresh_date"_s)) {
        kycDate = parseTimestamp(body.value(u"last_kyc_refresh_date"_s).toString());
        if (!kycDate)
            return problemResponse(ErrorKind::BadRequest,
                                   u"last_kyc_refresh_date must be an RFC 3339 date-time"_s);
        if (*kycDate > nowUs())
            return problemResponse(ErrorKind::BadRequest,
                                   u"last_kyc_refresh_date must not be in the future"_s);
    }

    if (body.contains(u"ref_id"_s)) {
        const QString refId = body.value(u"ref_id"_s).toString();
        if (!refId.isEmpty() && refId != row.refId) {
            if (const auto existing = store.identityByRefId(refId))
                return alreadyExists(u"duplicate ref_id provided"_s, u"id"_s, existing->id);
            row.refId = refId;
        }
    }
    const QString cipKey = cipKeyOf(person);
    if (cipKey != row.cipKey) {
        if (const auto existing = store.identityByCipKey(cipKey))
            return alreadyExists(u"duplicate (cip_id, cip_id_type, cip_id_country) provided"_s,
                                 u"id"_s, existing->id);
        row.cipKey = cipKey;
    }

    // DENIED is final (Paxos: "failed review; cannot be used"): changed details are stored
    // but not screened again. Sandbox-status can still change a denied identity.
    const bool rescreen = row.status != u"DENIED"
        && (institution ? institutionScreeningChange(before, person)
                        : screeningRelevantChange(before, person));
    if (!institution
        && (delta.contains(u"passthrough_verification_status"_s)
            || delta.contains(u"verifier_type"_s)))
        mirrorPassthrough(person);
    if (rescreen) {
        person.insert(u"sanctions_verification_status"_s, u"PENDING"_s);
        person.insert(u"additional_screening_status"_s, u"PENDING"_s);
    }
    row.body.insert(detailsKey, person);
    row.body.insert(u"customer_due_diligence"_s, cdd);
    if (body.contains(u"tax_details"_s))
        row.body.insert(u"tax_details"_s, withTinStatus(body.value(u"tax_details"_s).toArray()));
    if (body.contains(u"set_tax_details_not_required"_s))
        row.body.insert(u"tax_details_not_required"_s,
                        body.value(u"set_tax_details_not_required"_s).toBool());
    if (body.contains(u"is_merchant"_s))
        row.body.insert(u"is_merchant"_s, body.value(u"is_merchant"_s).toBool());
    if (body.contains(u"metadata"_s)) {
        // Merge; a key sent with "" is removed.
        QJsonObject metadata = row.body.value(u"metadata"_s).toObject();
        const QJsonObject change = body.value(u"metadata"_s).toObject();
        for (auto it = change.begin(); it != change.end(); ++it) {
            if (it.value().toString().isEmpty())
                metadata.remove(it.key());
            else
                metadata.insert(it.key(), it.value());
        }
        if (metadata.isEmpty())
            row.body.remove(u"metadata"_s);
        else
            row.body.insert(u"metadata"_s, metadata);
    }
    if (kycDate)
        row.body.insert(u"last_kyc_refresh_date"_s, formatTimestamp(*kycDate, 0));
    row.updatedUs = nowUs();

    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(kStoreError);
    const auto abort = [&] {
        lifecycle.rollback();
        return problemResponse(kStoreError);
    };
    if (!store.updateIdentity(row) || !lifecycle.recompute(row))
        return abort();
    if (body.contains(u"set_user_disabled"_s)) {
        const bool disable = body.value(u"set_user_disabled"_s).toBool();
        const QList<ControlRow> controls = lifecycle.activeControls(row.id);
        bool has = false;
        for (const ControlRow &control : controls) {
            if (control.type == u"SELL_ONLY" && control.setBy == u"SET_BY_CLIENT") {
                has = true;
                if (!disable && !lifecycle.removeControl(row, control))
                    return abort();
            }
        }
        if (disable && !has
            && !lifecycle.addControl(row, u"SELL_ONLY"_s, u"SET_BY_CLIENT"_s, true,
                                     u"END_USER_REQUEST"_s, u"set_user_disabled"_s))
            return abort();
    }
    if (kycDate && !lifecycle.kycRefreshUpdated(row, *kycDate))
        return abort();
    const QJsonObject response = lifecycle.renderIdentity(row, true);
    if (rescreen) {
        lifecycle.completeScreening(row);
        if (!lifecycle.recompute(row))
            return abort();
    }
    if (!lifecycle.commit())
        return problemResponse(kStoreError);
    return jsonResponse(response);
}

HttpResponse IdentitiesController::sandboxStatus(const Call &call, const QString &id)
{
    QJsonObject body;
    if (auto rejected = authorizedJsonBody(call, u"identity:write_identity"_s, &body, true))
        return *rejected;
    auto found = m_services.store.identityById(id);
    if (!found)
        return notFound();
    IdentityRow row = *found;
    const bool institution = row.type == u"INSTITUTION";
    const QString detailsKey = Lifecycle::detailsKey(row);
    QJsonObject person = row.body.value(detailsKey).toObject();
    for (const QString &key :
         {u"id_verification_status"_s, u"sanctions_verification_status"_s,
          u"additional_screening_status"_s, u"document_verification_status"_s}) {
        if (auto e = validateEnum(body, key, {}, enums::identityStatuses(), false))
            return problemResponse(*e);
        // Document verification exists on institutions only, ID verification on persons
        // only; the other kind ignores it.
        const bool applies =
            institution ? key != u"id_verification_status" : key != u"document_verification_status";
        if (body.contains(key) && applies)
            person.insert(key, body.value(key).toString());
    }
    // Paxos documents sanctions_verification_status APPROVED as the way to unblock an
    // institution in its Sandbox ("an institution can transact once ... APPROVED"), and an
    // institution is by default stuck on document verification: so that call also ends a
    // pending document review, unless the same call sets the document status itself.
    const QString documents = person.value(u"document_verification_status"_s).toString();
    if (institution && body.value(u"sanctions_verification_status"_s) == u"APPROVED"_s
        && !body.contains(u"document_verification_status"_s)
        && (documents == u"PENDING" || documents == u"ERROR"))
        person.insert(u"document_verification_status"_s, u"APPROVED"_s);
    std::optional<bool> userDisabled;
    std::optional<bool> adminDisabled;
    for (const QString &key : {u"user_disabled"_s, u"admin_disabled"_s}) {
        if (!body.contains(key))
            continue;
        const QJsonValue value = body.value(key);
        if (!value.isObject() || !value.toObject().value(u"disabled"_s).isBool())
            return problemResponse(ErrorKind::BadRequest,
                                   key + u" must be an object {\"disabled\": true|false}"_s);
        (key == u"user_disabled" ? userDisabled : adminDisabled) =
            value.toObject().value(u"disabled"_s).toBool();
    }
    row.body.insert(detailsKey, person);
    row.updatedUs = nowUs();

    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(kStoreError);
    const auto abort = [&] {
        lifecycle.rollback();
        return problemResponse(kStoreError);
    };
    if (!m_services.store.updateIdentity(row) || !lifecycle.recompute(row))
        return abort();
    const auto setFlag = [&](std::optional<bool> flag, const QString &setBy) {
        if (!flag)
            return true;
        bool has = false;
        for (const ControlRow &control : lifecycle.activeControls(row.id)) {
            if (control.type == u"SELL_ONLY" && control.setBy == setBy) {
                has = true;
                if (!*flag && !lifecycle.removeControl(row, control))
                    return false;
            }
        }
        if (*flag && !has) {
            const bool client = setBy == u"SET_BY_CLIENT";
            return lifecycle
                .addControl(row, u"SELL_ONLY"_s, setBy, client,
                            client ? u"END_USER_REQUEST"_s : u"ADMINISTRATIVE"_s,
                            client ? u"user_disabled"_s : u"admin_disabled"_s)
                .has_value();
        }
        return true;
    };
    if (!setFlag(userDisabled, u"SET_BY_CLIENT"_s) || !setFlag(adminDisabled, u"SET_BY_PAXOS"_s))
        return abort();
    if (!lifecycle.commit())
        return problemResponse(kStoreError);
    return jsonResponse({});
}

HttpResponse IdentitiesController::addInstitutionMembers(const Call &call)
{
    QJsonObject body;
    if (auto rejected = authorizedJsonBody(call, u"identity:write_identity"_s, &body))
        return *rejected;
    const QString institutionId = body.value(u"institution_id"_s).toString();
    if (institutionId.isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"institution_id is required"_s);
    if (!body.value(u"members"_s).isArray() || body.value(u"members"_s).toArray().isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"members must be a non-empty array"_s);
    auto found = m_services.store.identityById(institutionId);
    if (!found || found->type != u"INSTITUTION")
        return problemResponse(ErrorKind::NotFound, u"institution not found"_s);
    QJsonArray added;
    // The request names the list "members"; reuse the institution_members rules.
    if (auto e = readInstitutionMembers(body.value(u"members"_s), {}, &added, m_services.store)) {
        e->detail.replace(u"institution_members"_s, u"members"_s);
        return problemResponse(*e);
    }
    IdentityRow row = *found;
    QJsonArray members = row.body.value(u"institution_members"_s).toArray();
    for (const QJsonValue &member : std::as_const(added))
        members.append(member);
    return saveMembers(row, members, {{u"institution_id"_s, institutionId}, {u"members"_s, added}});
}

HttpResponse IdentitiesController::saveMembers(IdentityRow &row, const QJsonArray &members,
                                               const QJsonObject &answer)
{
    row.body.insert(u"institution_members"_s, members);
    row.updatedUs = nowUs();
    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(kStoreError);
    if (!m_services.store.updateIdentity(row) || !lifecycle.recompute(row)) {
        lifecycle.rollback();
        return problemResponse(kStoreError);
    }
    if (!lifecycle.commit())
        return problemResponse(kStoreError);
    return jsonResponse(answer);
}

HttpResponse IdentitiesController::removeInstitutionMember(const Call &call,
                                                           const QString &memberId)
{
    if (auto denied = requireScope(call, u"identity:write_identity"_s))
        return *denied;
    const QString needle = u"\"id\":\""_s + memberId + u'"';
    for (IdentityRow row : m_services.store.identitiesContaining(u"INSTITUTION"_s, needle)) {
        QJsonArray members;
        bool removed = false;
        for (const QJsonValue &member : row.body.value(u"institution_members"_s).toArray()) {
            if (member.toObject().value(u"id"_s).toString() == memberId)
                removed = true;
            else
                members.append(member);
        }
        if (removed)
            return saveMembers(row, members, {});
    }
    return problemResponse(ErrorKind::NotFound, u"institution member not found"_s);
}

} // namespace sandbox

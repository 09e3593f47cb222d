#include "sandbox/lifecycle.h"

#include "sandbox/clock.h"
#include "sandbox/logging.h"
#include "sandbox/validation.h"
#include "sandbox/webhooks.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr qint64 kKycPeriodUs = Lifecycle::kKycPeriodUs;

QString defaultReasonCode(const QString &type)
{
    if (type == u"DORMANT")
        return u"INACTIVITY"_s;
    if (type == u"FROZEN")
        return u"COMPLIANCE_INVESTIGATION"_s;
    if (type == u"SELL_ONLY")
        return u"COMPLIANCE_KYC"_s;
    return u"ADMINISTRATIVE"_s;
}

} // namespace

Lifecycle::Lifecycle(Store &store, WebhookDispatcher &webhooks)
    : m_store(store)
    , m_webhooks(webhooks)
{
}

bool Lifecycle::begin()
{
    m_pendingDeliveries.clear();
    return m_store.begin();
}

bool Lifecycle::commit()
{
    if (!m_store.commit()) {
        m_store.rollback();
        m_pendingDeliveries.clear();
        return false;
    }
    const QList<EventRow> events = std::exchange(m_pendingDeliveries, {});
    for (const EventRow &event : events)
        m_webhooks.deliver(event.id, event.type, event.createdUs, event.isTest);
    return true;
}

void Lifecycle::rollback()
{
    m_store.rollback();
    m_pendingDeliveries.clear();
}

QJsonObject Lifecycle::renderControl(const ControlRow &control)
{
    QJsonObject out{{u"id"_s, control.id},
                    {u"identity_id"_s, control.identityId},
                    {u"type"_s, control.type},
                    {u"set_by"_s, control.setBy},
                    {u"is_overridable"_s, control.overridable},
                    {u"reason_code"_s, control.reasonCode},
                    {u"created_at"_s, formatTimestamp(control.createdUs)}};
    if (!control.reason.isEmpty())
        out.insert(u"reason"_s, control.reason);
    if (control.deletedUs)
        out.insert(u"deleted_at"_s, formatTimestamp(*control.deletedUs));
    return out;
}

QJsonObject Lifecycle::renderEvent(const EventRow &event)
{
    return {{u"id"_s, event.id},
            {u"type"_s, event.type},
            {u"object_type"_s, event.objectType},
            {u"object"_s, event.object},
            {u"created_at"_s, formatTimestamp(event.createdUs, 9)},
            {u"undelivered_webhooks"_s, event.undelivered},
            {u"is_test"_s, event.isTest}};
}

QList<ControlRow> Lifecycle::activeControls(const QString &identityId)
{
    return m_store.controlsFor(identityId, false);
}

QStringList Lifecycle::missingEddDocuments(const IdentityRow &row)
{
    QStringList missing;
    for (const QJsonValue &type : row.state.value(u"edd_required"_s).toArray())
        missing << type.toString();
    if (missing.isEmpty())
        return missing;
    for (const DocumentRow &doc : m_store.documentsFor(row.id)) {
        if (!doc.uploaded || doc.createdUs < row.state.value(u"edd_opened_us"_s).toInteger())
            continue;
        for (const QString &type : doc.types)
            missing.removeAll(type);
    }
    return missing;
}

RuleInput Lifecycle::ruleInput(const IdentityRow &row, const QList<ControlRow> &controls)
{
    const QJsonObject details = row.body.value(detailsKey(row)).toObject();
    RuleInput in;
    in.institution = row.type == u"INSTITUTION";
    if (!in.institution)
        in.idVerification = details.value(u"id_verification_status"_s).toString();
    in.sanctions = details.value(u"sanctions_verification_status"_s).toString();
    in.additionalScreening = details.value(u"additional_screening_status"_s).toString();
    if (in.institution) {
        in.documentVerification = details.value(u"document_verification_status"_s).toString();
        const QList<DocumentRow> documents = m_store.documentsFor(row.id);
        in.documentsUploaded = std::any_of(documents.begin(), documents.end(),
                                           [](const DocumentRow &doc) { return doc.uploaded; });
        for (const QJsonValue &member : row.body.value(u"institution_members"_s).toArray()) {
            const auto person =
                m_store.identityById(member.toObject().value(u"identity_id"_s).toString());
            const QString status = person ? person->status : u"DENIED"_s;
            in.membersFailed = in.membersFailed || status == u"DENIED";
            in.membersPending = in.membersPending || status == u"PENDING" || status == u"ERROR";
        }
    }
    in.missingEddDocuments = missingEddDocuments(row);
    in.kycPhase = row.state.value(u"kyc_phase"_s).toString();
    for (const ControlRow &control : controls)
        in.activeControlTypes << control.type;
    return in;
}

QString Lifecycle::detailsKey(const IdentityRow &row)
{
    return row.type == u"INSTITUTION" ? u"institution_details"_s : u"person_details"_s;
}

QJsonObject Lifecycle::renderIdentity(const IdentityRow &row, bool includeDetails,
                                      bool includeMembers)
{
    const QList<ControlRow> controls = activeControls(row.id);
    const RuleInput in = ruleInput(row, controls);
    QJsonArray active;
    bool userDisabled = false;
    bool adminDisabled = false;
    for (const ControlRow &control : controls) {
        active.append(renderControl(control));
        if (control.type == u"SELL_ONLY") {
            userDisabled = userDisabled || control.setBy == u"SET_BY_CLIENT";
            adminDisabled = adminDisabled || control.setBy == u"SET_BY_PAXOS";
        }
    }
    QJsonObject out{
        {u"id"_s, row.id},
        {u"type"_s, row.type},
        {u"status"_s, row.status},
        {u"summary_status"_s, row.status},
        {u"status_details"_s,
         QJsonObject{{u"active_controls"_s, active}, {u"requirements"_s, requirementsFor(in)}}},
        {u"user_disabled"_s, userDisabled},
        {u"admin_disabled"_s, adminDisabled},
        {u"created_at"_s, formatTimestamp(row.createdUs)},
        {u"updated_at"_s, formatTimestamp(row.updatedUs)}};
    if (!row.refId.isEmpty())
        out.insert(u"ref_id"_s, row.refId);
    for (auto it = row.body.begin(); it != row.body.end(); ++it) {
        if (it.key() == u"institution_details") {
            if (includeDetails)
                out.insert(it.key(), it.value());
            continue;
        }
        if (it.key() == u"institution_members") {
            if (!includeMembers)
                continue;
            // name and status are read-only and live: they come from the member identity.
            QJsonArray members;
            for (const QJsonValue &value : it.value().toArray()) {
                QJsonObject member = value.toObject();
                if (const auto person =
                        m_store.identityById(member.value(u"identity_id"_s).toString())) {
                    const QJsonObject pd = person->body.value(u"person_details"_s).toObject();
                    member.insert(u"name"_s,
                                  QString(pd.value(u"first_name"_s).toString() + u' '
                                          + pd.value(u"last_name"_s).toString()));
                    member.insert(u"status"_s, person->status);
                    member.insert(u"summary_status"_s, person->status);
                }
                members.append(member);
            }
            out.insert(it.key(), members);
            continue;
        }
        if (it.key() == u"person_details") {
            if (!includeDetails)
                continue;
            QJsonObject person = it.value().toObject();
            // Deprecated echoes Paxos still returns.
            person.insert(u"govt_id"_s, person.value(u"cip_id"_s));
            person.insert(u"govt_id_type"_s, person.value(u"cip_id_type"_s));
            out.insert(it.key(), person);
            continue;
        }
        out.insert(it.key(), it.value());
    }
    const QJsonArray tax = row.body.value(u"tax_details"_s).toArray();
    if (!tax.isEmpty()) {
        QString summary = u"TIN_VERIFICATION_VALID"_s;
        for (const QJsonValue &item : tax) {
            const QString s = item.toObject().value(u"tin_verification_status"_s).toString();
            if (s == u"TIN_VERIFICATION_ERROR")
                summary = s;
            else if (s == u"TIN_VERIFICATION_PENDING" && summary != u"TIN_VERIFICATION_ERROR")
                summary = s;
        }
        out.insert(u"summary_tin_verification_status"_s, summary);
    }
    return out;
}

std::optional<EventRow> Lifecycle::recordEvent(const QString &type, const QString &objectType,
                                               QJsonObject object, bool isTest)
{
    EventRow event;
    event.id = newId();
    event.type = type;
    event.objectType = objectType;
    if (!object.contains(u"id"_s))
        object.insert(u"id"_s, newId());
    event.object = object;
    event.createdUs = nowUs();
    event.isTest = isTest;
    if (!m_store.insertEvent(event))
        return std::nullopt;
    qCDebug(lcSandboxLifecycle, "event %s %s", qPrintable(type), qPrintable(event.id));
    m_pendingDeliveries.append(event);
    return event;
}

bool Lifecycle::recompute(IdentityRow &row)
{
    const QList<ControlRow> controls = activeControls(row.id);
    const RuleInput in = ruleInput(row, controls);
    const QString before = row.status;
    const QString after = decideStatus(in);
    QString controlTypes = u","_s;
    for (const QString &type : in.activeControlTypes)
        controlTypes += type + u',';
    if (controlTypes == u",")
        controlTypes.clear();
    const bool changed = before != after || controlTypes != row.controlTypes;
    row.controlTypes = controlTypes;
    // Always saved: callers change sub-statuses and state before asking for a decision.
    if (changed) {
        row.status = after;
        row.updatedUs = nowUs();
    }
    if (after == u"APPROVED")
        row.state.insert(u"ever_approved"_s, true);
    if (!m_store.updateIdentity(row))
        return false;
    if (before == after)
        return true;
    static const QHash<QString, QString> eventTypes{{u"APPROVED"_s, u"identity.approved"_s},
                                                    {u"DENIED"_s, u"identity.denied"_s},
                                                    {u"DISABLED"_s, u"identity.disabled"_s}};
    // Paxos has no event for PENDING or ERROR.
    if (const QString type = eventTypes.value(after); !type.isEmpty()) {
        QJsonArray active;
        for (const ControlRow &control : controls)
            active.append(renderControl(control));
        if (!recordEvent(type, u"identity_summary_status_change"_s,
                         {{u"identity_id"_s, row.id},
                          {u"old_summary_status"_s, before},
                          {u"new_summary_status"_s, after},
                          {u"status_details"_s,
                           QJsonObject{{u"active_controls"_s, active},
                                       {u"requirements"_s, requirementsFor(in)}}}}))
            return false;
    }
    // A member's decision can decide the institutions it belongs to.
    return row.type != u"PERSON" || recomputeInstitutionsOf(row);
}

void Lifecycle::setSubStatus(IdentityRow &row, const QString &key, const QString &value)
{
    const QString detailsName = detailsKey(row);
    QJsonObject details = row.body.value(detailsName).toObject();
    details.insert(key, value);
    row.body.insert(detailsName, details);
}

void Lifecycle::completeScreening(IdentityRow &row)
{
    setSubStatus(row, u"sanctions_verification_status"_s, u"APPROVED"_s);
    setSubStatus(row, u"additional_screening_status"_s, u"APPROVED"_s);
    // An institution's business documents are not part of screening: they wait for review
    // (Paxos: "by default the institution will be stuck in PENDING due to waiting for
    // document verification"). sandbox-status, the approve scenario or Paxos's documented
    // unblock end that wait (README, Institutions).
}

bool Lifecycle::recomputeInstitutionsOf(const IdentityRow &person)
{
    const QString needle = u"\"identity_id\":\""_s + person.id + u'"';
    for (IdentityRow institution : m_store.identitiesContaining(u"INSTITUTION"_s, needle)) {
        if (!recompute(institution))
            return false;
    }
    return true;
}

bool Lifecycle::openEdd(IdentityRow &row, const QStringList &types)
{
    row.state.insert(u"edd_required"_s, QJsonArray::fromStringList(types));
    row.state.insert(u"edd_opened_us"_s, nowUs());
    if (!recordEvent(u"identity.documents_required"_s, u"identity_documents_required"_s,
                     {{u"identity_id"_s, row.id},
                      {u"required_documents"_s, QJsonArray::fromStringList(types)}}))
        return false;
    return recompute(row) && m_store.updateIdentity(row);
}

bool Lifecycle::documentsChanged(IdentityRow &row)
{
    if (row.state.contains(u"edd_required"_s) && missingEddDocuments(row).isEmpty()) {
        row.state.remove(u"edd_required"_s);
        row.state.remove(u"edd_opened_us"_s);
        row.updatedUs = nowUs();
        if (!m_store.updateIdentity(row))
            return false;
    }
    return recompute(row);
}

bool Lifecycle::startKycRefresh(IdentityRow &row)
{
    const qint64 now = nowUs();
    row.state.insert(u"kyc_phase"_s, u"started"_s);
    const qint64 due = now + m_kycWindowUs;
    row.state.insert(u"kyc_due_us"_s, due);
    QJsonObject object{{u"identity_id"_s, row.id},
                       {u"next_kyc_refresh_date"_s, formatTimestamp(due, 0)}};
    const QString last = row.body.value(u"last_kyc_refresh_date"_s).toString();
    if (!last.isEmpty())
        object.insert(u"last_kyc_refresh_date"_s, last);
    if (!recordEvent(u"identity.kyc_refresh.started"_s, u"identity_kyc_refresh"_s, object))
        return false;
    if (m_kycDue)
        m_kycDue(due);
    return recompute(row) && m_store.updateIdentity(row);
}

std::optional<qint64> Lifecycle::expireDueKycRefreshes(qint64 nowUs)
{
    qint64 next = 0;
    for (IdentityRow row : m_store.identitiesWithState(u"\"kyc_phase\":\"started\""_s)) {
        // A window opened before due times were kept (an older data dir) never expires.
        if (!row.state.contains(u"kyc_due_us"_s))
            continue;
        const qint64 due = row.state.value(u"kyc_due_us"_s).toInteger();
        if (due > nowUs) {
            next = next == 0 ? due : qMin(next, due);
            continue;
        }
        if (!expireKycRefresh(row))
            return std::nullopt;
    }
    return next;
}

bool Lifecycle::expireKycRefresh(IdentityRow &row)
{
    if (row.state.value(u"kyc_phase"_s).toString() != u"started" && !startKycRefresh(row))
        return false;
    row.state.insert(u"kyc_phase"_s, u"expired"_s);
    QJsonObject object{{u"identity_id"_s, row.id}};
    const QString last = row.body.value(u"last_kyc_refresh_date"_s).toString();
    if (!last.isEmpty())
        object.insert(u"last_kyc_refresh_date"_s, last);
    if (!recordEvent(u"identity.kyc_refresh.expired"_s, u"identity_kyc_refresh"_s, object))
        return false;
    // Paxos' own example: an expired refresh puts a Paxos-set SELL_ONLY control in place.
    const auto control = addControl(row, u"SELL_ONLY"_s, u"SET_BY_PAXOS"_s, false,
                                    u"COMPLIANCE_KYC"_s, u"KYC refresh expired"_s);
    if (!control)
        return false;
    row.state.insert(u"kyc_control_id"_s, control->id);
    return m_store.updateIdentity(row);
}

bool Lifecycle::kycRefreshUpdated(IdentityRow &row, qint64 lastRefreshUs)
{
    const qint64 now = nowUs();
    const QString phase = row.state.value(u"kyc_phase"_s).toString();
    if (lastRefreshUs < now - kKycPeriodUs) {
        // Backdated beyond the refresh period: a new refresh starts straight away.
        return phase == u"started" || startKycRefresh(row);
    }
    if (phase.isEmpty())
        return m_store.updateIdentity(row); // no refresh open: the date is simply recorded
    const QString controlId = row.state.value(u"kyc_control_id"_s).toString();
    row.state.remove(u"kyc_phase"_s);
    row.state.remove(u"kyc_due_us"_s);
    row.state.remove(u"kyc_control_id"_s);
    if (!recordEvent(
            u"identity.kyc_refresh.completed"_s, u"identity_kyc_refresh"_s,
            {{u"identity_id"_s, row.id},
             {u"last_kyc_refresh_date"_s, formatTimestamp(lastRefreshUs, 0)},
             {u"next_kyc_refresh_date"_s, formatTimestamp(lastRefreshUs + kKycPeriodUs, 0)}}))
        return false;
    if (!controlId.isEmpty()) {
        const auto control = m_store.controlById(controlId);
        if (control && !control->deletedUs && !removeControl(row, *control))
            return false;
    }
    return recompute(row) && m_store.updateIdentity(row);
}

std::optional<ControlRow> Lifecycle::addControl(IdentityRow &row, const QString &type,
                                                const QString &setBy, bool overridable,
                                                const QString &reasonCode, const QString &reason)
{
    ControlRow control;
    control.id = newId();
    control.identityId = row.id;
    control.type = type;
    control.setBy = setBy;
    control.overridable = overridable;
    control.reasonCode = reasonCode;
    control.reason = reason;
    control.createdUs = nowUs();
    if (!m_store.insertControl(control))
        return std::nullopt;
    if (!recordEvent(u"identity.control.created"_s, u"identity_control"_s,
                     {{u"identity_id"_s, row.id},
                      {u"control_id"_s, control.id},
                      {u"control_type"_s, type},
                      {u"set_by"_s, setBy},
                      {u"is_overridable"_s, overridable},
                      {u"reason_code"_s, reasonCode}}))
        return std::nullopt;
    if (!recompute(row))
        return std::nullopt;
    return control;
}

bool Lifecycle::removeControl(IdentityRow &row, const ControlRow &control)
{
    if (!m_store.deleteControl(control.id, nowUs()))
        return false;
    if (!recordEvent(u"identity.control.deleted"_s, u"identity_control"_s,
                     {{u"identity_id"_s, row.id},
                      {u"control_id"_s, control.id},
                      {u"control_type"_s, control.type},
                      {u"set_by"_s, control.setBy},
                      {u"is_overridable"_s, control.overridable},
                      {u"reason_code"_s, control.reasonCode}}))
        return false;
    return recompute(row);
}

std::optional<ApiError> Lifecycle::applyScenario(IdentityRow &row, const QString &scenario)
{
    const QStringList steps = scenario.split(u';', Qt::SkipEmptyParts);
    // Validate the whole scenario first so a bad step changes nothing.
    for (const QString &raw : steps) {
        const QString step = raw.trimmed();
        const QString name = step.section(u':', 0, 0);
        const QString argument = step.section(u':', 1);
        if (name == u"deny" || name == u"manual_review" || name == u"pending" || name == u"approve"
            || name == u"kyc_refresh_due" || name == u"kyc_refresh_started"
            || name == u"kyc_refresh_expired")
            continue;
        if (name == u"edd") {
            const QStringList types = argument.split(u',', Qt::SkipEmptyParts);
            if (types.isEmpty())
                return badRequest(u"scenario edd needs document types, e.g. edd:PROOF_OF_FUNDS"_s);
            for (const QString &type : types) {
                if (!enums::documentTypes().contains(type.trimmed()))
                    return badRequest(u"scenario edd: unknown document type "_s + type);
            }
            continue;
        }
        if (name == u"paxos_control") {
            const QString type = argument.section(u':', 0, 0);
            const QString reason = argument.section(u':', 1);
            if (!enums::controlTypes().contains(type))
                return badRequest(u"scenario paxos_control: type must be one of "_s
                                  + enums::controlTypes().join(u", "_s));
            if (!reason.isEmpty() && !enums::controlReasonCodes().contains(reason))
                return badRequest(u"scenario paxos_control: unknown reason code "_s + reason);
            continue;
        }
        return badRequest(u"unknown scenario '%1'; see README.md, Scenario triggers"_s.arg(step));
    }
    const ApiError storeError{ErrorKind::Internal, u"state store error"_s, {}};
    for (const QString &raw : steps) {
        const QString step = raw.trimmed();
        const QString name = step.section(u':', 0, 0);
        const QString argument = step.section(u':', 1);
        bool ok = true;
        if (name == u"deny") {
            setSubStatus(row, u"sanctions_verification_status"_s, u"DENIED"_s);
            ok = recompute(row);
        } else if (name == u"manual_review") {
            setSubStatus(row, u"sanctions_verification_status"_s, u"ERROR"_s);
            ok = recompute(row);
        } else if (name == u"pending") {
            setSubStatus(row,
                         row.type == u"INSTITUTION" ? u"document_verification_status"_s
                                                    : u"id_verification_status"_s,
                         u"PENDING"_s);
            ok = recompute(row);
        } else if (name == u"approve") {
            if (row.type != u"INSTITUTION")
                setSubStatus(row, u"id_verification_status"_s, u"APPROVED"_s);
            else
                setSubStatus(row, u"document_verification_status"_s, u"APPROVED"_s);
            completeScreening(row);
            ok = recompute(row);
        } else if (name == u"edd") {
            QStringList types;
            for (const QString &type : argument.split(u',', Qt::SkipEmptyParts))
                types << type.trimmed();
            ok = openEdd(row, types);
        } else if (name == u"kyc_refresh_due" || name == u"kyc_refresh_started") {
            ok = recompute(row) && startKycRefresh(row);
        } else if (name == u"kyc_refresh_expired") {
            ok = recompute(row) && expireKycRefresh(row);
        } else if (name == u"paxos_control") {
            const QString type = argument.section(u':', 0, 0);
            QString reason = argument.section(u':', 1);
            if (reason.isEmpty())
                reason = defaultReasonCode(type);
            ok = addControl(row, type, u"SET_BY_PAXOS"_s, false, reason,
                            u"Set by Paxos (sandbox scenario)"_s)
                     .has_value();
        }
        if (!ok)
            return storeError;
    }
    return std::nullopt;
}

} // namespace sandbox

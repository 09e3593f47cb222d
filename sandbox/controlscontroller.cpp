#include "sandbox/controlscontroller.h"

#include "sandbox/lifecycle.h"
#include "sandbox/validation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// Spellings still visible in Paxos' docs: accepted on input, never emitted.
QString canonicalReasonCode(const QString &code)
{
    if (code == u"END_USER_REQUESTED")
        return u"END_USER_REQUEST"_s;
    if (code == u"COMPLIANCE_INCOMPLETE")
        return u"ONBOARDING_INCOMPLETE"_s;
    return code;
}

} // namespace

HttpResponse ControlsController::list(const Call &call)
{
    if (auto denied = requireScope(call, u"identity:read_identity_control"_s))
        return *denied;
    const HttpRequest &request = call.request;
    const QString identityId = request.queryValue(u"identity_id"_s);
    if (identityId.isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"identity_id is required"_s);
    bool includeDeleted = false;
    if (auto e = boolQuery(request, u"include_deleted"_s, &includeDeleted))
        return problemResponse(*e);
    int limit = 100;
    if (auto e = limitQuery(request, 1, 1000, 100, &limit))
        return problemResponse(*e);
    qint64 afterSeq = 0;
    const QString cursor = request.queryValue(u"page_cursor"_s);
    if (!cursor.isEmpty()) {
        const auto key = decodeCursor(cursor);
        if (!key)
            return problemResponse(ErrorKind::BadRequest, u"page_cursor token cannot be parsed"_s);
        afterSeq = key->seq;
    }
    if (!m_services.store.identityById(identityId))
        return problemResponse(ErrorKind::NotFound, u"identity not found"_s);
    QList<ControlRow> rows =
        m_services.store.controlsFor(identityId, includeDeleted, limit + 1, afterSeq);
    QString next;
    if (rows.size() > limit) {
        rows.resize(limit);
        next = encodeCursor({0, rows.constLast().seq});
    }
    QJsonArray items;
    for (const ControlRow &row : std::as_const(rows))
        items.append(Lifecycle::renderControl(row));
    // The controls spec sends "" on the last page (identities omit the field).
    return jsonResponse({{u"items"_s, items}, {u"next_page_cursor"_s, next}});
}

HttpResponse ControlsController::create(const Call &call)
{
    if (auto denied = requireScope(call, u"identity:write_identity_control"_s))
        return *denied;
    QJsonObject body;
    if (auto e = parseJsonBody(call.request, &body))
        return problemResponse(*e);
    for (const QString &key : {u"identity_id"_s, u"type"_s, u"reason_code"_s}) {
        if (!body.value(key).isString() || body.value(key).toString().isEmpty())
            return problemResponse(ErrorKind::BadRequest, key + u" is required"_s);
    }
    if (auto e = expectType(body, u"reason"_s, {}, QJsonValue::String))
        return problemResponse(*e);
    const QString type = body.value(u"type"_s).toString();
    if (type == u"FROZEN")
        return problemResponse(ErrorKind::BadRequest,
                               u"type FROZEN can only be set by Paxos; clients may create "
                               "SELL_ONLY, CLOSED or DORMANT"_s);
    if (!enums::controlTypes().contains(type))
        return problemResponse(ErrorKind::BadRequest,
                               u"type must be one of: SELL_ONLY, CLOSED, DORMANT"_s);
    const QString reasonCode = canonicalReasonCode(body.value(u"reason_code"_s).toString());
    if (!enums::controlReasonCodes().contains(reasonCode))
        return problemResponse(ErrorKind::BadRequest,
                               u"reason_code must be one of: "_s
                                   + enums::controlReasonCodes().join(u", "_s));
    auto identity = m_services.store.identityById(body.value(u"identity_id"_s).toString());
    if (!identity)
        return problemResponse(ErrorKind::NotFound, u"identity not found"_s);
    Lifecycle &lifecycle = m_services.lifecycle;
    for (const ControlRow &control : lifecycle.activeControls(identity->id)) {
        if (control.type == type && control.setBy == u"SET_BY_CLIENT")
            return alreadyExists(
                u"an active %1 control set by the client already exists"_s.arg(type), u"id"_s,
                control.id);
    }
    if (!lifecycle.begin())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    const auto control = lifecycle.addControl(*identity, type, u"SET_BY_CLIENT"_s, true, reasonCode,
                                              body.value(u"reason"_s).toString());
    if (!control) {
        lifecycle.rollback();
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    }
    if (!lifecycle.commit())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    return jsonResponse(Lifecycle::renderControl(*control));
}

HttpResponse ControlsController::remove(const Call &call)
{
    if (auto denied = requireScope(call, u"identity:write_identity_control"_s))
        return *denied;
    QString controlId = call.request.queryValue(u"control_id"_s);
    if (controlId.isEmpty() && !call.request.body.trimmed().isEmpty()) {
        // The Dormancy guide's older form: DELETE with a JSON body {"id": ..., "reason": ...}.
        QJsonObject body;
        if (auto e = parseJsonBody(call.request, &body))
            return problemResponse(*e);
        controlId = body.value(u"id"_s).toString();
    }
    if (controlId.isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"control_id is required"_s);
    const auto control = m_services.store.controlById(controlId);
    if (!control)
        return problemResponse(ErrorKind::NotFound, u"control not found"_s);
    if (control->deletedUs)
        return problemResponse(ErrorKind::BadRequest,
                               u"control %1 is already deleted"_s.arg(controlId));
    if (!control->overridable)
        return problemResponse(ErrorKind::Forbidden,
                               u"control %1 was set by Paxos and is not overridable; contact "
                               "Paxos Support"_s.arg(controlId));
    auto identity = m_services.store.identityById(control->identityId);
    if (!identity)
        return problemResponse(ErrorKind::NotFound, u"identity not found"_s);
    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    if (!lifecycle.removeControl(*identity, *control)) {
        lifecycle.rollback();
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    }
    if (!lifecycle.commit())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    return jsonResponse({});
}

} // namespace sandbox

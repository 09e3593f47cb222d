#include "paxos/model/event.h"

#include "paxos/model/jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void IdentitySummaryStatusChange::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("old_summary_status"_L1, s.oldSummaryStatus);
    f("new_summary_status"_L1, s.newSummaryStatus);
    f("status_details"_L1, s.statusDetails);
}

IdentitySummaryStatusChange IdentitySummaryStatusChange::fromJson(const QJsonObject &obj)
{
    return json::decode<IdentitySummaryStatusChange>(obj);
}

QJsonObject IdentitySummaryStatusChange::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void IdentityDocumentsRequired::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("required_documents"_L1, s.requiredDocuments);
}

IdentityDocumentsRequired IdentityDocumentsRequired::fromJson(const QJsonObject &obj)
{
    return json::decode<IdentityDocumentsRequired>(obj);
}

QJsonObject IdentityDocumentsRequired::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void IdentityKycRefresh::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("last_kyc_refresh_date"_L1, s.lastKycRefreshDate);
    f("next_kyc_refresh_date"_L1, s.nextKycRefreshDate);
}

IdentityKycRefresh IdentityKycRefresh::fromJson(const QJsonObject &obj)
{
    return json::decode<IdentityKycRefresh>(obj);
}

QJsonObject IdentityKycRefresh::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void IdentityControlEventObject::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("identity_id"_L1, s.identityId);
    f("control_id"_L1, s.controlId);
    f("control_type"_L1, s.controlType);
    f("set_by"_L1, s.setBy);
    f("is_overridable"_L1, s.isOverridable);
    f("reason_code"_L1, s.reasonCode);
}

IdentityControlEventObject IdentityControlEventObject::fromJson(const QJsonObject &obj)
{
    return json::decode<IdentityControlEventObject>(obj);
}

QJsonObject IdentityControlEventObject::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void Event::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("type"_L1, s.type);
    f("object_type"_L1, s.objectType);
    f("created_at"_L1, s.createdAt);
    f("undelivered_webhooks"_L1, s.undeliveredWebhooks);
    f("is_test"_L1, s.isTest);
}

Event Event::fromJson(const QJsonObject &obj)
{
    Event e = json::decode<Event>(obj);
    e.object = obj.value("object"_L1).toObject();
    return e;
}

QJsonObject Event::toJson() const
{
    QJsonObject obj = json::encode(*this);
    if (!object.isEmpty() || obj.value("object"_L1).isObject())
        obj.insert("object"_L1, object);
    return obj;
}

QString Event::identityId() const
{
    return object.value("identity_id"_L1).toString();
}

std::optional<IdentitySummaryStatusChange> Event::summaryStatusChange() const
{
    if (objectType != "identity_summary_status_change"_L1)
        return std::nullopt;
    return IdentitySummaryStatusChange::fromJson(object);
}

std::optional<IdentityDocumentsRequired> Event::documentsRequired() const
{
    if (objectType != "identity_documents_required"_L1
        && objectType != "identity_required_documents"_L1)
        return std::nullopt;
    return IdentityDocumentsRequired::fromJson(object);
}

std::optional<IdentityKycRefresh> Event::kycRefresh() const
{
    if (objectType != "identity_kyc_refresh"_L1)
        return std::nullopt;
    return IdentityKycRefresh::fromJson(object);
}

std::optional<IdentityControlEventObject> Event::control() const
{
    if (objectType != "identity_control"_L1)
        return std::nullopt;
    return IdentityControlEventObject::fromJson(object);
}

bool eventBefore(const Event &a, const Event &b)
{
    const Timestamp ta = a.createdAt.value_or(Timestamp());
    const Timestamp tb = b.createdAt.value_or(Timestamp());
    if (ta != tb)
        return ta < tb;
    return a.id < b.id;
}

template<class Self, class F> void WebhookNotification::visit(Self &s, F &&f)
{
    f("id"_L1, s.id);
    f("type"_L1, s.type);
    f("source"_L1, s.source);
    f("time"_L1, s.time);
    f("object"_L1, s.object);
    f("is_test"_L1, s.isTest);
}

WebhookNotification WebhookNotification::fromJson(const QJsonObject &obj)
{
    return json::decode<WebhookNotification>(obj);
}

QJsonObject WebhookNotification::toJson() const
{
    return json::encode(*this);
}

std::optional<WebhookNotification> WebhookNotification::parse(const QByteArray &body,
                                                              QString *error)
{
    auto fail = [error](const char *text) -> std::optional<WebhookNotification> {
        if (error)
            *error = QCoreApplication::translate("paxos::WebhookNotification", text);
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QT_TRANSLATE_NOOP("paxos::WebhookNotification", "The body is not valid JSON."));
    if (!doc.isObject())
        return fail(
            QT_TRANSLATE_NOOP("paxos::WebhookNotification", "The body is not a JSON object."));
    const QJsonObject obj = doc.object();
    const QJsonValue id = obj.value("id"_L1);
    if (!id.isString() || id.toString().isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("paxos::WebhookNotification", "The notification has no event id."));
    const QJsonValue type = obj.value("type"_L1);
    if (!type.isString() || type.toString().isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("paxos::WebhookNotification", "The notification has no event type."));
    const QJsonValue object = obj.value("object"_L1);
    if (!object.isUndefined() && object != QJsonValue("event"_L1))
        return fail(QT_TRANSLATE_NOOP("paxos::WebhookNotification",
                                      "The notification does not point to an event."));
    return fromJson(obj);
}

} // namespace paxos

#pragma once

#include "paxos/model/statusdetails.h"
#include "paxos/model/timestamp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paxos {

// object_type identity_summary_status_change (identity.approved / denied / disabled).
struct IdentitySummaryStatusChange
{
    QString id;
    QString identityId;
    QString oldSummaryStatus;
    QString newSummaryStatus;
    std::optional<StatusDetails> statusDetails;
    QJsonObject raw;

    static IdentitySummaryStatusChange fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// object_type identity_documents_required (EDD). Values may come from either document
// vocabulary; enums::documentTypeForRequired() says what to upload.
struct IdentityDocumentsRequired
{
    QString id;
    QString identityId;
    QStringList requiredDocuments;
    QJsonObject raw;

    static IdentityDocumentsRequired fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// object_type identity_kyc_refresh (started / completed / expired).
struct IdentityKycRefresh
{
    QString id;
    QString identityId;
    std::optional<Timestamp> lastKycRefreshDate;
    std::optional<Timestamp> nextKycRefreshDate;
    QJsonObject raw;

    static IdentityKycRefresh fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// object_type identity_control (identity.control.created / deleted).
struct IdentityControlEventObject
{
    QString id;
    QString identityId;
    QString controlId;
    QString controlType;
    QString setBy; // the live page spells it PAXOS / CLIENT
    std::optional<bool> isOverridable;
    QString reasonCode;
    QJsonObject raw;

    static IdentityControlEventObject fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// An event from GET /v2/events (list key "events": ListPage<Event>::fromJson(obj, "events")).
struct Event
{
    QString id;
    QString type; // enums::eventType(); unknown types must be tolerated
    QString objectType;
    QJsonObject object;
    std::optional<Timestamp> createdAt;
    std::optional<qint64> undeliveredWebhooks;
    std::optional<bool> isTest;
    QJsonObject raw;

    static Event fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    // object.identity_id, whatever the object kind.
    QString identityId() const;
    // The typed payload when object_type names that kind (the documents-required kind also
    // under the misspelling of the List Events example); nullopt otherwise.
    std::optional<IdentitySummaryStatusChange> summaryStatusChange() const;
    std::optional<IdentityDocumentsRequired> documentsRequired() const;
    std::optional<IdentityKycRefresh> kycRefresh() const;
    std::optional<IdentityControlEventObject> control() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Oldest first, as List Events returns them. Events can share a created_at (the reference's
// Open question 16), so ties order by id: the order is total and the same on every run.
bool eventBefore(const Event &a, const Event &b);

// The body Paxos POSTs to a webhook: a pointer to an event, never the event itself.
struct WebhookNotification
{
    QString id; // event id: fetch it with GET /v2/events/{id}
    QString type;
    QString source; // "com.paxos"
    std::optional<Timestamp> time;
    QString object; // "event"
    std::optional<bool> isTest;
    QJsonObject raw;

    static WebhookNotification fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    // Rejects bodies that are not JSON objects, lack a non-empty string `id` or `type`, or
    // name an `object` other than "event"; *error then says why in a sentence.
    static std::optional<WebhookNotification> parse(const QByteArray &body,
                                                    QString *error = nullptr);

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos
